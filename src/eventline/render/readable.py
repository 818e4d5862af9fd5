"""Dates as people read them (`Thursday 19 October 2023`, `Week of 16 October 2023`)."""

from __future__ import annotations

import datetime
import re

from eventline.models import When

SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _day(day: datetime.date, weekday: bool = False) -> str:
    # month names from a table, not strftime: the same words whatever the machine's locale
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day:%A} {text}" if weekday else text


def _known_year(when: When) -> str:
    first = datetime.date.fromisoformat(when.start or "")
    last = datetime.date.fromisoformat(when.end or "")
    year, _, part = (when.value or "").partition("-")
    granularity = when.granularity
    if granularity in ("day", "time"):
        if first == last:
            return _day(first, weekday=True)
        same_month = (first.year, first.month) == (last.year, last.month)
        return f"{first.day} – {_day(last)}" if same_month else f"{_day(first)} – {_day(last)}"
    if granularity == "week":
        return f"Week of {_day(first)}"
    if granularity == "month":
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if granularity in ("quarter", "half"):
        return f"{part} {year}"
    if granularity == "season":
        return f"{SEASONS.get(part, part)} {year}"
    return when.value or str(first.year)


def _unknown_year(value: str, granularity: str | None) -> str:
    match = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", value)
    if match is None:
        return f"{(granularity or 'date').capitalize()}, year not known ({value})"
    month = _MONTHS[int(match[1]) - 1]
    return f"{int(match[2])} {month} (year not known)" if match[2] else f"{month} (year not known)"


def readable_date(when: When | None) -> str:
    """How a date reads in a heading; `Undated` when there is none."""
    if when is None or not when.value:
        return "Undated"
    try:
        label = (
            _known_year(when) if when.year_known else _unknown_year(when.value, when.granularity)
        )
    except (
        ValueError,
        IndexError,
    ):  # a date the calendar cannot place: its TIMEX3 value says it best
        label = when.value
    if when.conflicts:
        label += f" (also reported: {', '.join(when.conflicts)})"
    return label
