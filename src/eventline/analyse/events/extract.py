"""Find event triggers in a parsed article and describe each as an `EventMention`."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from eventline.analyse.events.arguments import build_entity_index, noun_arguments, verb_arguments
from eventline.analyse.events.coref import link_coreferent_mentions
from eventline.analyse.events.markets import market_trigger
from eventline.analyse.events.status import mention_status
from eventline.analyse.events.timing import governing_timex, timex_attachments
from eventline.lexicon.events import LIGHT_VERBS, SCHEDULING_VERBS, WEAK_NOUNS, trigger_for
from eventline.models import ArticleEntity, EventMention, Span, Timex
from eventline.nlp.token_arrays import token_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Auxiliary-like verbs that are never events by themselves.
_NON_EVENT_VERBS = frozenset("be have do get become seem appear".split())
# Words the parser sometimes reads as adverbs although they form a phrasal verb.
_PARTICLES = frozenset("down off up out".split())


def _candidate_tokens(doc: Doc) -> list[int]:
    """Indices of the verbs, nouns and proper nouns: the only parts of speech a trigger can
    have."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import IDS

    return token_indices(doc, POS, (IDS[name] for name in ("VERB", "NOUN", "PROPN")))


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < span.end and span.start < end for span in spans)


def _trigger_type(token: Token, in_entity: bool) -> tuple[str, str] | None:
    """(type, lemma) when the token is an event trigger."""
    lemma = token.lemma_.lower()
    if token.lower_ == "born":
        lemma = "born"  # `bear` would also catch `bear the cost`
    if token.pos_ == "PROPN" and not in_entity:
        lemma = token.lower_.rstrip("s") if token.lower_ not in {"talks", "drills"} else lemma
        lemma = token.lower_ if trigger_for(token.lower_) else lemma
    entry = trigger_for(lemma) or market_trigger(lemma, token.pos_)
    if token.pos_ == "VERB":
        if lemma in _NON_EVENT_VERBS or lemma in SCHEDULING_VERBS:
            return None
        if lemma in LIGHT_VERBS and any(
            trigger_for(c.lemma_) and c.dep_ == "dobj" for c in token.children
        ):
            return None  # `make a visit`: the noun is the trigger
        if entry is not None:
            return entry.type, lemma
        return ("other", lemma)  # unknown triggers are kept with a generic type
    if token.pos_ in {"NOUN", "PROPN"} and not in_entity and entry is not None:
        if lemma in WEAK_NOUNS and token.pos_ == "NOUN":
            return None
        return entry.type, lemma
    return None


def _trigger_text(token: Token) -> str:
    """A trigger's text, with a particle right after it (`step down`, `showed off`)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    particle = following is not None and (
        following.dep_ == "prt" or (following.dep_ == "advmod" and following.lower_ in _PARTICLES)
    )
    if particle and following.head.i == token.i:
        return token.doc[token.i : token.i + 2].text
    return token.text


def _reported_as_current(token: Token) -> bool:
    """`is visiting`, `his current visit`: the report places the event at its own date."""
    if token.tag_ == "VBG":
        return any(c.lemma_ == "be" and c.dep_ == "aux" for c in token.children)
    return any(c.lower_ in {"current", "ongoing"} for c in token.children)


def _is_definite(token: Token) -> bool:
    """`the visit`, `this trip`, `Lavrov's visit`, `his trip`: refers to a known event."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"})
        for c in token.children
    )


def _display_noun(lemma: str, token: Token) -> str:
    entry = trigger_for(lemma)
    if entry is not None:
        return entry.noun
    return lemma if token.pos_ != "VERB" else token.lemma_.lower()


def _complement(token: Token, limit: int = 10) -> str | None:
    """`of the intergovernmental commission on trade` -> text after `of`, clipped at a comma."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            words = [t for t in child.subtree][1:]
            clipped = []
            for word in words:
                if word.text in {",", ";", "(", ":"} or len(clipped) >= limit:
                    break
                clipped.append(word)
            if clipped:
                # a Span, not `doc.text[...]`: `Doc.text` joins every token on each call
                return token.doc[clipped[0].i : clipped[-1].i + 1].text
    return None


def _sentence_index(sentences: Sequence[Span], start: int) -> int:
    """The sentence holding this offset (the last one if none does)."""
    index = bisect_right(sentences, start, key=attrgetter("start")) - 1
    if index >= 0 and start < sentences[index].end:
        return index
    return max(0, len(sentences) - 1)


def find_event_mentions(
    doc: Doc,
    entities: Sequence[ArticleEntity],
    timexes: Sequence[Timex],
    sentences: Sequence[Span],
    ignored: Sequence[Span] = (),
) -> list[EventMention]:
    """Every event mention of one article, in text order, with in-article coreference."""
    index = build_entity_index(
        doc, ((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
    )
    attached = timex_attachments(doc, timexes)
    mentions: list[EventMention] = []
    for i in _candidate_tokens(doc):
        token = doc[i]
        if _overlaps(token.idx, token.idx + len(token), ignored):
            continue
        found = _trigger_type(token, token.i in index.by_token)
        if found is None:
            continue
        event_type, lemma = found
        is_noun = token.pos_ in {"NOUN", "PROPN"}
        args = noun_arguments(token, index) if is_noun else verb_arguments(token, index)
        timex, scope = governing_timex(token, attached)
        status, status_cue = mention_status(token)
        if timex is None and status == "ongoing" and _reported_as_current(token):
            scope = "document"  # `who is visiting`: the event spans the article's day
        sentence = sentences[_sentence_index(sentences, token.idx)]
        text = _trigger_text(token)
        mentions.append(
            EventMention(
                start=token.idx,
                end=token.idx + len(text),
                text=text,
                lemma=lemma,
                type=event_type,
                status=status,
                sentence=sentence,
                participants=[{"entity": e, "role": r} for e, r in args.participants],
                places=[{"entity": e, "role": r} for e, r in args.places],
                timex=timex,
                time_scope=scope,
                noun=_display_noun(lemma, token),
                complement=_complement(token) if is_noun else None,
                nominal=is_noun,
                definite=is_noun and _is_definite(token),
                status_cue=status_cue,
            )
        )
    names = {entity.id: entity.name for entity in entities}
    return link_coreferent_mentions(mentions, timexes, sentences, names)
