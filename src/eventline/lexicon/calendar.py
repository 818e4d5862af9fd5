"""Calendar arithmetic and TIMEX3 value -> `Interval` (start inclusive, end exclusive)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventline.models import PLACEHOLDER_YEAR, Interval

SEASON_MONTHS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q|H)(\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(?:FY)?(\d{4})$")


def day_after(day: date) -> date:
    """The next day; at the calendar's last day (9999-12-31) that day itself, so that an
    interval there stays representable instead of overflowing."""
    return day if day == date.max else day + timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def quarter_of(day: date) -> int:
    """The calendar quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def iso_week_value(day: date) -> str:
    """TIMEX3 week value (`2023-W42`) of a day; needs the real year."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def value_interval(value: str, year_known: bool = True) -> Interval | None:
    """The calendar interval a DATE/TIME value denotes, if it names one."""
    for parse in (_day, _month, _week, _part, _season, _year, _decade):
        found = parse(value)
        if found is not None:
            start, end, granularity = found
            return Interval(start=start, end=end, granularity=granularity, year_known=year_known)
    return None


def _day(value: str) -> tuple[date, date, str] | None:
    match = _DAY.match(value)
    if not match:
        return None
    start = date(int(match[1]), int(match[2]), int(match[3]))
    return start, day_after(start), "time" if match[4] else "day"


def _month(value: str) -> tuple[date, date, str] | None:
    match = _MONTH.match(value)
    if not match:
        return None
    start = date(int(match[1]), int(match[2]), 1)
    return start, add_months(start, 1), "month"


def _week(value: str) -> tuple[date, date, str] | None:
    match = _WEEK.match(value)
    if not match or int(match[1]) < 1000:
        return None
    monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
    if match[3]:  # the weekend: Saturday and Sunday
        return monday + timedelta(days=5), monday + timedelta(days=7), "day"
    return monday, monday + timedelta(days=7), "week"


def _part(value: str) -> tuple[date, date, str] | None:
    match = _PART.match(value)
    if not match:
        return None
    size = 3 if match[2] == "Q" else 6
    start = date(int(match[1]), (int(match[3]) - 1) * size + 1, 1)
    return start, add_months(start, size), "quarter" if size == 3 else "half"


def _season(value: str) -> tuple[date, date, str] | None:
    match = _SEASON.match(value)
    if not match:
        return None
    first, length = SEASON_MONTHS[match[2]]
    start = date(int(match[1]), first, 1)
    return start, add_months(start, length), "season"


def _year(value: str) -> tuple[date, date, str] | None:
    match = _YEAR.match(value)
    if not match:
        return None
    year = int(match[1])
    return date(year, 1, 1), date(year + 1, 1, 1), "year"


def _decade(value: str) -> tuple[date, date, str] | None:
    if not re.fullmatch(r"\d{2,3}", value):
        return None
    if len(value) == 3:
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 10, 1, 1), "decade"
    first = max(int(value) * 100, 1)
    return date(first, 1, 1), date(int(value) * 100 + 100, 1, 1), "century"


def mask_year(value: str) -> str:
    """Hide a placeholder year in a value (`1200-10` -> `XXXX-10`): it must never be output."""
    return re.sub(r"^(FY)?\d{4}", lambda m: (m[1] or "") + "XXXX", value)


def placeholder(month: int, day: int) -> date:
    """A month/day on the placeholder year."""
    return date(PLACEHOLDER_YEAR, month, day)
