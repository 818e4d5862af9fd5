"""Markdown: one section per day in words, a readable entry per event, and a Mermaid
diagram of the most important events that GitHub and GitLab draw."""

from __future__ import annotations

import re
from typing import TextIO

from eventline.models import DocumentInfo, Event, Timeline
from eventline.render.common import SOURCES_SHOWN, date_groups, when_line
from eventline.render.guard import rendered
from eventline.render.mermaid import mermaid_timeline
from eventline.render.safe import code_span, web_url

# Characters that would turn article text into markup (emphasis, links, headings, HTML).
_MARKUP = re.compile(r"([\\`*_{}\[\]<>#|!~])")


def escape_markdown(text: str) -> str:
    """Article text as literal Markdown: markup characters escaped, line breaks flattened."""
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def _source(doc_id: str, documents: dict[str, DocumentInfo]) -> str:
    """A source as its id, with its title and a link when the article has them."""
    info = documents.get(doc_id)
    label = code_span(doc_id)
    if info is not None and info.title:
        label += f" {escape_markdown(info.title)}"
    if info is not None and (url := web_url(info.url)):
        label += f" <{url.replace('>', '%3E')}>"
    return label


def _sources(event: Event, documents: dict[str, DocumentInfo]) -> str:
    """`2 sources: a; b`, or the first few and how many more (all of them are in JSON)."""
    count = len(event.sources)
    shown = "; ".join(_source(doc, documents) for doc in event.sources[:SOURCES_SHOWN])
    more = f"; and {count - SOURCES_SHOWN} more" if count > SOURCES_SHOWN else ""
    return f"{count} source{'s' if count != 1 else ''}: {shown}{more}"


def _event_lines(
    event: Event, documents: dict[str, DocumentInfo], published: dict[str, str | None]
) -> list[str]:
    lines = [f"- **{escape_markdown(event.title)}** ({event.status})"]
    if event.summary:
        lines.append(f"  {escape_markdown(event.summary)}")
    who = ", ".join(escape_markdown(p.name) for p in event.participants)
    where = ", ".join(escape_markdown(p.name) for p in event.places)
    if who:
        lines.append(f"  - Who: {who}")
    if where:
        lines.append(f"  - Where: {where}")
    if when := when_line(event, published):
        lines.append(f"  - When: {escape_markdown(when)}")
    lines.append(f"  - {_sources(event, documents)}")
    return lines


def render_markdown(timeline: Timeline, out: TextIO, more: str | None = None) -> None:
    """The timeline as a Markdown document: one section per day, undated events last;
    `more`: the line that ends a view cut to the top events."""
    documents = {doc.id: doc for doc in timeline.documents}
    published = {doc.id: doc.published for doc in timeline.documents}
    count = f"{len(timeline.events)} events from {len(timeline.documents)} articles"
    lines = ["# Timeline", "", f"{count}."]
    diagram = mermaid_timeline(timeline.events)  # drawn by GitHub/GitLab, plain code elsewhere
    if diagram:
        lines += ["", *diagram]
    for label, events in date_groups(timeline.events, timeline.documents):
        lines += ["", f"## {escape_markdown(label)}", ""]
        for event in events:
            lines += rendered(event, _event_lines, documents, published) or []
    if more:
        lines += ["", escape_markdown(more)]
    out.write("\n".join(lines) + "\n")
