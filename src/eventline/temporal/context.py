"""What a normaliser knows about an expression's surroundings, and the results it returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..models import PLACEHOLDER_YEAR, Interval, TimexType
from .anchor import Anchor, Tense
from .calendar import mask_year, value_interval


@dataclass
class Context:
    """Anchor, tense and the date under discussion (updated as the article is read)."""

    anchor: Anchor | None
    tense: Tense | None = None
    lead: bool = False
    ref_day: Anchor | None = None
    """The last day the article talked about (`the next day` counts from it)."""
    ref_year: Anchor | None = None
    """The last date of any granularity written out in full (`that year` counts from it)."""
    ref_quarter: tuple[int, int, bool] | None = None
    """The last quarter mentioned, as (year, quarter, year_known): earnings reports."""

    @property
    def base(self) -> Anchor:
        """The article date, or a placeholder when there is none (month-level arithmetic only)."""
        return self.anchor or Anchor(date(PLACEHOLDER_YEAR, 1, 1), False)

    @property
    def discussed_year(self) -> Anchor | None:
        """The year under discussion: the last one written, else the article's."""
        return self.ref_year or self.ref_day or self.anchor

    @property
    def discussed(self) -> Anchor | None:
        """The day under discussion: the last one mentioned, else the article date."""
        return self.ref_day or self.anchor


@dataclass(frozen=True)
class Normalised:
    """Type, value, mod and interval of one expression."""

    type: TimexType
    value: str
    mod: str | None = None
    interval: Interval | None = None


def dated(value: str, known: bool, mod: str | None = None, kind: TimexType = "DATE") -> Normalised:
    """A DATE/TIME on the calendar; a placeholder year is masked in the value."""
    interval = value_interval(value, known)
    return Normalised(kind, value if known else mask_year(value), mod, interval)


def ymd(day: date) -> str:
    """`YYYY-MM-DD` of a date."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def edge_mod(text: str) -> str | None:
    """TIMEX3 mod from an edge word (`early 1990` -> START)."""
    lowered = text.lower()
    for words, mod in _EDGE_MODS:
        if any(lowered.startswith(w) for w in words):
            return mod
    return None


_EDGE_MODS = [
    (("early", "the beginning of", "the start of"), "START"),
    (("late", "the end of"), "END"),
    (("mid", "the middle of"), "MID"),
    (("about", "around", "roughly", "approximately", "some "), "APPROX"),
    (
        ("nearly", "almost", "less than", "fewer than", "under", "up to", "no more than"),
        "LESS_THAN",
    ),
    (("more than", "over", "well over"), "MORE_THAN"),
    (("at least", "no less than"), "EQUAL_OR_MORE"),
]
