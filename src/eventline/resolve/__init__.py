"""Resolve a batch: merge entities and event mentions across articles, date and order them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from .. import __version__
from ..events import SALIENT_TYPES
from ..models import ArticleAnalysis, Event, Timeline
from .cluster import build_nodes, cluster_mentions
from .dates import order_key
from .entities import merge_entities
from .events import build_event
from .nogc import without_gc
from .stories import assign_stories

# Verbs outside the taxonomy and reporting verbs (`said`, `told`) are how news is written,
# not what happened: they never make a story timeline on their own.
NEVER_KEY = frozenset({"other", "report"})


@dataclass(frozen=True)
class ResolveOptions:
    """What the timeline keeps: key events or all, and optionally one entity's events.

    `all` keeps every event mention found, those with named participants (what per-entity
    timelines need) and those without (what cross-document coreference is scored on).
    """

    events: Literal["key", "all"] = "key"
    entity: str | None = None


def _is_key(event: Event) -> bool:
    """Dated, reported by two or more articles, or a salient type with named participants.

    An event must also say what it is about: participants, a place or a complement.
    """
    if event.type in NEVER_KEY or not (event.participants or event.places or " of " in event.title):
        return False
    if (event.when is not None and event.when.text) or len(event.sources) >= 2:
        return True
    return event.type in SALIENT_TYPES and bool(event.participants)


def _matches_entity(event: Event, wanted: str, aliases: dict[str, set[str]]) -> bool:
    names = set()
    for argument in event.participants + event.places:
        names |= aliases.get(argument.entity, set())
    return wanted in names


def _normalise(name: str) -> str:
    return " ".join(name.lower().split())


@without_gc
def resolve(
    analyses: Iterable[ArticleAnalysis],
    options: ResolveOptions | None = None,
    known: dict[tuple[str, int], str] | None = None,
) -> Timeline:
    """One ordered, sourced timeline from per-article analyses (order-independent).

    `known`: (document, offset) -> event id of an earlier timeline's mentions (`merge.py`).
    """
    options = options or ResolveOptions()
    ordered: Sequence[ArticleAnalysis] = sorted(
        analyses, key=lambda a: (a.document.id, a.text_sha256)
    )
    table = merge_entities(ordered)
    entities = table.by_id()
    nodes = build_nodes(ordered, table)
    dated = []
    stories = assign_stories(ordered, table)
    for group in cluster_mentions(nodes, entities, stories, known):
        event, interval = build_event(group, ordered, entities)
        if options.events == "key" and not _is_key(event):
            continue  # dropped at once: holding every event's mentions until sorted peaks memory
        dated.append(
            (order_key(interval), event.mentions[0].document, event.mentions[0].start, event)
        )
    dated.sort(key=lambda item: item[:3])
    events = [item[3] for item in dated]
    if options.entity:
        aliases = {e.id: {_normalise(n) for n in [e.name, *e.aliases]} for e in table.entities}
        events = [e for e in events if _matches_entity(e, _normalise(options.entity), aliases)]
    used = {a.entity for e in events for a in e.participants + e.places}
    return Timeline(
        eventline_version=__version__,
        documents=[a.document for a in ordered],
        entities=[e for e in table.entities if e.id in used],
        events=events,
    )
