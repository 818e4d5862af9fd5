"""Work that grows with the article, not with its square: choosing among overlapping date
candidates and dating an event from the sentence before, in one endless sentence too."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from eventline.analyse.events.coref import link_coreferent_mentions
from eventline.analyse.temporal.recognise import _PRIORITY, Candidate, select
from eventline.models import EventMention, Span
from factories import day_timex, mention

KINDS = ["month", "weekday", "year", "ref"]


def chosen_by_scanning(found: list[Candidate]) -> list[Candidate]:
    """What `select` means: longest first, then pattern order, each kept unless it overlaps
    one already kept (the plain quadratic reading)."""
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start)):
        if not any(cand.start < k.end and k.start < cand.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


candidate_lists = st.lists(
    st.builds(
        lambda start, length, kind: Candidate(start, start + length, kind),
        st.integers(0, 60),
        st.integers(0, 12),
        st.sampled_from(KINDS),
    ),
    max_size=40,
)


@given(candidate_lists)
def test_select_keeps_exactly_what_the_overlap_scan_keeps(found):
    assert select(found) == chosen_by_scanning(found)


def test_select_stays_fast_on_tens_of_thousands_of_candidates():
    found = [Candidate(10 * n, 10 * n + 9, "weekday") for n in range(40_000)]
    found += [Candidate(10 * n + 3, 10 * n + 6, "month") for n in range(40_000)]
    started = time.perf_counter()
    kept = select(found)
    assert time.perf_counter() - started < 5  # the scan took minutes
    assert len(kept) == 40_000 and all(c.kind == "weekday" for c in kept)


def dated_by_scanning(mentions, sentences) -> list[int | None]:
    """The timex each undated past verb takes from the last clause-dated past event of the
    sentence before, found by scanning back over every earlier mention."""
    before = {after.start: prior for prior, after in zip(sentences, sentences[1:], strict=False)}
    found: list[int | None] = []
    for position, current in enumerate(mentions):
        prior = before.get(current.sentence.start)
        timex = current.timex
        if timex is None and prior is not None and current.status == "occurred":
            for earlier in reversed(mentions[:position]):
                if (
                    earlier.sentence == prior
                    and earlier.status == "occurred"
                    and earlier.time_scope == "clause"
                ):
                    timex = earlier.timex
                    break
        found.append(timex)
    return found


def in_sentence(event: EventMention, sentence: Span) -> EventMention:
    return event.model_copy(update={"sentence": sentence})


mention_plans = st.lists(
    st.tuples(
        st.integers(0, 4),  # sentence
        st.sampled_from(["occurred", "planned"]),
        st.one_of(st.none(), st.integers(0, 2)),  # own timex (clause-dated when given)
    ),
    max_size=30,
)


@given(mention_plans)
def test_dates_from_the_previous_sentence_match_the_backward_scan(plan):
    sentences = [Span(start=100 * n, end=100 * n + 90) for n in range(5)]
    timexes = [day_timex(date(2023, 10, 1 + n)) for n in range(3)]
    plan = sorted(plan, key=lambda step: step[0])
    mentions = [
        in_sentence(
            mention(
                sentences[where].start + offset,
                "meet",
                "meeting",
                timex=timex,
                status=status,
                time_scope="clause" if timex is not None else None,
            ),
            sentences[where],
        )
        for offset, (where, status, timex) in enumerate(plan)
    ]
    expected = dated_by_scanning([m.model_copy() for m in mentions], sentences)
    linked = link_coreferent_mentions(mentions, timexes, sentences)
    assert [m.timex for m in linked] == expected


def test_dating_from_the_previous_sentence_is_linear_in_one_long_sentence():
    sentences = [Span(start=0, end=10), Span(start=10, end=10**7)]
    # Past verbs with no date anywhere: each one used to scan back to the first mention.
    mentions = [
        in_sentence(mention(10 + n, "meet", "meeting"), sentences[1]) for n in range(20_000)
    ]
    started = time.perf_counter()
    link_coreferent_mentions(mentions, [], sentences)
    assert time.perf_counter() - started < 5  # the scan back took minutes
    assert all(m.timex is None for m in mentions)
