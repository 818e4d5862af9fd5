"""Financial periods: quarters, halves, `the year-earlier period` (frequent in business news)."""

from __future__ import annotations

import re
from dataclasses import replace

from eventline.analyse.temporal.absolute import explicit_year, written_year
from eventline.analyse.temporal.context import Context, Normalised, dated, edge_mod
from eventline.lexicon.calendar import quarter_of

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINAL["4th"] = 4


def quarter(text: str, ctx: Context) -> Normalised | None:
    """`the third quarter`, `third-quarter`, `the latest quarter`, `the first half of 1990`."""
    lowered = text.lower()
    if re.fullmatch(r"(the\s+)?(quarter|half)", lowered) and "the" not in lowered:
        return None
    ordinal = next((n for w, n in _ORDINAL.items() if re.search(rf"\b{w}\b", lowered)), None)
    half = re.search(r"\bhalf\b", lowered) is not None
    if half:
        return _half(ordinal, lowered, text, ctx)
    shift = _year_shift(lowered)
    written = explicit_year(text)
    if ordinal is None and written and ctx.ref_quarter is not None:
        return dated(f"{written:04d}-Q{ctx.ref_quarter[1]}", True)  # `the 1988 quarter`
    if ordinal is None:
        return _current_quarter(lowered, shift, ctx)
    found = _quarter_value(_quarter_year(ordinal, text, shift, ctx), ordinal, ctx)
    return replace(found, mod=edge_mod(text)) if lowered.startswith("the ") else found


def _year_shift(lowered: str) -> int:
    if re.search(r"\blast year\b|year-(ago|earlier)|year earlier|a year (ago|earlier)", lowered):
        return -1
    if re.search(r"\bnext year\b", lowered):
        return 1
    return 0


def _quarter_year(ordinal: int, text: str, shift: int, ctx: Context) -> tuple[int, bool]:
    """The year of `the third quarter`: written, else the latest such quarter by the tense."""
    written = explicit_year(text)
    if written:
        return written, True
    base = ctx.base
    year = base.day.year + shift
    if shift == 0 and ordinal > quarter_of(base.day) and ctx.tense == "past":
        year -= 1
    return year, base.year_known


def _quarter_value(year: tuple[int, bool], number: int, ctx: Context) -> Normalised:
    ctx.ref_quarter = (year[0], number, year[1])
    return dated(f"{year[0]:04d}-Q{number}", year[1])


def _current_quarter(lowered: str, shift: int, ctx: Context) -> Normalised | None:
    """`the quarter`, `the latest quarter`: the one under discussion, else the last complete."""
    current = re.search(r"\b(this|current)\b", lowered) is not None
    latest = re.search(r"\b(latest|most recent)\b", lowered) is not None
    if ctx.ref_quarter is not None and not current and not latest:
        year, number, known = ctx.ref_quarter
        value = f"{year + shift:04d}-Q{number}"
        return dated(value, known)
    base = ctx.base
    index = base.day.year * 4 + quarter_of(base.day) - 1
    if not current:
        index -= 1
    index -= 4 * -shift if shift else 0
    return _quarter_value((index // 4, base.year_known), index % 4 + 1, ctx)


def _half(ordinal: int | None, lowered: str, text: str, ctx: Context) -> Normalised | None:
    if ordinal is None or ordinal > 2:
        if "last half" in lowered or "second half" in lowered:
            ordinal = 2
        else:
            return None
    written = explicit_year(text)
    base = ctx.base
    year = written or base.day.year + _year_shift(lowered)
    return dated(f"{year:04d}-H{ordinal}", bool(written) or base.year_known)


def period(text: str, ctx: Context) -> Normalised | None:
    """`the latest period`, `the year-earlier period`, `the 1988 period`."""
    lowered = text.lower()
    if lowered.endswith("months"):  # `the year-ago nine months`: TimeBank's duration reading
        return Normalised("DURATION", "P6M" if "six" in lowered else "P9M")
    written = explicit_year(text)
    if ctx.ref_quarter is not None and ctx.long_period:  # `the 1988 period` after nine months
        year, _, known = ctx.ref_quarter
        shifted = dated(f"{year + _year_shift(lowered):04d}", known)
        return dated(f"{written:04d}", True) if written else shifted
    if ctx.ref_quarter is not None:
        year, number, known = ctx.ref_quarter
        if written:
            return dated(f"{written:04d}-Q{number}", True)
        return dated(f"{year + _year_shift(lowered):04d}-Q{number}", known)
    if written:
        return dated(f"{written:04d}", True)
    return _current_quarter(lowered, _year_shift(lowered), ctx)


def year_ago(text: str, ctx: Context) -> Normalised | None:
    """`year-earlier`, `the year-ago quarter`: the quarter discussed a year back, else last year."""
    if ctx.ref_quarter is not None:
        year, number, known = ctx.ref_quarter
        if ctx.long_period and "quarter" not in text.lower():  # last year's nine months
            return dated(f"{year - 1:04d}", known)
        return dated(f"{year - 1:04d}-Q{number}", known)
    base = ctx.base
    return dated(f"{base.day.year - 1:04d}", base.year_known)


def quarter_of_pair(text: str, ctx: Context) -> Normalised | None:
    """`second` and `fourth quarters` of `the second and fourth quarters`: in the present
    tense a habit (`is usually done in ...`: any year's quarter), else as a single quarter."""
    ordinal = next((n for w, n in _ORDINAL.items() if re.search(rf"\b{w}\b", text.lower())), 0)
    if not ordinal:
        return None
    if explicit_year(text) is None and ctx.tense == "present":
        return Normalised("DATE", f"XXXX-Q{ordinal}")
    return _quarter_value(_quarter_year(ordinal, text, 0, ctx), ordinal, ctx)


def quarter_code(text: str, ctx: Context) -> Normalised | None:
    """`Q3 2014`, `3Q14`, `Q4'13`, `H1 2015`, `Q2 FY14`: report shorthand for a quarter or half."""
    code = re.match(r"([QH])([1-4])|([1-4])([QH])", text)
    if code is None:
        return None
    letter = code.group(1) or code.group(4)
    number = int(code.group(2) or code.group(3))
    year_digits = re.search(r"(\d{4}|\d\d)$", text[code.end() :])
    if letter == "H":
        if number > 2 or year_digits is None:
            return None  # a bare `H1` is a flu protein or a heading as often as a half-year
        return dated(f"{written_year(year_digits.group(1)):04d}-H{number}", True)
    if year_digits is None:
        return _quarter_value(_quarter_year(number, text, 0, ctx), number, ctx)
    return _quarter_value((written_year(year_digits.group(1)), True), number, ctx)
