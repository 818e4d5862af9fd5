"""What several renderers share: date labels and the grouping of events by date."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from eventline.models import Event, Mention

UNDATED = "Undated"


def date_label(event: Event) -> str:
    """The heading an event is listed under: its TIMEX3 value and any conflicting dates."""
    if event.when is None:
        return UNDATED
    label = event.when.value or "?"
    if event.when.conflicts:
        label += f"  (also reported: {', '.join(event.when.conflicts)})"
    return label


def date_groups(events: Sequence[Event]) -> list[tuple[str, list[Event]]]:
    """Events under their date headings, in timeline order; undated events last, apart."""
    dated = [e for e in events if e.when is not None]
    undated = [e for e in events if e.when is None]
    groups = [(label, list(group)) for label, group in groupby(dated, key=date_label)]
    if undated:
        groups.append((UNDATED, undated))
    return groups


def mention_ref(mention: Mention) -> str:
    """A mention as `document:start-end`, the character span of its trigger."""
    return f"{mention.document}:{mention.start}-{mention.end}"
