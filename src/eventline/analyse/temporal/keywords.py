"""The words that every match of a pattern holds, so that a scan runs only around them."""

from __future__ import annotations

from eventline.analyse.temporal.lexicon import HOLIDAYS, SEASONS, SET_ADVERBS
from eventline.analyse.temporal.more_patterns import MORE_KEYWORDS

# Words of which every match of a pattern holds one (`scan.py` runs a pattern only around
# them; tests/test_temporal.py checks that against full scans). Matched ignoring case,
# except words written with a capital: month and weekday names must be capitalised.
_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year")
_UNIT_WORDS += ("decade", "centur", "millenni")
_MONTH_WORDS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov")
_MONTH_WORDS += ("Dec",)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PART_WORDS = ("morning", "afternoon", "evening", "night")
_DIGITS = tuple("0123456789")
KEYWORDS: dict[str, tuple[str, ...]] = {
    "iso": ("-",),
    "slash": ("/",),
    "dotted": (".19", ".20"),  # the year after the second dot
    "fy": ("FY",),
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month_rel": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": (*_DIGITS, "eighteen", "nineteen", "thousand"),
    "decade": ("0s", "0's", "0’s", "'s", "’s"),
    "decade_word": ("ties",),
    "century": ("century",),
    "quarter": ("quarter", "half"),
    "quarter_adj": ("quarter", "half"),
    "period": ("period", "months"),
    "year_ago": ("year",),
    "ago": ("ago", "now", "hence", "back"),
    "some_day": ("day",),
    "later": ("earlier", "later", "before", "after"),
    "later_short": ("earlier", "later"),
    "duration": _UNIT_WORDS,
    "duration_adj": ("-",),
    "vague_units": _UNIT_WORDS,
    "bare_units": _UNIT_WORDS,
    "relative": (*_UNIT_WORDS, *SEASONS, *_WEEKDAYS),
    "edge_the": ("earlier", "later"),
    "year_end": ("year",),
    "edge_unit": _UNIT_WORDS,
    "deictic_day": ("today", "yesterday", "tomorrow", "tonight", "overnight"),
    "part_of_day": _PART_WORDS,
    "after_day": ("day", *_PART_WORDS),
    "that_unit": ("day", "week", "month", "year", *_PART_WORDS),
    "weekday": _WEEKDAYS,
    "clock": (*_DIGITS, "noon", "midday", "midnight"),
    "clock_in": _DIGITS,
    "conj_day": _DIGITS,
    "season": tuple(SEASONS),
    "weekend": ("weekend",),
    "week_of": ("week",),
    "week_in_month": ("week",),
    "ahead": ("ahead",),
    "year_of": ("year",),
    "year_ended": ("year",),
    "the_unit": ("week", "month", "year"),
    "set_adverb": tuple(SET_ADVERBS),
    "set_every": ("every", "each", "per"),
    "set_per": ("per",),
    "ref": ("future", "past", "now", "current", "recent", "lately", "date", "soon", "days")
    + ("term", "while"),
    "holiday": (*(name.split()[0] for name in HOLIDAYS), "thanksgiving", "easter", "election")
    + ("Good", "Black", "Cyber"),
    **MORE_KEYWORDS,
}
