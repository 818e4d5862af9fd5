"""Dates as people read them: `Thursday 19 October 2023`, `Week of 16 October 2023`,
`Morning of 28 January 2011`, `October (year unknown)`, `Reported 28 January 2011`.

Never a raw TIMEX3 code (`XXXX-WXX`, `2011-01-28TMO`, `194`): what the calendar cannot
place is said in words, with the day of the report when that is all there is.
"""

from __future__ import annotations

import datetime
import re

from eventline.models import When

SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}
MONTHS = (
    "January February March April May June July August September October November December"
).split()
_PARTS_OF_DAY = {"MO": "Morning", "MI": "Midday", "AF": "Afternoon", "EV": "Evening", "NI": "Night"}
_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)")
_TIME = re.compile(r"T(\d\d):(\d\d)|T(MO|MI|AF|EV|NI)\b")
UNKNOWN_YEAR = "(year unknown)"


def _day(day: datetime.date, weekday: bool = False) -> str:
    # month names from a table, not strftime: the same words whatever the machine's locale
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day:%A} {text}" if weekday else text


def short_month(day: datetime.date) -> str:
    """`Oct 2023`: the month's first three letters, whatever the machine's locale."""
    return f"{MONTHS[day.month - 1][:3]} {day.year}"


def short_day(day: datetime.date) -> str:
    """`16 Oct 2023`, as a slide's date line has room for."""
    return f"{day.day} {short_month(day)}"


def period_words(granularity: str | None, year: str, part: str, first: str | None) -> str | None:
    """A week, quarter, half or season in words (`Week of 16 October 2023`, `Q4 2023`,
    `Autumn 2023`), from the value's year and part and the week's first day as written;
    None for other granularities or when the value lacks the part."""
    if granularity == "week":
        return f"Week of {first}" if first else None
    if granularity in ("quarter", "half") and part:
        return f"{part} {year}"
    if granularity == "season" and part:
        return f"{SEASONS.get(part, part)} {year}"
    return None


def day_words(value: str | None, weekday: bool = True) -> str | None:
    """`2023-10-19` -> `Thursday 19 October 2023`; `XXXX-10-19` -> `19 October (year
    unknown)`; None when the value holds no day."""
    match = _DAY_VALUE.match(value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if year == "XXXX":
            datetime.date(2000, int(month), int(day))  # a leap year: 29 February is a day
            return f"{int(day)} {MONTHS[int(month) - 1]} {UNKNOWN_YEAR}"
        return _day(datetime.date(int(year), int(month), int(day)), weekday)
    except (ValueError, IndexError):
        return None


def time_words(value: str | None) -> str | None:
    """The time of day a value gives: `14:30`, `morning`; None for a whole day."""
    match = _TIME.search(value or "")
    if match is None:
        return None
    return f"{match[1]}:{match[2]}" if match[1] else _PARTS_OF_DAY[match[3]].lower()


def _span(when: When) -> str:
    first = datetime.date.fromisoformat(when.start or "")
    last = datetime.date.fromisoformat(when.end or "")
    if first == last:
        return _day(first, weekday=True)
    same_month = (first.year, first.month) == (last.year, last.month)
    return f"{first.day} – {_day(last)}" if same_month else f"{_day(first)} – {_day(last)}"


def _coarse(value: str, granularity: str | None, first: datetime.date | None) -> str | None:
    """Weeks, months, quarters, seasons, years, decades and centuries in words."""
    year, _, part = value.partition("-")
    known = year.isdigit()
    said_year = year if known else UNKNOWN_YEAR
    period = period_words(granularity, said_year, part, _day(first) if first else None)
    if period is not None:
        return period
    if granularity == "month" and re.fullmatch(r"\d\d", part or ""):
        return f"{MONTHS[int(part) - 1]} {said_year}"
    if granularity == "year" and known and len(year) == 4:
        return year
    if granularity == "decade" and re.fullmatch(r"\d{3}", value):
        return f"The {value}0s"
    if granularity == "century" and re.fullmatch(r"\d\d", value):
        number = int(value) + 1
        ending = (
            "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        )
        return f"The {number}{ending} century"
    return None


def readable_date(when: When | None, reported: str | None = None) -> str:
    """How an event's date reads in a heading; `reported` (a publication date) says when
    the report came for what the calendar cannot place. `Undated` when there is nothing."""
    if when is None or not when.value:
        return f"Reported {day_words(reported, False)}" if day_words(reported) else "Undated"
    value, granularity = when.value, when.granularity
    if granularity in ("day", "time") or _DAY_VALUE.match(value):
        day = day_words(value)
        if day is not None:
            part = time_words(value)
            if part and not part[0].isdigit():
                return f"{part.capitalize()} of {day}"
            return day
        if when.year_known and when.start and when.end:
            return _span(when)
    first = None
    if when.year_known and when.start:
        first = datetime.date.fromisoformat(when.start[:10])
    words = _coarse(value, granularity, first)
    if words is not None:
        return words
    if when.year_known and when.start and when.end:
        return _span(when)
    said = f"“{when.text}”" if when.text else (granularity or "date").capitalize()
    known = day_words(reported, False)
    return f"{said}, reported {known}" if known else f"{said} (date unknown)"


def heading_key(when: When | None) -> str:
    """Events under one heading share this: their day (times of day go under it), else
    their date value."""
    if when is None or not when.value:
        return ""
    match = _DAY_VALUE.match(when.value)
    return match[0] if match else when.value
