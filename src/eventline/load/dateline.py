"""Datelines that open a news text: `PYONGYANG, October 19. /TASS/.`, `WASHINGTON (Reuters) -`.

Month/day parsing is our own (see `dates.py`): no dateparser, no guessing. The year comes
only from the dateline itself; the caller may complete it from a reference date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventline.load.dates import DATE, MONTH, month_day_year
from eventline.models import Span

_PLACE_WORD = rf"(?!{MONTH}(?:[ ,]|$))[A-Z][A-Z'’.\-]+"
_REGION_WORD = rf"(?!{MONTH}(?:[ ,]|$))[A-Z][A-Za-z'’.\-]+"
_DATELINE = re.compile(
    rf"""
    (?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}
        (?:,[ ]{_REGION_WORD}(?:[ ]{_REGION_WORD}){{0,2}}){{0,2}})?
    (?:,?[ ]*(?P<date>{DATE}))?
    (?:[ ]*(?P<dot>\.))?
    (?:[ ]*(?:\((?P<agency>[A-Z][A-Za-z.&'’ ]{{0,30}})\)|/(?P<slashed>[A-Z][A-Za-z ]{{1,20}})/\.?))?
    (?P<dash>[ ]*(?:—|–|--|-)(?=\s)|[ ]*[—–])?
    """,
    re.VERBOSE,
)
_MAX_LINES = 5
"""How many non-blank lines to look through: scraped pages often put a headline first."""
_MAX_OFFSET = 1000


@dataclass(frozen=True)
class Dateline:
    """A dateline found in the text: its span and the day it names, if any."""

    span: Span
    month: int | None = None
    day: int | None = None
    year: int | None = None


def find_dateline(text: str, skip: list[Span] | None = None) -> Dateline | None:
    """The dateline that opens the text (or one of its first lines), if there is one."""
    skipped = {(span.start, span.end) for span in skip or []}
    lines = _first_lines(text, skipped)
    for index, line in enumerate(lines):
        found = _match_line(text, line.start, first=index == 0)
        if found:
            return found
    return _after_a_stamp(text, lines)


# `LONDON | Mon Mar 21, 2011 8:58 pm EDT LONDON (Reuters) - Only one in three...`: a page's
# place-and-time stamp run into the agency dateline on one line; `Benghazi, Libya (CNN) --`
_AGENCIES = (
    "Reuters|AP|AFP|CNN|BBC|Xinhua|UPI|Bloomberg|dpa|DPA|ANSA|EFE|Kyodo|Yonhap|Interfax|TASS"
    "|RIA Novosti|PTI|IANS|ANI|Bernama|Antara|MENA|Anadolu|Al Jazeera|CNBC|NPR|AAP|CP|IRNA"
)
"""News agencies and networks whose name in brackets closes a dateline (`(Reuters) -`)."""
_AGENCY_CLOSE = rf"[ ]\((?:{_AGENCIES})\)[ ]*(?:—|–|--|-)(?=\s)"
_AGENCY_DATELINE = re.compile(
    rf"{_REGION_WORD}(?:[ ]{_REGION_WORD}){{0,3}}"
    rf"(?:,[ ]{_REGION_WORD}(?:[ ]{_REGION_WORD}){{0,2}})?(?:,?[ ]*{DATE})?{_AGENCY_CLOSE}"
)
_STAMP_REACH = 400
"""How far into its line an agency dateline may start (after a place-and-time stamp)."""


def _after_a_stamp(text: str, lines: list[Span]) -> Dateline | None:
    """An agency dateline inside one of the first lines: all of the line up to its dash (the
    stamp before it names no participant either), without a day of its own."""
    for line in lines:
        found = _AGENCY_DATELINE.search(text, line.start, min(line.end, line.start + _STAMP_REACH))
        if not found or not text[found.end() :].strip():
            continue
        span = Span(start=line.start, end=found.end())
        day = month_day_year(found) if found.group("md_month") or found.group("dm_month") else None
        return Dateline(span, *day) if day else Dateline(span=span)
    return None


def _first_lines(text: str, skipped: set[tuple[int, int]]) -> list[Span]:
    """Spans of the first non-blank lines (stripped), leaving out boilerplate lines."""
    lines: list[Span] = []
    for match in re.finditer(r"[^\r\n]+", text[:_MAX_OFFSET]):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.start() + len(match.group().rstrip())
        if end > start and (start, end) not in skipped:
            lines.append(Span(start=start, end=end))
        if len(lines) == _MAX_LINES:
            break
    return lines


def _match_line(text: str, start: int, *, first: bool) -> Dateline | None:
    """A dateline at `start`, if the match there has the shape of one."""
    match = _DATELINE.match(text, start)
    if not match or not _is_dateline(match, text, first=first):
        return None
    end = match.end()
    if match.group("dash") is None and text[end - 1] == " ":
        end = len(text[:end].rstrip())
    span = Span(start=match.start(), end=end)
    if not match.group("date"):
        return Dateline(span=span)
    found = month_day_year(match)
    if found is None:
        return None
    month, day, year = found
    return Dateline(span=span, month=month, day=day, year=year)


def _is_dateline(match: re.Match[str], text: str, *, first: bool) -> bool:
    """A place, date or agency, closed by a dash, an agency, or `PLACE, date.`, then text."""
    place, date, dash = match.group("place"), match.group("date"), match.group("dash")
    agency = match.group("agency") or match.group("slashed")
    dot = match.group("dot")
    if not (place or date or agency):
        return False
    closed = bool(dash or agency or (place and date and dot))
    if not closed or not text[match.end() :].strip():
        return False
    if (agency or dot) and not dash and not text[match.end() : match.end() + 1].isspace():
        return False
    if not (date or agency):
        # `WASHINGTON —` alone: only on the first line, and not an acronym such as `AI -`
        return first and len(place.strip(".")) >= 3
    return True
