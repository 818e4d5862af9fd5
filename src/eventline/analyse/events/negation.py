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
        if any(c.dep_ == "det" and c.lower_ in _NO_DETERMINERS for c in subject.children):
            return True
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
    if verb.dep_ not in {"advcl", "ccomp"} or verb.sent[-1].text == "?":
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # the auxiliary opens the sentence, before the subject (the parser may make it the head)
    openers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb.head]
    return subject is not None and any(
        c.lower_ in {"had", "were", "should"} and c.i == verb.sent.start for c in openers
    )


# Words that open a question asked of a known event (`who ordered the raid?`).
_WH_WORDS = frozenset("who whom whose what which when where why how".split())


def yes_no_question(verb: Token) -> bool:
    """`Did the aide leak the memo?`, `Has the firm paid?`: an auxiliary before the subject
    in a sentence that ends in a question mark asks whether it happened."""
    sentence = verb.sent
    last = sentence[-1] if sentence[-1].text == "?" or len(sentence) < 2 else sentence[-2]
    if last.text != "?":
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in _WH_WORDS:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.i < subject.i for a in auxes) and not any(
        t.lower_ in _WH_WORDS for t in sentence if t.i < subject.i
    )
