"""Markdown: the timeline grouped by date, like the terminal view, with linked sources."""

from __future__ import annotations

import re
from typing import TextIO

from eventline.models import DocumentInfo, Event, Timeline
from eventline.render.common import date_groups
from eventline.render.mermaid import mermaid_timeline

# Characters that would turn article text into markup (emphasis, links, headings, HTML).
_MARKUP = re.compile(r"([\\`*_{}\[\]<>#|!~])")


def escape_markdown(text: str) -> str:
    """Article text as literal Markdown: markup characters escaped, line breaks flattened."""
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def _source(doc_id: str, documents: dict[str, DocumentInfo]) -> str:
    """A source as its id, with its title and a link when the article has them."""
    info = documents.get(doc_id)
    label = f"`{doc_id}`"
    if info is not None and info.title:
        label += f" {escape_markdown(info.title)}"
    if info is not None and info.url:
        label += f" <{info.url.replace('>', '%3E')}>"
    return label


def _event_lines(event: Event, documents: dict[str, DocumentInfo]) -> list[str]:
    lines = [f"- **{escape_markdown(event.title)}** ({event.status}, {event.type})"]
    who = ", ".join(escape_markdown(p.name) for p in event.participants)
    where = ", ".join(escape_markdown(p.name) for p in event.places)
    if who:
        lines.append(f"  - Who: {who}")
    if where:
        lines.append(f"  - Where: {where}")
    if event.when and event.when.text:
        lines.append(f"  - When: “{escape_markdown(event.when.text)}”")
    sources = "; ".join(_source(doc, documents) for doc in event.sources)
    lines.append(f"  - Sources: {sources}")
    return lines


def render_markdown(timeline: Timeline, out: TextIO) -> None:
    """The timeline as a Markdown document: one section per date, undated events last."""
    documents = {doc.id: doc for doc in timeline.documents}
    count = f"{len(timeline.events)} events from {len(timeline.documents)} articles"
    lines = ["# Timeline", "", f"{count}."]
    diagram = mermaid_timeline(timeline.events)  # drawn by GitHub/GitLab, plain code elsewhere
    if diagram:
        lines += ["", *diagram]
    for label, events in date_groups(timeline.events):
        lines += ["", f"## {escape_markdown(label)}", ""]
        for event in events:
            lines += _event_lines(event, documents)
    out.write("\n".join(lines) + "\n")
