"""Ranking: salience and rank from an editor's evidence, and choosing events by rank."""

from __future__ import annotations

import dataclasses
import random
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.cli.common import more_note
from eventline.models import Event, EventArgument, EventStatus, Mention, Timeline, When
from eventline.render.choose import VIEW_TOP, EventChoice, choose
from eventline.resolve.events import is_key
from eventline.resolve.ranking import (
    BatchSignals,
    Evidence,
    event_evidence,
    event_facts,
    independent_reports,
    ranks,
    saliences,
)

evidence_items = st.builds(
    Evidence,
    reports=st.integers(1, 40),
    lead=st.integers(0, 5),
    day=st.integers(0, 60),
    centrality=st.floats(0, 1),
    weight=st.sampled_from([0.0, 0.51, 0.6, 0.85, 1.0]),
    tie=st.tuples(
        st.integers(-9, 0),
        st.sampled_from(["2011-02-17", "2011-03-19", "~"]),
        st.integers(0, 10**6).map(lambda n: f"ev-{n}"),  # event ids are unique
    ),
)
DOCUMENTS = 100


def _one_count_per_day(evidence: list[Evidence]) -> list[Evidence]:
    """Events of one day share its count of articles citing the day (none when undated)."""
    count: dict[str, int] = {}
    for e in evidence:
        count[e.tie[1]] = max(count.get(e.tie[1], 0), e.day)
    count["~"] = 0
    return [
        dataclasses.replace(e, day=count[e.tie[1]], on=None if e.tie[1] == "~" else e.tie[1])
        for e in evidence
    ]


batches = st.lists(evidence_items, min_size=1, max_size=30, unique_by=lambda e: e.tie[2]).map(
    _one_count_per_day
)


def _with_report(evidence: list[Evidence], index: int) -> list[Evidence]:
    """The batch after one more independent article reports event `index` (not in its
    lead): its reports grow, and so does every event's count of articles citing its day."""
    day = evidence[index].tie[1]
    return [
        dataclasses.replace(
            e,
            reports=e.reports + (i == index),
            day=e.day + (day != "~" and e.tie[1] == day),
        )
        for i, e in enumerate(evidence)
    ]


@settings(max_examples=200, deadline=None)
@given(batches, st.data())
def test_another_independent_report_never_lowers_an_events_rank(evidence, data):
    index = data.draw(st.integers(0, len(evidence) - 1))
    before = ranks(evidence, saliences(evidence, DOCUMENTS))[index]
    more = _with_report(evidence, index)
    after = ranks(more, saliences(more, DOCUMENTS))[index]
    assert after <= before


@settings(max_examples=100, deadline=None)
@given(batches, st.randoms(use_true_random=False))
def test_input_order_never_changes_the_ranking(evidence, rnd):
    salience = saliences(evidence, DOCUMENTS)
    ranked = dict(zip(map(id, evidence), ranks(evidence, salience), strict=True))
    shuffled = list(evidence)
    rnd.shuffle(shuffled)
    again = dict(
        zip(map(id, shuffled), ranks(shuffled, saliences(shuffled, DOCUMENTS)), strict=True)
    )
    assert ranked == again
    assert sorted(ranked.values()) == list(range(1, len(evidence) + 1))
    assert all(0.0 <= s <= 1.0 for s in salience)


def _event(n: int, documents: list[str], status: str = "occurred", sentence: str = "") -> Event:
    day = f"2011-03-{n % 28 + 1:02d}"
    return Event(
        id=f"ev-{n:04d}",
        type="protest",
        title=f"Event {n}",
        status=status,
        when=When(value=day, start=day, end=day, granularity="day", text="on that day"),
        participants=[EventArgument(name="Cairo", type="GPE", entity="cairo", role="agent")],
        mentions=[
            Mention(document=d, start=100 + n, end=104 + n, text="rally", sentence=sentence or d)
            for d in documents
        ],
        sources=sorted(set(documents)),
    )


def test_syndicated_copies_count_once():
    sentence = "Thousands of people marched through the capital on Friday to demand change."
    event = _event(1, ["a", "b", "c"], sentence=sentence)
    assert independent_reports(event_facts(event), {}) == ["a"]
    event = _event(1, ["a", "b", "c"])
    assert independent_reports(event_facts(event), {"c": "a"}) == ["a", "b"]


def test_never_key_statuses_rank_below_reported_events():
    batch = BatchSignals(documents=3, lead_end={"a": 0, "b": 0, "c": 0})
    events = [
        _event(1, ["a", "b", "c"], status="demanded"),
        _event(2, ["a"], status="occurred"),
        _event(3, ["a", "b"], status="conditional"),
        _event(4, ["b"], status="possible"),
    ]
    evidence = [event_evidence(event_facts(e), batch) for e in events]
    salience = saliences(evidence, DOCUMENTS)
    assert salience[0] == salience[2] == 0.0
    rank = ranks(evidence, salience)
    assert (rank[1], rank[3]) == (1, 2)  # occurred above possible, both above the rest
    assert {rank[0], rank[2]} == {3, 4}


def test_a_cancellation_is_key_and_ranks_above_what_never_happened():
    batch = BatchSignals(documents=3, lead_end={"a": 0, "b": 0, "c": 0})
    events = [
        _event(1, ["a", "b", "c"], status="negated"),
        _event(2, ["a"], status="cancelled"),
        _event(3, ["a"], status="occurred"),
    ]
    assert [is_key(e) for e in events] == [False, True, True]
    evidence = [event_evidence(event_facts(e), batch) for e in events]
    rank = ranks(evidence, saliences(evidence, DOCUMENTS))
    assert rank == [3, 2, 1]  # fewer reports, yet above the negated; below what happened


@pytest.mark.parametrize("status", get_args(EventStatus))
def test_key_and_ranking_read_one_status_table(status):
    """A status that can make a key event weighs something in the ranking, and one that
    never does weighs nothing: the timeline's top never holds what is not key."""
    evidence = event_evidence(event_facts(_event(1, ["a"], status=status)), BatchSignals(1))
    assert is_key(_event(1, ["a"], status=status)) == (evidence.weight > 0)


def _ranked_timeline(count: int) -> Timeline:
    rnd = random.Random(7)
    events = [_event(n, ["a"]) for n in range(count)]
    order = list(range(count))
    rnd.shuffle(order)
    events = [e.model_copy(update={"rank": order[i] + 1}) for i, e in enumerate(events)]
    return Timeline(eventline_version="test", documents=[], entities=[], events=events)


def test_a_view_of_a_big_batch_shows_the_top_events_and_says_how_many_more():
    timeline = _ranked_timeline(100)
    chosen, cut = choose(timeline, EventChoice(), view=True)
    more = more_note(*cut) if cut else None
    assert sorted(e.rank for e in chosen.events) == list(range(1, VIEW_TOP + 1))
    assert [e.id for e in chosen.events] == sorted(e.id for e in chosen.events)  # date order
    assert more is not None and more.startswith("70 more events") and "--top all" in more
    everything, more = choose(timeline, EventChoice(top="all"), view=True)
    assert len(everything.events) == 100 and more is None
    data, more = choose(timeline, EventChoice(), view=False)
    assert len(data.events) == 100 and more is None


def test_top_keeps_the_best_ranked_after_the_filters():
    timeline = _ranked_timeline(10)
    chosen, _ = choose(timeline, EventChoice(top=3), view=False)
    assert sorted(e.rank for e in chosen.events) == [1, 2, 3]
    small, _ = choose(timeline, EventChoice(top=50), view=True)
    assert len(small.events) == 10
