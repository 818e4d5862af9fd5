"""Candidate blocks that stay small as batches grow: split by word and time, then compare
each mention with recent cluster representatives instead of every member.

Blocks of up to `EXACT_BLOCK` mentions compare all pairs, as normal batches do (the largest
blocks of an ECB+ topic hold ~150). Bigger ones (a participant in thousands of articles,
`say` in a big story) are split by word class and coarse time bucket; a bucket still bigger
than `EXACT_BLOCK` compares each mention with its `REPRESENTATIVES` most recent clusters
only, so the work grows with the batch, not with its square.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import timedelta
from typing import TypeVar

from eventline.lexicon.events import event_word_class
from eventline.resolve.dates import DatedClaim, published_interval

EXACT_BLOCK = 200
REPRESENTATIVES = 64
_MAX_MONTHS = 2
"""A date spanning more months (a quarter, a year) is bucketed by its article's day."""

Node = TypeVar("Node")


def time_buckets(claim: DatedClaim | None, published: str | None) -> tuple[tuple, ...]:
    """Months a mention's date can fall in: its claim's months, else its article's month."""
    if claim is not None:
        known, start, end = claim.bounds
        last = end - timedelta(days=1)
        if (last.year - start.year) * 12 + last.month - start.month < _MAX_MONTHS:
            return tuple(sorted({(known, start.year, start.month), (known, last.year, last.month)}))
    interval = published_interval(published)
    if interval is None:
        return ((False, 0, 0),)
    return ((interval.year_known, interval.start.year, interval.start.month),)


def split_block(
    block: Sequence[Node],
    bucket: Callable[[Node], tuple[tuple, ...]],
    lemma: Callable[[Node], str] | None = None,
) -> Iterator[Sequence[Node]]:
    """The block itself when small, else its parts by word class (if `lemma`) and time."""
    if len(block) <= EXACT_BLOCK:
        yield block
        return
    parts: dict[tuple, list[Node]] = {}
    for node in block:
        word = event_word_class(lemma(node)) if lemma else ""
        for key in bucket(node):
            parts.setdefault((word, key), []).append(node)
    for key in sorted(parts):
        yield parts[key]


def link_by_representatives(
    nodes: Sequence[Node],
    linkable: Callable[[Node, Node], bool],
    join: Callable[[Node, Node], bool],
) -> list[Node]:
    """Each node joins the most recent linkable representative that accepts it, else
    becomes one; the representatives, oldest first."""
    representatives: list[Node] = []
    for node in nodes:
        for representative in reversed(representatives[-REPRESENTATIVES:]):
            if linkable(node, representative) and join(node, representative):
                break
        else:
            representatives.append(node)
    return representatives
