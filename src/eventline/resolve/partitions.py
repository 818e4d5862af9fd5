"""The resolver split into partitions that resolve independently, on processes or a cluster.

Two mentions can only end up in one event through a chain of parts that the resolver links
(a participant block or a (story, word) block, cut by word class and month when big, see
`blocks.py`) or a forced join (in-article coreference, a known event of `--merge`). The
connected components of that graph are independent: linking one never reads another's
state. So the components are packed into partitions, each shipped with its own node
records, parts (in the resolver's order, never re-split) and entities, and the events of
all partitions, sorted as one, are byte for byte those of the sequential resolver.
"""

from __future__ import annotations

import heapq
import pickle
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from eventline.models import TimelineEntity
from eventline.resolve.cluster import link_mentions, mention_groups, part_keys
from eventline.resolve.entity_rows import actors
from eventline.resolve.events import placed_events
from eventline.resolve.nodes import (
    MentionKey,
    MentionNode,
    NodeDecoder,
    NodeRecord,
    NodeStore,
    UnionFind,
)
from eventline.resolve.ranking import EventFacts, event_facts

MAX_COMPONENT_SHARE = 0.5
"""Above this share of the batch in one component, partitions would wait for that one."""

Packed = tuple[tuple, str, int, bytes, tuple[str, ...], tuple[str, ...], EventFacts]
"""(order key of its date, first document, first offset, pickled event, ids of the entities
it names, ids of those that take part in it, what ranking reads of it): a worker's result is
stored without unpickling it."""

PARTITION_MENTIONS = 25_000
"""Mentions per partition, about: what a worker holds (and the client ships) at once."""

Mapper = Callable[[Callable, Iterable], Iterable]
"""Runs a function over payloads and yields the results (in any order): a process pool's
or a Dask client's map."""


@dataclass
class Partition:
    """A self-contained share of the batch: everything `resolve_partition` needs."""

    records: list[bytes]
    """Pickled node records (`nodes.NodeRecord`) in key order; keys are local (0..n-1),
    and antecedents are read from `forced` (a record's own one is a batch key)."""
    parts: list[tuple[bool, array]]
    forced: list[tuple[MentionKey, MentionKey | None, str | None]]
    labels: dict[MentionKey, str]
    entities: dict[str, TimelineEntity]
    key_only: bool
    """Keep key events only (`--events key`)."""


class PartitionStore:
    """A partition's nodes in memory, read as the resolver reads a `NodeStore`."""

    def __init__(self, partition: Partition) -> None:
        self._records = partition.records
        self._decoder = NodeDecoder(partition.entities)
        self.forced, self.labels = partition.forced, partition.labels

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, key: MentionKey) -> MentionNode:
        return self._decoder.node(key, self.record(key))

    def nodes(self, keys: Iterable[MentionKey]) -> list[MentionNode]:
        return [self[key] for key in keys]

    def record(self, key: MentionKey) -> NodeRecord:
        return NodeRecord._make(pickle.loads(self._records[key]))


def resolve_partition(partition: Partition) -> list[Packed]:
    """The events of one partition, packed (run on a worker)."""
    store = PartitionStore(partition)
    return list(resolve_here(store, partition.entities, partition.key_only, partition.parts))


def resolve_here(
    store, entities: dict[str, TimelineEntity], key_only: bool, parts: Iterable[tuple[bool, Any]]
) -> Iterator[Packed]:
    """The events of a store (a batch's or a partition's) linked part by part (`block_parts`:
    keys, or nodes already read), in this process, packed as the resolver collects them."""
    nodes = ((named, p if isinstance(p, list) else store.nodes(p)) for named, p in parts)
    sets = link_mentions(store, entities, nodes)
    for when, document, start, event in placed_events(
        store, mention_groups(store, sets), entities, key_only
    ):
        named = tuple(argument.entity for argument in event.participants + event.places)
        data = pickle.dumps(event, pickle.HIGHEST_PROTOCOL)
        yield when, document, start, data, named, actors(event), event_facts(event)


def resolve_in_partitions(
    store: NodeStore,
    entities: dict[str, TimelineEntity],
    key_only: bool,
    mapper: Mapper,
    count: int,
) -> Iterator[Packed]:
    """Every event of the batch, from at least `count` partitions run through `mapper`;
    here, in this process, when one component holds most of the batch (nothing to share
    out)."""
    parts = list(part_keys(store))
    component = _components(store, parts)
    sizes = Counter(component)
    if max(sizes.values(), default=0) > MAX_COMPONENT_SHARE * len(store):
        yield from resolve_here(store, entities, key_only, parts)
        return
    count = max(count, len(store) // PARTITION_MENTIONS)
    bins = _pack(sizes, count)
    # each key, part and forced join to its partition, in one pass each (in batch order)
    keys: list[array] = [array("q") for _ in range(count)]
    for key, root in enumerate(component):
        keys[bins[root]].append(key)
    own_parts: list[list] = [[] for _ in range(count)]
    for named, part in parts:
        own_parts[bins[component[part[0]]]].append((named, part))
    forced: list[list] = [[] for _ in range(count)]
    for join in store.forced:
        forced[bins[component[join[0]]]].append(join)
    del component, parts
    payloads = (
        _partition(store, entities, keys[b], own_parts[b], forced[b], key_only)
        for b in range(count)
    )
    for placed in mapper(resolve_partition, payloads):
        yield from placed


def _components(store: NodeStore, parts: list[tuple[bool, array]]) -> array:
    """Each key's component: the smallest key it can ever be joined with."""
    sets = UnionFind(len(store))
    first_of_known: dict[str, MentionKey] = {}
    for key, antecedent, label in store.forced:
        if antecedent is not None:
            sets.union(key, antecedent)
        if label is not None:
            sets.union(key, first_of_known.setdefault(label, key))
    for _, keys in parts:
        for key in keys[1:]:
            sets.union(keys[0], key)
    return array("q", (sets.find(key) for key in range(len(store))))


def _pack(sizes: Counter, count: int) -> dict[int, int]:
    """Component -> partition: biggest components first, each to the lightest partition
    (ties to the lowest number), so that partitions weigh about the same."""
    loads = [(0, b) for b in range(count)]
    heapq.heapify(loads)
    bins = {}
    for root, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        load, b = heapq.heappop(loads)
        bins[root] = b
        heapq.heappush(loads, (load + size, b))
    return bins


def _partition(store, entities, keys, parts, forced, key_only) -> Partition:
    """Partition payload: its keys renumbered from 0 in batch order (so every comparison
    of keys the resolver makes comes out the same)."""
    local = {key: index for index, key in enumerate(keys)}
    records, used = [], set()
    for key in keys:
        data = store.record_bytes(key)
        record = NodeRecord._make(pickle.loads(data))
        used.update(record.participants, record.places)
        records.append(data)
    return Partition(
        records=records,
        parts=[(named, array("q", (local[k] for k in part))) for named, part in parts],
        forced=[(local[k], None if a is None else local[a], label) for k, a, label in forced],
        labels={local[k]: label for k, label in store.labels.items() if k in local},
        entities={e: entities[e] for e in sorted(used)},
        key_only=key_only,
    )
