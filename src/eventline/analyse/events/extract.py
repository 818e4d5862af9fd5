"""Find event triggers in a parsed article and describe each as an `EventMention`."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING

from eventline.analyse.entities import DATELINE_LABEL
from eventline.analyse.events.arguments import noun_arguments, verb_arguments
from eventline.analyse.events.coref import link_coreferent_mentions
from eventline.analyse.events.entity_index import build_entity_index
from eventline.analyse.events.markets import market_trigger
from eventline.analyse.events.participles import date_participles, participle_governors
from eventline.analyse.events.status import mention_status
from eventline.analyse.events.timing import (
    governing_timex,
    is_background,
    occurrence_verbs,
    timex_attachments,
)
from eventline.lexicon.events import (
    IDIOM_LEMMAS,
    LIGHT_VERBS,
    SCHEDULING_VERBS,
    WEAK_NOUNS,
    idiom_reading,
    trigger_for,
)
from eventline.lexicon.gazetteer import canonical_country, countries_of_demonym
from eventline.models import ArticleEntity, EventMention, Span, Timex
from eventline.nlp.token_arrays import token_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEAD_SENTENCES = 2
"""The headline and the lead: their main predicate is always an event candidate."""
# Auxiliary-like verbs that are never events by themselves.
_NON_EVENT_VERBS = frozenset("be have do get become seem appear".split())
# Verbs that only choose the event of their `to` clause (`chose to step down`).
_CHOICE_VERBS = frozenset("choose opt".split())
# Verbs that carry another word's event (`gave a speech`) or none: never a lead's event.
_NOT_LEAD_EVENTS = _NON_EVENT_VERBS | LIGHT_VERBS | SCHEDULING_VERBS | _CHOICE_VERBS
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


def _covered_tokens(doc: Doc, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the tokens inside character spans."""
    covered: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            covered.update(range(span.start, span.end))
    return covered


_IDIOM_DEPS = frozenset(
    {"prt", "dobj", "nsubjpass", "amod", "compound", "xcomp", "advcl", "advmod"}
)


def _idiom_words(token: Token) -> set[str]:
    """The words an idiom may pair a trigger with: particle, object, passive subject,
    modifier, `to`-complement (`left to wonder`), and the verb of a nominal object."""
    related = [c for c in token.children if c.dep_ in _IDIOM_DEPS]
    if token.dep_ in {"dobj", "nsubjpass", "xcomp", "advcl"}:
        related.append(token.head)
    return {form for word in related for form in (word.lemma_.lower(), word.lower_)}


def _main_predicate(root: Token) -> int:
    """A sentence's main predicate: `Study published` is headlinese for `a study was
    published`, so a noun root's participle is the predicate."""
    if root.pos_ in {"NOUN", "PROPN"}:
        for child in root.children:
            if child.dep_ == "acl" and child.pos_ == "VERB":
                return child.i
    return root.i


def _trigger_type(token: Token, in_entity: bool, lead: bool = False) -> tuple[str, str] | None:
    """(type, lemma) when the token is an event trigger, read through the idiom lexicon;
    with `lead` (the main word of the headline or lead), any verb or noun is a candidate."""
    found = _lexicon_type(token, in_entity)
    lemma = token.lemma_.lower()
    if found is None and lead and not in_entity and lemma not in _NOT_LEAD_EVENTS:
        found = ("other", lemma)  # `Study Published`: the news, untyped
    if found is None:
        return None
    if found[1] not in IDIOM_LEMMAS:
        return found
    applies, idiom_type = idiom_reading(found[1], _idiom_words(token))
    if applies:
        return None if idiom_type is None else (idiom_type, found[1])
    return found


def _lexicon_type(token: Token, in_entity: bool) -> tuple[str, str] | None:
    """(type, lemma) from the trigger table, `other` for verbs outside it."""
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
        if lemma in _CHOICE_VERBS and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children
        ):
            return None  # `has chosen to step down`: the step down is the event
        if lemma in LIGHT_VERBS and any(
            c.dep_ == "dobj" and (trigger_for(c.lemma_) or _carried_action(c))
            for c in token.children
        ):
            return None  # `make a visit`, `made an appearance`: the noun is the trigger
        if entry is not None:
            return entry.type, lemma
        return ("other", lemma)  # unknown triggers are kept with a generic type
    if entry is None and not in_entity and _carried_action(token):
        return "other", lemma
    if token.pos_ in {"NOUN", "PROPN"} and not in_entity and entry is not None:
        if lemma in WEAK_NOUNS and token.pos_ == "NOUN":
            return None
        if _classifies_event_noun(token):
            return None
        return entry.type, lemma
    return None


def _classifies_event_noun(token: Token) -> bool:
    """`the opening keynote`, `a closing ceremony`: a gerund naming which part of another
    event is meant, not an event of its own."""
    head = token.head
    return (
        token.dep_ in {"compound", "amod"}
        and token.lower_.endswith("ing")
        and head.pos_ == "NOUN"
        and trigger_for(head.lemma_) is not None
    )


# `made an appearance`, `gave an explanation`: verbs that only carry an action noun.
_ACTION_CARRIERS = frozenset({"make", "give"})
_ACTION_SUFFIXES = ("ance", "ence", "ment", "tion", "sion")


def _carried_action(token: Token) -> bool:
    """An action noun carried by `make` or `give` (`made an appearance`): the event."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in _ACTION_CARRIERS
        and len(token.lower_) > 6
        and token.lower_.endswith(_ACTION_SUFFIXES)
    )


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


def demonym_countries(entities: Sequence[ArticleEntity]) -> dict[str, list[tuple[str, str]]]:
    """Each demonym entity's countries among the article's places (`Russian` -> Russia)."""
    countries = {}
    for entity in entities:
        if entity.type == "GPE":
            countries.setdefault(canonical_country(entity.name) or entity.name, entity.id)
    found = {}
    for entity in entities:
        if entity.type == "NORP":
            named = [countries.get(c) for c in countries_of_demonym(entity.name)]
            found[entity.id] = [(e, "GPE") for e in named if e is not None]
    return found


def find_event_mentions(
    doc: Doc,
    entities: Sequence[ArticleEntity],
    timexes: Sequence[Timex],
    sentences: Sequence[Span],
    ignored: Sequence[Span] = (),
) -> list[EventMention]:
    """Every event mention of one article, in text order, with in-article coreference."""
    # the dateline city (`LONDON (Reuters) -`) is where the news is filed, never a subject
    filed_at = [(m.start, m.end) for e in entities for m in e.mentions if m.label == DATELINE_LABEL]
    index = build_entity_index(
        doc,
        (
            (m.start, m.end, e.id, e.type)
            for e in entities
            for m in e.mentions
            if not any(m.start < end and start < m.end for start, end in filed_at)
        ),
    )
    index.demonyms = demonym_countries(entities)
    lead_roots = {_main_predicate(sentence.root) for sentence in islice(doc.sents, LEAD_SENTENCES)}
    attached = timex_attachments(doc, timexes)
    # the words of a date (`March 3`) and of the dateline are never the event themselves
    not_events = _covered_tokens(doc, [(t.start, t.end) for t in timexes] + filed_at)
    mentions: list[EventMention] = []
    trigger_tokens: list[int] = []
    for i in _candidate_tokens(doc):
        token = doc[i]
        if i in not_events or _overlaps(token.idx, token.idx + len(token), ignored):
            continue
        found = _trigger_type(token, token.i in index.by_token, i in lead_roots)
        if found is None:
            continue
        event_type, lemma = found
        is_noun = token.pos_ in {"NOUN", "PROPN"}
        args = noun_arguments(token, index) if is_noun else verb_arguments(token, index)
        timex, scope = governing_timex(token, attached)
        status, status_cue = mention_status(token, timex is not None)
        says_when = occurrence_verbs(token) if is_noun and not status_cue else []
        if says_when:  # `the summit will take place on May 5`: planned, as its verb says
            told = mention_status(says_when[-1], timex is not None)
            if told[0] != "ongoing":  # a present tense (`the trip is part of`) says nothing
                status, status_cue = told
        if timex is None and status == "ongoing" and _reported_as_current(token):
            scope = "document"  # `who is visiting`: the event spans the article's day
        elif timex is None and status == "occurred" and is_background(token):
            scope = "background"  # `had died`: not the news of the article's day
        sentence = sentences[_sentence_index(sentences, token.idx)]
        text = _trigger_text(token)
        trigger_tokens.append(i)
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
    link_coreferent_mentions(mentions, timexes, sentences, names)
    date_participles(mentions, participle_governors(doc, trigger_tokens))
    return mentions
