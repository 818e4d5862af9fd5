"""What changed between two timelines, matching events by their stable `id`."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, ValidationError

from eventline.diff.checks import timeline_problem
from eventline.errors import InputError
from eventline.models import Event, Mention, Record, Timeline, When


class ValueChange(Record):
    """A field whose value differs: the old and the new value."""

    old: str | None
    new: str | None


class DateChange(ValueChange):
    """A changed date; `refined` when the new date lies within the old one (or adds one)."""

    refined: bool


class EventSummary(Record):
    """An added or removed event, enough to recognise it."""

    id: str
    title: str
    type: str
    status: str
    date: str | None


class EventChange(Record):
    """How one event present in both timelines differs."""

    id: str
    title: str
    date: DateChange | None = None
    status: ValueChange | None = None
    title_change: ValueChange | None = None
    type: ValueChange | None = None
    sources_added: list[str] = Field(default_factory=list)
    sources_removed: list[str] = Field(default_factory=list)
    mentions_added: list[Mention] = Field(default_factory=list)
    mentions_removed: list[Mention] = Field(default_factory=list)


class TimelineDiff(Record):
    """Events added, removed and changed, each list in timeline order."""

    documents_added: list[str] = Field(default_factory=list)
    documents_removed: list[str] = Field(default_factory=list)
    added: list[EventSummary] = Field(default_factory=list)
    removed: list[EventSummary] = Field(default_factory=list)
    changed: list[EventChange] = Field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        """True when the timelines differ in documents or events."""
        return any(
            (self.documents_added, self.documents_removed, self.added, self.removed, self.changed)
        )


def load_timeline(path: str | Path) -> Timeline:
    """A timeline written by `eventline build --format json`; one-line `InputError` if not."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    try:
        timeline = Timeline.model_validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        detail = f"{where}: {first['msg']}" if where else first["msg"]
        raise InputError(f"{path}: not an eventline timeline ({detail})") from None
    if problem := timeline_problem(timeline):
        raise InputError(f"{path}: not a timeline eventline wrote ({problem})")
    return timeline


def _date(when: When | None) -> str | None:
    return when.value if when else None


def _fits_pattern(old: str, new: str) -> bool:
    """`new` spells out `old`: `XXXX-10` -> `2023-10-19` (X stands for an unknown digit)."""
    pattern = re.escape(old).replace("X", "[0-9X]")
    return re.match(pattern, new) is not None


def _within(old: When, new: When) -> bool:
    """The new interval lies inside the old one (both on a known calendar)."""
    if None in (old.start, old.end, new.start, new.end):
        return False
    return old.start <= new.start and new.end <= old.end


def _date_change(old: When | None, new: When | None) -> DateChange | None:
    old_value, new_value = _date(old), _date(new)
    if old_value == new_value:
        return None
    if old is None or new is None or old_value is None or new_value is None:
        refined = old_value is None
    else:
        refined = _fits_pattern(old_value, new_value) or _within(old, new)
    return DateChange(old=old_value, new=new_value, refined=refined)


def _value_change(old: str, new: str) -> ValueChange | None:
    return None if old == new else ValueChange(old=old, new=new)


def _mention_key(mention: Mention) -> tuple[str, int, int]:
    return (mention.document, mention.start, mention.end)


def _minus(items: list, others: list, key=lambda item: item) -> list:
    """Items not in others (by key), in their original order."""
    seen = {key(other) for other in others}
    return [item for item in items if key(item) not in seen]


def diff_event(old: Event, new: Event) -> EventChange | None:
    """How `new` differs from `old` (the same event id), or None if it does not."""
    change = EventChange(
        id=new.id,
        title=new.title,
        date=_date_change(old.when, new.when),
        status=_value_change(old.status, new.status),
        title_change=_value_change(old.title, new.title),
        type=_value_change(old.type, new.type),
        sources_added=_minus(new.sources, old.sources),
        sources_removed=_minus(old.sources, new.sources),
        mentions_added=_minus(new.mentions, old.mentions, _mention_key),
        mentions_removed=_minus(old.mentions, new.mentions, _mention_key),
    )
    return change if change != EventChange(id=new.id, title=new.title) else None


def _summary(event: Event) -> EventSummary:
    return EventSummary(
        id=event.id,
        title=event.title,
        type=event.type,
        status=event.status,
        date=_date(event.when),
    )


def diff_timelines(old: Timeline, new: Timeline) -> TimelineDiff:
    """Documents and events added, removed and changed from `old` to `new`."""
    old_events = {event.id: event for event in old.events}
    new_ids = {event.id for event in new.events}
    changes = (
        diff_event(old_events[event.id], event) for event in new.events if event.id in old_events
    )
    return TimelineDiff(
        documents_added=_minus([d.id for d in new.documents], [d.id for d in old.documents]),
        documents_removed=_minus([d.id for d in old.documents], [d.id for d in new.documents]),
        added=[_summary(e) for e in new.events if e.id not in old_events],
        removed=[_summary(e) for e in old.events if e.id not in new_ids],
        changed=[change for change in changes if change is not None],
    )
