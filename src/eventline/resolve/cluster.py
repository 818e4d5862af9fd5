"""Clustering event mentions across articles into events, without comparing all pairs.

Candidate pairs come from blocking on (event type, shared participant or place); a pair
joins when its participants, places and dates are compatible. Union-find does the rest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..events.lexicon import same_event_words
from ..gazetteer import country_of_place
from ..models import ArticleAnalysis, EventMention, TimelineEntity
from .dates import DatedClaim, claims_compatible, mention_claim
from .entities import EntityTable

MentionKey = tuple[int, int]
"""(analysis index, mention index)."""
_MAX_BLOCK = 200
_MAX_CLAIMS = 16
_STATUS_CLASH = {
    frozenset({"possible", "occurred"}),
    frozenset({"possible", "ongoing"}),
    frozenset({"negated", "occurred"}),
}


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


class UnionFind:
    """Disjoint sets over mention keys; the smallest key is each set's root."""

    def __init__(self) -> None:
        self.parent: dict[MentionKey, MentionKey] = {}

    def find(self, key: MentionKey) -> MentionKey:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
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
            return frozenset(table.local_to_global[(doc_id, r.entity)] for r in refs)

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
                )
            )
    return nodes


def _place_keys(places: frozenset[str], entities: dict[str, TimelineEntity]) -> set[str]:
    keys = set(places)
    for place in places:
        entity = entities.get(place)
        country = country_of_place(entity.name) if entity else None
        if country:
            keys.add("country:" + country)
    return keys


def _compatible(a: MentionNode, b: MentionNode, entities: dict[str, TimelineEntity]) -> bool:
    if a.document == b.document:
        return False  # in-article coreference was decided by the analysis
    if not same_event_words(a.mention.lemma, b.mention.lemma):
        return False
    if frozenset({a.mention.status, b.mention.status}) in _STATUS_CLASH:
        return False
    if not (a.participants & b.participants):
        return False
    if (
        a.places
        and b.places
        and not (_place_keys(a.places, entities) & _place_keys(b.places, entities))
    ):
        return False
    if a.claim and b.claim and not claims_compatible(a.claim, b.claim):
        return False
    return True


@dataclass
class ClusterSummary:
    """What a growing cluster already commits to: places, dates and statuses."""

    places: set[str]
    claims: list[DatedClaim]
    statuses: set[str]

    def accepts(self, other: ClusterSummary) -> bool:
        if self.places and other.places and not self.places & other.places:
            return False
        if any(not claims_compatible(a, b) for a in self.claims for b in other.claims):
            return False
        return not any(
            frozenset({a, b}) in _STATUS_CLASH for a in self.statuses for b in other.statuses
        )

    def absorb(self, other: ClusterSummary) -> None:
        self.places |= other.places
        self.claims = (self.claims + other.claims)[:_MAX_CLAIMS]
        self.statuses |= other.statuses


def _summary(node: MentionNode, entities: dict[str, TimelineEntity]) -> ClusterSummary:
    return ClusterSummary(
        places=_place_keys(node.places, entities),
        claims=[node.claim] if node.claim else [],
        statuses={node.mention.status} if node.mention.status_cue else set(),
    )


def cluster_mentions(
    nodes: Sequence[MentionNode], entities: dict[str, TimelineEntity]
) -> list[list[MentionNode]]:
    """Group mentions that report the same event; each group sorted by key."""
    sets = UnionFind()
    by_key = {node.key: node for node in nodes}
    summaries = {node.key: _summary(node, entities) for node in nodes}
    for node in nodes:
        sets.find(node.key)
        if node.mention.corefers_with is not None:
            _join(sets, summaries, node.key, (node.key[0], node.mention.corefers_with), force=True)
    blocks: dict[tuple[str, str], list[MentionNode]] = defaultdict(list)
    for node in nodes:
        if node.mention.type in {"other", "statement"}:
            continue
        for participant in node.participants:
            blocks[(node.mention.type, participant)].append(node)
    for block in blocks.values():
        for i, first in enumerate(block[:_MAX_BLOCK]):
            for second in block[i + 1 : _MAX_BLOCK]:
                if sets.find(first.key) != sets.find(second.key) and _compatible(
                    first, second, entities
                ):
                    _join(sets, summaries, first.key, second.key)
    groups: dict[MentionKey, list[MentionNode]] = defaultdict(list)
    for key in sorted(by_key):
        groups[sets.find(key)].append(by_key[key])
    return [groups[root] for root in sorted(groups)]


def _join(sets: UnionFind, summaries: dict, a: MentionKey, b: MentionKey, force: bool = False):
    """Union two clusters when everything they already hold stays compatible."""
    ra, rb = sets.find(a), sets.find(b)
    if ra == rb:
        return
    if not force and not summaries[ra].accepts(summaries[rb]):
        return
    sets.union(ra, rb)
    root = sets.find(ra)
    other = rb if root == ra else ra
    summaries[root].absorb(summaries[other])
