"""Holidays: fixed (`Christmas`) and movable (`Thanksgiving`, `Easter`, `Election Day`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventline.analyse.temporal.absolute import relation_of, year_for
from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, dated, ymd
from eventline.analyse.temporal.lexicon import HOLIDAYS
from eventline.lexicon.calendar import iso_week_value


def holiday(text: str, ctx: Context) -> Normalised | None:
    """A holiday's date in the year the article date and tense point to."""
    lowered = re.sub(r"^(last|this|next) ", "", text.lower())
    relation = relation_of(text.lower())
    base_name, offset = _NEIGHBOURS.get(lowered, (lowered.split()[0], 0))
    movable = _MOVABLE.get(base_name)
    if movable is not None:
        month, rough, rule = movable
        when = year_for(month, rough, ctx, relation)
        if not when.year_known:
            return dated(f"{when.day.year:04d}-{month:02d}", False)
        day = rule(when.day.year) + timedelta(days=offset)
        ctx.ref_day = Anchor(day, True)
        if lowered.endswith("week"):  # `Easter week`: the week that holds the holiday
            return dated(iso_week_value(day), True)
        return dated(ymd(day), True)
    month, day = HOLIDAYS.get(lowered, (0, 0))
    if not month:
        return None
    when = year_for(month, day, ctx, relation)
    return dated(ymd(when.day.replace(day=day)), when.year_known)


def _thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first.replace(day=1 + (3 - first.weekday()) % 7 + 21)


def _election_day(year: int) -> date:
    """US Election Day: the Tuesday after the first Monday of November."""
    first = date(year, 11, 1)
    return first.replace(day=1 + (7 - first.weekday()) % 7 + 1)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * m + 90) // 25
    return date(year, month, (h + el - 7 * m + 33 * month + 19) % 32)


_MOVABLE = {"thanksgiving": (11, 25, _thanksgiving), "election": (11, 5, _election_day)}
_MOVABLE["easter"] = (4, 5, _easter)
"""Holidays that move: (month, a typical day for choosing the year, the rule)."""

_NEIGHBOURS = {
    "good friday": ("easter", -2), "easter monday": ("easter", 1),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
}  # fmt: skip
"""Named days set by a movable holiday: (that holiday, days after it)."""
