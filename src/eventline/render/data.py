"""Machine-readable renderers: JSON (the contract) and JSON Lines."""

from __future__ import annotations

import json
from typing import TextIO

from eventline.models import DatesReport, Timeline
from eventline.render.flat import flat_record
from eventline.render.guard import rendered


def _dump(data: object) -> str:
    # sort_keys off: field order follows the models, which is stable; ensure_ascii off so
    # names stay readable; no floats are emitted, so the bytes are deterministic.
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_json(report: Timeline | DatesReport, out: TextIO) -> None:
    """The whole report as one JSON document; a timeline's events are written one at a
    time (they stream from disk), in exactly the bytes of dumping the whole document."""
    if not isinstance(report, Timeline) or not report.events:
        out.write(_dump(report.model_dump(mode="json")) + "\n")
        return
    head = _dump(report.model_dump(mode="json", exclude={"events"}))
    out.write(head[: -len("\n}")] + ',\n  "events": [')
    separator = "\n"
    for event in report.events:
        # a nested item is indented two levels; JSON strings never hold a raw newline
        body = rendered(event, lambda e: _dump(e.model_dump(mode="json")).replace("\n", "\n    "))
        if body is None:
            continue
        out.write(f"{separator}    {body}")
        separator = ",\n"
    out.write("\n  ]\n}\n")


def render_jsonl(report: Timeline | DatesReport, out: TextIO) -> None:
    """One flat record per line: events for a timeline (`flat.FLAT_KEYS`), dates for a
    dates report."""
    if isinstance(report, Timeline):
        for event in report.events:
            line = rendered(event, lambda e: json.dumps(flat_record(e), ensure_ascii=False))
            if line is not None:
                out.write(line + "\n")
    else:
        for date_record in report.dates:
            out.write(json.dumps(date_record.model_dump(mode="json"), ensure_ascii=False) + "\n")
