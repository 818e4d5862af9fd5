"""The `entities` report: every entity of a timeline with its names, events and articles."""

from __future__ import annotations

from collections import Counter, defaultdict

from eventline.models import EntitiesReport, EntityRow, MatchRow, Timeline
from eventline.resolve.entity_rows import actors, entity_row, reported_in_body
from eventline.resolve.names import NameTable


def entity_report(timeline: Timeline, query: str | None = None) -> EntitiesReport:
    """Rows for every entity of `timeline` (resolved with all entities and all events)."""
    rows, articles = _row_counts(timeline)
    table = NameTable(timeline.entities, rows)  # ties go to more rows, as with `--entity`
    if query is not None:
        return _match_report(table, query)
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


def _row_counts(timeline: Timeline) -> tuple[Counter[str], dict[str, set[str]]]:
    """How many rows each entity's own timeline (`--entity`) has (`entity_rows.py`), and
    the articles that report them."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for event in timeline.events:
        for entity in actors(event):
            bodies[entity] |= reported_in_body([event], entity)
    counts: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    for event in timeline.events:
        for entity in actors(event):
            row = entity_row(event, entity, bodies[entity])
            if row is not None:
                counts[entity] += 1
                articles[entity] |= {mention.document for mention in row.mentions}
    return counts, articles


def _picks(table: NameTable, alias: str, entity_id: str) -> bool:
    best = table.choose(alias).best
    return best is not None and best.entity.id == entity_id


def _match_report(table: NameTable, query: str) -> EntitiesReport:
    """The matches of `query`, best first, each with the rows `--entity` would give it."""
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
