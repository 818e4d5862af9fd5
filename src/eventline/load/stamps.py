"""Time-stamp lines near the top of a text: `Published: 2013-03-14`, `Updated Mar 14, 2013,
5:03 PM ET`, `By Jane Doe | March 14, 2013`, or a date alone under the headline.

Only a whole day with a written year counts (`Posted 2 hours ago` gives nothing), and a numeric
date only when its order is certain (`2013-03-14`, `14/03/2013`, not `04/03/2013`). Month, day
and year are read by `dates.py`: no dateparser, no guessing.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Literal

from eventline.load.boilerplate import is_boilerplate_line
from eventline.load.dates import (
    DATE,
    NUMERIC_DATE,
    WEEKDAY,
    WEEKDAYS,
    month_day_year,
    numeric_date,
)
from eventline.models import Span

StampKind = Literal["published", "dated", "updated"]
"""`Published:`/`Posted on` lines, a bare date (under a headline or beside a byline), and
`Updated`/`Last modified` lines, in that order of trust for the publication date."""

_CLOCK_TIME = (
    r"(?:[0-2]?[0-9][:.][0-5][0-9](?:[:.][0-5][0-9])?(?:[ ]*[ap]\.?m\b\.?)?"
    r"|(?:1[0-2]|0?[1-9])[ ]*[ap]\.?m\b\.?|[0-2][0-9][0-5][0-9](?=[ ]*(?-i:GMT|UTC)))"
)
_ZONE = (
    r"(?:[ ]*(?:\((?:[0-2][0-9][0-5][0-9][ ]+)?(?-i:[A-Z]{2,5})\)"
    r"|(?-i:[A-Z]{1,5})(?:[ ]*[+-][ ]*[0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}:?[0-9]{2}))"
)
_CLOCK = rf"(?:{_CLOCK_TIME}{_ZONE}{{0,2}})"
_ISO_TIME = (
    r"(?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)"
)
_DAY = rf"(?:(?P<weekday>{WEEKDAY}),?[ ]+)?(?:{DATE}|{NUMERIC_DATE}{_ISO_TIME}?)"
_DATE_ONLY = (
    rf"(?:{_CLOCK}[ ]*[,|·–—-]?[ ]*)?(?:on[ ]+)?{_DAY}"
    rf"(?:[ ]*(?:,|at|@|[|·–—-])?[ ]*{_CLOCK})?[ ]*\.?"
)
_PUBLISHED = (
    r"(?:(?:first|originally|date)[ ]+)?(?:published|posted|released)(?:[ ]+(?:date|on|at))?"
    r"|(?:publication|publish|published|posting|post|release)[ ]+date|date"
)
_UPDATED = (
    r"(?:last[ ]+)?(?:updated|modified|edited|revised)(?:[ ]+(?:date|on|at))?"
    r"|last[ ]+(?:update|modification)|date[ ]+(?:modified|updated)|update"
)
_STAMP = re.compile(
    rf"(?:(?P<published>{_PUBLISHED})|(?P<updated>{_UPDATED}))"
    rf"(?:[ ]*[:：][ ]*|[ ]+[–—-][ ]+|[ ]+){_DATE_ONLY}",
    re.IGNORECASE,
)
_BARE_DATE = re.compile(_DATE_ONLY, re.IGNORECASE)
_PIECE_BREAK = re.compile(r"[ ]+(?:[|·•–—]|-{1,2})[ ]+")
_MARKUP = re.compile(r"\*+|(?<![\w])_+|_+(?![\w])|^[#>]+[ ]*")
_MAX_CONTENT_LINES = 5
"""Lines of text (not boilerplate) to look through, as for the dateline: a headline first."""
_MAX_BARE_AFTER = 2
"""A bare date line counts only under at most a headline and a standfirst."""
_MAX_OFFSET = 1500


@dataclass(frozen=True)
class Stamp:
    """A time stamp found near the top of the text: its line, the day and what it dates."""

    span: Span
    date: datetime.date
    kind: StampKind


def find_stamps(text: str, ignored: list[Span] | None = None) -> list[Stamp]:
    """The time stamps among the first lines of the text, in text order."""
    skipped = {(span.start, span.end) for span in ignored or []}
    stamps: list[Stamp] = []
    content_lines = 0
    for match in re.finditer(r"[^\r\n]+", text[:_MAX_OFFSET]):
        line = match.group().strip()
        if not line:
            continue
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        span = Span(start=start, end=start + len(line))
        found = _line_stamps(line, span, bare=content_lines <= _MAX_BARE_AFTER)
        stamps.extend(found)
        if not found and (span.start, span.end) not in skipped:
            content_lines += 1
            if content_lines == _MAX_CONTENT_LINES:
                break
    return stamps


def best_stamp(stamps: list[Stamp], kinds: tuple[StampKind, ...]) -> Stamp | None:
    """The first stamp of the most trusted of `kinds` (earlier in `kinds` is more trusted)."""
    for kind in kinds:
        for stamp in stamps:
            if stamp.kind == kind:
                return stamp
    return None


def _line_stamps(line: str, span: Span, *, bare: bool) -> list[Stamp]:
    """The stamps of one line: the whole line, or each piece of `By Jane Doe | March 14, 2013`
    when every piece is a stamp or boilerplate (a byline, a share widget)."""
    plain = " ".join(_MARKUP.sub("", line).split())  # tabs and no-break spaces of web copies
    whole = _piece_stamp(plain, span, bare=bare)
    if whole is not None:
        return [whole]
    pieces = [piece for piece in _PIECE_BREAK.split(plain) if piece]
    if len(pieces) < 2:
        return _byline_date(plain, span)
    stamps = []
    for piece in pieces:
        stamp = _piece_stamp(piece, span, bare=True)
        if stamp is not None:
            stamps.append(stamp)
        elif not is_boilerplate_line(piece):
            return []
    return stamps


def _byline_date(line: str, span: Span) -> list[Stamp]:
    """`By Jane Doe, Reuters, March 14, 2013`: a byline, a comma, then nothing but a date."""
    if line[:3].lower() != "by ":
        return []
    for comma in re.finditer(r",[ ]+", line):
        date = _bare_date(line[comma.end() :])
        if date is not None and is_boilerplate_line(line[: comma.start()]):
            return [Stamp(span=span, date=date, kind="dated")]
    return []


def _piece_stamp(piece: str, span: Span, *, bare: bool) -> Stamp | None:
    """A stamp if the piece is `keyword date` or (when `bare`) nothing but a date."""
    match = _STAMP.fullmatch(piece)
    if match is not None:
        date = _day_of(match)
        kind: StampKind = "published" if match.group("published") else "updated"
        return Stamp(span=span, date=date, kind=kind) if date else None
    date = _bare_date(piece) if bare else None
    return Stamp(span=span, date=date, kind="dated") if date else None


def _bare_date(piece: str) -> datetime.date | None:
    """The day of a piece that is nothing but a full date (and a time)."""
    match = _BARE_DATE.fullmatch(piece)
    return _day_of(match) if match else None


def _day_of(match: re.Match[str]) -> datetime.date | None:
    """The day a stamp names, if it is a whole day with a written year (and the weekday, if
    written, is that day's: `Mon 14 Mar 2024` is a garbled stamp, not a date to trust)."""
    if match.group("iso_year") or match.group("num_year"):
        found = numeric_date(match)
    else:
        found = month_day_year(match)
    if found is None or found[2] is None:
        return None
    month, day, year = found
    date = datetime.date(year, month, day)
    weekday = match.group("weekday")
    if weekday and WEEKDAYS.index(weekday[:3].lower()) != date.weekday():
        return None
    return date
