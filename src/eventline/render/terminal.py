"""The terminal timeline (rich), grouped by date; plain text when not a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventline.models import DatesReport, Event, Timeline
from eventline.render.common import date_groups

STATUS_STYLE = {
    "occurred": "green",
    "ongoing": "cyan",
    "planned": "yellow",
    "possible": "magenta",
    "negated": "red",
    "cancelled": "red",
}


def _event_lines(event: Event) -> Text:
    text = Text("  • ")
    text.append(event.title, style="bold")
    text.append(f"  [{event.status}]", style=STATUS_STYLE.get(event.status, ""))
    text.append(f"  {event.type}", style="dim")
    who = ", ".join(p.name for p in event.participants)
    where = ", ".join(p.name for p in event.places)
    if who:
        text.append(f"\n      who: {who}")
    if where:
        text.append(f"\n      where: {where}")
    if event.when and event.when.text:
        text.append(f"\n      when: “{event.when.text}”", style="dim")
    text.append(f"\n      sources: {', '.join(event.sources)}", style="dim")
    return text


def render_timeline(timeline: Timeline, console: Console) -> None:
    """Events grouped by date, in timeline order; undated events listed apart at the end."""
    docs = len(timeline.documents)
    console.print(
        Text(f"Timeline: {len(timeline.events)} events from {docs} articles", style="bold")
    )
    for label, group in date_groups(timeline.events):
        console.print(Text(f"\n{label}", style="bold underline"))
        for event in group:
            console.print(_event_lines(event))


def render_dates(report: DatesReport, console: Console) -> None:
    """A table of every temporal expression: document, text, type, value."""
    table = Table(title=f"{len(report.dates)} temporal expressions")
    for column in ("document", "text", "type", "value"):
        table.add_column(column)
    for record in report.dates:
        table.add_row(record.document, record.text, record.type, record.value)
    console.print(table)
