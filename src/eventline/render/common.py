"""What several renderers share: day headings, the grouping of events under them, and the
lines every readable entry has (summary, when, sources)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby

from eventline.models import DocumentInfo, Event, Mention, When
from eventline.render.readable import day_words, heading_key, readable_date, time_words

UNDATED = "Undated"
SOURCES_SHOWN = 3
"""Sources named in an entry; the rest are counted (all of them are in JSON and HTML)."""


def date_label(event: Event) -> str:
    """An event's TIMEX3 value and any conflicting dates (for machines and diagrams)."""
    if event.when is None:
        return UNDATED
    label = event.when.value or "?"
    if event.when.conflicts:
        label += f"  (also reported: {', '.join(event.when.conflicts)})"
    return label


def first_report(event: Event, published: dict[str, str | None]) -> str | None:
    """The earliest publication date among an event's sources (None if none has one)."""
    days = sorted(p for d in event.sources if (p := published.get(d)))
    return days[0] if days else None


def date_groups(
    events: Iterable[Event], documents: Sequence[DocumentInfo] = ()
) -> list[tuple[str, list[Event]]]:
    """Events under one heading per day (or per week, month...), in words, in timeline
    order; undated events last, apart, by the day they were first reported."""
    published = {d.id: d.published for d in documents}
    dated, undated = [], []
    for event in events:
        (dated if event.when is not None and event.when.value else undated).append(event)
    groups = []
    for _, group in groupby(dated, key=lambda e: heading_key(e.when)):
        members = list(group)
        first = members[0]
        groups.append((readable_date(first.when, first_report(first, published)), members))
    # undated events last, under the day they were first reported when the article says
    by_report: dict[str, list[Event]] = {}
    for event in undated:
        by_report.setdefault(first_report(event, published) or "", []).append(event)
    for reported in sorted(by_report, key=lambda day: (day == "", day)):
        words = day_words(reported, weekday=False)
        label = f"{UNDATED}, reported {words}" if words else UNDATED
        groups.append((label, by_report[reported]))
    return groups


def when_line(event: Event, published: dict[str, str | None]) -> str | None:
    """How the reports date the event, in words: `“on Thursday”, in the morning`, or
    `reported 28 January 2011` for an event dated only by its article."""
    when = event.when
    if when is None:
        reported = day_words(first_report(event, published), weekday=False)
        return f"not dated; first reported {reported}" if reported else None
    parts = [f"“{when.text}”"] if when.text else []
    if (time := time_words(when.value)) is not None:
        parts.append(f"at {time}" if time[0].isdigit() else f"in the {time}")
    if not when.text:
        reported = day_words(first_report(event, published), weekday=False)
        parts.append(f"reported {reported}" if reported else "date of the report")
    if when.conflicts:
        also = ", ".join(readable_date(_bare_when(v)) for v in when.conflicts)
        parts.append(f"also reported: {also}")
    return ", ".join(parts) or None


def _bare_when(value: str) -> When:
    """A conflicting TIMEX3 value as a `When`, to say it in words."""
    return When(value=value, start=None, end=None, granularity=None, text=None)


def sources_line(event: Event, shown: int = SOURCES_SHOWN) -> str:
    """`2 sources: a, b` or `12 sources: a, b, c and 9 more`."""
    count = len(event.sources)
    names = ", ".join(event.sources[:shown])
    more = f" and {count - shown} more" if count > shown else ""
    return f"{count} source{'s' if count != 1 else ''}: {names}{more}"


def mention_ref(mention: Mention) -> str:
    """A mention as `document:start-end`, the character span of its trigger."""
    return f"{mention.document}:{mention.start}-{mention.end}"
