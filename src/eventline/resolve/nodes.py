"""Mention nodes: one event mention with batch-wide entity ids, kept on disk until a block
of candidates needs it, and the union-find over them.

A node's key is its number in the batch: articles in (document id, text hash) order, then
mentions in article order, so key order is document order.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from eventline.lexicon.gazetteer import country_of_place
from eventline.models import ArticleAnalysis, EventMention, Interval, TimelineEntity
from eventline.resolve.batch import ArticleBatch
from eventline.resolve.dates import DatedClaim, mention_claim
from eventline.resolve.entities import EntityTable
from eventline.resolve.sentence_window import sentence_window
from eventline.resolve.spill import Spill

MentionKey = int


@dataclass(slots=True)
class MentionFacts:
    """What clustering and event building read of an event mention."""

    start: int
    end: int
    text: str
    lemma: str
    type: str
    status: str
    status_cue: bool
    noun: str | None
    complement: str | None
    sentence_start: int
    sentence_end: int


@dataclass(slots=True)
class MentionNode:
    """One event mention with batch-wide entity ids, its date claim and its provenance."""

    key: MentionKey
    document: str
    mention: MentionFacts
    participants: frozenset[str]
    places: frozenset[str]
    claim: DatedClaim | None
    roles: dict[str, str]
    """Batch entity id -> its role in this mention (agent, patient, destination, ...)."""
    published: str | None = None
    """The article's publication date: the time bucket of mentions without a date."""
    sentence: str | None = None
    date_text: str | None = None
    place_keys: frozenset[str] = frozenset()
    """Places and their countries (pairs compare millions)."""
    agents: frozenset[str] = field(init=False)
    others: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.agents = frozen(e for e in self.participants if self.roles[e] == "agent")
        self.others = frozen(self.participants - self.agents)


_NONE: frozenset[str] = frozenset()


def frozen(items) -> frozenset[str]:
    """A frozenset, the shared empty one when empty (216 bytes each, five per mention)."""
    return frozenset(items) or _NONE


def place_keys(places: frozenset[str], entities: dict[str, TimelineEntity]) -> frozenset[str]:
    """Places and the countries they lie in: two reports in Paris and in France agree."""
    keys = set(places)
    for place in places:
        entity = entities.get(place)
        country = country_of_place(entity.name) if entity else None
        if country:
            keys.add("country:" + country)
    return frozen(keys)


class UnionFind:
    """Disjoint sets over mention keys 0..size-1; the smallest key is each set's root."""

    def __init__(self, size: int) -> None:
        self.parent = array("q", range(size))

    def find(self, key: MentionKey) -> MentionKey:
        parent = self.parent
        up = parent[key]
        while up != key:  # path halving; millions of calls, so no attribute look-ups
            parent[key] = grand = parent[up]
            key, up = grand, parent[grand]
        return key

    def union(self, a: MentionKey, b: MentionKey) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


RECENT_NODES = 16_384
"""Nodes kept decoded (~1 KB each)."""

ClaimRecord = tuple[str, Any, Any, str, bool, str | None, bool, str]
"""(value, start, end, granularity, year known, text, weak, basis) of a `DatedClaim`."""


class NodeRecord(NamedTuple):
    """A mention as plain values, with batch-wide entity ids: what the store keeps on disk
    (pickled as a plain tuple, the fastest to read back) and ships to partitions."""

    document: str
    start: int
    end: int
    text: str
    lemma: str
    type: str
    status: str
    status_cue: bool
    antecedent: int | None
    """Key of the in-article antecedent (read into `NodeStore.forced`, not into nodes)."""
    noun: str | None
    complement: str | None
    sentence_start: int
    sentence_end: int
    sentence: str | None
    date_text: str | None
    participants: tuple[str, ...]
    """Sorted."""
    places: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]
    claim: ClaimRecord | None
    published: str | None


class NodeStore:
    """Every mention node of a batch on disk, with what clustering needs in memory: the
    candidate blocks (arrays of keys), the forced joins and the known event ids."""

    def __init__(
        self,
        batch: ArticleBatch,
        table: EntityTable,
        stories: dict[str, int],
        entities: dict[str, TimelineEntity],
        known: dict[tuple[str, int], str] | None = None,
    ) -> None:
        self._spill = Spill()
        self._decoder = NodeDecoder(entities)
        self.participant_blocks: dict[tuple[str, str], array] = {}
        """(event type, participant) -> keys: reports naming the same participant."""
        self.word_blocks: dict[tuple[int, str], array] = {}
        """(story, lemma) -> keys: the very same word within one story."""
        self.forced: list[tuple[MentionKey, MentionKey | None, str | None]] = []
        """(key, key of its in-article antecedent, known event id), in key order."""
        self.labels: dict[MentionKey, str] = {}
        self._recent: dict[MentionKey, MentionNode] = {}
        known = known or {}
        key = 0
        for analysis in batch.analyses():
            base = key
            story = stories[analysis.document.id]
            for mention in analysis.events:
                record = _node_record(analysis, mention, table, base)
                self._spill.append(tuple(record))
                self._index(key, record, story, known.get((record.document, record.start)))
                key += 1
        self.size = key
        self._spill.freeze()

    def _index(self, key: MentionKey, record: NodeRecord, story: int, label: str | None) -> None:
        if record.antecedent is not None or label is not None:
            self.forced.append((key, record.antecedent, label))
        if label is not None:
            self.labels[key] = label
        for participant in record.participants:
            block = (record.type, participant)
            self.participant_blocks.setdefault(block, array("q")).append(key)
        self.word_blocks.setdefault((story, record.lemma), array("q")).append(key)

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, key: MentionKey) -> MentionNode:
        # a node is read for each of its blocks and for the summary of its first join:
        # recent ones are kept (a bounded number, so memory stays flat)
        node = self._recent.get(key)
        if node is None:
            node = self._decoder.node(key, self.record(key))
            if len(self._recent) >= RECENT_NODES:
                self._recent.clear()
            self._recent[key] = node
        return node

    def nodes(self, keys: Iterable[MentionKey]) -> list[MentionNode]:
        return [self[key] for key in keys]

    def record(self, key: MentionKey) -> NodeRecord:
        return NodeRecord._make(self._spill[key])

    def record_bytes(self, key: MentionKey) -> bytes:
        """A node's record, pickled (a plain tuple)."""
        return self._spill.read_bytes(key)

    def close(self) -> None:
        self._recent.clear()
        self._spill.close()


class NodeDecoder:
    """Node records back into nodes, sharing repeated claims and place keys."""

    def __init__(self, entities: dict[str, TimelineEntity]) -> None:
        self._entities = entities
        self._claims: dict[ClaimRecord, DatedClaim] = {}
        self._place_keys: dict[frozenset[str], frozenset[str]] = {}

    def node(self, key: MentionKey, record: NodeRecord) -> MentionNode:
        places = frozen(record.places)
        keys = self._place_keys.get(places)
        if keys is None:
            keys = self._place_keys[places] = place_keys(places, self._entities)
        facts = MentionFacts(
            start=record.start,
            end=record.end,
            text=record.text,
            lemma=record.lemma,
            type=record.type,
            status=record.status,
            status_cue=record.status_cue,
            noun=record.noun,
            complement=record.complement,
            sentence_start=record.sentence_start,
            sentence_end=record.sentence_end,
        )
        return MentionNode(
            key=key,
            document=record.document,
            mention=facts,
            participants=frozen(record.participants),
            places=places,
            claim=self._claim(record.claim),
            roles=dict(record.roles),
            published=record.published,
            sentence=record.sentence,
            date_text=record.date_text,
            place_keys=keys,
        )

    def _claim(self, record: ClaimRecord | None) -> DatedClaim | None:
        # claims repeat (an article's day, a story's dates): one object each, bounds cached
        if record is None:
            return None
        claim = self._claims.get(record)
        if claim is None:
            value, start, end, granularity, year_known, text, weak, basis = record
            interval = Interval.model_construct(
                start=start, end=end, granularity=granularity, year_known=year_known
            )
            claim = self._claims[record] = DatedClaim(value, interval, text, weak, basis)
        return claim


def _node_record(
    analysis: ArticleAnalysis, mention: EventMention, table: EntityTable, base: int
) -> NodeRecord:
    """A mention as a record; `base` is the key of the article's first mention."""
    doc_id = analysis.document.id
    mapping = table.local_to_global
    roles: dict[str, str] = {}
    for ref in mention.participants + mention.places:
        roles.setdefault(mapping[(doc_id, ref.entity)], ref.role)
    participants = tuple(sorted({mapping[(doc_id, r.entity)] for r in mention.participants}))
    places = tuple(sorted({mapping[(doc_id, r.entity)] for r in mention.places}))
    claim = mention_claim(mention, analysis)
    claim_record = None
    if claim is not None:
        i = claim.interval
        claim_record = (claim.value, i.start, i.end, i.granularity, i.year_known)
        claim_record += (claim.text, claim.weak, claim.basis)
    coref = base + mention.corefers_with if mention.corefers_with is not None else None
    evidence = sentence_window(
        _sentence_text(analysis, mention.sentence.start),
        mention.sentence.start,
        mention.sentence.end,
        (mention.start, mention.end),
    )
    return NodeRecord(
        document=doc_id,
        start=mention.start,
        end=mention.end,
        text=mention.text,
        lemma=sys.intern(mention.lemma),
        type=mention.type,
        status=mention.status,
        status_cue=mention.status_cue,
        antecedent=coref,
        noun=mention.noun,
        complement=mention.complement,
        sentence_start=evidence[1],
        sentence_end=evidence[2],
        sentence=evidence[0],
        date_text=analysis.timexes[mention.timex].text if mention.timex is not None else None,
        participants=participants,
        places=places,
        roles=tuple(roles.items()),
        claim=claim_record,
        published=analysis.document.published,
    )


def _sentence_text(analysis: ArticleAnalysis, start: int) -> str | None:
    sentences: Sequence = analysis.sentences
    # sentences come in text order: a binary search, not a scan per mention (a scan only
    # if some producer breaks that order)
    index: int | None = bisect_left(sentences, start, key=lambda s: s.start)
    if index >= len(sentences) or sentences[index].start != start:
        index = next((i for i, s in enumerate(sentences) if s.start == start), None)
    return analysis.sentence_texts[index] if index is not None else None
