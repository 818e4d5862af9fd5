"""Dates of merged events: each mention's interval, refinement, conflicts, and sort keys."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache

from eventline.lexicon.calendar import day_after
from eventline.models import (
    NON_ASSERTED,
    PLACEHOLDER_YEAR,
    ArticleAnalysis,
    EventMention,
    Interval,
    When,
)

_PUBLISHED = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class DatedClaim:
    """One mention's statement of when the event is: a value, its interval and its words."""

    value: str
    interval: Interval
    text: str | None
    weak: bool = False
    """Only the article's day, for an event reported without a date of its own."""
    basis: str = "stated"
    """`stated` (a time expression), `inferred` (another report's date in the same
    article), `article` (the report's own day), `before` (only: not after the report),
    `near` (around the report's day for matching, never shown as a date), `after` (only:
    not before the report, for what it announces)."""

    @cached_property
    def bounds(self) -> tuple[bool, date, date]:
        """(year known, start, end) of `claim_window`: pairs compare millions of these."""
        window = claim_window(self)
        return window.year_known, window.start, window.end


# Dates a mention takes from another clause or sentence than its own.
_BORROWED_SCOPES = frozenset({"sentence", "discourse"})
_UNSHOWN = frozenset({"before", "near", "after"})
"""Claims that keep reports apart but never date an event."""
RECENT_DAYS = 7
"""An event reported without a date is taken to lie within this many days before the report,
when deciding whether two reports can be of the same event."""
BACKGROUND_DAYS = 365 * 30
"""A background fact (`had died`, `who founded the firm`) lies any time before its report:
it is not dated, but no report published before it can be of a later event."""


def claim_window(claim: DatedClaim) -> Interval:
    """The interval a claim allows when matching reports: a weak claim means 'recently', a
    `before` claim any time up to the report, an `after` claim any time from it on."""
    if not claim.weak:
        return claim.interval
    if claim.basis == "after":
        end = min(date.max, claim.interval.start + timedelta(days=BACKGROUND_DAYS))
        return claim.interval.model_copy(update={"end": end})
    days = BACKGROUND_DAYS if claim.basis == "before" else RECENT_DAYS
    start = max(date.min + timedelta(days=1), claim.interval.start - timedelta(days=days))
    return claim.interval.model_copy(update={"start": start})


def claims_compatible(a: DatedClaim, b: DatedClaim) -> bool:
    """Whether two date claims can describe the same event (unknown years never conflict)."""
    known_a, start_a, end_a = a.bounds
    known_b, start_b, end_b = b.bounds
    return known_a != known_b or (start_a < end_b and start_b < end_a)


@lru_cache(maxsize=4096)
def published_interval(published: str | None) -> Interval | None:
    """The day an article was published, as an interval (placeholder year if unknown)."""
    match = _PUBLISHED.match(published or "")
    if not match:
        return None
    year_text, month, day = match.groups()
    known = year_text != "XXXX"
    try:
        start = date(int(year_text) if known else PLACEHOLDER_YEAR, int(month), int(day))
    except ValueError:
        return None
    return Interval(start=start, end=day_after(start), granularity="day", year_known=known)


def mention_claim(mention: EventMention, analysis: ArticleAnalysis) -> DatedClaim | None:
    """When a mention says its event is, if it says; an undated report of something that
    happened says at least that it happened by the article's day."""
    if mention.timex is not None:
        timex = analysis.timexes[mention.timex]
        if mention.status in NON_ASSERTED and mention.time_scope in _BORROWED_SCOPES:
            # `Rather than recall the phones, Jobs said yesterday ...`: the day is when
            # something else happened, not when the event that never was would have
            return None
        if timex.interval is not None:
            basis = "inferred" if mention.time_scope == "discourse" else "stated"
            return DatedClaim(timex.value, timex.interval, timex.text, basis=basis)
        return None
    interval = published_interval(analysis.document.published)
    if interval is None:
        return None
    day = analysis.document.published[:10]
    if mention.time_scope in {"document", "publication"}:
        weak = mention.time_scope == "publication"
        return DatedClaim(day, interval, None, weak, basis="article")
    if mention.time_scope == "near":
        return DatedClaim(day, interval, None, True, basis="near")
    if mention.time_scope == "background":
        return DatedClaim(day, interval, None, True, basis="before")
    if mention.status in {"occurred", "ongoing"}:
        # `at the conference`: a report of an undated event, not told as background, is
        # of one from around its article
        return DatedClaim(day, interval, None, True, basis="near")
    if mention.status in {"planned", "possible"} and mention.status_cue:
        # announced as still to come: never the event some report dates before this one
        return DatedClaim(day, interval, None, True, basis="after")
    return None


def _span(interval: Interval) -> int:
    return (interval.end - interval.start).days


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two intervals can denote the same time (unknown years never conflict)."""
    if a.year_known != b.year_known:
        return True
    return a.start < b.end and b.start < a.end


def refine(claims: Sequence[DatedClaim]) -> When | None:
    """The most specific date compatible with the others; incompatible ones kept as conflicts."""
    claims = [c for c in claims if c.basis not in _UNSHOWN]
    if not claims:
        return None  # a background fact is not dated by its report's day
    strong = [c for c in claims if not c.weak]
    if not strong:
        # reported without a date: it happened by the first report
        first = min(claims, key=lambda c: (not c.interval.year_known, c.interval.start, c.value))
        return _when(first, [])
    claims = strong
    ranked = sorted(
        claims,
        key=lambda c: (
            not c.interval.year_known,
            _span(c.interval),
            c.value,
            c.basis != "stated",
            c.text or "",
        ),
    )
    # The most specific date that at least half as many claims agree with as the
    # best-supported one: October + October 19 -> October 19, but one stray day
    # against five reports of October keeps October.
    support = [sum(overlaps(c.interval, o.interval) for o in claims) for c in ranked]
    best = next(c for c, n in zip(ranked, support, strict=True) if 2 * n >= max(support))
    conflicts = sorted({c.value for c in claims if not overlaps(best.interval, c.interval)})
    return _when(best, conflicts)


def _when(best: DatedClaim, conflicts: list[str]) -> When:
    interval = best.interval
    known = interval.year_known
    return When(
        value=best.value,
        start=interval.start.isoformat() if known else None,
        end=(interval.end - timedelta(days=1)).isoformat() if known else None,
        granularity=interval.granularity,
        text=best.text,
        year_known=known,
        conflicts=conflicts,
        basis="article" if best.weak else best.basis,
    )


def order_key(interval: Interval | None) -> tuple:
    """Sort key of an event's interval: start, then end; undated events last."""
    if interval is None:
        return (1, date.max, date.max)
    return (0, interval.start, interval.end)
