"""`--entity NAME`: the entity a name picks, that entity's rows, and how many rows each match
would have, so that what the CLI says of a pick is what its timeline shows.

An event names entities in several roles, but only those that take part in it (a core role
or its place, `entity_rows.takes_part`) have it as a row: `Kestrel Freight, a unit of Acme
Logistics, sued` is no event of Acme Logistics. So matches are ranked and counted by the
rows of their own timelines, and an entity the articles only mention has no rows at all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from eventline.models import Event, TimelineEntity
from eventline.resolve.entity_rows import entity_row, reported_in_body
from eventline.resolve.names import EntityChoice, choose_entity, match_order
from eventline.resolve.ranking import Evidence
from eventline.resolve.spill import Spill


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
    actors: tuple[str, ...]
    """Those of them that take part in it (`entity_rows.actors`): whose rows it can be."""
    evidence: Evidence


@dataclass(frozen=True)
class EntityPick:
    """What `--entity` picked, for the CLI's note: the matches, each with the number of rows
    its own timeline has (the best one's are the timeline's events), and the number of
    articles that mention the best one."""

    choice: EntityChoice
    articles: int = 0


def article_counts(mentions: Iterable[tuple[str, str]]) -> Counter[str]:
    """How many articles mention each entity, from (document, entity id) pairs."""
    return Counter(entity for _, entity in set(mentions))


def pick_entity(
    query: str,
    entities: list[TimelineEntity],
    dated: list[DatedEvent],
    spill: Spill,
    articles: Mapping[str, int],
) -> tuple[list[DatedEvent], EntityPick]:
    """The rows of the entity `query` means and what was picked: every match counted in
    rows of its own timeline, and ties going to the match with more rows."""
    taking_part = Counter(entity for item in dated for entity in item.actors)
    choice = choose_entity(query, entities, taking_part)
    taken = _taken(dated, {match.entity.id for match in choice.matches})
    counted = [
        replace(match, events=_row_count(taken[match.entity.id], match.entity, spill))
        for match in choice.matches
    ]
    choice = replace(choice, matches=tuple(sorted(counted, key=match_order)))
    if choice.best is None:
        return [], EntityPick(choice)
    best = choice.best.entity
    rows = entity_rows(taken[best.id], best.id, spill, _names(best))
    return rows, EntityPick(choice, articles.get(best.id, 0))


def _taken(dated: list[DatedEvent], wanted: set[str]) -> defaultdict[str, list[DatedEvent]]:
    """The events each wanted entity takes part in, in order, found in one pass (a broad
    query matches many entities of a big batch)."""
    taken: defaultdict[str, list[DatedEvent]] = defaultdict(list)
    for item in dated if wanted else ():
        for entity in item.actors:
            if entity in wanted:
                taken[entity].append(item)
    return taken


def entity_rows(
    taken: list[DatedEvent], chosen: str, spill: Spill, names: tuple[str, ...] = ()
) -> list[DatedEvent]:
    """The chosen entity's rows, from the events it takes part in (`taken`): their headline
    mentions and the reports of other articles that do not speak of it (`names`) left out."""
    rows = []
    for item, event, row in _rows(taken, chosen, spill, names):
        number = item.number if row is event else spill.append(row)
        rows.append(item._replace(number=number))
    return rows


def _row_count(taken: list[DatedEvent], entity: TimelineEntity, spill: Spill) -> int:
    """How many rows `--entity` would give this entity (no event read when it takes part
    in none)."""
    return sum(1 for _ in _rows(taken, entity.id, spill, _names(entity))) if taken else 0


def _rows(
    taken: list[DatedEvent], chosen: str, spill: Spill, names: tuple[str, ...]
) -> Iterator[tuple[DatedEvent, Event, Event]]:
    """Each row of the chosen entity: its dated event, the event and the row made of it."""
    events = [spill[item.number] for item in taken]
    bodies = reported_in_body(events, chosen)
    for item, event in zip(taken, events, strict=True):
        row = entity_row(event, chosen, bodies, names)
        if row is not None:
            yield item, event, row


def _names(entity: TimelineEntity) -> tuple[str, ...]:
    return (entity.name, *entity.aliases)
