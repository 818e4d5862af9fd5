"""Blocks bigger than the all-pairs limit: split by word and month, still merged."""

from __future__ import annotations

from datetime import date

from eventline.lexicon.events import _SYNONYM_GROUPS, event_word_class, same_event_words
from eventline.models import ArticleAnalysis, Interval
from eventline.resolve import ResolveOptions, resolve
from eventline.resolve.blocks import EXACT_BLOCK, time_buckets
from eventline.resolve.dates import DatedClaim
from factories import analysis, day_timex, entity, mention


def _report(index: int, lemma: str, day: date) -> ArticleAnalysis:
    """One article reporting Lavrov's `lemma` on `day` (an explicit date)."""
    return analysis(
        f"a{index:04d}",
        [entity("e0", "Sergey Lavrov", "PERSON")],
        [day_timex(day, length=10)],
        [mention(20, lemma, "visit", ["e0"], timex=0, sentence_end=50)],
        published=day.isoformat(),
        digest=f"{index}",
        sentence_end=50,
    )


def test_a_block_bigger_than_the_limit_still_becomes_one_event():
    # the old cap compared only the first 200 reports and left the rest alone
    batch = [_report(i, "visit", date(2023, 10, 19)) for i in range(EXACT_BLOCK + 100)]
    timeline = resolve(batch, ResolveOptions(events="all"))
    assert len(timeline.events) == 1
    assert len(timeline.events[0].sources) == EXACT_BLOCK + 100


def test_big_blocks_keep_months_apart_and_synonyms_together():
    batch = [_report(i, "visit", date(2023, 10, 19)) for i in range(EXACT_BLOCK)]
    batch += [_report(i, "trip", date(2023, 10, 19)) for i in range(1000, 1050)]
    batch += [_report(i, "visit", date(2023, 12, 5)) for i in range(2000, 2050)]
    timeline = resolve(batch, ResolveOptions(events="all"))
    assert sorted(len(e.sources) for e in timeline.events) == [50, EXACT_BLOCK + 50]


def test_word_classes_match_exactly_when_words_can_name_one_event():
    words = sorted({w for group in _SYNONYM_GROUPS for w in group} | {"say", "shoot"})
    for first in words:
        for second in words:
            same = event_word_class(first) == event_word_class(second)
            assert same == same_event_words(first, second), (first, second)


def test_time_buckets_are_the_months_a_date_can_fall_in():
    day = Interval(start=date(2023, 10, 31), end=date(2023, 11, 1), granularity="day")
    assert time_buckets(DatedClaim("2023-10-31", day, "Oct 31"), None) == ((True, 2023, 10),)
    weak = Interval(start=date(2023, 11, 2), end=date(2023, 11, 3), granularity="day")
    assert time_buckets(DatedClaim("2023-11-02", weak, None, weak=True), None) == (
        (True, 2023, 10),
        (True, 2023, 11),
    )
    year = Interval(start=date(2023, 1, 1), end=date(2024, 1, 1), granularity="year")
    assert time_buckets(DatedClaim("2023", year, "2023"), "2023-06-09") == ((True, 2023, 6),)
    assert time_buckets(None, None) == ((False, 0, 0),)
