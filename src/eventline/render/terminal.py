"""The terminal timeline (rich): one heading per day in words, a readable entry per event;
plain text when not a terminal."""

from __future__ import annotations

import textwrap

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventline.models import DatesReport, Event, Timeline
from eventline.render.common import date_groups, sources_line, when_line
from eventline.render.guard import rendered

WIDTH = 88
INDENT = " " * 6
STATUS_STYLE = {
    "occurred": "green",
    "ongoing": "cyan",
    "planned": "yellow",
    "possible": "magenta",
    "negated": "red",
    "cancelled": "red",
}


def _event_lines(event: Event, published: dict[str, str | None]) -> Text:
    text = Text("  • ")
    text.append(event.title, style="bold")
    text.append(f"  [{event.status}]", style=STATUS_STYLE.get(event.status, ""))
    if event.summary:
        text.append(
            "\n"
            + textwrap.fill(event.summary, WIDTH, initial_indent=INDENT, subsequent_indent=INDENT)
        )
    who = ", ".join(p.name for p in event.participants)
    where = ", ".join(p.name for p in event.places)
    if who:
        text.append(f"\n      who: {who}", style="dim")
    if where:
        text.append(f"\n      where: {where}", style="dim")
    if when := when_line(event, published):
        text.append(f"\n      when: {when}", style="dim")
    text.append(f"\n      {sources_line(event)}", style="dim")
    return text


def render_timeline(timeline: Timeline, console: Console, more: str | None = None) -> None:
    """Events under one heading per day, in timeline order; undated events apart at the
    end; `more`: the line that ends a view cut to the top events."""
    published = {d.id: d.published for d in timeline.documents}
    docs = len(timeline.documents)
    console.print(
        Text(f"Timeline: {len(timeline.events)} events from {docs} articles", style="bold")
    )
    for label, group in date_groups(timeline.events, timeline.documents):
        console.print(Text(f"\n{label}", style="bold underline"))
        for event in group:
            lines = rendered(event, _event_lines, published)
            if lines is not None:
                console.print(lines, soft_wrap=True)
    if more:
        console.print(Text(f"\n{more}", style="dim"), soft_wrap=True)


def render_dates(report: DatesReport, console: Console) -> None:
    """A table of every temporal expression: document, text, type, value."""
    table = Table(title=f"{len(report.dates)} temporal expressions")
    for column in ("document", "text", "type", "value"):
        table.add_column(column)
    for record in report.dates:
        table.add_row(record.document, record.text, record.type, record.value)
    console.print(table)
