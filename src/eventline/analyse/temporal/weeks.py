"""Weekdays, weeks and weekends: they need the real year, else they stay relative to the anchor."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, dated, edge_mod, ymd
from eventline.analyse.temporal.lexicon import PARTS_OF_DAY, WEEKDAYS
from eventline.lexicon.calendar import iso_week_value
from eventline.models import Interval


def weekday_in(text: str) -> int | None:
    """ISO weekday (1 = Monday) named in a text."""
    for word in re.findall(r"[A-Z][a-z]+", text):
        key = word.lower().rstrip("s") if word.lower().endswith("days") else word.lower()
        if key in WEEKDAYS:
            return WEEKDAYS[key]
    return None


def part_of_day(text: str) -> str | None:
    """`TMO`, `TAF`, `TEV`, `TNI` from a part-of-day word."""
    for word, code in PARTS_OF_DAY.items():
        if re.search(rf"\b{word}s?\b", text.lower()):
            return code
    return None


def weekday_offset(weekday: int, anchor: date, direction: str | None) -> int:
    """Days from the anchor to the weekday meant, in the direction of the tense."""
    delta = weekday - anchor.isoweekday()
    if direction in ("past", None):
        return delta if delta <= 0 else delta - 7
    if direction == "future":
        return delta if delta >= 0 else delta + 7
    if direction == "last":
        return delta if delta < 0 else delta - 7
    if direction == "next":
        return delta if delta > 0 else delta + 7
    return min((delta, delta - 7, delta + 7), key=abs)


def resolve_weekday(
    weekday: int, ctx: Context, relation: str | None, anchor: Anchor | None = None
) -> Anchor | Interval | None:
    """The day a weekday names; an interval around the anchor when the year is unknown."""
    anchor = anchor or ctx.anchor
    if anchor is None:
        return None
    direction = relation or ctx.tense
    if ctx.possessive and direction in ("present", None):
        direction = "past"  # `Thursday's closing price`: news speaks of a day gone by
    if anchor.year_known:
        return Anchor(
            anchor.day + timedelta(days=weekday_offset(weekday, anchor.day, direction)), True
        )
    if relation is None and ctx.lead and ctx.tense != "past":
        return anchor  # news leads report the article's own day
    past = direction in ("past", "last", None)
    start = anchor.day - timedelta(days=6 if past else 0)
    if relation == "last":
        start -= timedelta(days=7)
    elif relation == "next":
        start += timedelta(days=1)
    return Interval(
        start=start, end=start + timedelta(days=7), granularity="week", year_known=False
    )


def weekday(text: str, ctx: Context) -> Normalised | None:
    """`Friday`, `last Friday`, `Wednesday night`, `the previous Friday`."""
    number = weekday_in(text)
    if number is None:
        return None
    lowered = text.lower()
    in_week = _IN_WEEK.search(lowered)
    if in_week and ctx.anchor is not None and ctx.anchor.year_known:
        return _day_of_week(number, _WEEK_SHIFT[in_week[1]], lowered, ctx)
    relation = _relation(lowered)
    # `the previous Friday` counts from the day under discussion, `last Friday` from today.
    anaphoric = re.match(r"the (previous|following)\b", lowered) is not None
    when = resolve_weekday(number, ctx, relation, ctx.discussed if anaphoric else None)
    part = part_of_day(re.sub(r"^\S+\s+", "", lowered) if " " in lowered else "")
    suffix = f"T{part}" if part else ""
    if re.search(r"days\b|day \w+s\b", lowered):  # `on Fridays`, `Tuesday nights`: every one
        return Normalised("SET", f"XXXX-WXX-{number}{suffix}")
    kind = "TIME" if part else "DATE"
    if isinstance(when, Anchor):
        ctx.ref_day = when
        found = dated(ymd(when.day) + suffix, when.year_known, edge_mod(lowered), kind)
        return found
    return Normalised(kind, f"XXXX-WXX-{number}{suffix}", edge_mod(lowered), when)


_IN_WEEK = re.compile(r"\s(?:of\s+)?(last|next|this)\s+week$")
_WEEK_SHIFT = {"last": -1, "this": 0, "next": 1}


def _day_of_week(number: int, shift: int, lowered: str, ctx: Context) -> Normalised:
    """`Thursday last week`, `Monday of next week`: that weekday of the week named."""
    assert ctx.anchor is not None
    today = ctx.anchor.day
    day = today + timedelta(days=7 * shift + number - today.isoweekday())
    ctx.ref_day = Anchor(day, True)
    part = part_of_day(_IN_WEEK.sub("", lowered))
    suffix, kind = (f"T{part}", "TIME") if part else ("", "DATE")
    return dated(ymd(day) + suffix, True, edge_mod(lowered), kind)


def _relation(lowered: str) -> str | None:
    if re.match(r"(last|this past|past|the previous)\b", lowered):
        return "last"
    if re.match(r"(next|coming|this coming|the following)\b", lowered):
        return "next"
    if lowered.startswith("this "):
        return "this"
    return None


def week(anchor: Anchor | None, shift: int, mod: str | None = None) -> Normalised:
    """The week `shift` weeks from the anchor's (ISO when the year is known)."""
    if anchor is None:
        return Normalised("DATE", "XXXX-WXX", mod)
    day = anchor.day + timedelta(weeks=shift)
    if anchor.year_known:
        return dated(iso_week_value(day), True, mod)
    start = day - timedelta(days=6)  # Monday of that week lies within six days before
    interval = Interval(
        start=start, end=day + timedelta(days=7), granularity="week", year_known=False
    )
    return Normalised("DATE", "XXXX-WXX", mod, interval)


def week_of(text: str, ctx: Context) -> Normalised | None:
    """`the week of March 6`, `the week ending April 26`: the ISO week of that day."""
    from eventline.analyse.temporal.absolute import month_day

    before = ctx.ref_day
    found = month_day(re.sub(r"^the\s+week\s+(?:of|to|ending|ended)\s+", "", text), ctx)
    when, ctx.ref_day = ctx.ref_day, before  # the week is discussed, not its last day
    if found is None or when is None:
        return None
    if not when.year_known:
        return Normalised("DATE", "XXXX-WXX", None, found.interval)
    return dated(iso_week_value(when.day), True)


def earlier_this_week(anchor: Anchor | None) -> Normalised:
    """`earlier this week`: the days of the anchor's week before the anchor."""
    if anchor is None:
        return Normalised("DATE", "XXXX-WXX", "START")
    if anchor.year_known:
        monday = anchor.day - timedelta(days=anchor.day.weekday())
        start = monday if monday < anchor.day else monday - timedelta(days=7)
        interval = Interval(start=start, end=anchor.day, granularity="week")
        return Normalised("DATE", iso_week_value(anchor.day), "START", interval)
    start = anchor.day - timedelta(days=6)
    interval = Interval(start=start, end=anchor.day, granularity="week", year_known=False)
    return Normalised("DATE", "XXXX-WXX", "START", interval)


def weekend(text: str, ctx: Context) -> Normalised:
    """`the weekend`: the last one in past-tense reports, else the coming one."""
    anchor = ctx.anchor
    lowered = text.lower()
    relation = _relation(lowered)
    if anchor is None:
        return Normalised("DATE", "XXXX-WXX-WE")
    direction = relation or ctx.tense
    if anchor.year_known:
        saturday = anchor.day + timedelta(days=weekday_offset(6, anchor.day, direction))
        return dated(iso_week_value(saturday) + "-WE", True)
    # Without the year the weekday of the anchor is unknown: the week before or after it.
    start = anchor.day - timedelta(days=6) if direction in ("past", "last", None) else anchor.day
    interval = Interval(
        start=start, end=start + timedelta(days=7), granularity="week", year_known=False
    )
    return Normalised("DATE", "XXXX-WXX-WE", None, interval)
