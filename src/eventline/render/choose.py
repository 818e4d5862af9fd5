"""Choosing events for a reader: the top N by rank, enough sources, within dates.

Chosen events keep their batch-wide rank and stay in timeline (date) order.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from eventline.models import Event, Timeline

VIEW_LIMIT = 40
"""A view of more key events than this shows only the top `VIEW_TOP` by default."""
VIEW_TOP = 30


@dataclass(frozen=True)
class EventChoice:
    """Which events to keep; the defaults keep every event (a view may cut, see `choose`)."""

    top: int | Literal["all"] | None = None
    """Keep the N best-ranked events (after the other filters); `all`: every one; None:
    every one, but a people's view of a big batch shows the top `VIEW_TOP`."""
    min_sources: int = 1
    since: datetime.date | None = None
    """Keep events that end on or after this day (needs a date with a known year)."""
    until: datetime.date | None = None
    """Keep events that start on or before this day."""


def _within(event: Event, choice: EventChoice) -> bool:
    if len(event.sources) < choice.min_sources:
        return False
    if choice.since is None and choice.until is None:
        return True
    when = event.when
    if when is None or not when.start or not when.end:
        return False  # cannot be placed on the calendar, so not within any dates
    first = datetime.date.fromisoformat(when.start[:10])
    last = datetime.date.fromisoformat(when.end[:10])
    if choice.since is not None and last < choice.since:
        return False
    return choice.until is None or first <= choice.until


def _ranked(events: Sequence[Event], choice: EventChoice) -> list[tuple[int, int]]:
    """(rank, position) of each event the filters keep; events are read once, only these
    small pairs are held."""
    narrowed = choice.min_sources > 1 or choice.since is not None or choice.until is not None
    kept = []
    for position, event in enumerate(events):
        if not narrowed or _within(event, choice):
            rank = event.rank if event.rank is not None else len(events) + position
            kept.append((rank, position))
    return kept


def choose(
    timeline: Timeline, choice: EventChoice, view: bool
) -> tuple[Timeline, tuple[int, int] | None]:
    """The timeline with the chosen events, in timeline order, and, when a `view` (text,
    Markdown, HTML, TimelineJS) was cut to the top events by default, (shown, of how many)."""
    kept = _ranked(timeline.events, choice)
    top, cut = choice.top, None
    if top is None and view and len(kept) > VIEW_LIMIT:
        top, cut = VIEW_TOP, (VIEW_TOP, len(kept))
    if isinstance(top, int) and len(kept) > top:
        kept = sorted(kept)[:top]
    if len(kept) == len(timeline.events):
        return timeline, cut
    indexes = sorted(position for _, position in kept)
    events = timeline.events
    select = getattr(events, "select", None)  # spilled events stay on disk
    chosen = select(indexes) if select is not None else [events[i] for i in indexes]
    return timeline.model_copy(update={"events": chosen}), cut
