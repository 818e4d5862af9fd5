"""Values of deictic and anaphoric expressions: `last year`, `yesterday`, `the next day`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventline.analyse.temporal.absolute import season
from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, blur, dated, edge_mod, ymd
from eventline.analyse.temporal.weeks import earlier_this_week, part_of_day, week, weekday, weekend
from eventline.lexicon.calendar import add_months, quarter_of

_SHIFT = [
    (r"(this past|last|past|previous|the past|the previous|the last)\b", -1),
    (r"(next|coming|the coming|the next|the following|following)\b", 1),
]
_DEICTIC = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1}


def shift_of(rel: str) -> int:
    """-1, 0 or +1 for `last`, `this`, `next` and their synonyms."""
    for pattern, shift in _SHIFT:
        if re.fullmatch(pattern, rel):
            return shift
    return 0


def relative(text: str, ctx: Context) -> Normalised | None:
    """`last year`, `this week`, `earlier this month`, `next Friday`, `the next year or so`."""
    lowered = re.sub(r"\s+or\s+so$", "", text.lower())
    if re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$", lowered):
        return weekday(re.sub(r"^(earlier|later|early|late|mid) (in )?", "", text), ctx)
    if re.search(r"(spring|summer|fall|autumn|winter)$", lowered):
        return season(text, ctx)
    match = re.match(
        r"(?:(earlier|later|early|late|mid|the end of|the beginning of|the rest of)\s+(?:in\s+)?)?"
        r"(.+?)\s+(?:fiscal\s+)?(week|month|year|quarter|weekend|decade|century)$",
        lowered,
    )
    if not match:
        return None
    edge, rel, unit = match.groups()
    if unit in ("decade", "century") and not edge and re.fullmatch(r"(the )?past", rel):
        # `the past decade` runs back from now, like `the past ten years`: a duration
        return Normalised("DURATION", "P10Y" if unit == "decade" else "P100Y")
    mod = edge_mod(edge or "")
    shift = shift_of(rel)
    base = ctx.anchor
    if re.fullmatch(r"that|the same|(the )?(following|previous)", rel):
        base = ctx.discussed_year if unit in ("year", "decade", "month") else ctx.discussed
        if unit == "decade" and ctx.decade is not None:  # `the 1950s ... the following decade`
            base = Anchor(ctx.decade.start, ctx.decade.year_known)
    if unit == "quarter" and re.fullmatch(r"that|the same", rel) and ctx.ref_quarter:
        year, number, known = ctx.ref_quarter
        return dated(f"{year:04d}-Q{number}", known, mod)
    if unit == "week" and edge == "earlier" and shift == 0:
        return earlier_this_week(base)
    if unit == "month" and base is not ctx.anchor:
        return discussed_month(shift, mod, ctx)
    return unit_value(unit, shift, base, ctx, mod)


def unit_value(
    unit: str, shift: int, base: Anchor | None, ctx: Context, mod: str | None
) -> Normalised | None:
    """The calendar unit containing the anchor, moved `shift` units."""
    if unit == "week":
        return week(base, shift, mod)
    if unit == "weekend":
        return weekend(["this", "last", "next"][shift] + " weekend", ctx)
    anchor = base or ctx.base
    day, known = anchor.day, anchor.year_known
    if unit == "year":
        return dated(f"{day.year + shift:04d}", known, mod)
    if unit == "month":
        moved = add_months(day.replace(day=1), shift)
        return dated(f"{moved.year:04d}-{moved.month:02d}", known, mod)
    if unit == "quarter":
        index = day.year * 4 + quarter_of(day) - 1 + shift
        ctx.ref_quarter = (index // 4, index % 4 + 1, known)
        return dated(f"{index // 4:04d}-Q{index % 4 + 1}", known, mod)
    if unit in ("decade", "century"):
        size, width = (10, 3) if unit == "decade" else (100, 2)
        number = day.year // size + shift
        if not 0 <= number < 10**width:
            raise OverflowError(f"{unit} outside the calendar")
        value = f"{number:0{width}d}" if known else "X" * width
        return dated(value, True, mod)  # no placeholder decade: it cannot be masked
    return None


def deictic_day(text: str, ctx: Context) -> Normalised | None:
    """`today`, `yesterday morning`, `tonight`, `the day after tomorrow`."""
    lowered = text.lower()
    if "day before yesterday" in lowered:
        offset = -2
    elif "day after tomorrow" in lowered:
        offset = 2
    else:
        word = next((w for w in _DEICTIC if w in lowered), "today")
        offset = _DEICTIC[word]
    part = part_of_day(lowered)
    if "tonight" in lowered or "overnight" in lowered:
        part = "NI"
    return _day_at(ctx.anchor, offset, part, edge_mod(lowered), ctx)


def _day_at(
    anchor: Anchor | None, offset: int, part: str | None, mod: str | None, ctx: Context
) -> Normalised:
    """A day `offset` days from the anchor, with an optional part of day (a TIME)."""
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if anchor is None:
        return Normalised(kind, "XXXX-XX-XX" + suffix, mod)
    day = anchor.day + timedelta(days=offset)
    ctx.ref_day = Anchor(day, anchor.year_known)
    return dated(ymd(day) + suffix, anchor.year_known, mod, kind)


def discussed_day(offset: int, part: str | None, mod: str | None, ctx: Context) -> Normalised:
    """A day counted from the date under discussion, blurred when that date is coarser."""
    grain, last = ctx.discussed_grain, ctx.ref_day
    if grain != "day":
        offset = 0  # a day before a day somewhere in March is, most likely, in March too
    found = _day_at(ctx.discussed, offset, part, mod, ctx)
    if grain == "day":
        return found
    ctx.ref_day = last  # the day is not known: it must not become the day discussed
    return blur(found, grain)


def discussed_month(shift: int, mod: str | None, ctx: Context) -> Normalised | None:
    """`that month`, `the following month`: `1984-XX` when only a year is under discussion."""
    found = unit_value("month", shift, ctx.discussed_year, ctx, mod)
    focus = ctx.focus
    if found is None or focus is None or focus.granularity in ("day", "time", "week", "month"):
        return found
    return blur(found, "year")


def part_day(text: str, ctx: Context) -> Normalised | None:
    """`this morning`, `last night`, `that evening`."""
    lowered = text.lower()
    part = part_of_day(lowered) or "MO"
    offset = -1 if re.search(r"\blast\b", lowered) else 0
    if re.search(r"\b(that|the)\b", lowered):
        return discussed_day(offset, part, edge_mod(lowered), ctx)
    return _day_at(ctx.anchor, offset, part, edge_mod(lowered), ctx)


def after_day(text: str, ctx: Context) -> Normalised | None:
    """`the next day`, `the following morning`, `the previous day`: from the day discussed.

    A part of the day keeps its TimeML code (`TMO`), as `this morning` does; TBAQ once leaves
    it out of `the next morning`, against the guidelines."""
    lowered = text.lower()
    offset = -1 if "previous" in lowered else 1
    return discussed_day(offset, part_of_day(lowered), None, ctx)


def that_unit(text: str, ctx: Context) -> Normalised | None:
    """`that day`, `later that year`: the unit of the day under discussion."""
    lowered = text.lower()
    unit = lowered.split()[-1]
    if unit in ("day", "night", "morning"):
        part = None if unit == "day" else part_of_day(unit)
        return discussed_day(0, part, edge_mod(lowered), ctx)
    if unit == "month":
        return discussed_month(0, edge_mod(lowered), ctx)
    base = ctx.discussed_year if unit == "year" else ctx.discussed
    return unit_value(unit, 0, base, ctx, edge_mod(lowered))


def edge_the(text: str, ctx: Context) -> Normalised | None:
    """`earlier in the year`, `later in the week`: the unit containing the anchor."""
    unit = text.lower().split()[-1]
    if unit == "day":
        return _day_at(ctx.anchor, 0, None, None, ctx)
    if unit == "week" and text.lower().startswith("earlier"):
        return earlier_this_week(ctx.anchor)
    return unit_value(unit, 0, ctx.anchor, ctx, None)


def year_end(text: str, ctx: Context) -> Normalised | None:
    """`year-end`, `the end of the year` (END), `the beginning of the year` (START): this year."""
    return unit_value("year", 0, ctx.anchor, ctx, edge_mod(text) or "END")


def year_of(text: str, ctx: Context) -> Normalised | None:
    """`the year of the iPhone`, `the year when`: the year under discussion."""
    return unit_value("year", 0, ctx.discussed_year, ctx, None)


def the_unit(text: str, ctx: Context) -> Normalised | None:
    """`the year`, `the week`, `the day` used deictically; `for the year` is a duration."""
    unit = text.lower().split()[-1]
    if unit == "day":
        return discussed_day(0, None, None, ctx)
    if unit == "week":
        base = ctx.anchor
        if base is None or not base.year_known:
            return week(base, 0)
        return dated(f"{base.day.year:04d}-WXX", True)
    if unit == "year" and not re.search(r"\b(full|whole|entire)\b", text.lower()):
        # `for the year`, `the first nine months of the year`: the year under discussion
        return unit_value(unit, 0, ctx.discussed_year, ctx, None)
    return unit_value(unit, 0, ctx.anchor, ctx, None)


def year_ended(text: str, ctx: Context) -> Normalised | None:
    """`the year ended Sept. 30`: twelve months counted back from a date, a duration."""
    return Normalised("DURATION", "P1Y")


def conjoined_day(text: str, ctx: Context) -> Normalised | None:
    """`25` of `April 24 and 25`: that day of the month just named."""
    last = ctx.ref_day
    found = re.match(r"\d+", text)
    if last is None or found is None:
        return None
    try:
        when = Anchor(last.day.replace(day=int(found[0])), last.year_known)
    except ValueError:
        return None
    ctx.ref_day = when
    return dated(ymd(when.day), when.year_known)


def today(ctx: Context) -> date | None:
    """The article date (None when unknown)."""
    return ctx.anchor.day if ctx.anchor else None
