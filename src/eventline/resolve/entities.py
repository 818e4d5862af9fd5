"""Entities merged across articles: full names absorb surnames, aliases join."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from eventline.lexicon.gazetteer import NON_COUNTRY_CANONICAL, canonical_country
from eventline.models import TimelineEntity
from eventline.resolve.batch import ArticleSummary
from eventline.resolve.name_forms import fold
from eventline.resolve.name_keys import KeyJoiner, NameKey, own_key


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


def merge_entities(articles: Sequence[ArticleSummary]) -> EntityTable:
    """Merge every article's entities into batch entities with stable ids (`name_keys.py`)."""
    joiner = KeyJoiner(
        ((name, kind) for a in articles for _, name, kind, _ in a.entities),
        ((alias, name, kind) for a in articles for _, name, kind, al in a.entities for alias in al),
    )
    groups: dict[NameKey, list[tuple[str, str, str, str, tuple[str, ...]]]] = defaultdict(list)
    for article in articles:
        for local_id, name, kind, aliases in article.entities:
            key = joiner.target(name, kind)
            groups[key].append((article.document.id, local_id, name, kind, aliases))
    return _build_table(groups)


_DOMAIN = re.compile(r"\w\.(?:com|net|org|co\.uk|info|news|tv)\b", re.IGNORECASE)
_PRODUCT_LIKE = re.compile(r"^[a-z]{1,2}[A-Z]|\d")  # camel case or a model number
_TYPE_ORDER = ("PERSON", "ORG", "PRODUCT", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART")


def _group_type(members, key: NameKey) -> str:
    """The type most members carry (a country key is a GPE); ties in a fixed order."""
    if canonical_country(key[1]):
        country = canonical_country(key[1])
        return "ORG" if country in NON_COUNTRY_CANONICAL else "GPE"
    kinds = Counter(kind for *_, kind, _ in members)
    if "PRODUCT" in kinds and any(_PRODUCT_LIKE.search(name) for _, _, name, _, _ in members):
        return "PRODUCT"  # `iPod`, `iPhone 4`: spaCy's ORG for a product is the usual slip
    return max(kinds, key=lambda k: (kinds[k], -_rank(k), k))


def _display_rank(name: str, count: int) -> tuple:
    """Which surface name shows an entity: no website in it, not shouted in capitals
    (`THE UNITED STATES`), the most words, the most used, then the longest."""
    shouted = name.isupper() and len(name) > 5
    return (not _DOMAIN.search(name), not shouted, len(fold(name).split()), count, len(name), name)


def _rank(kind: str) -> int:
    return _TYPE_ORDER.index(kind) if kind in _TYPE_ORDER else len(_TYPE_ORDER)


def _build_table(groups) -> EntityTable:
    entities: list[TimelineEntity] = []
    mapping: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for key, members in sorted(groups.items()):
        entity_type = _group_type(members, key)
        names = Counter(name for _, _, name, _, _ in members)
        own = [n for n in names if own_key(n, entity_type) == key] or list(names)
        name = max(own, key=lambda n: _display_rank(n, names[n]))
        aliases = {n for n in names if n != name} | {a for *_, al in members for a in al}
        aliases = {a for a in aliases if a != name and not _DOMAIN.search(a)}  # no websites
        entity_id = slugify(name)
        if entity_id in used:
            entity_id = f"{entity_id}-{entity_type.lower()}"
        used.add(entity_id)
        entities.append(
            TimelineEntity(id=entity_id, name=name, type=entity_type, aliases=sorted(aliases))
        )
        for document, local_id, *_ in members:
            mapping[(document, local_id)] = entity_id
    entities.sort(key=lambda e: e.id)
    return EntityTable(entities=entities, local_to_global=mapping)
