"""Resolve a batch: merge entities and event mentions across articles, date and order them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from eventline import __version__
from eventline.models import ArticleAnalysis, Timeline, TimelineEntity
from eventline.resolve.batch import ArticleBatch
from eventline.resolve.cluster import block_parts
from eventline.resolve.entities import merge_entities
from eventline.resolve.entity_rows import entity_row, reported_in_body
from eventline.resolve.names import EntityChoice, choose_entity
from eventline.resolve.nodes import NodeStore
from eventline.resolve.nogc import without_gc
from eventline.resolve.partitions import Mapper, resolve_here, resolve_in_partitions
from eventline.resolve.ranking import Evidence, batch_signals, event_evidence, rank_events
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


class DatedEvent(NamedTuple):
    """One finished event waiting on disk, with what orders and filters it."""

    when: tuple
    """The order key of its date (`resolve.dates.order_key`)."""
    document: str
    start: int
    """Its first report: document and offset, which break ties in date order."""
    number: int
    """Which event of the spill file it is (`Spill.append_bytes`)."""
    named: tuple[str, ...]
    """The timeline entities it names, in any role."""
    evidence: Evidence


def _matches_entity(named: tuple[str, ...], chosen: str | None) -> bool:
    """An event belongs to the chosen entity's timeline when it names it (any role)."""
    return chosen is not None and chosen in named


def _entity_rows(
    dated: list[DatedEvent], chosen: str | None, spill: Spill, names: tuple[str, ...] = ()
) -> list[DatedEvent]:
    """The chosen entity's rows: events it takes part in, their headline mentions and the
    reports of other articles that do not speak of it (`names`) left out."""
    named_it = [item for item in dated if _matches_entity(item.named, chosen)]
    events = [spill[item.number] for item in named_it]
    bodies = reported_in_body(events, chosen)
    rows = []
    for item, event in zip(named_it, events, strict=True):
        row = entity_row(event, chosen, bodies, names)
        if row is not None:
            number = item.number if row is event else spill.append(row)
            rows.append(item._replace(number=number))
    return rows


def _choose(query: str, entities: list[TimelineEntity], dated: list[DatedEvent]) -> EntityChoice:
    """The entity `--entity` means, judged with each entity's number of events."""
    events = Counter(entity for item in dated for entity in set(item.named))
    return choose_entity(query, entities, events)


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
    table.local_to_global.clear()
    spill = Spill()
    dated: list[DatedEvent] = []
    key_only = options.events == "key"
    try:
        if mapper is None or len(store) < partitioned_from:
            placed = resolve_here(store, entities, key_only, block_parts(store))
        else:
            placed = resolve_in_partitions(store, entities, key_only, mapper, partitions)
        for when, document, start, event, named, facts in placed:
            evidence = event_evidence(facts, signals)  # smaller than the facts it reads
            number = spill.append_bytes(event)
            dated.append(DatedEvent(when, document, start, number, named, evidence))
    finally:
        store.close()
    dated.sort(key=lambda item: (item.when, item.document, item.start))
    choice = None
    if options.entity:
        choice = _choose(options.entity, table.entities, dated)
        best = choice.best.entity if choice.best else None
        names = (best.name, *best.aliases) if best else ()
        dated = _entity_rows(dated, best.id if best else None, spill, names)
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
    timeline._entity_choice = choice
    return timeline
