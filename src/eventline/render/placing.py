"""What calendar-like formats share: placing an event on the calendar, or saying why not."""

from __future__ import annotations

import datetime

from eventline.models import Event, Timeline

COARSE = ("week", "month", "quarter", "half", "season", "year", "decade", "century")
"""Granularities whose day is not known: shown as a span with "(day not yet known)"."""

DAY_NOT_KNOWN = "(day not yet known)"


def placed_days(event: Event) -> tuple[datetime.date, datetime.date] | None:
    """First and last day (inclusive) of an event's date, or None if undated or year-less."""
    when = event.when
    if when is None or not when.year_known or not when.start or not when.end:
        return None
    return datetime.date.fromisoformat(when.start), datetime.date.fromisoformat(when.end)


def is_year_less(event: Event) -> bool:
    """Dated, but the year is unknown: only `--reference-date` can place it."""
    return event.when is not None and placed_days(event) is None


def latest_publication(timeline: Timeline) -> datetime.date | None:
    """The latest publication day with a known year in the batch (None if there is none)."""
    days = []
    for document in timeline.documents:
        try:
            days.append(datetime.date.fromisoformat((document.published or "")[:10]))
        except ValueError:  # missing, or `XXXX-10-19`
            continue
    return max(days, default=None)
