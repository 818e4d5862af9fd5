"""The partitioned resolver gives, byte for byte, the sequential resolver's timeline."""

from __future__ import annotations

import random
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.models import (
    ArgumentRef,
    ArticleAnalysis,
)
from eventline.resolve import ResolveOptions, partitions, resolve
from eventline.resolve.blocks import EXACT_BLOCK
from factories import analysis, entity, mention, timex
from test_resolve_blocks import _report

NAMES = [
    ("Sergey Lavrov", "PERSON"),
    ("Lavrov", "PERSON"),
    ("Wang Yi", "PERSON"),
    ("North Korea", "GPE"),
    ("Pyongyang", "GPE"),
    ("Beijing", "GPE"),
    ("Acme Corp", "ORG"),
]
WORDS = [
    ("visit", "visit"),
    ("trip", "visit"),
    ("talks", "meeting"),
    ("meeting", "meeting"),
    ("say", "report"),
    ("attack", "attack"),
    ("drill", "military_exercise"),
]
STATUSES = ["occurred", "planned", "ongoing", "possible"]
ROLES = ["patient", "patient", "related"]
"""Roles of a second participant: mostly acted on, sometimes only named in passing."""


def _day(rng: random.Random) -> date:
    return date(2023, 9, 20) + timedelta(days=rng.randrange(60))


def _random_article(rng: random.Random, index: int) -> ArticleAnalysis:
    """An article with a few entities, dated or undated mentions and some coreference."""
    entities = [
        entity(f"e{i}", name, kind)
        for i, (name, kind) in enumerate(rng.sample(NAMES, rng.randint(1, 4)))
    ]
    timexes = []
    for _ in range(rng.randint(0, 2)):
        day = _day(rng)
        month = rng.random() < 0.3
        start = day.replace(day=1) if month else day
        end = (start + timedelta(days=32)).replace(day=1) if month else day + timedelta(days=1)
        value = day.strftime("%Y-%m") if month else day.isoformat()
        timexes.append(timex(value, start, end, "month" if month else "day"))
    events = []
    for number in range(rng.randint(1, 5)):
        word, kind = rng.choice(WORDS)
        people = rng.sample(entities, rng.randint(0, min(2, len(entities))))
        events.append(
            mention(
                10 * number,
                word,
                kind,
                status=rng.choice(STATUSES),
                participants=[ArgumentRef(entity=e.id, role="agent") for e in people[:1]]
                + [ArgumentRef(entity=e.id, role=rng.choice(ROLES)) for e in people[1:]],
                timex=rng.randrange(len(timexes)) if timexes and rng.random() < 0.6 else None,
                time_scope=rng.choice([None, "document", "publication"]),
                corefers_with=rng.randrange(number) if number and rng.random() < 0.2 else None,
            )
        )
    published = rng.choice([None, _day(rng).isoformat(), "XXXX-10-19"])
    return analysis(f"doc{index:03d}", entities, timexes, events, published, digest=f"{index}")


@pytest.fixture(autouse=True, scope="module")
def _always_share_out():
    """Partition even when one component holds most of a batch (small batches often do)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(partitions, "MAX_COMPONENT_SHARE", 1.0)
        yield


def _same_both_ways(batch, options, partitions, known=None) -> None:
    sequential = resolve(batch, options, known).model_dump_json()
    partitioned = resolve(batch, options, known, mapper=map, partitions=partitions)
    assert partitioned.model_dump_json() == sequential


@settings(max_examples=40, deadline=None)
@given(
    st.randoms(use_true_random=False),
    st.integers(min_value=1, max_value=5),
    st.sampled_from(["key", "all"]),
)
def test_any_batch_resolves_the_same_in_any_number_of_partitions(rng, partitions, events):
    batch = [_random_article(rng, i) for i in range(rng.randint(1, 25))]
    _same_both_ways(batch, ResolveOptions(events=events), partitions)


@settings(max_examples=30, deadline=None)
@given(
    st.randoms(use_true_random=False),
    st.integers(min_value=1, max_value=4),
    st.sampled_from([name for name, _ in NAMES] + ["Acme", "Lavrof"]),
)
def test_an_entity_timeline_and_what_is_said_of_it_are_the_same_in_partitions(
    rng, partitions, name
):
    batch = [_random_article(rng, i) for i in range(rng.randint(1, 25))]
    options = ResolveOptions(events="all", entity=name)
    sequential = resolve(batch, options)
    partitioned = resolve(batch, options, mapper=map, partitions=partitions)
    assert partitioned.model_dump_json() == sequential.model_dump_json()
    assert partitioned._entity_pick == sequential._entity_pick


def test_big_blocks_are_partitioned_by_their_parts_not_re_split():
    # over EXACT_BLOCK reports of one participant: split by month in the sequential run;
    # a partition must link the same parts, even when it holds fewer than EXACT_BLOCK
    days = [date(2023, 10, 19), date(2023, 11, 2), date(2024, 1, 5)]
    batch = [_report(i, "visit", days[i % 3]) for i in range(EXACT_BLOCK + 60)]
    _same_both_ways(batch, ResolveOptions(events="all"), 3)


def test_known_events_of_a_merge_stay_whole_across_partitions():
    rng = random.Random(7)
    batch = [_random_article(rng, i) for i in range(20)]
    first = resolve(batch, ResolveOptions(events="all"))
    known = {(m.document, m.start): e.id for e in first.events for m in e.mentions}
    _same_both_ways(batch, ResolveOptions(events="all"), 4, known)


def test_partitions_resolve_on_worker_processes():
    rng = random.Random(11)
    batch = [_random_article(rng, i) for i in range(40)]
    options = ResolveOptions(events="all")
    with ProcessPoolExecutor(2) as pool:
        partitioned = resolve(batch, options, mapper=pool.map, partitions=4)
    assert partitioned.model_dump_json() == resolve(batch, options).model_dump_json()


def test_a_batch_that_is_one_big_component_resolves_here_without_workers(monkeypatch):
    monkeypatch.setattr(partitions, "MAX_COMPONENT_SHARE", 0.5)
    batch = [_report(i, "visit", date(2023, 10, 19)) for i in range(30)]  # one story

    def no_workers(function, payloads):
        raise AssertionError("nothing to share out: no partition should be made")

    options = ResolveOptions(events="all")
    partitioned = resolve(batch, options, mapper=no_workers, partitions=2)
    assert partitioned.model_dump_json() == resolve(batch, options).model_dump_json()
