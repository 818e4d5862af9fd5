"""CSV: one row per event, the flat keys of `--format jsonl`; lists joined by `; `."""

from __future__ import annotations

import csv
from typing import TextIO

from eventline.models import Event, Timeline
from eventline.render.flat import FLAT_KEYS, flat_record
from eventline.render.guard import rendered
from eventline.render.safe import spreadsheet_cell

COLUMNS = FLAT_KEYS
"""The header, in order: the same keys as `--format jsonl` (documented in the README)."""

LIST_SEPARATOR = "; "


def _row(event: Event) -> dict[str, str]:
    cells = {}
    for key, value in flat_record(event).items():
        if isinstance(value, list):
            value = LIST_SEPARATOR.join(value)
        cells[key] = "" if value is None else spreadsheet_cell(str(value))
    return cells


def render_csv(timeline: Timeline, out: TextIO) -> None:
    """A header and one row per event, in timeline order."""
    # "\n" line ends: the same bytes on every platform, and friendly to Unix tools.
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in timeline.events:
        row = rendered(event, _row)
        if row is not None:
            writer.writerow(row)
