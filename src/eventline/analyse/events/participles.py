"""Verb forms without a tense of their own. A participle clause happens when the verb it
hangs off does (`Jobs unveiled the phone, saying ...`, `While introducing the phone, he
started by hinting`); infinitives and perfects are read here for the status stage too."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from eventline.analyse.events.timing import OTHER_TIME_WORDS, moved_in_time
from eventline.models import EventMention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventline.nlp.token_view import DocView

# How a participle clause hangs off its verb: `, saying` (advcl), `by hinting` (pcomp),
# `started hinting` (xcomp), `walking ... and taking` (conj of another participle).
_PARTICIPLE_DEPS = frozenset({"advcl", "pcomp", "xcomp", "conj"})
# Scopes that say the verb's time was read from the text, not assumed from the article.
_READ_SCOPES = frozenset({"clause", "sentence"})
_CHAIN_LIMIT = 6


def _is_participle_clause(token: Token) -> bool:
    """`saying`, `by hinting`, `asked about it, ...`: a non-finite clause with no subject,
    no auxiliary and no word that moves it in time."""
    if token.pos_ != "VERB" or token.dep_ not in _PARTICIPLE_DEPS:
        return False
    if token.tag_ != "VBG" and not (token.tag_ == "VBN" and token.dep_ == "advcl"):
        return False
    if token.dep_ == "conj" and token.head.tag_ not in {"VBG", "VBN"}:
        return False  # `fell and is rising`: a conjunct of a finite verb has its own tense
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "expl"} for c in token.children):
        return False
    return not moved_in_time(token)


def _governing_verb(token: Token) -> Token | None:
    """The verb a participle clause hangs off, across the preposition of `by hinting`."""
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep":
        if head.lower_ in OTHER_TIME_WORDS:
            return None
        head = head.head
    return head if head.i != token.i and head.pos_ in {"VERB", "AUX"} else None


def participle_governors(doc: DocView, trigger_tokens: Sequence[int]) -> dict[int, int]:
    """Mention index of each participle clause -> mention index of the verb it hangs off
    (`trigger_tokens`: the token index of each mention's trigger, in mention order)."""
    by_token = {token: index for index, token in enumerate(trigger_tokens)}
    governors = {}
    for index, token_index in enumerate(trigger_tokens):
        token = doc[token_index]
        if not _is_participle_clause(token):
            continue
        verb = _governing_verb(token)
        if verb is not None and verb.i in by_token:
            governors[index] = by_token[verb.i]
    return governors


def _root_governor(index: int, governors: Mapping[int, int]) -> int:
    """Follow `saying` -> `hinting` -> `started` up to the finite verb."""
    for _ in range(_CHAIN_LIMIT):
        if index not in governors:
            break
        index = governors[index]
    return index


def date_participles(mentions: list[EventMention], governors: Mapping[int, int]) -> None:
    """Give each participle clause the time of its verb, unless the text dates it itself;
    the mentions are updated in place, after the discourse has dated their verbs."""
    for index in sorted(governors):
        mention = mentions[index]
        if mention.time_scope in _READ_SCOPES:
            continue
        verb = mentions[_root_governor(index, governors)]
        if verb is mention:
            continue
        if verb.timex is not None:
            scope = "sentence" if verb.time_scope in _READ_SCOPES else "discourse"
            mention.timex, mention.time_scope = verb.timex, scope
        elif verb.time_scope == "background":
            mention.time_scope = "background"


def bare_gerund(verb: Token) -> bool:
    """An -ing form with no auxiliary of its own (`took the stage, saying`)."""
    return verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def participle_of_past(verb: Token) -> bool:
    """A bare gerund clause hung on a simple past verb (`caused floods, killing 51`): it
    tells what the past event did, so it happened too."""
    head = verb.head
    return (
        bare_gerund(verb)
        and verb.dep_ in {"advcl", "conj"}
        and head.i != verb.i
        and head.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in head.children)
    )


def perfect_infinitive(verb: Token) -> bool:
    """`to have met`: an infinitive of something already done."""
    words = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and {"to", "have"} <= words


def present_perfect(verb: Token) -> bool:
    """`has opted`, `have met`."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children
    )


def to_infinitive(verb: Token) -> bool:
    """`to visit`."""
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
