"""A Mermaid `timeline` diagram of the most important dated events, which GitHub and
GitLab draw in Markdown; kept within Mermaid's size limits however big the batch."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from eventline.models import Event
from eventline.render.readable import MONTHS, readable_date

YEAR_NOT_KNOWN = "Year not known"
_YEARS = ("year", "decade", "century")
MAX_EVENTS = 30
"""Events drawn at most: the best-ranked ones (a diagram of hundreds is unreadable)."""
MAX_CHARS = 40_000
"""Mermaid refuses diagrams over 50,000 characters (`maxTextSize`); stay well below."""
MAX_TITLE = 80

# Mermaid entity codes: `:` starts a new event, `#` a comment, `;` ends a statement in older
# versions, `%%` a comment, and `<`/`>` could be read as HTML. Mermaid swaps entity codes out
# before parsing and back in as HTML entities after rendering, so the text shows as written.
_ENTITIES = str.maketrans(
    {":": "#58;", "#": "#35;", ";": "#59;", "%": "#37;", "<": "#lt;", ">": "#gt;"}
)


def escape_mermaid(text: str) -> str:
    """Article text as one literal line of a Mermaid timeline."""
    return " ".join(text.split()).translate(_ENTITIES)


def _short(title: str) -> str:
    """A title short enough for a diagram, cut at a word and marked as cut."""
    if len(title) <= MAX_TITLE:
        return title
    return title[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"


def _section(event: Event) -> str:
    """The period an event starts in: its month (`2023-10`), its year, or year unknown."""
    when = event.when
    if not when.year_known or not when.start:
        return YEAR_NOT_KNOWN
    # By the interval's start, like the timeline order, so each section comes once.
    if when.granularity in _YEARS:
        return when.start[:4]
    return f"{MONTHS[int(when.start[5:7]) - 1]} {when.start[:4]}"


def _most_important(dated: list[Event]) -> list[Event]:
    if len(dated) <= MAX_EVENTS:
        return dated
    ranked = sorted(range(len(dated)), key=lambda i: (dated[i].rank or len(dated) + i, i))
    return [dated[i] for i in sorted(ranked[:MAX_EVENTS])]


def mermaid_timeline(events: Sequence[Event], title: str = "Timeline") -> list[str]:
    """A fenced ```mermaid block, a section per month and a row per date, of the most
    important dated events (says so when it leaves some out); [] if nothing is dated."""
    dated = [e for e in events if e.when is not None and e.when.value]
    if not dated:
        return []
    drawn = _most_important(dated)
    if len(drawn) < len(dated):
        title = f"{title}: the {len(drawn)} most important of {len(dated)} dated events"
    lines = ["```mermaid", "timeline", f"    title {escape_mermaid(title)}"]
    size = sum(len(line) + 1 for line in lines)
    for section, in_section in groupby(drawn, key=_section):
        lines.append(f"    section {section}")
        for _, on_date in groupby(in_section, key=lambda e: e.when.value):
            group = list(on_date)
            label = escape_mermaid(readable_date(group[0].when))
            rows = [f"        {label} : {escape_mermaid(_short(group[0].title))}"]
            rows += [f"            : {escape_mermaid(_short(e.title))}" for e in group[1:]]
            size += sum(len(row) + 1 for row in rows)
            if size > MAX_CHARS:
                break
            lines += rows
    lines.append("```")
    return lines
