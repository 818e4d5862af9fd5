"""Calendar helpers for the loader: month names, metadata dates, and the year of a dateline."""

from __future__ import annotations

import datetime
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "febr": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # Feb 29: year may be unknown

MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
"""A month name or abbreviation (any case), with an optional abbreviation dot."""
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])"
DATE = (
    rf"(?:(?P<md_month>{MONTH})[ ]+(?P<md_day>{DAY})(?:,?[ ]+(?P<md_year>{YEAR}))?"
    rf"|(?P<dm_day>{DAY})[ ]+(?P<dm_month>{MONTH})(?:,?[ ]+(?P<dm_year>{YEAR}))?)"
)
"""`October 19`, `Oct. 19, 2023`, `19 October 2023`: groups named md_*/dm_* by order."""
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Weekday names by their first three letters, Monday first (as `date.weekday()` counts)."""
WEEKDAY = (
    r"(?i:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri"
    r"|saturday|sat|sunday|sun)\b\.?"
)
NUMERIC_DATE = (
    rf"(?:(?P<iso_year>{YEAR})(?P<iso_sep>[-/.])(?P<iso_month>[01]?[0-9])(?P=iso_sep)"
    rf"(?P<iso_day>[0-3]?[0-9])(?![0-9])"
    rf"|(?P<num_first>[0-3]?[0-9])(?P<num_sep>[-/.])(?P<num_second>[0-3]?[0-9])(?P=num_sep)"
    rf"(?P<num_year>{YEAR}))"
)
"""`2013-03-14`, `2013/3/14`, `14/03/2013`, `03/14/2013`: read by `numeric_date`."""

_ISO = re.compile(r"\s*(\d{4}|XXXX)-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z ]*)?\s*")
_NATURAL = re.compile(rf"\s*{DATE}\s*")


def month_day_year(match: re.Match[str]) -> tuple[int, int, int | None] | None:
    """Month, day and year (if written) from a match of `DATE`; None if the day can't exist."""
    order = "md" if match.group("md_month") else "dm"
    month = MONTHS[match.group(f"{order}_month").rstrip(".").lower()]
    day = int(re.sub(r"[a-z]+$", "", match.group(f"{order}_day")))
    year_text = match.group(f"{order}_year")
    year = int(year_text) if year_text else None
    if day > _DAYS_IN_MONTH[month - 1] or not _exists(year, month, day):
        return None
    return month, day, year


def numeric_date(match: re.Match[str]) -> tuple[int, int, int] | None:
    """Month, day and year of a match of `NUMERIC_DATE`; None if the day can't exist or if
    day and month could be swapped (`04/03/2013`): the order is never guessed."""
    if match.group("iso_year"):
        year, month, day = (int(match.group(f"iso_{part}")) for part in ("year", "month", "day"))
    else:
        first, second = int(match.group("num_first")), int(match.group("num_second"))
        year = int(match.group("num_year"))
        if first <= 12 and second <= 12 and first != second:
            return None
        day, month = (first, second) if first > 12 else (second, first)
    if not 1 <= month <= 12 or not _exists(year, month, day):
        return None
    return month, day, year


def day_not_after(
    month: int, day: int, year: int | None, limit: datetime.date
) -> datetime.date | None:
    """The month/day (in `year`, else in the year nearest `limit`) if it exists and falls on
    or before `limit`; else None."""
    year = year or closest_year(month, day, limit)
    if not _exists(year, month, day) or datetime.date(year, month, day) > limit:
        return None
    return datetime.date(year, month, day)


def timex_date(month: int, day: int, year: int | None) -> str:
    """The TIMEX3 value of a day, `XXXX` standing for an unknown year."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def closest_year(month: int, day: int, reference: datetime.date) -> int:
    """The year that puts month/day nearest to the reference date (earlier one on a tie)."""
    candidates = [
        year
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if _exists(year, month, day)
    ]
    if not candidates:  # February 29 with no leap year around: keep the reference year
        return reference.year
    return min(candidates, key=lambda y: abs((datetime.date(y, month, day) - reference).days))


def parse_metadata_date(value: str) -> str | None:
    """`2023-10-19`, an ISO datetime, or `October 19, 2023` -> `2023-10-19`; else None."""
    iso = _ISO.fullmatch(value)
    if iso:
        year = None if iso.group(1) == "XXXX" else int(iso.group(1))
        month, day = int(iso.group(2)), int(iso.group(3))
        if 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1] and _exists(year, month, day):
            return timex_date(month, day, year)
        return None
    natural = _NATURAL.fullmatch(value)
    found = month_day_year(natural) if natural else None
    if found and found[2] is not None:
        return timex_date(*found)
    return None


def _exists(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists in that year (any day up to the month's maximum if unknown)."""
    if year is None:
        return day <= _DAYS_IN_MONTH[month - 1]
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
