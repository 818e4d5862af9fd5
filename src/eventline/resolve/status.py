"""What an event's status is worth on a story timeline: one table that decides both
which events can be key and how a status scales an event's salience."""

from __future__ import annotations

from types import MappingProxyType

STATUS_WEIGHT = MappingProxyType(
    {
        "occurred": 1.0,
        "ongoing": 1.0,
        "planned": 0.85,
        # a call-off is news of its own (`the summit was cancelled`), but the story is
        # what happened: it ranks below what happened or is planned
        "cancelled": 0.7,
        "possible": 0.6,
        # not asserted: as far as the articles say, these did not (or need not) happen
        "conditional": 0.0,
        "demanded": 0.0,
        "threatened": 0.0,
        "denied": 0.0,
        "claimed": 0.0,
        "generic": 0.0,
        "negated": 0.0,
    }
)
"""Status -> the factor it scales an event's salience by; 0: never key."""

NEVER_KEY_STATUSES = frozenset(status for status, weight in STATUS_WEIGHT.items() if not weight)
"""Statuses of events that did not happen as far as the articles say: kept by `--events all`."""


def status_weight(status: str) -> float:
    """The weight of a status; one no table knows (an older timeline's) is never key."""
    return STATUS_WEIGHT.get(status, 0.0)
