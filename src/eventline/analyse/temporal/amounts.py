"""Amounts of time: durations (`P3Y`), `two years ago`, sets (`daily`), clock times, `*_REF`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from eventline.analyse.temporal.absolute import month_in
from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, dated, edge_mod, ymd
from eventline.analyse.temporal.lexicon import NUMBER_WORDS, REF_WORDS, SET_ADVERBS, UNITS
from eventline.analyse.temporal.weeks import resolve_weekday, weekday_in
from eventline.lexicon.calendar import add_months, iso_week_value

_UNIT = re.compile(
    r"(second|minute|hour|day|night|weekend|week|month|quarter|year|decade|centur|millenni)"
)
_UNIT_KEY = {"centur": "century", "millenni": "millennium"}
_VAGUE = re.compile(r"\b(several|few|many|some|number|numerous)\b")
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_RANGED = re.compile(r"\bto\b|\bor\b(?!\s+so\b)|\bbetween\b|\d\s*[-–]\s*\d")
"""A range of amounts kept whole (`the next 12 to 18 months`): no single amount."""
_QUARTERS = re.compile(r"\b(a|one|three) quarters? (?:of an? )?(?=\w+$)")
_SMALLER = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "W": (7, "D"), "M": (30, "D")}


def number_in(text: str) -> float | None:
    """The amount in `two years`, `2 1/2 hours`, `twenty-four hours`, `a year`."""
    lowered = text.lower().replace("-", " ")
    digits = re.search(r"(\d+(?:\.\d+)?)(?:\s+1/2)?", lowered)
    if digits:
        return float(digits[1]) + (0.5 if digits[0].endswith("1/2") else 0)
    if re.search(r"\bcouple\b", lowered):
        return 2.0
    quarters = _QUARTERS.search(lowered)
    if quarters:  # `a quarter of a century`, `three quarters of an hour`, `a quarter hour`
        return 0.75 if quarters[1] == "three" else 0.25
    total = 0.0
    words = re.findall(r"[a-z]+", lowered)
    for before, word, after in zip(["", *words], words, [*words[1:], ""], strict=False):
        if word in ("a", "an") and (total or after in NUMBER_WORDS or after in _MULTIPLIERS):
            continue  # `a dozen`, `a hundred`: the number word alone says how many
        if word in ("a", "an") and before == "half":
            continue  # `half an hour`: a half, not one and a half
        if word in _MULTIPLIERS:  # `two hundred`, `a thousand`
            total = (total or 1) * _MULTIPLIERS[word]
            continue
        value = NUMBER_WORDS.get(word)
        if value is not None and word != "half":
            total += value
    if re.search(r"\bhalf\b", lowered):
        total = total + 0.5 if total else 0.5
    return total or None


def unit_in(text: str) -> str | None:
    """The unit word of an amount (`years` -> `year`)."""
    found = list(_UNIT.finditer(text.lower()))
    if not found:
        return None
    word = found[-1][1]
    return _UNIT_KEY.get(word, word)


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: `P3Y`, `PT2H`, `PXY` (unspecified amount), `P2Y6M`."""
    if unit == "decade":
        amount, unit = (amount * 10 if amount else None), "year"
    elif unit in ("century", "millennium"):
        factor = 100 if unit == "century" else 1000
        amount, unit = (amount * factor if amount else None), "year"
    letter, is_time = UNITS.get(unit, ("X", False))
    if letter == "WE":
        letter, amount = "D", (amount or 1) * 2
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    if amount != whole and letter in _SMALLER and not (letter == "M" and is_time):
        factor, smaller = _SMALLER[letter]
        if whole == 0:
            return f"{prefix}{int(amount * factor)}{smaller}"
        return f"{prefix}{whole}{letter}{int((amount - whole) * factor)}{smaller}"
    if amount != whole and is_time and letter == "M":
        return f"PT{whole}M30S"
    return f"{prefix}{whole}{letter}"


def duration(text: str, ctx: Context) -> Normalised | None:
    """`two years`, `the past three months`, `several weeks`, `16-hour`."""
    unit = unit_in(text)
    if unit is None:
        return None
    lowered = text.lower()
    vague = _VAGUE.search(re.sub(r"^(some|about|around)\s+(?=\d|[a-z]+\s)", "", lowered))
    ranged = _RANGED.search(re.sub(r"^(the\s+)?up\s+to\b", "", lowered)) is not None
    plural = re.match(r"[a-z]+s(-| - )long", lowered) is not None  # `decades-long`: some decades
    amount = None if vague or ranged or plural else number_in(lowered) or 1.0
    return Normalised("DURATION", duration_value(amount, unit), edge_mod(lowered))


def vague_units(text: str, ctx: Context) -> Normalised | None:
    """`recent years` (the past), `the coming months`, `for years`."""
    lowered = text.lower()
    if re.search(r"\b(recent|past|previous|earlier)\s+years\b", lowered):
        return Normalised("DATE", "PAST_REF")
    if re.search(r"\bfuture\b", lowered):
        return Normalised("DATE", "FUTURE_REF")
    unit = unit_in(lowered)
    return Normalised("DURATION", duration_value(None, unit or "year"))


def ago(text: str, ctx: Context) -> Normalised | None:
    """`two years ago` from the article date; `a year earlier` from the date discussed."""
    lowered = text.lower()
    unit = unit_in(lowered)
    if unit is None:
        return None
    forward = re.search(r"\b(later|after|from now|hence)$", lowered) is not None
    from_article = re.search(r"\b(ago|back|from now|hence)$", lowered) is not None
    if _VAGUE.search(lowered) or number_in(lowered) is None:
        return Normalised("DATE", "FUTURE_REF" if forward else "PAST_REF")
    amount = number_in(lowered) or 1
    if unit == "year" and amount == 1 and ctx.ref_quarter is not None:
        year, number, known = ctx.ref_quarter
        step = 1 if forward else -1
        if ctx.long_period:  # after `the nine months`: last year's nine months, a year value
            return dated(f"{year + step:04d}", known)
        return dated(f"{year + step:04d}-Q{number}", known)
    base = ctx.anchor if from_article else ctx.discussed
    if base is None:
        return Normalised("DATE", "FUTURE_REF" if forward else "PAST_REF")
    return _moved(base, (1 if forward else -1) * amount, unit, edge_mod(lowered))


def later_short(text: str, ctx: Context) -> Normalised | None:
    """`two weeks later`: a DATE from a day the narrative named, else the duration `two weeks`."""
    day = ctx.ref_day
    if ctx.discussed_grain == "day" and day is not None and day != ctx.anchor:
        return ago(text, ctx)
    words = re.sub(r"\s+(earlier|later)$", "", text)
    found = duration(words, ctx)
    return replace(found, length=len(words)) if found else None


def _moved(base: Anchor, amount: float, unit: str, mod: str | None) -> Normalised | None:
    """The anchor moved by an amount, at the unit's granularity."""
    day, known, whole = base.day, base.year_known, int(amount)
    if unit in ("year", "decade", "century"):
        years = int(amount * {"year": 1, "decade": 10, "century": 100}[unit])  # `half a century`
        return dated(f"{day.year + years:04d}", known, mod)
    if unit in ("month", "quarter"):
        moved = add_months(day, whole * (3 if unit == "quarter" else 1))
        return dated(f"{moved.year:04d}-{moved.month:02d}", known, mod)
    if unit in ("week", "weekend"):
        moved = day + timedelta(weeks=whole)
        return dated(iso_week_value(moved), True, mod) if known else None
    moved = day + timedelta(days=whole if unit in ("day", "night") else 0)
    return dated(ymd(moved), known, mod)


def set_expression(text: str, ctx: Context) -> Normalised | None:
    """`daily`, `every week`, `each Thursday`, `a year` after an amount."""
    lowered = text.lower()
    if lowered in SET_ADVERBS:
        return Normalised("SET", SET_ADVERBS[lowered])
    weekday = weekday_in(text)
    if weekday is not None:
        return Normalised("SET", f"XXXX-WXX-{weekday}")
    month = month_in(text)
    if month is not None:
        return Normalised("SET", f"XXXX-{month:02d}")
    unit = unit_in(lowered)
    if unit is None:
        return None
    amount = number_in(re.sub(r"^(every|each|per|a)\s+", "", lowered)) or 1
    if "other" in lowered:
        amount = 2
    return Normalised("SET", duration_value(amount, unit))


def reference(text: str, ctx: Context) -> Normalised | None:
    """`now`, `recently`, `the future`: PRESENT_REF, PAST_REF, FUTURE_REF."""
    lowered = re.sub(r"\s+", " ", text.lower())
    if re.search(r"future|soon|later date|term$", lowered):
        return Normalised("DATE", "FUTURE_REF")
    if lowered in ("the past", "more recently", "then current", "then-current"):
        return Normalised("DATE", "PAST_REF")  # `the then-current price`: current back then
    if lowered.endswith("ago"):
        return Normalised("DATE", "PAST_REF")
    if lowered.endswith("while"):
        return Normalised("DURATION", "PXX")
    if lowered == "these days":
        return Normalised("DATE", "PRESENT_REF")
    value = REF_WORDS.get(lowered)
    return Normalised("DATE", value) if value else None


def clock(text: str, ctx: Context) -> Normalised | None:
    """`3 p.m.`, `10:35 a.m. EST Tuesday`, `noon Thursday`, `4 in the morning`."""
    lowered = text.lower()
    hour, minute = _clock_time(lowered)
    if hour is None:
        return None
    base: Anchor | None = ctx.ref_day or ctx.anchor  # a clock time stays on the last day named
    weekday = weekday_in(text)
    on_date = re.search(r"[A-Z][a-z]+\.? \d{1,2}\b", text)
    if on_date and month_in(on_date[0]):
        from eventline.analyse.temporal.absolute import month_day

        found = month_day(on_date[0], ctx)
        base = ctx.ref_day if found is not None else base
    elif weekday is not None:
        resolved = resolve_weekday(weekday, ctx, None)
        base = resolved if isinstance(resolved, Anchor) else None
    elif "yesterday" in lowered and base is not None:
        base = Anchor(base.day - timedelta(days=1), base.year_known)
    elif "tomorrow" in lowered and base is not None:
        base = Anchor(base.day + timedelta(days=1), base.year_known)
    time = f"T{hour:02d}:{minute:02d}"
    if base is None:
        return Normalised("TIME", "XXXX-XX-XX" + time, edge_mod(lowered))
    return dated(ymd(base.day) + time, base.year_known, edge_mod(lowered), "TIME")


def _clock_time(lowered: str) -> tuple[int | None, int]:
    if "noon" in lowered or "midday" in lowered:
        return 12, 0
    if "midnight" in lowered:
        return 0, 0
    found = re.search(r"(\d{1,2})(?:[:.](\d\d))?", lowered)  # `10:30`, British `10.30am`
    if not found:
        return None, 0
    hour, minute = int(found[1]), int(found[2] or 0)
    afternoon = re.search(r"p\.?m|afternoon|evening|night", lowered) is not None
    if afternoon and hour < 12:
        hour += 12
    elif re.search(r"a\.?m", lowered) and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else (None, 0)
