"""Consistency of a timeline read back (`--merge`, `diff`): what eventline could have written.

The JSON shape is checked by the models; this checks what the shape cannot say: ids are
unique, every reference points at something listed, offsets are real, and the version is
one this eventline knows how to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from eventline import __version__
from eventline.models import Event, Timeline

_VERSION = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[.+-][0-9A-Za-z.+-]*)?")
"""`1.2.3`, `0.1.0.dev4`, `0` (the empty timeline a workflow may start from)."""


def timeline_problem(timeline: Timeline) -> str | None:
    """The first inconsistency of a timeline, as `where: what`, or None if there is none."""
    return next(_problems(timeline), None)


def _problems(timeline: Timeline) -> Iterator[str]:
    yield from _version_problem(timeline.eventline_version)
    documents = {doc.id for doc in timeline.documents}
    entities = {entity.id for entity in timeline.entities}
    yield from _duplicates("documents", (doc.id for doc in timeline.documents))
    yield from _duplicates("entities", (entity.id for entity in timeline.entities))
    yield from _duplicates("events", (event.id for event in timeline.events))
    for number, event in enumerate(timeline.events):
        for problem in _event_problems(event, documents, entities):
            yield f"events.{number}.{problem}"


def _version_problem(version: str) -> Iterator[str]:
    found, ours = _VERSION.fullmatch(version), _VERSION.fullmatch(__version__)
    if found is None:
        yield f"eventline_version: {version!r} is not an eventline version"
    elif ours is not None and _numbers(found) > _numbers(ours):
        yield f"eventline_version: written by eventline {version}, newer than this {__version__}"


def _numbers(match: re.Match) -> tuple[int, int, int]:
    return tuple(int(part or 0) for part in match.groups())  # type: ignore[return-value]


def _duplicates(label: str, ids: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for number, item in enumerate(ids):
        if item in seen:
            yield f"{label}.{number}.id: {item!r} is listed twice"
            return
        seen.add(item)


def _event_problems(event: Event, documents: set[str], entities: set[str]) -> Iterator[str]:
    for source in event.sources:
        if source not in documents:
            yield f"sources: {source!r} is not among the documents"
    for argument in (*event.participants, *event.places):
        if argument.entity not in entities:
            yield f"participants: entity {argument.entity!r} is not among the entities"
    for number, mention in enumerate(event.mentions):
        where = f"mentions.{number}"
        if mention.document not in documents:
            yield f"{where}.document: {mention.document!r} is not among the documents"
        if not 0 <= mention.start <= mention.end:
            yield f"{where}: offsets {mention.start}-{mention.end} are not a span of the text"
        starts = (mention.sentence_start, mention.sentence_end)
        if None not in starts and not 0 <= starts[0] <= starts[1]:  # type: ignore[operator]
            yield f"{where}: sentence offsets {starts[0]}-{starts[1]} are not a span"
