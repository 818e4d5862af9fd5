"""A clock time takes the day named right after it: `at 16:53 GMT on Tuesday`.

The normaliser reads expressions left to right, so a time of day written before its day
would otherwise sit on the last day named earlier in the text.
"""

from __future__ import annotations

import re

from eventline.models import Timex

_FULL_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_GAP = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?")
# `at 7 a.m. and ends at 8 p.m. on Sunday`: a clock time joined to the one the day follows
_JOINED = re.compile(r"[ \t]*(?:and|to|until|till|-|–)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:at[ \t]+)?")
_NAMES_A_DAY = re.compile(
    r"day|today|yesterday|tomorrow|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I
)


def attach_clock_days(found: list[Timex], text: str) -> list[Timex]:
    """The timexes, each bare clock time dated by a day that follows it directly."""
    result = list(found)
    for index, (clock, day) in enumerate(zip(found, found[1:], strict=False)):
        if day.type != "DATE" or not _FULL_DAY.fullmatch(day.value):
            continue
        if not (_bare_clock(clock) and _GAP.fullmatch(text[clock.end : day.start])):
            continue
        result[index] = _on_day(clock, day)
        earlier = index - 1
        while earlier >= 0 and _bare_clock(found[earlier]):
            if not _JOINED.fullmatch(text[found[earlier].end : found[earlier + 1].start]):
                break
            result[earlier] = _on_day(found[earlier], day)
            earlier -= 1
    return result


def _bare_clock(timex: Timex) -> bool:
    """A time of day whose words name no day (`7 a.m.`, not `noon Thursday`)."""
    return timex.type == "TIME" and "T" in timex.value and not _NAMES_A_DAY.search(timex.text)


def _on_day(clock: Timex, day: Timex) -> Timex:
    value = f"{day.value}T{clock.value.split('T', 1)[1]}"
    return clock.model_copy(update={"value": value, "interval": day.interval})
