"""The article date (possibly without a year), and the tense that orients relative expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from eventline.models import PLACEHOLDER_YEAR

if TYPE_CHECKING:
    from spacy.tokens import Token

Tense = Literal["past", "present", "future"]

_PUBLISHED = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?")
# Verbs whose complement happens later (`is expected to discuss`, `scheduled for`).
_FUTURE_LEMMAS = {
    "expect", "schedule", "plan", "intend", "due", "set", "hope", "aim", "prepare", "propose",
    "seek", "want", "promise", "vow", "threaten", "pledge", "go", "slate", "poise", "agree",
}  # fmt: skip
_MISREAD = {"slated": "slate", "hopes": "hope", "hoped": "hope", "hoping": "hope"}
"""Forms the lemmatiser gets wrong (`slated` -> `slat`, `hopes` -> `hop`)."""
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}
# Modals whose plain infinitive looks ahead (`could open in March`; `ca` is `can't`); with a perfect
# (`would have opened`) they look back, and that is read before them.
_MODALS = {"would", "could", "might", "may", "should", "must", "can", "ca"}
# `would not comment`, `could not be reached`: a refusal or a failure, of the past as often as not.
_REFUSING = {"would", "could"}
# `could hear`, `could barely walk`: `could` of an ability, the past of `can`.
_ABLE = {"hear", "see", "feel", "smell", "remember", "recall", "afford", "barely", "hardly"}
# Adjectives of a present copula that date a coming deadline (`is due in March`, `is effective
# Jan. 1`).
_DUE = {"due", "effective", "set", "slated", "scheduled"}
# Adjectives whose `to` complement happens later (`is likely to visit`, `is due to sign`).
_FORWARD_ADJ = {
    "likely", "unlikely", "set", "slated", "poised", "due", "scheduled", "expected", "about",
    "bound", "sure", "certain", "ready",
}  # fmt: skip
# Verbs whose object, with a past participle after it, is wished or planned (`wants elections
# held in May`): the participle is not a reduced relative telling of the past.
_WISH = {"want", "need", "expect", "like", "prefer", "plan", "hope", "wish", "demand", "order"}
_HOPE = {"hope", "expect", "wish", "pray", "trust"}
"""Verbs whose `that` clause in the present tells of a later time (`hopes the vote is held`)."""
# Verbs that move an action to a later time: `until` after them names a coming day.
_DEFER = {"postpone", "delay", "defer", "extend", "adjourn", "recess", "give", "suspend", "put"}
_UNTIL = {"until", "till", "til"}


@dataclass(frozen=True)
class Anchor:
    """The article date; `day` is on the placeholder year when the year is unknown."""

    day: date
    year_known: bool


def parse_published(published: str | None) -> Anchor | None:
    """Read `2023-10-19`, `XXXX-10-19` or an ISO datetime into an `Anchor` (None if unusable)."""
    if not published:
        return None
    match = _PUBLISHED.match(published.strip())
    if not match:
        return None
    known = match[1] != "XXXX"
    year = int(match[1]) if known else PLACEHOLDER_YEAR
    try:
        return Anchor(date(year, int(match[2]), int(match[3])), known)
    except ValueError:
        return None


def tense_of(token: Token) -> Tense | None:
    """Tense of the clause a token belongs to, walking up to its governing verb."""
    return _clause(token)[0]


def reading_of(token: Token) -> tuple[Tense | None, bool]:
    """The tense of a token's clause, and whether a modal with a plain infinitive looks ahead
    (`would reopen in February`, `could open in March`): after the words were said, though not
    a stated future."""
    tense, verb = _clause(token)
    return tense, tense == "present" and verb is not None and _modal_ahead(verb)


def counted_from(token: Token) -> bool:
    """`the biggest rise since the week to February 25`: a time counted from lies in the past."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        if current.lower_ == "since" and current.dep_ == "prep":
            return True
        current = current.head
    return False


def _clause(token: Token) -> tuple[Tense | None, Token | None]:
    """The tense of a token's clause and the verb that gives it."""
    current, below = token, token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.tag_ in ("MD", "VBD", "VBZ", "VBP"):
            if _points_forward(current, below):
                return "future", current
            tense = _verb_tense(current)
            if tense == "present" and current.dep_ == "ccomp" and _lemma(current.head) in _HOPE:
                return "future", current  # `hopes the vote is held in May`: a present for later
            if tense is not None:
                return tense, current
        elif _forward_adjective(current, below):
            return "future", current
        if current.head.i == current.i:
            return None, None
        current, below = current.head, current
    return None, None


def _points_forward(verb: Token, below: Token) -> bool:
    """`plans to leave Friday`, `is to resume Tuesday`, `postponed until Monday`: a later time."""
    if below.lower_ in _UNTIL:
        return verb.lemma_ in _DEFER
    if below.dep_ in ("prep", "npadvmod") and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "acomp" and c.lower_ in _DUE for c in verb.children)
    if _lemma(verb) in _WISH and below.tag_ == "VBN" and below.dep_ in ("ccomp", "xcomp"):
        if not _auxiliaries(below):
            return True  # `wants the vote held in May`: a bare participle, the thing wished
    if verb.tag_ == "VBD" and _plans(verb) and not _auxiliaries(verb):
        # `planned to leave on Thursday` points forward even in the past (and when the parser
        # hangs the date on `planned`); `agreed in June to buy` dates the agreeing
        return any(c.dep_ == "xcomp" and c.i <= below.i for c in verb.children)
    if below.dep_ != "xcomp" or not any(c.lower_ == "to" for c in below.children):
        return False
    if any(c.lower_ in ("had", "'d") for c in verb.children):
        return False  # `had been scheduled to expire Friday`: that time has passed
    return _plans(verb) or verb.lemma_ == "be"


def _plans(verb: Token) -> bool:
    """A verb of plans and expectations (`expect`, `schedule`, `slate`)."""
    return _lemma(verb) in _FUTURE_LEMMAS


def _lemma(token: Token) -> str:
    """The lemma, mended where the lemmatiser misreads a form."""
    return _MISREAD.get(token.lower_, token.lemma_)


def _verb_tense(verb: Token) -> Tense | None:
    """Tense from a verb and its auxiliaries; None for untensed forms (look higher)."""
    aux = _auxiliaries(verb)
    words = {a.lower_ for a in aux}
    if words & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux and not _plans(verb):
        return _participle_tense(verb)
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if _plans(verb) and _has_future_complement(verb):
        return "future"
    if any(a.lemma_ == "have" for a in aux):
        return "past"
    if any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in _FUTURE_AUX else "present"
    if any(a.tag_ == "MD" for a in aux):
        return "future" if words & {"will", "shall", "'ll", "wo"} else "present"
    return None


def _participle_tense(verb: Token) -> Tense | None:
    """`the injunction issued Thursday` tells of the past; `wants elections held in May` of a
    wish; `hopes to have the bridge rebuilt by May` takes the tense of `have` (None), unless a
    comma sets the participle apart (`has six ports, listed with figures for May`)."""
    if verb.head.dep_ != "dobj":
        return "past"
    governor = verb.head.head
    if _lemma(governor) in _WISH:
        return "future"
    apart = verb.i > 0 and verb.nbor(-1).is_punct
    causative = governor.lemma_ in ("have", "get") and not apart
    return None if causative else "past"


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of a verb (`has`, `been`, `would`)."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _modal_ahead(verb: Token) -> bool:
    """`would reopen`, `could open`, `may visit`: a modal with a plain infinitive looks ahead,
    except a refusal or failure (`would not comment`, `could not be reached`)."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if not modals & _MODALS:
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    if "could" in modals and (
        verb.lemma_ in _ABLE or any(c.lower_ in _ABLE for c in verb.children)
    ):
        return False
    return not (negated and modals & _REFUSING)


def _forward_adjective(word: Token, below: Token) -> bool:
    """`is likely to visit`, `is due in March`, `is set for June`: in the present, a later time."""
    if word.lower_ not in _FORWARD_ADJ or word.dep_ not in ("acomp", "ROOT", "oprd"):
        return False
    copula = word.head if word.dep_ != "ROOT" else word
    if copula.tag_ == "VBD" or any(c.tag_ in ("VBD", "MD") for c in copula.children):
        return False  # `was due in March`: that time may well be gone
    if below.dep_ == "xcomp":
        return any(c.lower_ == "to" for c in below.children)
    return below.dep_ == "prep" and word.lower_ in _DUE


def _has_future_complement(verb: Token) -> bool:
    """`expected to ...`, `scheduled for ...`: the verb points forward."""
    if _lemma(verb) in ("schedule", "set", "due", "plan", "slate", "expect"):
        return any(c.dep_ in ("xcomp", "prep") for c in verb.children)
    return any(c.dep_ == "xcomp" for c in verb.children)
