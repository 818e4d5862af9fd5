"""What the verb governing an event did to it: called it off (`the summit was cancelled`,
`Vote Postponed`), kept it from happening (`foiled an attack`, `ruled out a recall`) or let it
fall through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.analyse.events.negation import negated_verb
from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

# `the rally was banned`: called off by whoever could forbid it
CANCELLED_LEMMAS = frozenset(
    "cancel postpone scrap abandon suspend delay scrub shelve axe ban forbid".split()
)
# Verbs that keep their object from happening: `foiled an attack`, `the strike was averted`.
PREVENTED_LEMMAS = frozenset("foil thwart avert prevent avoid forestall preempt block veto".split())


def undone_by_head(token: Token) -> EventStatus | None:
    """What the verb governing an event did to it: called it off (`the summit was
    cancelled`, `called off the strike`) or kept it from happening (`foiled an attack`, `the
    strike was averted`, `ruled out a recall`)."""
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass", "xcomp"} or _headline_passive(token, head):
        return _undoing(head) if head.i != token.i else None
    if token.dep_ == "nsubj" and head.lemma_.lower() == "fall":
        # `the deal fell through`
        return "negated" if any(c.lower_ == "through" for c in head.children) else None
    # `Strike Called Off`, `Summit cancelled after row`: a headline's participle
    participle = next(
        (c for c in token.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}), None
    )
    return _undoing(participle) if participle is not None and participle.i > token.i else None


def _headline_passive(token: Token, head: Token) -> bool:
    """`Vote Postponed Amid Protests`: a participle without `was`, its subject tagged as
    active."""
    return (
        token.dep_ == "nsubj"
        and head.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
    )


def _undoing(head: Token) -> EventStatus | None:
    """`cancelled`, `called off`: cancelled; `foiled`, `averted`, `ruled out`: negated."""
    lemma = head.lemma_.lower()
    words = {c.lower_ for c in head.children}
    if negated_verb(head):  # `have not ruled out an attack`; `was not cancelled`
        return "possible" if lemma == "rule" and "out" in words else None
    if lemma in CANCELLED_LEMMAS or (lemma == "call" and "off" in words):
        return "cancelled"
    if (lemma in PREVENTED_LEMMAS and "from" not in words) or (lemma == "rule" and "out" in words):
        return "negated"  # (`prevented the march from reaching`: the reaching did not happen)
    return None
