"""`eventline entities` output: a text table, JSON or CSV."""

from __future__ import annotations

import csv
from typing import TextIO

from eventline.models import EntitiesReport

ENTITY_COLUMNS = ("name", "type", "events", "articles", "aliases", "id")
MATCH_COLUMNS = ("picked", "name", "type", "score", "reason", "events", "id")


def render_entities(report: EntitiesReport, fmt: str, out: TextIO) -> None:
    """Write the report in `fmt` (text, json or csv)."""
    if fmt == "json":
        out.write(report.model_dump_json(indent=2) + "\n")
        return
    rows = _rows(report)
    columns = MATCH_COLUMNS if report.query is not None else ENTITY_COLUMNS
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _text_table(report, rows, columns, out)


def _rows(report: EntitiesReport) -> list[dict[str, str]]:
    if report.query is not None:
        return [
            {**m.model_dump(), "picked": "*" if m.picked else "", "score": f"{m.score:.2f}"}
            for m in report.matches
        ]
    return [{**e.model_dump(), "aliases": "; ".join(e.aliases)} for e in report.entities]


def _text_table(report: EntitiesReport, rows, columns, out: TextIO) -> None:
    """Aligned columns; for a match with no result, the nearest names instead."""
    if report.query is not None and not rows:
        nearest = ", ".join(report.nearest) or "none"
        out.write(f"{report.query!r} names no entity; nearest names: {nearest}\n")
        return
    cells = [list(columns)] + [[str(row[c]) for c in columns] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    for line in cells:
        out.write(
            "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() + "\n"
        )
