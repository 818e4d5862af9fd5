"""The temporal stage: recognition extents, TIMEX3 values, intervals, never an invented year."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEEDS
from eventline.analyse.temporal import DATES_EXCLUDE, find_timexes
from eventline.lexicon.calendar import mask_year, value_interval
from eventline.models import Span


def found(nlp, text: str, published: str | None = "2023-10-19") -> dict[str, str]:
    """Expression text -> value."""
    return {t.text: t.value for t in find_timexes(nlp(text), published)}


def test_dates_exclude_names_components():
    assert DATES_EXCLUDE == ("ner",)


# ---- values at the right granularity (article date Thursday 2023-10-19) ----
@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The talks were held on Oct. 17, 2022.", "Oct. 17, 2022", "2022-10-17"),
        ("The deal was signed in March 2021.", "March 2021", "2021-03"),
        ("Prices doubled in 1998.", "1998", "1998"),
        ("Output fell in the third quarter.", "the third quarter", "2023-Q3"),
        ("Third-quarter profit rose.", "Third-quarter", "2023-Q3"),
        ("Sales grew this summer.", "this summer", "2023-SU"),
        ("Such music was popular in the 1990s.", "the 1990s", "199"),
        ("It was the bloodiest war of the 20th century.", "the 20th century", "19"),
        ("The budget for FY1998 was approved.", "FY1998", "FY1998"),
        ("The vote closes at 3 p.m. today.", "3 p.m. today", "2023-10-19T15:00"),
        ("Talks resumed Monday morning.", "Monday morning", "2023-10-16TMO"),
        ("The war lasted three years.", "three years", "P3Y"),
        ("The flight took two hours.", "two hours", "PT2H"),
        ("He has worked there for years.", "years", "PXY"),
        ("The paper is published weekly.", "weekly", "P1W"),
        ("The shop opens every Monday.", "every Monday", "XXXX-WXX-1"),
        ("Prices are now higher.", "now", "PRESENT_REF"),
        ("Prices rose recently.", "recently", "PAST_REF"),
        ("We will see in the future.", "the future", "FUTURE_REF"),
        ("The attacks of 9/11 changed everything.", "9/11", "2001-09-11"),
        ("He left last year.", "last year", "2022"),
        ("They met last week.", "last week", "2023-W41"),
        ("She arrived yesterday.", "yesterday", "2023-10-18"),
        ("Inflation fell last month.", "last month", "2023-09"),
        ("It happened two years ago.", "two years ago", "2021"),
        ("Shares rose over the past three years.", "the past three years", "P3Y"),
        ("The vote is due next year.", "next year", "2024"),
        ("It was founded in the early 1980s.", "the early 1980s", "198"),
        ("He spoke on Dec. 25.", "Dec. 25", "2023-12-25"),
    ],
)
def test_values(nlp, sentence, text, value):
    assert found(nlp, sentence).get(text) == value


# ---- tense decides the direction of a weekday ----
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister met his counterpart on Monday.", "2023-10-16"),
        ("The minister will meet his counterpart on Monday.", "2023-10-23"),
        ("The minister met his counterpart on Thursday.", "2023-10-19"),
        ("The minister will meet his counterpart on Thursday.", "2023-10-19"),
        ("The minister is expected to travel on Saturday.", "2023-10-21"),
    ],
)
def test_weekday_follows_tense(nlp, sentence, value):
    (timex,) = find_timexes(nlp(sentence), "2023-10-19")
    assert (timex.text, timex.value) == (timex.text, value)
    assert timex.interval is not None and timex.interval.start == date.fromisoformat(value)


# ---- TimeML extents ----
@pytest.mark.parametrize(
    ("sentence", "extent"),
    [
        ("They will decide on Thursday.", "Thursday"),
        ("Last week's decision surprised them.", "Last week"),
        ("Shares fell over the past three years.", "the past three years"),
        ("The plant closed two years ago.", "two years ago"),
        ("They spoke earlier this week.", "earlier this week"),
        ("The firm has grown for nearly three years.", "nearly three years"),
    ],
)
def test_extents(nlp, sentence, extent):
    assert [t.text for t in find_timexes(nlp(sentence), "2023-10-19")] == [extent]


# ---- no false positives ----
@pytest.mark.parametrize(
    "sentence",
    [
        "The government may decide to act.",
        "Protesters will march to the square.",
        "They March on the capital.",
        "He writes for the Sunday Times.",
        "About 2,000 people were evacuated.",
        "The store is open 24/7.",
        "She ate 3/4 of the cake.",
        "Some 1990 soldiers crossed the border.",
    ],
)
def test_no_false_positives(nlp, sentence):
    assert find_timexes(nlp(sentence), "2023-10-19") == []


# ---- the date under discussion ----
def test_next_day_counts_from_the_date_discussed(nlp):
    text = "The fighting began on March 3, 2020. The next day, troops withdrew."
    assert found(nlp, text)["The next day"] == "2020-03-04"


def test_a_year_earlier_follows_the_quarter_discussed(nlp):
    text = "Profit rose in the third quarter from a year earlier."
    assert found(nlp, text)["a year earlier"] == "2022-Q3"


# ---- rules with their hand-made cases (article date Thursday 2023-10-19) ----
@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The band first toured in nineteen eighty-four.", "nineteen eighty-four", "1984"),
        ("The flood came in May nineteen oh-six.", "May nineteen oh-six", "1906-05"),
        ("Plans for the year two thousand were drawn up.", "the year two thousand", "2000"),
        ("Talks stalled in the winter of nineteen ninety.", "the winter of nineteen ninety",
         "1990-WI"),
        ("The hearing is set for the week of March 6, 2023.", "the week of March 6, 2023",
         "2023-W10"),
        ("The company struggled for a couple of years.", "a couple of years", "P2Y"),
        ("A minute and a half later, the alarm rang.", "A minute and a half", "PT1M30S"),
        ("Four days later, the police returned.", "Four days", "P4D"),
        ("Floods were the worst disasters of this century.", "this century", "20"),
        ("Turnout will be high on Election Day.", "Election Day", "2023-11-07"),
        ("The parade will take place on Easter Sunday.", "Easter Sunday", "2024-03-31"),
        ("The factory opened in mid-1996.", "mid-1996", "1996"),
        ("The judge will rule at midday.", "midday", "2023-10-19T12:00"),
        ("The power will be out for a while.", "a while", "PXX"),
        ("The bank will soon raise its rates.", "soon", "FUTURE_REF"),
        ("Risks remain high in the near term.", "the near term", "FUTURE_REF"),
        ("More layoffs may come in the weeks ahead.", "the weeks ahead", "PXW"),
        ("These days the shop opens late.", "These days", "PRESENT_REF"),
        ("Sales will grow over the next couple of years.", "the next couple of years", "P2Y"),
        ("The deal should close by the end of the month.", "the end of the month", "2023-10"),
        ("Profit beat the quarter a year ago.", "the quarter a year ago", "2022-Q3"),
        ("The index closed Friday 2% above the previous Friday.", "the previous Friday",
         "2023-10-06"),
        ("The team planned to leave on Saturday.", "Saturday", "2023-10-21"),
    ],
)  # fmt: skip
def test_rule_values(nlp, sentence, text, value):
    assert found(nlp, sentence).get(text) == value


def test_latest_quarter_is_the_last_complete_one(nlp):
    text = "Sales should rise in the fourth quarter. In the latest quarter, profit fell."
    assert found(nlp, text)["the latest quarter"] == "2023-Q3"


def test_past_perfect_plan_stays_in_the_past(nlp):
    text = "The offer had been scheduled to expire on Friday."
    assert found(nlp, text)["Friday"] == "2023-10-13"


def test_that_quarter_is_the_quarter_discussed(nlp):
    text = "Losses narrowed in the second quarter. Results for that quarter included a charge."
    assert found(nlp, text)["that quarter"] == "2023-Q2"


@pytest.mark.parametrize(
    ("sentence", "extent"),
    [
        ("The rescue took about five hours.", "five hours"),
        ("The loan runs for only six months.", "six months"),
        ("Crime has risen in recent years.", "recent years"),
        ("Earlier Friday, the minister resigned.", "Friday"),
        ("Its third-quarter profit doubled.", "third-quarter"),
        ("The third-quarter results were weak.", "third-quarter"),
        ("The year-ago results included a charge.", "year-ago"),
        ("The quake struck at about 10:35 a.m.", "10:35 a.m."),
    ],
)
def test_modifiers_outside_extent(nlp, sentence, extent):
    assert [t.text for t in find_timexes(nlp(sentence), "2023-10-19")] == [extent]


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect was soon released.",
        "Send the forms as soon as possible.",
        "Mr. Lund, 61 years old, will retire.",
        "The plan saves $4 million a year.",
        "The quarter-to-quarter comparison improved.",
        "Phones are the gadget of choice for many of today's teenagers.",
        "The ship sailed to Christmas Island.",
        "Nineteen people were hurt.",
    ],
)
def test_no_false_positives_from_rules(nlp, sentence):
    assert find_timexes(nlp(sentence), "2023-10-19") == []


# ---- unknown year: placeholder arithmetic, never an invented year ----
def test_unknown_year_values(nlp):
    text = (
        "PYONGYANG, October 19. Lavrov is expected to discuss on Thursday the visit. "
        "Earlier this week, he was in Beijing. A session is scheduled for November."
    )
    timexes = {t.text: t for t in find_timexes(nlp(text), "XXXX-10-19")}
    assert timexes["Thursday"].value == "XXXX-10-19"
    assert timexes["November"].value == "XXXX-11"
    week = timexes["Earlier this week"]
    assert week.value == "XXXX-WXX"
    assert week.interval is not None and not week.interval.year_known
    assert (week.interval.start.month, week.interval.start.day) == (10, 13)
    assert (week.interval.end.month, week.interval.end.day) == (10, 19)
    assert week.interval.granularity == "week"


def test_no_anchor_months_stay_without_year(nlp):
    assert found(nlp, "Lavrov will visit in October.", None) == {"October": "XXXX-10"}


def test_iso_datetime_published(nlp):
    assert found(nlp, "The ceasefire held yesterday.", "1998-02-13T14:30:00") == {
        "yesterday": "1998-02-12"
    }


def test_ignored_spans_give_nothing(nlp):
    text = "Talks continue.\nCopyright @2022 – Example | All Right Reserved."
    start = text.index("Copyright")
    doc = nlp(text)
    assert find_timexes(doc, None, [Span(start=start, end=len(text))]) == []


# ---- the seed articles ----
@pytest.mark.parametrize(("published", "year"), [("XXXX-10-19", "XXXX"), ("2023-10-19", "2023")])
def test_seed_004(nlp, published, year):
    text = (SEEDS / "004_9a9e0a5e596b010b.txt").read_text(encoding="utf-8")
    timexes = {t.text: t for t in find_timexes(nlp(text), published)}
    assert timexes["Thursday"].value == f"{year}-10-19"
    assert timexes["November"].value == f"{year}-11"
    assert timexes["Earlier this week"].interval.granularity == "week"
    assert timexes["Earlier this week"].interval.end.day == 19


@pytest.mark.parametrize(("published", "value"), [(None, "XXXX-10"), ("2023-10-19", "2023-10")])
def test_seed_000(nlp, published, value):
    text = (SEEDS / "000_43cc2088f30f6874.txt").read_text(encoding="utf-8")
    start = text.index("Copyright")
    timexes = find_timexes(nlp(text), published, [Span(start=start, end=len(text))])
    assert {t.value for t in timexes if t.text == "October"} == {value}
    assert all(t.end <= start for t in timexes)


# ---- calendar ----
@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2023-10-19", "2023-10-19", "2023-10-20", "day"),
        ("2023-10", "2023-10-01", "2023-11-01", "month"),
        ("2023-W42", "2023-10-16", "2023-10-23", "week"),
        ("2023-Q3", "2023-07-01", "2023-10-01", "quarter"),
        ("2023-SU", "2023-06-01", "2023-09-01", "season"),
        ("199", "1990-01-01", "2000-01-01", "decade"),
        ("19", "1900-01-01", "2000-01-01", "century"),
        ("2023-10-19T15:00", "2023-10-19", "2023-10-20", "time"),
    ],
)
def test_value_interval(value, start, end, granularity):
    interval = value_interval(value)
    assert interval is not None
    assert (str(interval.start), str(interval.end), interval.granularity) == (
        start,
        end,
        granularity,
    )


def test_mask_year():
    assert mask_year("1200-10-19") == "XXXX-10-19"


# ---- properties ----
WORDS = [
    "Monday", "last week", "in March", "two years ago", "the third quarter", "now", "may",
    "yesterday", "October 19", "the past three years", "daily", "9/11", "2,000", "they",
    "said", "will", "meet", "on", "Thursday", "earlier this week", "the 1990s", ".", ",",
]  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_spans_are_exact_sorted_and_disjoint(nlp, words):
    text = " ".join(words)
    timexes = find_timexes(nlp(text), "2023-10-19")
    for timex in timexes:
        assert timex.text == text[timex.start : timex.end]
    for before, after in zip(timexes, timexes[1:], strict=False):
        assert before.end <= after.start


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    # `9/11` is the name of a known day (2001-09-11), not a year taken from nowhere
    words=st.lists(
        st.sampled_from([w for w in WORDS if not re.search(r"\d{4}", w) and w != "9/11"]),
        max_size=14,
    ),
    published=st.sampled_from([None, "XXXX-10-19", "XXXX-02-29"]),
)
def test_no_invented_year(nlp, words, published):
    text = " ".join(words) or "now"
    for timex in find_timexes(nlp(text), published):
        assert not re.search(r"\d{4}", timex.value), timex
        assert timex.interval is None or not timex.interval.year_known


def _every_match(text: str) -> set[tuple[int, int, str]]:
    """What scanning the whole text with every pattern finds."""
    from eventline.analyse.temporal.patterns import COMPILED

    found = set()
    for kind, pattern in COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            found.add((start, len(text[:end].rstrip(" \t\n")), kind))
    return found


_FRAGMENTS = [
    "three days ago", "a year earlier", "the 1990s", "the late 1980 's", "Christmas Eve",
    "next\nweekend", "the third quarter", "FY 2023", "2023-10-19", "10/19", "every Monday",
    "daily", "the seventies", "last spring", "the year two thousand", "the 21st century",
    "24\nJuly", "tonight", "the days ahead", "per week", "the same period", "from now on",
    "Lavrov said", "in Pyongyang", ", ", ".\n\n", "New Year's Day", "Election Day",
    "two weeks from now", "a month back", "three years hence", "March", "march", "MAY",
    "October\n\n\n       19", "the past\t\t\tfew    years", "İstanbul", "twenty one", "(",
    "5 p.m.  EST", "the latest comparable year-ago period", "1,000,000 years", "’90s",
    "the first half", "half an hour", "at noon", "3 o'clock in the morning", "these days",
    "the foreseeable future", "a long while", "the near term", "currently", "Thanksgiving",
    "Easter Sunday", "earlier this week", "that same night", "the end of the decade",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map(" ".join))
def test_scanning_around_keywords_finds_what_a_full_scan_finds(text):
    from eventline.analyse.temporal.recognise import candidates

    found = {(c.start, c.end, c.kind) for c in candidates(text)}
    assert found == _every_match(text)


def test_every_pattern_is_scanned_around_keywords_only():
    from eventline.analyse.temporal.patterns import PATTERNS
    from eventline.analyse.temporal.scan import _reaches

    for gap in (1, 2, 64):  # each pattern has keywords and a longest match
        assert set(_reaches(gap)) == {kind for kind, _ in PATTERNS}
    assert max(_reaches(1).values()) < 300  # characters around a keyword, in plain text


def test_scanning_around_keywords_misses_nothing_in_the_seeds_and_fixtures():
    from eventline.analyse.temporal.recognise import candidates

    paths = [*SEEDS.glob("*.txt"), *(ROOT / "tests" / "fixtures").rglob("*.txt")]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert {(c.start, c.end, c.kind) for c in candidates(text)} == _every_match(text)
