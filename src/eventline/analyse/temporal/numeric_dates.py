"""Dates written in figures: `10/19/2023`, `19/10/2023`, `19.10.2023`, `10/19`, `9/11`."""

from __future__ import annotations

from datetime import date

from eventline.analyse.temporal.absolute import written_year, year_for
from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, dated, ymd


def numeric_date(text: str, ctx: Context) -> Normalised | None:
    """The day a date in figures names, read month first unless only day first is valid or
    (both being valid) the day-first reading lies nearer the article; dots mean day first."""
    if text == "9/11":
        # English-language news writes an ordinary 11 September out; `9/11` names the 2001
        # attacks. Not an anchor: the article's own days are not counted from it.
        return dated("2001-09-11", True)
    dotted = "." in text
    fields = text.replace(".", "/").split("/")
    first, second = int(fields[0]), int(fields[1])
    year = written_year(fields[2]) if len(fields) == 3 else None
    month_first, day_first = (first, second), (second, first)
    readings = [day_first, month_first] if dotted else [month_first, day_first]
    if year is None:
        readings = readings[:1]  # `24/7` is no date, `14/3` too rare to risk
    found = [when for month, day in readings if (when := _reading(year, month, day, ctx))]
    if not found:
        return None
    when = found[0]
    if len(found) == 2 and not dotted and ctx.base.year_known:
        article = ctx.base.day
        when = min(found, key=lambda w: abs((w.day - article).days))  # ties keep month first
    ctx.ref_day = when
    return dated(ymd(when.day), when.year_known)


def _reading(year: int | None, month: int, day: int, ctx: Context) -> Anchor | None:
    """The date for one reading of the figures, or None if it is no date."""
    try:
        if year is not None:
            return Anchor(date(year, month, day), True)
        when = year_for(month, day, ctx)
        return Anchor(when.day.replace(day=day), when.year_known)
    except ValueError:
        return None
