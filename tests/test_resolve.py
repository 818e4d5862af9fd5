"""The resolver on hand-made analyses: merging, refinement, order, ids, filters."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.models import ArticleAnalysis, EventMention, Interval
from eventline.resolve import ResolveOptions, resolve
from eventline.resolve.dates import DatedClaim, refine
from factories import analysis, entity, mention, timex


def _mention(start: int, lemma: str, kind: str, *people, **fields) -> EventMention:
    """A mention whose noun is its lemma, as the titles of these tests read it."""
    return mention(start, lemma, kind, *people, noun=lemma, **fields)


def _batch() -> list[ArticleAnalysis]:
    month = timex("XXXX-10", date(1200, 10, 1), date(1200, 11, 1), "month", known=False)
    day = timex("XXXX-10-19", date(1200, 10, 19), date(1200, 10, 20), "day", known=False)
    nov = timex("XXXX-11", date(1200, 11, 1), date(1200, 12, 1), "month", known=False)
    first = analysis(
        "a",
        [
            entity("e0", "Sergey Lavrov", "PERSON", mentioned=True),
            entity("e1", "North Korea", "GPE", mentioned=True),
        ],
        [month],
        [_mention(10, "visit", "visit", ["e0"], ["e1"], timex=0, status="planned")],
    )
    second = analysis(
        "b",
        [
            entity("e0", "Lavrov", "PERSON", mentioned=True),
            entity("e1", "Pyongyang", "GPE", mentioned=True),
            entity("e2", "Vladimir Putin", "PERSON", mentioned=True),
        ],
        [day, nov],
        [
            _mention(5, "visit", "visit", ["e0"], ["e1"], timex=0, status="ongoing"),
            _mention(50, "session", "meeting", ["e2"], timex=1, status="planned"),
            _mention(80, "visit", "visit", ["e2"], ["e1"], status="possible"),
        ],
        published="XXXX-10-19",
    )
    return [first, second]


def test_one_event_reported_twice_becomes_one_entry_with_both_sources():
    timeline = resolve(_batch(), ResolveOptions(events="all"))
    lavrov_visits = [e for e in timeline.events if e.title.startswith("Sergey Lavrov")]
    assert len(lavrov_visits) == 1
    assert lavrov_visits[0].sources == ["a", "b"]


def test_dates_are_refined_to_the_most_specific_compatible_one():
    timeline = resolve(_batch(), ResolveOptions(events="all"))
    visit = next(e for e in timeline.events if e.title.startswith("Sergey Lavrov"))
    assert visit.when.value == "XXXX-10-19"
    assert visit.when.start is None  # no invented year


def test_status_comes_from_the_latest_article():
    visit = next(e for e in resolve(_batch()).events if e.title.startswith("Sergey Lavrov"))
    assert visit.status == "ongoing"


def test_different_participants_stay_apart_and_undated_events_come_last():
    timeline = resolve(_batch(), ResolveOptions(events="all"))
    titles = [e.title for e in timeline.events]
    assert titles == [
        "Sergey Lavrov visits North Korea",
        "Vladimir Putin to hold session",
        "Vladimir Putin may visit Pyongyang",
    ]
    assert timeline.events[-1].when is None


def test_surname_merges_with_full_name_across_articles():
    timeline = resolve(_batch())
    lavrov = [e for e in timeline.entities if "Lavrov" in e.name]
    assert len(lavrov) == 1 and lavrov[0].name == "Sergey Lavrov"
    assert lavrov[0].aliases == ["Lavrov"]


def test_entity_filter_keeps_only_that_entity_and_knows_aliases():
    timeline = resolve(_batch(), ResolveOptions(events="all", entity="lavrov"))
    assert [e.title for e in timeline.events] == ["Sergey Lavrov visits North Korea"]


def test_incompatible_dates_keep_events_apart():
    oct_ = timex("2023-10", date(2023, 10, 1), date(2023, 11, 1), "month")
    mar = timex("2024-03", date(2024, 3, 1), date(2024, 4, 1), "month")
    people = [entity("e0", "Jane Doe", "PERSON", mentioned=True)]
    batch = [
        analysis("a", people, [oct_], [_mention(0, "visit", "visit", ["e0"], timex=0)]),
        analysis("b", people, [mar], [_mention(0, "visit", "visit", ["e0"], timex=0)]),
    ]
    timeline = resolve(batch)
    assert [e.when.value for e in timeline.events] == ["2023-10", "2024-03"]
    assert timeline.events[0].when.start == "2023-10-01"
    assert timeline.events[0].when.end == "2023-10-31"


def test_refine_keeps_conflicting_dates_visible():
    claims = [
        DatedClaim(
            "2023-10-19",
            Interval(start=date(2023, 10, 19), end=date(2023, 10, 20), granularity="day"),
            "Thursday",
        ),
        DatedClaim(
            "2023-10",
            Interval(start=date(2023, 10, 1), end=date(2023, 11, 1), granularity="month"),
            "October",
        ),
        DatedClaim(
            "2023-10-25",
            Interval(start=date(2023, 10, 25), end=date(2023, 10, 26), granularity="day"),
            "October 25",
        ),
    ]
    when = refine(claims)
    assert when.value == "2023-10-19"
    assert when.conflicts == ["2023-10-25"]


def test_ids_do_not_depend_on_new_sources():
    before = resolve(_batch()[:1], ResolveOptions(events="all")).events[0].id
    after = resolve(_batch(), ResolveOptions(events="all"))
    assert before in {e.id for e in after.events}


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_input_order_does_not_change_the_timeline(rng: random.Random):
    batch = _batch()
    shuffled = batch[:]
    rng.shuffle(shuffled)
    assert resolve(shuffled).model_dump_json() == resolve(batch).model_dump_json()


def test_resolving_the_same_batch_twice_gives_the_same_bytes():
    assert resolve(_batch()).model_dump_json() == resolve(_batch()).model_dump_json()
