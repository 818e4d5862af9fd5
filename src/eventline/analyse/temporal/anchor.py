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
    "seek", "want", "promise", "vow", "threaten", "pledge", "go",
}  # fmt: skip
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}
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
    current, below = token, token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.tag_ in ("MD", "VBD", "VBZ", "VBP"):
            if _points_forward(current, below):
                return "future"
            tense = _verb_tense(current)
            if tense is not None:
                return tense
        if current.head.i == current.i:
            return None
        current, below = current.head, current
    return None


def _points_forward(verb: Token, below: Token) -> bool:
    """`plans to leave Friday`, `is to resume Tuesday`, `postponed until Monday`: a later time."""
    if below.lower_ in _UNTIL:
        return verb.lemma_ in _DEFER
    if below.dep_ != "xcomp" or not any(c.lower_ == "to" for c in below.children):
        return False
    if any(c.lower_ in ("had", "'d") for c in verb.children):
        return False  # `had been scheduled to expire Friday`: that time has passed
    return verb.lemma_ in _FUTURE_LEMMAS or verb.lemma_ == "be"


def _verb_tense(verb: Token) -> Tense | None:
    """Tense from a verb and its auxiliaries; None for untensed forms (look higher)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux and verb.lemma_ not in _FUTURE_LEMMAS:
        return "past"  # `the injunction issued Thursday`: a reduced relative tells of the past
    if verb.tag_ == "VBD" and verb.lemma_ in _FUTURE_LEMMAS and not aux:
        if any(c.dep_ == "xcomp" for c in verb.children):
            return "future"  # `planned to leave on Thursday` points forward, even in the past
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.lemma_ in _FUTURE_LEMMAS and _has_future_complement(verb):
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


def _has_future_complement(verb: Token) -> bool:
    """`expected to ...`, `scheduled for ...`: the verb points forward."""
    if verb.lemma_ in ("schedule", "set", "due", "plan"):
        return any(c.dep_ in ("xcomp", "prep") for c in verb.children)
    return any(c.dep_ == "xcomp" for c in verb.children)
