"""Cues that an event did not happen or happens only on a condition, said by its subject
or by the order of words: `no one was arrested`, `had the deal gone through`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subjects that deny the event: `no one was arrested`, `neither side signed`.
_NO_ONE = frozenset("nobody none nothing noone".split())
_NO_DETERMINERS = frozenset({"no", "neither"})


# `did not hesitate to condemn`: a denied reluctance, so the complement happened
_NOT_RELUCTANT = frozenset({"hesitate"})


def negated_verb(verb: Token) -> bool:
    """`did not sign`, `no longer makes`; not `did not end until Friday` (it ended then) nor
    `did not hesitate to` (it was done)."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return verb.lemma_.lower() not in _NOT_RELUCTANT and not _not_until(children)
    return any(  # `no longer`, `no more`: the neg hangs on the adverb
        c.dep_ == "advmod"
        and c.lower_ in {"longer", "more"}
        and any(g.dep_ == "neg" for g in c.children)
        for c in children
    )


def _not_until(children: list[Token]) -> bool:
    """`did not end until Friday`, `will not open until May`: it happens then (not a present
    `doesn't own until 5 p.m.`, where `until` belongs to another verb)."""
    return any(
        c.lower_ in {"until", "till"} and c.dep_ in {"prep", "mark"} for c in children
    ) and any(c.dep_ == "aux" and c.tag_ in {"VBD", "MD"} for c in children)


def no_subject(verb: Token) -> bool:
    """A subject that says nobody did it: `no one`, `nobody`, `no troops`, `neither side`;
    in a headline the subject may be the noun the participle hangs on (`No Charges Filed`)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and verb.head.i < verb.i:
        subjects.append(verb.head)
    for subject in subjects:
        if subject.lower_ in _NO_ONE or (
            subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
        ):
            return True
        words = {c.lower_ for c in subject.children}
        if any(
            (c.dep_ == "det" and c.lower_ in _NO_DETERMINERS) or c.dep_ == "neg"
            for c in subject.children
        ):
            return not words & {"all", "every"}  # `neither side`, `not a single shot`; `not
            # all members voted`: some did
    return False


def no_object(verb: Token) -> bool:
    """An object that says nothing was done: `paid no tax`, `made no comment`, `found no
    trace`."""
    return any(
        c.dep_ in {"dobj", "attr"} and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def inverted_condition(verb: Token) -> bool:
    """`Had the deal gone through`, `Were the talks to fail`: an `if` said by word order."""
    if verb.dep_ not in {"advcl", "ccomp"}:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    first, last = sentence_edges(verb)
    # the auxiliary opens the sentence or the clause (`would have won had it scored`), before
    # the subject (the parser may make it the head)
    openers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb.head]
    return last.text != "?" and any(
        c.lower_ in {"had", "were", "should"}
        and c.i < subject.i
        and c.i in {first.i, verb.left_edge.i}
        for c in openers
    )


def sentence_edges(token: Token) -> tuple[Token, Token]:
    """The first and last word of a token's sentence, read off its root (cheaper than
    `token.sent`, which walks the sentence); trailing spaces are skipped."""
    root = token
    for _ in range(_MAX_DEPTH):
        if root.head.i == root.i:
            break
        root = root.head
    first, last = root.left_edge, root.right_edge
    while last.i > first.i and last.is_space:
        last = last.doc[last.i - 1]
    return first, last


_MAX_DEPTH = 64


# Words that open a yes-no question: `Did the aide leak it?`, `Was the vote rigged?`
_QUESTION_OPENERS = frozenset(
    "did does do is was were are has have had will would could can should may might".split()
)


# How the parser may hang the participle of `Was the election rigged?`
_PARTICIPLE_DEPS = frozenset({"acl", "acomp", "xcomp", "attr"})


def yes_no_question(verb: Token) -> bool:
    """`Did the aide leak the memo?`, `Has the firm paid?`, `Was the election rigged?`: a
    sentence opened by an auxiliary and closed by a question mark asks whether its main
    event happened (a `wh-` question takes it as known: `why did the bridge collapse?`)."""
    if verb.dep_ not in _PARTICIPLE_DEPS and not any(
        c.lower_ in _QUESTION_OPENERS and c.i < verb.i for c in verb.children
    ):
        return False  # no auxiliary before it: no question of this kind (and no sentence walk)
    first, last = sentence_edges(verb)
    if last.text != "?":
        return False
    opener = next(
        (t for t in verb.doc[first.i : verb.i + 1] if not t.is_punct and t.dep_ != "cc"), verb
    )
    if opener.lower_ not in _QUESTION_OPENERS or opener.i >= verb.i:
        return False
    if opener.head.i == verb.i:
        return True  # `did ... leak`
    # `Was the election rigged?`: the parser may hang the participle on the subject
    return (
        opener.dep_ == "ROOT"
        and verb.dep_ in _PARTICIPLE_DEPS
        and (verb.head.i == opener.i or verb.head.head.i == opener.i)
    )
