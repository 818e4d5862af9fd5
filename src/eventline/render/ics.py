"""iCalendar (RFC 5545): announced events still to come, for calendar clients to subscribe to."""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import Mapping
from typing import TextIO

import icalendar

from eventline import __version__
from eventline.models import DocumentInfo, Event, Timeline
from eventline.render.guard import rendered
from eventline.render.placing import (
    COARSE,
    DAY_NOT_KNOWN,
    is_year_less,
    latest_publication,
    placed_days,
)
from eventline.render.safe import web_url

ICS_STATUS = {"planned": "CONFIRMED", "possible": "TENTATIVE", "cancelled": "CANCELLED"}
"""Event status -> iCalendar STATUS. Cancelled events stay in, so that a client that
subscribed while they were planned sees the cancellation under the same UID."""

Placed = tuple[Event, datetime.date, datetime.date]


def calendar_events(timeline: Timeline) -> tuple[list[Placed], int]:
    """Events for the calendar with their first and last day, and how many lack a year."""
    cutoff = latest_publication(timeline)
    placed, year_less = [], 0
    for event in timeline.events:
        if event.status not in ICS_STATUS:
            continue
        days = placed_days(event)
        if days is None:
            year_less += is_year_less(event)
        elif cutoff is None or days[1] >= cutoff:  # still to come, or under way, at the latest news
            placed.append((event, *days))
    return placed, year_less


def left_out(timeline: Timeline) -> tuple[int, int]:
    """Calendar-worthy events left out: (without a known year, undated); undated plans are
    not news, so none is counted as left out."""
    return calendar_events(timeline)[1], 0


def dtstamp(timeline: Timeline, environ: Mapping[str, str] = os.environ) -> datetime.datetime:
    """A DTSTAMP that depends only on the input: `SOURCE_DATE_EPOCH`, else the latest news."""
    utc = datetime.timezone.utc
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit() and len(epoch) < 12:  # past year 9999 a datetime cannot hold it
        with contextlib.suppress(OverflowError, OSError, ValueError):
            return datetime.datetime.fromtimestamp(int(epoch), tz=utc)
    latest = latest_publication(timeline) or datetime.date(1970, 1, 1)
    return datetime.datetime(latest.year, latest.month, latest.day, tzinfo=utc)


def _summary(event: Event) -> str:
    coarse = event.when is not None and event.when.granularity in COARSE
    return f"{event.title} {DAY_NOT_KNOWN}" if coarse else event.title


def _description(event: Event, documents: dict[str, DocumentInfo]) -> str:
    """Plain text: who, where, the words that date it, and each report's evidence sentence."""
    lines = [f"Status: {event.status} ({event.type})"]
    if event.participants:
        lines.append("Who: " + ", ".join(p.name for p in event.participants))
    if event.places:
        lines.append("Where: " + ", ".join(p.name for p in event.places))
    if event.when and event.when.text:
        lines.append(f"When: “{event.when.text}” ({event.when.value})")
    for mention in event.mentions:
        info = documents.get(mention.document)
        source = (info.title or info.url) if info else None
        source = f"{mention.document} ({source})" if source else mention.document
        lines.append(f"{source}: “{' '.join((mention.sentence or mention.text).split())}”")
    return "\n".join(lines)


def _vevent(placed: Placed, documents: dict[str, DocumentInfo], stamp) -> icalendar.Event:
    event, first, last = placed
    vevent = icalendar.Event()
    vevent.add("uid", event.id)  # stable across runs: clients update instead of duplicating
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", first)
    # all-day DTEND is exclusive; the calendar's very last day has no day after it
    vevent.add("dtend", last + datetime.timedelta(days=1) if last < datetime.date.max else last)
    vevent.add("summary", _summary(event))
    vevent.add("status", ICS_STATUS[event.status])
    vevent.add("transp", "TRANSPARENT")  # news, not the reader's own busy time
    if event.places:
        vevent.add("location", ", ".join(p.name for p in event.places))
    vevent.add("description", _description(event, documents))
    url = next(
        (u for d in event.sources if d in documents and (u := web_url(documents[d].url))), None
    )
    if url:
        vevent.add("url", url)
    return vevent


def render_ics(timeline: Timeline, out: TextIO) -> None:
    """Planned, possible and cancelled events dated no earlier than the latest article."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//eventline//eventline {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "eventline: announced events")
    documents = {doc.id: doc for doc in timeline.documents}
    stamp = dtstamp(timeline)
    for placed in calendar_events(timeline)[0]:
        vevent = rendered(placed[0], lambda _, p=placed: _vevent(p, documents, stamp))
        if vevent is not None:
            calendar.add_component(vevent)
    out.write(calendar.to_ical().decode("utf-8"))
