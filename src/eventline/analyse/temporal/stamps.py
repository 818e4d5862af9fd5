"""Values of time stamps, race times, the second end of a range, frequencies and edges."""

from __future__ import annotations

import re
from datetime import date

from eventline.analyse.temporal.absolute import month_only
from eventline.analyse.temporal.amounts import clock, duration_value, set_expression, unit_in
from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, dated
from eventline.analyse.temporal.lexicon import PARTS_OF_DAY, SEASONS
from eventline.analyse.temporal.weeks import weekday

_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def clock_stamp(text: str, ctx: Context) -> Normalised | None:
    """`1653 GMT`, `0930 local time`: the hours and minutes of a time stamp."""
    digits = text[:4]
    return clock(f"{digits[:2]}:{digits[2:]}", ctx)


def clock_duration(text: str, ctx: Context) -> Normalised | None:
    """`3:07:35` (a race time) -> PT3H7M35S; fractions of a second are dropped."""
    hours, minutes, seconds = (int(float(part)) for part in text.split(":"))
    parts = [(hours, "H"), (minutes, "M"), (seconds, "S")]
    body = "".join(f"{amount}{letter}" for amount, letter in parts if amount)
    return Normalised("DURATION", f"PT{body or '0S'}")


def year_to(text: str, ctx: Context) -> Normalised | None:
    """`2010` of `2009-2010`, `58` of `1957-58`: the year after the first end just read."""
    first = ctx.ref_year
    if len(text) == 4:
        year = int(text)
    elif first is not None and first.year_known:
        century = first.day.year // 100 * 100
        year = century + int(text)
        if year <= first.day.year:
            year += 100  # `1999-00`
    else:
        return None
    if first is None or not 0 < year - first.day.year <= 100:
        return None  # not after the first end: a code or a score, not a range
    ctx.ref_year = Anchor(date(year, 1, 1), True)
    return dated(f"{year:04d}", True)


def name_to(text: str, ctx: Context) -> Normalised | None:
    """`Friday` of `Monday-Friday`, `July` of `June-July`."""
    if text.lower().endswith("day"):
        return weekday(text, ctx)
    return month_only(text, ctx)


def frequency(text: str, ctx: Context) -> Normalised | None:
    """`twice a week` -> P1W, `three times a day` -> P1D, `once a morning` -> XXXX-XX-XXTMO."""
    unit = text.lower().split()[-1]
    if unit in PARTS_OF_DAY:
        return Normalised("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    found = unit_in(unit)
    return Normalised("SET", duration_value(1, found)) if found else None


def set_season(text: str, ctx: Context) -> Normalised | None:
    """`every summer` -> XXXX-SU; `each season`: a season of sport or fashion comes yearly."""
    word = text.lower().split()[-1]
    if word == "season":
        return Normalised("SET", "P1Y")
    return Normalised("SET", f"XXXX-{SEASONS[word]}")


def every_part(text: str, ctx: Context) -> Normalised | None:
    """`every morning` -> XXXX-XX-XXTMO; other `every ...` as before."""
    word = text.lower().split()[-1]
    if word in PARTS_OF_DAY:
        return Normalised("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}")
    return set_expression(text, ctx)


def turn_of(text: str, ctx: Context) -> Normalised | None:
    """`the turn of the century`: the round year nearest the article in the tense's direction."""
    lowered = text.lower()
    size = 1000 if lowered.endswith("millennium") else 100
    named = re.search(r"(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first)", lowered)
    if named:  # `the turn of the 20th century`: the years round 1900
        number = int(named[1]) if named[1] else _CENTURY_WORDS[named[2]]
        return dated(f"{(number - 1) * 100:04d}", True, "APPROX")
    anchor = ctx.anchor
    if anchor is None or not anchor.year_known:
        return None
    year = anchor.day.year
    before, after = year // size * size, (year // size + 1) * size
    if ctx.tense == "future":
        turn = after
    elif ctx.tense == "past":
        turn = before
    else:
        turn = before if year - before <= after - year else after
    return dated(f"{turn:04d}", True, "APPROX")


def at_present(text: str, ctx: Context) -> Normalised | None:
    """`at the moment`, `at present`: the time of writing."""
    return Normalised("DATE", "PRESENT_REF")


def some_day(text: str, ctx: Context) -> Normalised | None:
    """`will one day be`, `may one day return`: an unnamed time ahead (TimeML's FUTURE_REF)."""
    return Normalised("DATE", "FUTURE_REF")


def at_the_time(text: str, ctx: Context) -> Normalised | None:
    """`at the time` (then): a time in the past that the text has just talked about."""
    return Normalised("DATE", "PAST_REF")
