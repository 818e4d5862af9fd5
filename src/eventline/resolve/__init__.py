"""Resolve a batch: merge entities and event mentions across articles, date and order them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from eventline import __version__
from eventline.models import ArticleAnalysis, Timeline
from eventline.resolve.batch import ArticleBatch
from eventline.resolve.cluster import block_parts
from eventline.resolve.entities import merge_entities
from eventline.resolve.entity_pick import DatedEvent, article_counts, pick_entity
from eventline.resolve.nodes import NodeStore
from eventline.resolve.nogc import without_gc
from eventline.resolve.partitions import Mapper, resolve_here, resolve_in_partitions
from eventline.resolve.ranking import batch_signals, event_evidence, rank_events
from eventline.resolve.spill import Spill, SpilledEvents
from eventline.resolve.stories import assign_stories


@dataclass(frozen=True)
class ResolveOptions:
    """What the timeline keeps: key events or all, and optionally one entity's events.

    `all` keeps every event mention found, those with named participants (what per-entity
    timelines need) and those without (what cross-document coreference is scored on).
    """

    events: Literal["key", "all"] = "key"
    entity: str | None = None
    all_entities: bool = False
    """Keep every entity of the batch in the timeline, not only those its events name."""


@without_gc
def resolve(
    analyses: Iterable[ArticleAnalysis],
    options: ResolveOptions | None = None,
    known: dict[tuple[str, int], str] | None = None,
    mapper: Mapper | None = None,
    partitions: int = 2,
    partitioned_from: int = 0,
) -> Timeline:
    """One ordered, sourced timeline from per-article analyses (order-independent).

    `analyses` is read once and may be a stream: analyses, mentions and finished events
    wait on disk (`spill.py`), so memory holds summaries and one block of candidates, not
    the batch; the timeline's events are read back from disk as they are used.
    `known`: (document, offset) -> event id of an earlier timeline's mentions (`merge.py`).
    With `mapper` (a process pool's or a Dask client's map), a batch of at least
    `partitioned_from` mentions is resolved in `partitions` independent partitions
    (`partitions.py`), with the same result.
    """
    options = options or ResolveOptions()
    batch = ArticleBatch(analyses)
    table = merge_entities(batch.summaries)
    entities = table.by_id()
    stories = assign_stories(batch.summaries, table)
    signals = batch_signals(
        ((s.document.id, s.text_sha256, s.signals) for s in batch.summaries),
        ((document, entity) for (document, _), entity in table.local_to_global.items()),
    )
    try:
        store = NodeStore(batch, table, stories, entities, known)
    finally:
        batch.close()
    del stories
    pairs = ((document, entity) for (document, _), entity in table.local_to_global.items())
    mentioned = article_counts(pairs) if options.entity else {}
    table.local_to_global.clear()
    spill = Spill()
    dated: list[DatedEvent] = []
    key_only = options.events == "key"
    try:
        if mapper is None or len(store) < partitioned_from:
            placed = resolve_here(store, entities, key_only, block_parts(store))
        else:
            placed = resolve_in_partitions(store, entities, key_only, mapper, partitions)
        for when, document, start, event, named, actors, facts in placed:
            evidence = event_evidence(facts, signals)  # smaller than the facts it reads
            number = spill.append_bytes(event)
            dated.append(DatedEvent(when, document, start, number, named, actors, evidence))
    finally:
        store.close()
    dated.sort(key=lambda item: (item.when, item.document, item.start))
    pick = None
    if options.entity:
        dated, pick = pick_entity(options.entity, table.entities, dated, spill, mentioned)
    used = {entity for item in dated for entity in item.named}
    if options.all_entities:
        used = {entity.id for entity in table.entities}
    timeline = Timeline.model_construct(
        eventline_version=__version__,
        documents=[summary.document for summary in batch.summaries],
        entities=[e for e in table.entities if e.id in used],
        events=SpilledEvents(
            spill,
            [item.number for item in dated],
            rank_events([item.evidence for item in dated], signals.documents),
        ),
    )
    timeline._entity_pick = pick
    return timeline
