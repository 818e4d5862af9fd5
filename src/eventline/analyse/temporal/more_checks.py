"""Token checks for the patterns of `more_patterns.py`, and the zone rule for years."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventline.analyse.temporal.more_patterns import LOCAL_THEN, ZONE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ZONES = {word.lower() for word in ZONE_WORDS}
_CLOCK_PREPOSITIONS = {"at", "around", "by", "until", "till", "since", "from", "before", "after"}
_FREQUENT = {"once", "twice", "thrice", "several", "many", "few", "numerous", "multiple"}
_RANGE_TAIL = re.compile(r"[-–/](?:\d\d|\d{4})")


def next_token(doc: Doc, token: Token, step: int = 1) -> Token | None:
    """The token `step` places after `token`, if any."""
    index = token.i + step
    return doc[index] if index < len(doc) else None


def zoned(doc: Doc, last: Token) -> bool:
    """A time zone or `local time` follows: the number before it is a time of day."""
    nxt = next_token(doc, last)
    if nxt is None:
        return False
    if nxt.lower_ in _ZONES:
        return True
    after = next_token(doc, nxt)
    if nxt.lower_ != "local":
        return False
    return after is None or after.is_punct or after.lower_ == "time" or after.lower_ in LOCAL_THEN


_MEASURES = {"mt", "tonnes", "tons", "kg", "km", "mw", "bpd", "mph", "ft", "sq", "cc"}


def measured(doc: Doc, last: Token) -> bool:
    """A unit of measure follows (`2000 MT of wheat`, `1500 km`): an amount, not a year."""
    nxt = next_token(doc, last)
    return nxt is not None and nxt.lower_ in _MEASURES


def range_tail(rest: str) -> bool:
    """What follows a year inside its token is the second end of a range (`2010/11`)."""
    return _RANGE_TAIL.fullmatch(rest) is not None


def year_range_start(doc: Doc, last: Token) -> bool:
    """`2009 - 2010`, `1957 - 58`: a dash and a year-like number follow."""
    nxt, after = next_token(doc, last), next_token(doc, last, 2)
    if nxt is None or nxt.text not in ("-", "–") or after is None or zoned(doc, after):
        return False
    return later_year(last.text, after.text)


def later_year(first: str, second: str) -> bool:
    """`2010` or `10` after `2009`, `00` after `1999`: the second end of a range of years."""
    if not (first.isdigit() and second.isdigit() and len(first) == 4 and len(second) in (2, 4)):
        return False
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if len(second) == 2 and end <= start:
        end += 100
    return 0 < end - start <= 100 and (len(second) == 4 or end - start < 50)


def range_end_ok(doc: Doc, start: int, end: int) -> bool:
    """The second year of a range: not a percentage, a zone time or a count of things."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end_char != end:
        return False
    last = span[-1]
    nxt = next_token(doc, last)
    if zoned(doc, last):
        return False
    return not (nxt is not None and (nxt.lower_ in ("%", "percent") or nxt.tag_ == "NNS"))


def clock_stamp_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`2215 hrs` is a time of day; `1200 hrs of footage` an amount."""
    nxt = next_token(doc, last)
    return not (last.lower_ in ("hrs", "hours") and nxt is not None and nxt.lower_ == "of")


def clock_duration_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`won in 3:07:35` is a race time; `at 10:15:30` is a time of day."""
    prev = doc[first.i - 1].lower_ if first.i > 0 else ""
    return prev not in _CLOCK_PREPOSITIONS


def frequency_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`three times a week`, `twice a day`; not `the times a day ends`."""
    return first.like_num or first.lower_ in _FREQUENT or first.lower_ in ("a", "an")


def now_ok(doc: Doc, first: Token, last: Token) -> bool:
    """`now` refers to time, except in a compound adjective (`the now-defunct firm`)."""
    nxt = next_token(doc, last)
    return not (nxt is not None and nxt.text in ("-", "–") and not last.whitespace_)


def in_title(doc: Doc, word: Token) -> bool:
    """`USA Today`, `NBC's Today show`: a capitalised `Today` after a name ends a title
    (TimeML leaves expressions inside proper names untagged)."""
    if word.text != "Today" or word.is_sent_start or word.i == 0:
        return False
    prev = doc[word.i - 1]
    if prev.text in ("'s", "’s") and word.i >= 2:
        prev = doc[word.i - 2]
    return prev.pos_ == "PROPN" and prev.is_alpha and (prev.is_upper or prev.is_title)


def part_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`in the morning`, but not `in the afternoon sun` (a noun the part of day describes)."""
    nxt = next_token(doc, last)
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")
