"""Flat event records: the same keys, in the same order, for JSON Lines and CSV.

Datasette, sqlite-utils and pandas take these as they are; `--records mentions` gives the
provenance rows (one per mention) to join on `id`.
"""

from __future__ import annotations

from eventline.models import Event

FLAT_KEYS = (
    "id",
    "title",
    "type",
    "status",
    "value",
    "start",
    "end",
    "granularity",
    "participants",
    "places",
    "sources",
    "evidence",
    "source_count",
    "salience",
    "rank",
    "summary",
)
"""Documented in the README; keys may be appended, never renamed or reordered."""


def flat_record(event: Event) -> dict[str, object]:
    """One event as a flat record; lists stay lists (CSV joins them)."""
    when = event.when
    first = min(event.mentions, key=lambda m: (m.document, m.start), default=None)
    return {
        "id": event.id,
        "title": event.title,
        "type": event.type,
        "status": event.status,
        "value": when.value if when else None,
        "start": when.start if when else None,
        "end": when.end if when else None,
        "granularity": when.granularity if when else None,
        "participants": [p.name for p in event.participants],
        "places": [p.name for p in event.places],
        "sources": list(event.sources),
        "evidence": (first.sentence or first.text).strip() if first else None,
        "source_count": len(event.sources),
        "salience": event.salience,
        "rank": event.rank,
        "summary": event.summary,
    }
