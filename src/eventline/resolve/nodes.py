"""Mention nodes: one event mention with batch-wide entity ids, and the union-find over them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ArticleAnalysis, EventMention
from .dates import DatedClaim, mention_claim
from .entities import EntityTable

MentionKey = tuple[int, int]
"""(analysis index, mention index)."""


@dataclass
class MentionNode:
    """One event mention with batch-wide entity ids and its date claim."""

    key: MentionKey
    document: str
    mention: EventMention
    participants: frozenset[str]
    places: frozenset[str]
    claim: DatedClaim | None
    roles: dict[str, str]
    """Batch entity id -> its role in this mention (agent, patient, destination, ...)."""
    published: str | None = None
    """The article's publication date: the time bucket of mentions without a date."""
    place_keys: frozenset[str] = frozenset()
    """Places and their countries, set by `cluster_mentions` (pairs compare millions)."""

    def __post_init__(self) -> None:
        self.agents = frozen(e for e in self.participants if self.roles[e] == "agent")
        self.others = frozen(self.participants - self.agents)


_NONE: frozenset[str] = frozenset()


def frozen(items) -> frozenset[str]:
    """A frozenset, the shared empty one when empty (216 bytes each, five per mention)."""
    return frozenset(items) or _NONE


class UnionFind:
    """Disjoint sets over mention keys; the smallest key is each set's root."""

    def __init__(self) -> None:
        self.parent: dict[MentionKey, MentionKey] = {}

    def find(self, key: MentionKey) -> MentionKey:
        parent = self.parent
        up = parent.get(key)
        if up is None:
            parent[key] = key
            return key
        while up != key:  # path halving; millions of calls, so no attribute look-ups
            parent[key] = grand = parent[up]
            key, up = grand, parent[grand]
        return key

    def union(self, a: MentionKey, b: MentionKey) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def build_nodes(analyses: Sequence[ArticleAnalysis], table: EntityTable) -> list[MentionNode]:
    """Every mention of every article, with entity ids mapped to the batch's."""
    nodes = []
    for a_index, analysis in enumerate(analyses):
        doc_id = analysis.document.id

        def ids(refs, doc_id=doc_id):
            return frozen(table.local_to_global[(doc_id, r.entity)] for r in refs)

        for m_index, mention in enumerate(analysis.events):
            roles: dict[str, str] = {}
            for ref in mention.participants + mention.places:
                roles.setdefault(table.local_to_global[(doc_id, ref.entity)], ref.role)
            nodes.append(
                MentionNode(
                    key=(a_index, m_index),
                    document=doc_id,
                    mention=mention,
                    participants=ids(mention.participants),
                    places=ids(mention.places),
                    claim=mention_claim(mention, analysis),
                    roles=roles,
                    published=analysis.document.published,
                )
            )
    return nodes
