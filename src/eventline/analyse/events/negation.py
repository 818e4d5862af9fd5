"""Cues that an event did not happen or happens only on a condition, said by its subject
or by the order of words: `no one was arrested`, `had the deal gone through`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subjects that deny the event: `no one was arrested`, `neither side signed`.
_NO_ONE = frozenset("nobody none nothing noone".split())
_NO_DETERMINERS = frozenset({"no", "neither"})


def no_subject(verb: Token) -> bool:
    """A subject that says nobody did it: `no one`, `nobody`, `no troops`, `neither side`."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in _NO_ONE or (
            subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
        ):
            return True
        if any(c.dep_ == "det" and c.lower_ in _NO_DETERMINERS for c in subject.children):
            return True
    return False


def inverted_condition(verb: Token) -> bool:
    """`Had the deal gone through`, `Were the talks to fail`: an `if` said by word order."""
    if verb.dep_ not in {"advcl", "ccomp"} or verb.sent[-1].text == "?":
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # the auxiliary opens the sentence, before the subject (the parser may make it the head)
    openers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb.head]
    return subject is not None and any(
        c.lower_ in {"had", "were", "should"} and c.i == verb.sent.start for c in openers
    )
