"""What a normaliser knows about an expression's surroundings, and the results it returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from eventline.analyse.temporal.anchor import Anchor, Tense
from eventline.lexicon.calendar import mask_year, value_interval
from eventline.models import PLACEHOLDER_YEAR, Interval, TimexType


@dataclass
class Context:
    """Anchor, tense and the date under discussion (updated as the article is read)."""

    anchor: Anchor | None
    tense: Tense | None = None
    lead: bool = False
    prospective: bool = False
    """A modal looks ahead (`would reopen in February`): a month or a day of one is a coming one."""
    since: date | None = None
    """The past day a looked-ahead clause was said on (`In December ... said it would`)."""
    settled: bool = False
    """The words before fix the date in the past (`the year ended Jan. 31`, `since March`)."""
    possessive: bool = False
    """The expression takes a possessive `'s` (`Thursday's closing price`)."""
    ref_day: Anchor | None = None
    """The last day the article talked about (`the next day` counts from it)."""
    ref_year: Anchor | None = None
    """The last date of any granularity written out in full (`that year` counts from it)."""
    ref_quarter: tuple[int, int, bool] | None = None
    """The last quarter mentioned, as (year, quarter, year_known): earnings reports."""
    long_period: bool = False
    """The last reporting period named spans several quarters (`the nine months`): a figure
    `a year earlier` is then compared with last year's such period, not last year's quarter."""
    focus: Interval | None = None
    """The last date of any granularity mentioned: the date under discussion (TimeML)."""
    decade: Interval | None = None
    """The last decade mentioned (`the following decade` counts from it)."""
    paragraph: int = 0
    """Index of the paragraph being read (a line in token-joined texts)."""
    reach: int = 0
    """How many paragraphs back a narrated date still sets the year (1 when lines are sentences)."""
    narrated: tuple[int, Anchor] | None = None
    """The last date written with its year, and its paragraph: the year a story is told in."""

    @property
    def base(self) -> Anchor:
        """The article date, or a placeholder when there is none (month-level arithmetic only)."""
        return self.anchor or Anchor(date(PLACEHOLDER_YEAR, 1, 1), False)

    @property
    def discussed_year(self) -> Anchor | None:
        """The year under discussion: that of the last date mentioned, else the article's."""
        if self.focus is not None:
            return Anchor(self.focus.start, self.focus.year_known)
        return self.ref_year or self.ref_day or self.anchor

    @property
    def discussed(self) -> Anchor | None:
        """The day under discussion: the last day mentioned, unless a later date left it."""
        day, focus = self.ref_day or self.anchor, self.focus
        if focus is None or (day is not None and _inside(day, focus)):
            return day
        return Anchor(focus.start, focus.year_known)

    @property
    def discussed_grain(self) -> str:
        """`day`, or the granularity of the date under discussion when it is coarser."""
        day, focus = self.ref_day or self.anchor, self.focus
        if focus is None or (day is not None and _inside(day, focus)):
            return "day"
        return focus.granularity

    @property
    def quarter_discussed(self) -> tuple[int, int, bool] | None:
        """The quarter a report is about, unless a longer period was named after it."""
        return None if self.long_period else self.ref_quarter

    def note(self, result: Normalised) -> None:
        """Make a DATE/TIME just read the date under discussion (decades and centuries aside)."""
        interval = result.interval
        if result.value in _MULTI_QUARTER:
            self.long_period = True
        elif _QUARTER_VALUE.fullmatch(result.value):
            self.long_period = False
        if result.type not in ("DATE", "TIME") or interval is None:
            return
        if interval.granularity == "decade":
            self.decade = interval
        elif interval.granularity != "century":
            self.focus = interval


_MULTI_QUARTER = {"P6M", "P9M", "P2Q", "P3Q"}
"""Reporting periods longer than a quarter that results are given for (`the nine months`)."""
_QUARTER_VALUE = re.compile(r"(\d{4}|XXXX)-Q\d")


def _inside(day: Anchor, focus: Interval) -> bool:
    """A day lies in an interval (same year knowledge)."""
    return day.year_known == focus.year_known and focus.start <= day.day < focus.end


@dataclass(frozen=True)
class Normalised:
    """Type, value, mod and interval of one expression."""

    type: TimexType
    value: str
    mod: str | None = None
    interval: Interval | None = None
    length: int | None = None
    """Characters of the candidate the expression keeps, when fewer (`three days` of `later`)."""


_KEEP = {"month": 7, "year": 4, "quarter": 4, "half": 4, "season": 4, "week": 4}


def blur(result: Normalised, grain: str) -> Normalised:
    """Hide the parts of a day or month finer than the date discussed (`1998-10-XX`, `1998-XX`)."""
    keep = _KEEP.get(grain)
    found = _CALENDAR_VALUE.match(result.value)
    if keep is None or result.interval is None or found is None or len(found[0]) <= keep:
        return result
    start, known = result.interval.start, result.interval.year_known
    head = f"{start.year:04d}" if keep == 4 else f"{start.year:04d}-{start.month:02d}"
    hidden = re.sub(r"\d", "X", found[0][keep:])
    value = result.value[:keep] + hidden + result.value[len(found[0]) :]
    return replace(result, value=value, interval=value_interval(head, known))


_OFF_CALENDAR = re.compile(r"-|0000|\d{5}")
_CALENDAR_VALUE = re.compile(r"(\d{4}|XXXX)-\d\d(-\d\d)?")


def dated(value: str, known: bool, mod: str | None = None, kind: TimexType = "DATE") -> Normalised:
    """A DATE/TIME on the calendar; a placeholder year is masked in the value.

    Raises OverflowError for a year outside 1-9999 (`find_timexes` then leaves it untagged)."""
    if _OFF_CALENDAR.match(value):
        raise OverflowError(f"year outside the calendar: {value}")
    interval = value_interval(value, known)
    return Normalised(kind, value if known else mask_year(value), mod, interval)


def ymd(day: date) -> str:
    """`YYYY-MM-DD` of a date."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def edge_mod(text: str) -> str | None:
    """TIMEX3 mod from an edge word (`early 1990` -> START)."""
    lowered = text.lower()
    for words, mod in _EDGE_MODS:
        if any(lowered.startswith(w) and _word_ends(lowered, len(w)) for w in words):
            return mod
    return None


def _word_ends(lowered: str, at: int) -> bool:
    """The edge word ends at `at` (`over a year`, `mid-2013`, `midweek`), not inside
    `overnight`, `midnight` or `lately`."""
    if lowered[at - 1] in " -" or at == len(lowered) or not lowered[at].isalpha():
        return True
    return lowered[:at] == "mid" and lowered[at:].startswith(_MID_JOINED)


_MID_JOINED = ("week", "year", "month", "decade", "term", "season", "summer", "winter")


_EDGE_MODS = [
    (("early", "the beginning of", "the start of", "start-"), "START"),
    (("late", "the end of", "end-"), "END"),
    (("mid", "the middle of"), "MID"),
    (("about", "around", "roughly", "approximately", "some "), "APPROX"),
    (
        ("nearly", "almost", "less than", "fewer than", "under", "up to", "no more than"),
        "LESS_THAN",
    ),
    (("more than", "over", "well over"), "MORE_THAN"),
    (("at least", "no less than"), "EQUAL_OR_MORE"),
]
