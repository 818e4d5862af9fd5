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
from eventline.analyse.events.participles import date_participles, participle_governors
from eventline.analyse.events.status import mention_status
from eventline.analyse.events.timing import (
    governing_timex,
    is_background,
    occurrence_verbs,
    timex_attachments,
)
from eventline.analyse.events.triggers import main_predicate, trigger_type
from eventline.lexicon.events import (
    trigger_for,
)
from eventline.lexicon.gazetteer import canonical_country, countries_of_demonym
from eventline.models import ArticleEntity, EventMention, Span, Timex
from eventline.nlp.token_arrays import token_indices
from eventline.nlp.token_view import DocView

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEAD_SENTENCES = 2
"""The headline and the lead: their main predicate is always an event candidate."""
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
    # nor is anyone named in boilerplate or the dateline (`(Reuters)`, a byline, a stamp)
    filed_at += [(span.start, span.end) for span in ignored]
    # one token object per word for all the walks below (see `token_view`)
    view = DocView(doc)
    index = build_entity_index(
        view,
        (
            (m.start, m.end, e.id, e.type)
            for e in entities
            for m in e.mentions
            if not any(m.start < end and start < m.end for start, end in filed_at)
        ),
    )
    index.demonyms = demonym_countries(entities)
    lead_roots = {main_predicate(sentence.root) for sentence in islice(doc.sents, LEAD_SENTENCES)}
    attached = timex_attachments(doc, timexes)
    # the words of a date (`March 3`) and of the dateline are never the event themselves
    not_events = _covered_tokens(doc, [(t.start, t.end) for t in timexes] + filed_at)
    mentions: list[EventMention] = []
    trigger_tokens: list[int] = []
    for i in _candidate_tokens(doc):
        token = view[i]
        if i in not_events or (ignored and _overlaps(token.idx, token.idx + len(token), ignored)):
            continue
        found = trigger_type(token, token.i in index.by_token, i in lead_roots)
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
    date_participles(mentions, participle_governors(view, trigger_tokens))
    view.release()
    return mentions
