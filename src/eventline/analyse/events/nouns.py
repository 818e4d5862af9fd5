"""Status from an event noun's own modifiers and determiner: `the planned visit`, `a
possible merger`, `no casualties`, `the would-be attack`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose subject is an event that has not happened yet: `the summit is scheduled`.
SCHEDULED_SUBJECT_VERBS = frozenset("schedule set slate plan expect due".split())
POSSIBLE_ADJ = frozenset("possible potential proposed likely probable prospective".split())
PLANNED_ADJ = frozenset(
    "planned upcoming forthcoming scheduled expected future next coming prospective "
    "impending".split()
)
ONGOING_ADJ = frozenset("current ongoing continuing present".split())
OCCURRED_ADJ = frozenset("recent last previous past former earlier".split())


# Words that say an event was not real: `the attack was a hoax`, `the report was false`.
_NOT_REAL = frozenset("hoax false fake fabricated untrue unfounded".split())
# ... and modifiers that make it an exercise: `a mock attack` (a `false statement` was made).
_PRETEND = frozenset("mock simulated".split())


def noun_status(token: Token) -> EventStatus | None:
    """The status an event noun's own words give it: `the planned visit`, `no casualties`,
    `the would-be attack`, `the trial is set to begin`."""
    for child in token.children:
        word = child.lower_
        if child.dep_ == "det" and word in {"no", "neither"}:
            return "negated"  # `there were no casualties`, `no injuries were reported`
        if _would_be(child):
            return "possible"  # `the would-be attack`: attempted or intended, not done
        if word in _PRETEND and child.dep_ in {"amod", "compound"}:
            return "negated"  # `a mock attack`: an exercise, not an attack
        if child.dep_ in {"amod", "compound", "advmod"}:
            if word in POSSIBLE_ADJ:
                return "possible"
            if word in PLANNED_ADJ:
                return "planned"
            if word in ONGOING_ADJ:
                return "ongoing"
            if word in OCCURRED_ADJ:
                return "occurred"
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in {"schedule", "plan", "set"}:
            return "planned"
    head = token.head
    if token.dep_ == "nsubj" and any(
        c.dep_ in {"attr", "acomp"} and c.lower_ in _NOT_REAL for c in head.children
    ):
        return "negated"  # `the attack was a hoax`, `the report was false`
    if token.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in SCHEDULED_SUBJECT_VERBS:
        return "planned"  # `the trial is set to begin`, `the vote is scheduled for May`
    return None


def _would_be(modifier: Token) -> bool:
    """`would-be`, in one token or as `would - be`."""
    if modifier.lower_ == "would-be":
        return True
    return modifier.lower_ == "be" and any(c.lower_ == "would" for c in modifier.children)
