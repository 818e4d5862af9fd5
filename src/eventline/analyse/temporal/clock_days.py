"""A clock time takes the day named right after it: `at 16:53 GMT on Tuesday`.

The normaliser reads expressions left to right, so a time of day written before its day
would otherwise sit on the last day named earlier in the text.
"""

from __future__ import annotations

import re

from eventline.models import Timex

_FULL_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_GAP = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?")
_NAMES_A_DAY = re.compile(
    r"day|today|yesterday|tomorrow|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I
)


def attach_clock_days(found: list[Timex], text: str) -> list[Timex]:
    """The timexes, each bare clock time dated by a day that follows it directly."""
    result = list(found)
    for index, (clock, day) in enumerate(zip(found, found[1:], strict=False)):
        if clock.type != "TIME" or day.type != "DATE" or not _FULL_DAY.fullmatch(day.value):
            continue
        if "T" not in clock.value or _NAMES_A_DAY.search(clock.text):
            continue  # `noon Thursday`: the clock names its own day
        if not _GAP.fullmatch(text[clock.end : day.start]):
            continue
        value = f"{day.value}T{clock.value.split('T', 1)[1]}"
        result[index] = clock.model_copy(update={"value": value, "interval": day.interval})
    return result
