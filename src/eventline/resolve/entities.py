"""Entities merged across articles: full names absorb surnames, aliases join."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from eventline.lexicon.gazetteer import canonical_country
from eventline.models import TimelineEntity
from eventline.resolve.batch import ArticleSummary


def slugify(name: str) -> str:
    """Lowercase ASCII letters, digits and hyphens: a readable, stable id part."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


@dataclass
class EntityTable:
    """Batch-wide entities and the map from (document, local id) to a batch entity id."""

    entities: list[TimelineEntity]
    local_to_global: dict[tuple[str, str], str]

    def by_id(self) -> dict[str, TimelineEntity]:
        return {entity.id: entity for entity in self.entities}


def _key(name: str, entity_type: str) -> tuple[str, str]:
    country = canonical_country(name)
    if country:
        return ("GPE", country.lower())
    return (entity_type, " ".join(name.lower().split()))


def _surname_owner(persons: set[str]) -> dict[str, str]:
    """A single-word person name -> the one full name in the batch that ends with it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for full in persons:
        parts = full.split()
        if len(parts) > 1:
            owners[parts[-1]].add(full)
    return {short: next(iter(full)) for short, full in owners.items() if len(full) == 1}


def merge_entities(articles: Sequence[ArticleSummary]) -> EntityTable:
    """Merge every article's entities into batch entities with stable ids."""
    persons = {
        name.lower() for a in articles for _, name, kind, _ in a.entities if kind == "PERSON"
    }
    owners = _surname_owner(persons)
    groups: dict[tuple[str, str], list[tuple[str, str, str, tuple[str, ...]]]] = defaultdict(list)
    for article in articles:
        for local_id, name, kind, aliases in article.entities:
            key = _key(name, kind)
            if key[1] in owners and kind in {"PERSON", "ORG", "NORP", "GPE"}:
                key = ("PERSON", owners[key[1]])
            groups[key].append((article.document.id, local_id, name, aliases))
    return _build_table(groups)


def _build_table(groups) -> EntityTable:
    entities: list[TimelineEntity] = []
    mapping: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for (entity_type, _), members in sorted(groups.items()):
        names = Counter(name for _, _, name, _ in members)
        name = max(names, key=lambda n: (len(n.split()), names[n], len(n), n))
        aliases = {n for n in names if n != name} | {a for *_, al in members for a in al}
        aliases.discard(name)
        entity_id = slugify(name)
        if entity_id in used:
            entity_id = f"{entity_id}-{entity_type.lower()}"
        used.add(entity_id)
        entities.append(
            TimelineEntity(id=entity_id, name=name, type=entity_type, aliases=sorted(aliases))
        )
        for document, local_id, _, _ in members:
            mapping[(document, local_id)] = entity_id
    entities.sort(key=lambda e: e.id)
    return EntityTable(entities=entities, local_to_global=mapping)
