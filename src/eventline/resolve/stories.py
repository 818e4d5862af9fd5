"""Group the articles of a batch into stories: articles that share enough named entities.

Reports of one event without named participants (`the earthquake`, `the arrest`) can only
be matched by their words; that is safe inside one story and not across stories of the
same kind (two different earthquakes), so the resolver matches them within a story.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence

from eventline.resolve.batch import ArticleSummary
from eventline.resolve.entities import EntityTable

STORY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT"})
MIN_SHARED = 2
MIN_JACCARD = 0.1
_COMMON_SHARE = 0.5
"""Entities in more than this share of a large batch's articles don't link stories."""
_MAX_DOCS_PER_ENTITY = 400


def _entity_sets(articles: Sequence[ArticleSummary], table: EntityTable) -> list[set[str]]:
    sets = []
    for article in articles:
        doc_id = article.document.id
        sets.append(
            {
                table.local_to_global[(doc_id, local_id)]
                for local_id, _, kind, _ in article.entities
                if kind in STORY_ENTITY_TYPES
            }
        )
    return sets


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def assign_stories(articles: Sequence[ArticleSummary], table: EntityTable) -> dict[str, int]:
    """Document id -> story number (the smallest index of the story's articles)."""
    sets = _entity_sets(articles, table)
    holders: dict[str, list[int]] = defaultdict(list)
    for index, entities in enumerate(sets):
        for entity in entities:
            holders[entity].append(index)
    common = max(2, int(_COMMON_SHARE * len(sets))) if len(sets) > 4 else len(sets) + 1
    limit = min(common, _MAX_DOCS_PER_ENTITY)
    linking = {entity: docs for entity, docs in holders.items() if 1 < len(docs) <= limit}
    parent = list(range(len(sets)))
    for a, entities in enumerate(sets):
        # later articles' shared entities counted by Counter in C, not pair by pair in Python;
        # the smallest index ends up each story's root whatever the order of the unions
        shared: Counter[int] = Counter()
        for entity in entities:
            docs = linking.get(entity)
            if docs:
                shared.update(docs[bisect_right(docs, a) :])
        for b, count in shared.items():
            if count >= MIN_SHARED and count / len(entities | sets[b]) >= MIN_JACCARD:
                ra, rb = _root(parent, a), _root(parent, b)
                parent[max(ra, rb)] = min(ra, rb)
    return {a.document.id: _root(parent, i) for i, a in enumerate(articles)}
