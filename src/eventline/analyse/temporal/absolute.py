"""Values of calendar expressions: dates, months, years, seasons (decades: `decades.py`)."""

from __future__ import annotations

import re
from datetime import date

from eventline.analyse.temporal.anchor import Anchor
from eventline.analyse.temporal.context import Context, Normalised, dated, edge_mod, ymd
from eventline.analyse.temporal.lexicon import MONTHS, NUMBER_WORDS, SEASONS, WORD_ORDINALS
from eventline.lexicon.calendar import add_months

_YEAR = re.compile(r"(?<![\d'])(1[6-9]\d\d|20\d\d)\b")
_WIDE_YEAR = re.compile(r"(?<![\d'])([12]\d\d\d)\b")  # only where a month vouches for it
_YEAR_WORDS = re.compile(r"\b(eighteen|nineteen)\s+(hundred|oh[- ][a-z]+|[a-z]+(?:[- ][a-z]+)?)\b")
_DAY = re.compile(r"(?<![\d])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b")


def month_in(text: str) -> int | None:
    """The month named in a text (capitalised names only)."""
    for word in re.findall(r"[A-Z][a-z]+", text):
        if word.lower() in MONTHS:
            return MONTHS[word.lower()]
    return None


def explicit_year(text: str) -> int | None:
    """A year written in the text: four digits, or words (`nineteen ninety-six`)."""
    found = _YEAR.search(text)
    return int(found[1]) if found else spelled_year(text)


def _year_beside_month(text: str) -> int | None:
    """The year of `March 5, 2100` or `October 1066`: the month is the evidence it is a year."""
    found = _WIDE_YEAR.search(text)
    return int(found[1]) if found else spelled_year(text)


def spelled_year(text: str) -> int | None:
    """`nineteen ninety-six` -> 1996, `the year two thousand` -> 2000."""
    lowered = text.lower()
    found = _YEAR_WORDS.search(lowered)
    if found:
        rest = re.sub(r"^oh[- ]", "", found[2])
        amount = (
            0 if rest == "hundred" else sum(NUMBER_WORDS.get(w, 0) for w in re.split(r"[- ]", rest))
        )
        return (1800 if found[1] == "eighteen" else 1900) + amount
    found = re.search(r"\byear two thousand(?:(?: and)? ([a-z]+))?", lowered)
    if found:
        return 2000 + NUMBER_WORDS.get(found[1] or "", 0)
    return None


def narrated_day(month: int, day: int, ctx: Context) -> Anchor | None:
    """`On May 3` in a paragraph whose last full date (`On May 1, 1998`) is of another year."""
    if ctx.narrated is None:
        return None
    paragraph, told = ctx.narrated
    known = ctx.anchor is not None and ctx.anchor.year_known
    if ctx.paragraph - paragraph > ctx.reach or known and told.day.year == ctx.base.day.year:
        return None
    years = (told.day.year - 1, told.day.year, told.day.year + 1)
    best = min(years, key=lambda y: abs((_safe_date(y, month, day) - told.day).days))
    return Anchor(_safe_date(best, month, day), True)


def year_for(month: int, day: int | None, ctx: Context, relation: str | None = None) -> Anchor:
    """The year of a month (and day) written without one, from the article date and tense."""
    base = ctx.base
    if ctx.anchor is None:
        return Anchor(_safe_date(base.day.year, month, day), False)
    if relation is None:
        return Anchor(_nearest_day(month, day, ctx), base.year_known)
    year, here, there = (
        base.day.year,
        (base.day.month, base.day.day if day else 0),
        (month, day or 0),
    )
    direction = relation or {"past": "past", "future": "future"}.get(ctx.tense or "", "")
    if direction == "past" and there > here or direction == "last" and there >= here:
        year -= 1
    elif direction == "future" and there < here or direction == "next" and there <= here:
        year += 1
    return Anchor(_safe_date(year, month, day), base.year_known)


def _safe_date(year: int, month: int, day: int | None) -> date:
    """The day, or the month's first day when the day does not exist in that year."""
    try:
        return date(year, month, day or 1)
    except ValueError:
        return date(year, month, 1)


_WRONG_WAY = 90
"""Days of distance a date pays for lying against the tense (`said ... on March 12`)."""
_WRONG_WAY_MONTH = 200
_FUTURE_BACK = 300
"""What a day pays for lying before the article under a stated future (`will be held on
March 3`) or a modal looking ahead (`would reopen on March 3`): so much that only a day
within a month of the article stays in its past. A month likewise stays in the past only when
it is the article's month or the one before (`_first_from` the previous month)."""


def _nearest_day(month: int, day: int | None, ctx: Context) -> date:
    """The month/day closest to the article date, dates against the tense counting as farther."""
    anchor = ctx.base.day
    ahead = ctx.tense == "future" or ctx.prospective
    if ahead and ctx.since is not None:
        return _first_from(month, day, ctx.since)
    if ahead and not day:
        return _first_from(month, None, add_months(anchor.replace(day=1), -1))
    best: tuple[int, date] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        when = _safe_date(year, month, day)
        middle = when if day else when.replace(day=15)
        distance = abs((middle - anchor).days)
        if ctx.settled and when > anchor:
            continue
        if ctx.tense == "past" and when > anchor or ahead and when < anchor:
            penalty = _FUTURE_BACK if ahead else _WRONG_WAY
            distance += penalty if day else _WRONG_WAY_MONTH
        if best is None or distance < best[0]:
            best = (distance, when)
    assert best is not None
    return best[1]


def _first_from(month: int, day: int | None, start: date) -> date:
    """The first such month (or day) on or after `start` (`February` from December: the next)."""
    when = _safe_date(start.year, month, day)
    if when < start and not (day is None and month == start.month):
        when = _safe_date(start.year + 1, month, day)
    return when


def month_day(text: str, ctx: Context) -> Normalised | None:
    """`Aug. 7`, `7 August 1998`, `Friday, Oct. 19`, `April 18 of that year`."""
    month = month_in(text)
    day_match = _DAY.search(_WIDE_YEAR.sub("", text))
    day = int(day_match[1]) if day_match else _day_word(text)
    if month is None or not day:
        return None
    year = _year_beside_month(text)
    named = year_ref(text.lower(), ctx)
    try:
        if named is not None:
            when = Anchor(date(named.day.year, month, day), named.year_known)
        elif year:
            when = Anchor(date(year, month, day), True)
            ctx.narrated = (ctx.paragraph, when)
        elif text.lower().startswith(("last ", "next ")):  # `last Oct. 23`, `next Jan. 10`
            when = year_for(month, day, ctx, text.lower()[:4])
        else:
            when = narrated_day(month, day, ctx) or year_for(month, day, ctx)
            when = Anchor(when.day.replace(day=day), when.year_known)
    except ValueError:
        return None
    ctx.ref_day = ctx.ref_year = when
    return dated(ymd(when.day), when.year_known, edge_mod(text))


def _day_word(text: str) -> int:
    """The day of `March eighth`, `the twenty-first of May` (0 when none is spelled out)."""
    words = re.findall(r"[a-z]+", text.lower())
    for here, after in zip(words, [*words[1:], ""], strict=True):
        day = WORD_ORDINALS.get(f"{here}-{after}") or WORD_ORDINALS.get(here)
        if day:
            return day
    return 0


def month_only(text: str, ctx: Context) -> Normalised | None:
    """`October`, `last November`, `July 1997`, `January this year`, `May of that year`."""
    month = month_in(text)
    if month is None:
        return None
    lowered, year = text.lower(), _year_beside_month(text)
    if year:
        ctx.ref_year = Anchor(date(year, month, 1), True)
        return dated(f"{year:04d}-{month:02d}", True, edge_mod(text))
    named = year_ref(lowered, ctx)
    if named is not None:
        when = Anchor(date(named.day.year, month, 1), named.year_known)
    elif lowered.startswith("this "):
        when = Anchor(date(ctx.base.day.year, month, 1), ctx.base.year_known)
    else:
        when = year_for(month, None, ctx, relation_of(lowered))
    ctx.ref_year = when
    return dated(f"{when.day.year:04d}-{month:02d}", when.year_known, edge_mod(text))


_YEAR_REF = re.compile(
    r"\b(this|last|next|that|that same|the same|the following|the previous)\s+year$"
)
_YEAR_SHIFT = {"last": -1, "next": 1, "the following": 1, "the previous": -1}


def year_ref(lowered: str, ctx: Context) -> Anchor | None:
    """The year of `this year`, `last year` (the article's) or `that year` (the one discussed)."""
    found = _YEAR_REF.search(lowered)
    if found is None:
        return None
    word = re.sub(r"\s+", " ", found[1])
    deictic = word in ("this", "last", "next")
    base = ctx.base if deictic else ctx.discussed_year or ctx.base
    year = base.day.year + _YEAR_SHIFT.get(word, 0)
    return Anchor(date(year, 1, 1), base.year_known)


def relation_of(lowered: str) -> str | None:
    """`last`, `next` or None from the words before a name (`last November`)."""
    if re.match(r"(this past|last|the previous|past)\b", lowered):
        return "last"
    if re.match(r"(next|the following|coming)\b", lowered):
        return "next"
    return None


def year(text: str, ctx: Context) -> Normalised | None:
    """`1990`, `fiscal 1989`, `early 1990`."""
    found = explicit_year(text)
    if found is None:
        return None
    ctx.ref_year = Anchor(date(found, 1, 1), True)
    return dated(f"{found:04d}", True, edge_mod(text))


def written_year(digits: str) -> int:
    """A year written in two or four digits: `98` -> 1998, `14` -> 2014, `2014` -> 2014."""
    year = int(digits)
    if len(digits) > 2:
        return year
    return year + (1900 if year > 30 else 2000)


def fiscal_year(text: str, ctx: Context) -> Normalised | None:
    """`FY1998`, `FY98`."""
    year = written_year(re.sub(r"\D", "", text))
    digits = f"{year:04d}"
    interval = dated(digits, True).interval
    return Normalised("DATE", f"FY{digits}", None, interval)


def season(text: str, ctx: Context) -> Normalised | None:
    """`this summer`, `last fall`, `summer 1998`."""
    lowered = text.lower()
    code = next((c for w, c in SEASONS.items() if re.search(rf"\b{w}\b", lowered)), None)
    if code is None:
        return None
    found = explicit_year(text)
    if found:
        return dated(f"{found:04d}-{code}", True, edge_mod(lowered))
    base = ctx.base
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year_ = base.day.year
    current = add_months(base.day, 1).month  # a season counts as current from a month ahead
    started = first <= base.day.month or (code == "WI" and base.day.month <= 2)
    if code == "WI" and base.day.month <= 2:
        year_ -= 1
    relation = relation_of(lowered) or ("last" if ctx.tense == "past" and not started else None)
    if relation == "last" and (not started or current == first):
        year_ -= 1
    elif relation == "next" and started:
        year_ += 1
    elif relation is None and (ctx.tense == "future" or ctx.prospective):
        # `will reopen in the spring` said in July: not the spring that ended a month ago
        year_ += int(base.day.month > first + 3 and not lowered.startswith("this"))
    return dated(f"{year_:04d}-{code}", base.year_known, edge_mod(lowered))


def iso_date(text: str, ctx: Context) -> Normalised | None:
    """`2023-10-19`, `2023-10-19T15:00`."""
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return None
    ctx.ref_day = Anchor(day, True)
    if len(text) > 10:
        return dated(ymd(day) + text[10:16], True, None, "TIME")
    return dated(ymd(day), True)
