"""TimelineJS3 JSON (Knight Lab): a slide per placed event, ready to embed in a CMS."""

from __future__ import annotations

import datetime
import json
import re
from html import escape
from typing import TextIO

from eventline.models import DocumentInfo, Event, Timeline
from eventline.render.common import SOURCES_SHOWN
from eventline.render.guard import rendered
from eventline.render.placing import is_year_less, placed_days
from eventline.render.readable import period_words, readable_date, short_day, short_month

_PRECISION = {
    "time": ("year", "month", "day", "hour", "minute"),
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "quarter": ("year", "month"),
    "half": ("year", "month"),
    "season": ("year", "month"),
}
"""The date parts a granularity knows; anything coarser keeps the year alone."""
_TIME = re.compile(r"T(\d\d):(\d\d)")


def unique_id(raw: str) -> str:
    """Only lowercase letters, digits and hyphens, starting with a letter (deep-link safe)."""
    cleaned = re.sub(r"[^a-z0-9-]+", "-", raw.lower()).strip("-")
    return cleaned if cleaned[:1].isalpha() else f"ev-{cleaned}"


def _date_parts(day: datetime.date, granularity: str, value: str) -> dict[str, int]:
    """A TimelineJS date object holding only the parts the granularity knows."""
    known = {"year": day.year, "month": day.month, "day": day.day}
    time = _TIME.search(value)
    if time:
        known |= {"hour": int(time[1]), "minute": int(time[2])}
    return {part: known[part] for part in _PRECISION.get(granularity, ("year",)) if part in known}


def _display_date(granularity: str, value: str, first: datetime.date, last: datetime.date) -> str:
    """How a span reads on the slide: `Week of 16 Oct 2023`, `Q4 2023`, `16 Oct 2023 – …`."""
    year, _, part = value.partition("-")
    period = period_words(granularity, year, part, short_day(first))
    if period is not None:
        return period
    if granularity in ("day", "time"):
        return f"{short_day(first)} – {short_day(last)}"
    if granularity == "month":
        return f"{short_month(first)} – {short_month(last)}"
    return f"{first.year}–{last.year}"


def _dates(event: Event) -> dict[str, object]:
    """`start_date`, and for spans `end_date` and `display_date`."""
    first, last = placed_days(event)
    granularity, value = event.when.granularity or "day", event.when.value or ""
    start = _date_parts(first, granularity, value)
    end = _date_parts(last, granularity, value)
    if end == start or granularity == "time":
        return {"start_date": start}
    return {
        "start_date": start,
        "end_date": end,
        "display_date": _display_date(granularity, value, first, last),
    }


def _source_html(doc_id: str, documents: dict[str, DocumentInfo]) -> str:
    """A source as escaped text, linked when the article has a URL."""
    info = documents.get(doc_id)
    label = escape(info.title or doc_id) if info else escape(doc_id)
    # Only web links: a `javascript:` URL in an embedded page would run in the reader's browser.
    if info is not None and info.url and info.url.startswith(("http://", "https://")):
        return f'<a href="{escape(info.url)}">{label}</a>'
    return label


def _text(event: Event, documents: dict[str, DocumentInfo]) -> str:
    rows = [f"{escape(event.status)} · {escape(event.type)}"]
    if event.participants:
        rows.append("Who: " + ", ".join(escape(p.name) for p in event.participants))
    if event.places:
        rows.append("Where: " + ", ".join(escape(p.name) for p in event.places))
    if event.when and event.when.text:
        rows.append(f"When: “{escape(event.when.text)}”")
    count, shown = len(event.sources), event.sources[:SOURCES_SHOWN]
    more = f" and {count - len(shown)} more" if count > len(shown) else ""
    rows.append(
        f"{count} source{'s' if count != 1 else ''}: "
        + "; ".join(_source_html(d, documents) for d in shown)
        + more
    )
    summary = f"<p>{escape(event.summary)}</p>" if event.summary else ""
    return summary + "".join(f"<p>{row}</p>" for row in rows)


def _media(event: Event, documents: dict[str, DocumentInfo]) -> dict[str, str] | None:
    """The evidence sentence as a blockquote; the source goes in the credit, never the URL
    (TimelineJS would try to load a bare article URL as an image)."""
    mention = next((m for m in event.mentions if m.sentence), None)
    if mention is None:
        return None
    quote = escape(" ".join(mention.sentence.split()))
    return {
        "url": f"<blockquote>{quote}</blockquote>",
        "credit": _source_html(mention.document, documents),
    }


def _slide(event: Event, documents: dict[str, DocumentInfo]) -> dict[str, object]:
    slide: dict[str, object] = _dates(event)
    slide["text"] = {"headline": escape(event.title), "text": _text(event, documents)}
    media = _media(event, documents)
    if media:
        slide["media"] = media
    slide["unique_id"] = unique_id(event.id)
    return slide


def unplaced_events(timeline: Timeline) -> list[Event]:
    """Events TimelineJS cannot place: undated, or dated without a known year."""
    return [e for e in timeline.events if placed_days(e) is None]


def left_out(timeline: Timeline) -> tuple[int, int]:
    """Events left off the time axis: (without a known year, undated)."""
    year_less = sum(is_year_less(e) for e in timeline.events)
    return year_less, sum(e.when is None for e in timeline.events)


def _unplaced_item(event: Event) -> str:
    when = readable_date(event.when) if event.when else "undated"
    return f"{escape(event.title)} ({escape(when)})"


def _title(timeline: Timeline, unplaced: list[Event], more: str | None) -> dict[str, object]:
    """The title slide: the batch in numbers, then the events left off the time axis."""
    placed = len(timeline.events) - len(unplaced)
    text = f"<p>{placed} of {len(timeline.events)} events placed on the time axis, "
    text += f"from {len(timeline.documents)} articles.</p>"
    if unplaced:
        year_less = sum(is_year_less(e) for e in unplaced)
        counts = [f"{year_less} without a known year"] if year_less else []
        counts += [f"{len(unplaced) - year_less} undated"] if len(unplaced) > year_less else []
        items = "".join(f"<li>{_unplaced_item(e)}</li>" for e in unplaced)
        text += f"<p>Not on the time axis ({' and '.join(counts)}):</p><ul>{items}</ul>"
    if more:
        text += f"<p>{escape(more)}</p>"
    return {"text": {"headline": "Timeline", "text": text}, "unique_id": "title"}


def timelinejs_document(timeline: Timeline, more: str | None = None) -> dict[str, object]:
    """The TimelineJS3 document as plain data."""
    documents = {doc.id: doc for doc in timeline.documents}
    unplaced = unplaced_events(timeline)
    placed = [e for e in timeline.events if placed_days(e) is not None]
    return {
        "title": _title(timeline, unplaced, more),
        "events": [
            slide for event in placed if (slide := rendered(event, _slide, documents)) is not None
        ],
    }


def render_timelinejs(timeline: Timeline, out: TextIO, more: str | None = None) -> None:
    """The timeline as TimelineJS3 JSON; year-less and undated events only on the title slide
    (with `more`, the line saying how many events a cut view leaves out)."""
    document = timelinejs_document(timeline, more)
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
