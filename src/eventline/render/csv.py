"""CSV: one row per event, with stable columns; lists joined by `; `."""

from __future__ import annotations

import csv
from typing import TextIO

from ..models import Event, Timeline
from .common import mention_ref

COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "granularity",
    "date_text",
    "status",
    "type",
    "title",
    "participants",
    "places",
    "sources",
    "mentions",
)
"""The header, in order (documented in the README): columns may be appended, never renamed."""

LIST_SEPARATOR = "; "


def _when_cells(event: Event) -> dict[str, str]:
    when = event.when
    if when is None:
        return dict.fromkeys(("date", "start", "end", "granularity", "date_text"), "")
    return {
        "date": when.value or "",
        "start": when.start or "",
        "end": when.end or "",
        "granularity": when.granularity or "",
        "date_text": when.text or "",
    }


def _row(event: Event) -> dict[str, str]:
    return {
        "id": event.id,
        **_when_cells(event),
        "status": event.status,
        "type": event.type,
        "title": event.title,
        "participants": LIST_SEPARATOR.join(p.name for p in event.participants),
        "places": LIST_SEPARATOR.join(p.name for p in event.places),
        "sources": LIST_SEPARATOR.join(event.sources),
        "mentions": LIST_SEPARATOR.join(mention_ref(m) for m in event.mentions),
    }


def render_csv(timeline: Timeline, out: TextIO) -> None:
    """A header and one row per event, in timeline order."""
    # "\n" line ends: the same bytes on every platform, and friendly to Unix tools.
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in timeline.events:
        writer.writerow(_row(event))
