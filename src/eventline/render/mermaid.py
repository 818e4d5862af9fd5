"""A Mermaid `timeline` diagram of the dated events, which GitHub and GitLab draw in Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from eventline.models import Event

YEAR_NOT_KNOWN = "Year not known"
_YEARS = ("year", "decade", "century")

# Mermaid entity codes: `:` starts a new event, `#` a comment, `;` ends a statement in older
# versions, `%%` a comment, and `<`/`>` could be read as HTML. Mermaid swaps entity codes out
# before parsing and back in as HTML entities after rendering, so the text shows as written.
_ENTITIES = str.maketrans(
    {":": "#58;", "#": "#35;", ";": "#59;", "%": "#37;", "<": "#lt;", ">": "#gt;"}
)


def escape_mermaid(text: str) -> str:
    """Article text as one literal line of a Mermaid timeline."""
    return " ".join(text.split()).translate(_ENTITIES)


def _section(event: Event) -> str:
    """The period an event starts in: its month (`2023-10`), its year, or year unknown."""
    when = event.when
    if not when.year_known or not when.start:
        return YEAR_NOT_KNOWN
    # By the interval's start, like the timeline order, so each section comes once.
    return when.start[:4] if when.granularity in _YEARS else when.start[:7]


def mermaid_timeline(events: Sequence[Event], title: str = "Timeline") -> list[str]:
    """A fenced ```mermaid block, a section per month and a row per date; [] if nothing is dated."""
    dated = [e for e in events if e.when is not None and e.when.value]
    if not dated:
        return []
    lines = ["```mermaid", "timeline", f"    title {escape_mermaid(title)}"]
    for section, in_section in groupby(dated, key=_section):
        lines.append(f"    section {section}")
        for value, on_date in groupby(in_section, key=lambda e: e.when.value):
            titles = [escape_mermaid(e.title) for e in on_date]
            lines.append(f"        {escape_mermaid(value)} : {titles[0]}")
            lines += [f"            : {title}" for title in titles[1:]]
    lines.append("```")
    return lines
