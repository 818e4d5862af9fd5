"""Clustering event mentions across articles into events, without comparing all pairs.

Candidate pairs come from blocking on (event type, shared participant or place); a pair
joins when its participants, places and dates are compatible. Union-find does the rest.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from eventline.lexicon.events import event_word_class, same_event_words
from eventline.models import TimelineEntity
from eventline.resolve.blocks import (
    EXACT_BLOCK,
    REPRESENTATIVES,
    link_by_representatives,
    split_block,
    time_buckets,
)
from eventline.resolve.dates import DatedClaim, claims_compatible
from eventline.resolve.nodes import MentionKey, MentionNode, NodeStore, UnionFind

__all__ = ["block_parts", "link_mentions", "mention_groups", "part_keys"]

_MAX_CLAIMS = 16
_NAMED_ONLY = frozenset({"report", "statement", "other"})
_STATUS_CLASH = {
    frozenset({"possible", "occurred"}),
    frozenset({"possible", "ongoing"}),
    frozenset({"negated", "occurred"}),
}


def _contradict(a: MentionNode, b: MentionNode, entities: dict[str, TimelineEntity]) -> bool:
    """Whether two reports say different things about who, where, when or whether."""
    cued = a.mention.status_cue and b.mention.status_cue
    if cued and frozenset({a.mention.status, b.mention.status}) in _STATUS_CLASH:
        return True
    if a.participants and b.participants and a.participants.isdisjoint(b.participants):
        return True
    if a.agents and b.agents and a.agents.isdisjoint(b.agents):
        return True
    if a.others and b.others and a.others.isdisjoint(b.others):
        return True
    if a.place_keys and b.place_keys and a.place_keys.isdisjoint(b.place_keys):
        return True
    return bool(a.claim and b.claim and not claims_compatible(a.claim, b.claim))


def _compatible(a: MentionNode, b: MentionNode, entities: dict[str, TimelineEntity]) -> bool:
    """Two reports in different articles that share a participant and agree otherwise."""
    if a.document == b.document or not same_event_words(a.mention.lemma, b.mention.lemma):
        return False
    return bool(a.participants & b.participants) and not _contradict(a, b, entities)


def _compatible_in_story(
    a: MentionNode, b: MentionNode, entities: dict[str, TimelineEntity]
) -> bool:
    """Two reports of one story that use the same words and don't contradict each other."""
    if a.document == b.document or not same_event_words(a.mention.lemma, b.mention.lemma):
        return False
    if a.mention.type in _NAMED_ONLY and bool(a.participants) != bool(b.participants):
        return False  # `said` with a speaker is not matched to an anonymous `said`
    return not _contradict(a, b, entities)


@dataclass
class ClusterSummary:
    """What a growing cluster already commits to: places, dates and statuses."""

    places: set[str]
    claims: list[DatedClaim]
    statuses: set[str]
    participants: set[str]
    known: set[str] = field(default_factory=set)
    """Ids of events of an earlier timeline (`--merge`) this cluster holds: never two."""

    def accepts(self, other: ClusterSummary) -> bool:
        if self.known and other.known and self.known != other.known:
            return False
        if self.places and other.places and not self.places & other.places:
            return False
        if self.participants and other.participants and not self.participants & other.participants:
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
        self.participants |= other.participants
        self.known |= other.known


def _summary(
    node: MentionNode, entities: dict[str, TimelineEntity], known: str | None
) -> ClusterSummary:
    return ClusterSummary(
        places=set(node.place_keys),
        claims=[node.claim] if node.claim else [],
        statuses={node.mention.status} if node.mention.status_cue else set(),
        participants=set(node.participants),
        known={known} if known else set(),
    )


class _Summaries(dict):
    """Cluster summaries, made at a cluster's first join and dropped when it is absorbed:
    most mentions stay alone, and a summary per mention was a third of resolve's memory."""

    def __init__(self, nodes: NodeStore, entities: dict, labels: dict) -> None:
        super().__init__()
        self.nodes, self.entities, self.labels = nodes, entities, labels

    def __missing__(self, key: MentionKey) -> ClusterSummary:
        summary = self[key] = _summary(self.nodes[key], self.entities, self.labels.get(key))
        return summary


def _link_block(block, sets, summaries, entities, compatible) -> list[MentionNode]:
    """Join the compatible pairs of one block, or of its representatives when it is big;
    the nodes a later mention may be compared with.

    `compatible` never holds within one article, across word classes or between dates that
    don't overlap, so only the other pairs are visited, in the order all pairs would be
    (joins depend on order).
    """
    if len(block) > EXACT_BLOCK:
        return link_by_representatives(
            block,
            lambda a, b: sets.find(a.key) == sets.find(b.key) or compatible(a, b, entities),
            lambda a, b: _join(sets, summaries, a.key, b.key),
        )
    words = [event_word_class(node.mention.lemma) for node in block]
    members: dict[str, list[MentionNode]] = defaultdict(list)
    rank = []
    for node, word in zip(block, words, strict=True):
        rank.append(len(members[word]))
        members[word].append(node)
    for first, word, i in zip(block, words, rank, strict=True):
        root = sets.find(first.key)  # roots change only by the joins made here
        when = first.claim.bounds if first.claim else None
        for second in members[word][i + 1 :]:
            # `claims_compatible` inlined: in a big story most pairs fail it, and calls cost
            other = second.claim.bounds if second.claim else None
            if (
                first.document != second.document
                and (
                    when is None
                    or other is None
                    or when[0] != other[0]
                    or (when[1] < other[2] and other[1] < when[2])
                )
                and root != sets.find(second.key)
                and compatible(first, second, entities)
            ):
                _join(sets, summaries, first.key, second.key)
                root = sets.find(first.key)
    return block


def _link_word_block(block, sets, summaries, entities) -> None:
    """Same-word reports of one story: named ones pair up; an anonymous report joins the
    named event it most likely takes up, and anonymous reports join each other."""
    named = [node for node in block if node.participants]
    anonymous = [node for node in block if not node.participants]
    compared = _link_block(named, sets, summaries, entities, _compatible_in_story)
    by_document: dict[str, list[MentionNode]] | None = None
    if len(block) > EXACT_BLOCK:
        # too many to weigh every named report: the article's own, then recent clusters
        by_document = defaultdict(list)
        for node in named:
            by_document[node.document].append(node)
        compared = compared[-REPRESENTATIVES:]
    unplaced = []
    for node in anonymous:
        if node.mention.type in _NAMED_ONLY:
            unplaced.append(node)
            continue
        pool = named if by_document is None else by_document[node.document] + compared
        # here the report's own article counts too: its nearest earlier named event is the
        # likeliest referent, which the in-article pass only links for definite nouns
        candidates = [other for other in pool if not _contradict(node, other, entities)]
        if candidates:
            _join(sets, summaries, node.key, _likely_antecedent(node, candidates, sets))
        else:
            unplaced.append(node)
    _link_block(unplaced, sets, summaries, entities, _compatible_in_story)


def _likely_antecedent(node: MentionNode, candidates: list[MentionNode], sets: UnionFind):
    """The event an anonymous report refers to: the nearest one named before it in its own
    article (`Putin's possible visit ... a possible visit`), else the most reported one."""
    earlier_here = [
        c
        for c in candidates
        if c.document == node.document and c.mention.start < node.mention.start
    ]
    if earlier_here:
        return max(earlier_here, key=lambda c: c.mention.start).key
    sizes: dict[MentionKey, int] = defaultdict(int)
    for candidate in candidates:
        sizes[sets.find(candidate.key)] += 1
    return max(sorted(sizes), key=lambda root: sizes[root])


Part = tuple[bool, list[MentionNode]]
"""(from a participant block, nodes): the unit of linking (a block, or a part of a big one)."""


def block_parts(store: NodeStore) -> Iterator[tuple[bool, array | list[MentionNode]]]:
    """The parts the resolver links, in its order, as (from a participant block, part):
    participant blocks, then word blocks. A big block is read back to be split by word
    class and time bucket (`blocks.split_block`), so its parts come as nodes; the others as
    keys. A block of one mention links nothing and is left out."""
    for named, blocks in ((True, store.participant_blocks), (False, store.word_blocks)):
        for keys in blocks.values():
            if len(keys) > EXACT_BLOCK:
                lemma = (lambda node: node.mention.lemma) if named else None
                for part in split_block(store.nodes(keys), _time_buckets, lemma):
                    yield named, list(part)
            elif len(keys) > 1:
                yield named, keys


def part_keys(store: NodeStore) -> Iterator[tuple[bool, array]]:
    """`block_parts`, every part as keys (to ship to a partition)."""
    for named, part in block_parts(store):
        yield named, part if isinstance(part, array) else array("q", (n.key for n in part))


def link_mentions(store, entities: dict[str, TimelineEntity], parts: Iterable[Part]) -> UnionFind:
    """Join the mentions that report the same event: forced joins first (in-article
    coreference, and an earlier timeline's events for `--merge`, which stay whole and never
    merge with another known event), then each part in turn."""
    sets = UnionFind(len(store))
    summaries = _Summaries(store, entities, store.labels)
    first_of_known: dict[str, MentionKey] = {}
    for key, antecedent, label in store.forced:
        if antecedent is not None:
            _join(sets, summaries, key, antecedent, force=True)
        if label is not None:
            first = first_of_known.setdefault(label, key)
            _join(sets, summaries, key, first, force=True)
    for named, part in parts:
        if named:
            _link_block(part, sets, summaries, entities, _compatible)
        else:
            _link_word_block(part, sets, summaries, entities)
    return sets


def mention_groups(store, sets: UnionFind) -> Iterator[list[MentionKey]]:
    """The sets' members, each group in key order, groups in the order of their roots."""
    size = len(store)
    roots = array("q", (sets.find(key) for key in range(size)))
    # each group as a chain through `after` (two arrays, not a list per group)
    first, after = array("q", [-1]) * size, array("q", [-1]) * size
    for key in reversed(range(size)):
        root = roots[key]
        after[key], first[root] = first[root], key
    for root in range(size):
        if roots[root] == root:
            keys, key = [], root
            while key != -1:
                keys.append(key)
                key = after[key]
            yield keys


def _time_buckets(node: MentionNode) -> tuple[tuple, ...]:
    return time_buckets(node.claim, node.published)


def _join(
    sets: UnionFind, summaries: dict, a: MentionKey, b: MentionKey, force: bool = False
) -> bool:
    """Union two clusters when everything they already hold stays compatible; whether
    they are one now."""
    ra, rb = sets.find(a), sets.find(b)
    if ra == rb:
        return True
    if not force and not summaries[ra].accepts(summaries[rb]):
        return False
    sets.union(ra, rb)
    root = sets.find(ra)
    other = rb if root == ra else ra
    summaries[root].absorb(summaries[other])
    del summaries[other]  # `other` is no root any more: its summary is never read again
    return True
