"""What a clause's own conjunction says of its event: `if`/`unless` (and the main clause of
such a clause), `rather than`, `before it could`, `lest`, and the clauses of cause that keep
their own factuality (`as talks stall`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.analyse.events.negation import inverted_condition
from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

# `if convicted`, `unless he resigns`, `provided that ...`
CONDITION_MARKS = frozenset("if unless provided providing whether".split())
INSTEAD_WORDS = frozenset({"instead", "rather"})
# `lest the prisoners escape`: what is guarded against may happen.
LEST_MARKS = frozenset({"lest"})


def condition_mark(verb: Token) -> bool:
    """`if`, `unless`, `provided` opens the clause."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def _has_condition(verb: Token, children: list[Token]) -> bool:
    """A main clause with an `if`/`unless` clause or an inverted one (`would have won had it
    scored`), and not itself in the past tense."""
    if verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in children):
        return False
    return any(
        (c.dep_ == "advcl" and condition_mark(c))
        or (c.dep_ in {"advcl", "ccomp"} and inverted_condition(c))
        for c in children
    )


def clause_cue(verb: Token) -> EventStatus | None:
    """What a clause's own conjunction says of it: `if`/`unless` (or a main clause with one),
    `rather than`, `before it could`, `lest`."""
    children = list(verb.children)
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    if marks & CONDITION_MARKS or _has_condition(verb, children):
        return "conditional"
    # `Rather than recall the phones, ...`: a clause set against what was done instead
    instead = "than" in marks and any(
        c.lower_ in INSTEAD_WORDS and c.dep_ == "advmod" for c in children
    )
    if instead or _rather_than_conjunct(verb) or ("before" in marks and _forestalled(verb)):
        return "negated"
    return "possible" if marks & LEST_MARKS else None


def _rather_than_conjunct(verb: Token) -> bool:
    """`chose to appeal rather than accept the ban`, `to negotiate instead of striking` (as
    the parser may join them): the second conjunct was not done."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    doc = verb.doc
    return any(
        doc[i].lower_ in {"than", "of"} and doc[i - 1].lower_ in INSTEAD_WORDS
        for i in range(verb.head.i + 2, verb.i)
    )


def _forestalled(verb: Token) -> bool:
    """`was caught before he could escape`: a past `before ... could` clause did not happen."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ in {"could", "would"} for c in verb.children)
        and verb.head.i != verb.i
        and _past(verb.head)
    )


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children
    )


# `the takeover is subject to approval`, `the sale remains pending approval`
_CONDITION_PREDICATES = frozenset("subject conditional contingent dependent pending".split())


def conditioned_subject(token: Token) -> bool:
    """The subject of a clause that holds only on a condition: `if approved, the merger would
    create`, `the takeover is subject to approval`, `the sale remains pending approval`."""
    head = token.head
    if _conditioned_noun(token):
        return True
    if token.dep_ not in {"nsubj", "nsubjpass"} or head.i == token.i:
        return False
    for child in head.children:
        if child.dep_ == "advcl" and condition_mark(child) and not _has_subject(child):
            return True  # `if approved`: the condition is said of the subject
        if child.lower_ in _CONDITION_PREDICATES and child.dep_ in {"acomp", "prep", "advmod"}:
            if any(c.dep_ in {"prep", "pobj"} for c in child.children):
                return True
    return False


def _conditioned_noun(noun: Token) -> bool:
    """`the deal, subject to approval, ...`; headline `Lender's takeover subject to approval`
    (parsed as a compound of `subject`)."""
    words = [c for c in noun.children if c.dep_ in {"amod", "appos", "acl"}]
    if noun.dep_ == "compound":
        words.append(noun.head)
    return any(
        w.lower_ in _CONDITION_PREDICATES and any(c.dep_ == "prep" for c in w.children)
        for w in words
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


# Conjunctions of cause and contrast: their clause is asserted on its own (`threatens a
# strike as talks stall`), unlike `until`/`before`/`when`, which share the main clause's time.
_REASON_MARKS = frozenset("as because since although though while whereas".split())


def reason_clause(verb: Token) -> bool:
    """A clause of cause or contrast with a subject of its own."""
    return _has_subject(verb) and any(
        c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in verb.children
    )
