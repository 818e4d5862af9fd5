"""A week or weekend counted within a month: `the first week of July`, `the last weekend of
August` (TIMEX3 week values; the month alone when the year, and so the week, is unknown)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from eventline.analyse.temporal.absolute import explicit_year, month_in, year_for
from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, dated
from eventline.lexicon.calendar import iso_week_value

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
_SATURDAY = 5


def week_in_month(text: str, ctx: Context) -> Normalised | None:
    """The ISO week (or its weekend) that the ordinal picks out of the month."""
    lowered = text.lower()
    month = month_in(text)
    ordinal = next((n for w, n in _ORDINALS.items() if re.search(rf"\b{w}\b", lowered)), None)
    if month is None or ordinal is None:
        return None
    written = explicit_year(text)
    when = Anchor(date(written, month, 1), True) if written else year_for(month, None, ctx)
    if not when.year_known:
        return dated(f"{when.day.year:04d}-{month:02d}", False)
    year = when.day.year
    if "weekend" in lowered:
        saturdays = [d for d in _days(year, month) if d.weekday() == _SATURDAY]
        index = ordinal - 1 if ordinal > 0 else -1
        return dated(iso_week_value(saturdays[index]) + "-WE", True)
    days = _days(year, month)
    # the nth run of seven days, named by its middle day (the last: the month's last seven)
    middle = days[min(3 + 7 * (ordinal - 1), len(days) - 1)] if ordinal > 0 else days[-4]
    return dated(iso_week_value(middle), True)


def _days(year: int, month: int) -> list[date]:
    return [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
