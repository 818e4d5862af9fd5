"""The `entities` report: every entity of a timeline with its names, events and articles."""

from __future__ import annotations

from collections import Counter, defaultdict

from eventline.models import EntitiesReport, EntityRow, MatchRow, Timeline
from eventline.resolve.entity_rows import entity_row, reported_in_body
from eventline.resolve.names import NameTable


def entity_report(timeline: Timeline, query: str | None = None) -> EntitiesReport:
    """Rows for every entity of `timeline` (resolved with all entities and all events)."""
    events: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    for event in timeline.events:
        for entity in {a.entity for a in event.participants + event.places}:
            events[entity] += 1
            articles[entity] |= {mention.document for mention in event.mentions}
    table = NameTable(timeline.entities, events)
    if query is not None:
        return _match_report(table, query)
    rows = _row_counts(timeline)
    report = [
        EntityRow(
            id=entity.id,
            name=entity.name,
            type=entity.type,
            aliases=[a for a in entity.aliases if _picks(table, a, entity.id)],
            events=rows[entity.id],
            articles=len(articles[entity.id]),
        )
        for entity in timeline.entities
    ]
    report.sort(key=lambda row: (-row.events, -row.articles, row.name, row.id))
    return EntitiesReport(entities=report)


def _row_counts(timeline: Timeline) -> Counter[str]:
    """How many rows each entity's own timeline (`--entity`) has (`entity_rows.py`)."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for event in timeline.events:
        for entity in {a.entity for a in event.participants + event.places}:
            bodies[entity] |= reported_in_body([event], entity)
    counts: Counter[str] = Counter()
    for event in timeline.events:
        for entity in {a.entity for a in event.participants + event.places}:
            counts[entity] += entity_row(event, entity, bodies[entity]) is not None
    return counts


def _picks(table: NameTable, alias: str, entity_id: str) -> bool:
    best = table.choose(alias).best
    return best is not None and best.entity.id == entity_id


def _match_report(table: NameTable, query: str) -> EntitiesReport:
    choice = table.choose(query)
    matches = [
        MatchRow(
            id=m.entity.id,
            name=m.entity.name,
            type=m.entity.type,
            score=m.score,
            reason=m.reason,
            events=m.events,
            picked=index == 0,
        )
        for index, m in enumerate(choice.matches)
    ]
    return EntitiesReport(query=query, matches=matches, nearest=list(choice.nearest))
