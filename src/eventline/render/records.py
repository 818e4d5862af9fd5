"""`--records mentions`: one flat row per event mention, to join with events on `event_id`."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from eventline.models import Event, Timeline
from eventline.render.formats import ROW_FORMATS
from eventline.render.guard import rendered
from eventline.render.safe import spreadsheet_cell

MENTION_COLUMNS = ("event_id", "document", "url", "start", "end", "text")
"""Keys of each row, in order; documented in the README. Columns may be added, never renamed."""


def mention_rows(timeline: Timeline) -> Iterator[dict[str, object]]:
    """Every mention of every event, in timeline order, as a flat row."""
    urls = {doc.id: doc.url for doc in timeline.documents}
    for event in timeline.events:
        yield from rendered(event, _event_rows, urls) or []


def _event_rows(event: Event, urls: dict[str, str | None]) -> list[dict[str, object]]:
    return [
        {
            "event_id": event.id,
            "document": mention.document,
            "url": urls.get(mention.document),
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
        }
        for mention in event.mentions
    ]


def render_mention_records(timeline: Timeline, fmt: str, out: TextIO) -> None:
    """Mention rows as JSON Lines or CSV (same keys, same order)."""
    if fmt not in ROW_FORMATS:
        raise ValueError(f"mention rows are written as jsonl or csv, not {fmt!r}")
    if fmt == "jsonl":
        for row in mention_rows(timeline):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=MENTION_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in mention_rows(timeline):
        writer.writerow(
            {k: spreadsheet_cell(str(v)) if isinstance(v, str) else v for k, v in row.items()}
        )
