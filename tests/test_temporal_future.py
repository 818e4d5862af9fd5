"""A month, a day of one or a season written without a year, under a clause that looks
ahead: a modal (`would reopen`, `could open`), `is likely/due/slated/poised to`, a wish (`wants
the vote held in May`), `starting`, `at the latest`. It is the coming one, unless the words were
said on a past day (`In December the council said ...`), when it counts from that day.
Sentences are our own; each case gives its article date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventline.analyse.temporal import find_timexes

MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()

CASES = [
    # looking ahead: the coming month or day
    ("2014-06-14", "The library, shut since the storm, would reopen in February, the mayor said.",
     "February", "2015-02"),
    ("2014-06-14", "The premier is likely to visit Rome in January.", "January", "2015-01"),
    ("2014-06-14", "Engineers said the tunnel could open in March at the earliest.", "March",
     "2015-03"),
    ("2014-06-14", "The opposition wants a referendum held in February.", "February", "2015-02"),
    ("2014-06-14", "Peace talks are slated for January 10 in Vienna.", "January 10", "2015-01-10"),
    ("2021-09-03", "The regulator might publish its ruling in May.", "May", "2022-05"),
    ("2021-09-03", "Growers should know the size of the harvest in March.", "March", "2022-03"),
    ("2021-09-03", "The dockers are poised to strike in February.", "February", "2022-02"),
    ("2021-09-03", "The audit is due in April.", "April", "2022-04"),
    ("2019-11-20", "New tolls apply starting January 1.", "January 1", "2020-01-01"),
    ("2019-11-20", "The smelter will shut in September at the latest.", "September", "2020-09"),
    ("2019-11-20", "Bus fares may rise in August.", "August", "2020-08"),
    ("2019-11-20", "The envoy is expected to sign the accord on March 2.", "March 2", "2020-03-02"),
    ("2019-11-20", "The council agreed to sell the land in March.", "March", "2020-03"),
    ("2019-11-20", "A ruling is expected in March.", "March", "2020-03"),
    ("2019-11-20", "The junta hopes to have elections held in February.", "February", "2020-02"),
    ("2019-11-20", "The junta hopes the vote is held in February.", "February", "2020-02"),
    ("2019-05-03", "The firm hoped to have a vaccine ready by the autumn.", "the autumn",
     "2019-FA"),
    # said lately, without a day of its own: still counted from the article
    ("2014-06-14", "Last month the agency said the line would open in February.", "February",
     "2015-02"),
    # the month before the article stays in its past, as a day within a month of it does
    ("2019-11-20", "The committee could meet in October.", "October", "2019-10"),
    ("2019-11-20", "The vote will be held on November 2.", "November 2", "2019-11-02"),
    # a future told on a past day counts from that day (its time may now be past)
    ("2014-06-14", "In December the council said the library would reopen in February.",
     "February", "2014-02"),
    ("2014-06-14", "The council said on March 3 that the library would reopen on April 10.",
     "April 10", "2014-04-10"),
    ("2014-06-14", "In January officials expected the bridge to open in May.", "May", "2014-05"),
    # the past stays past
    ("2014-06-14", "The bakery, which opened in February, has closed.", "February", "2014-02"),
    ("2014-06-14", "The library would have reopened in February but for the strike.", "February",
     "2014-02"),
    ("2021-09-03", "Prices rose sharply starting in February.", "February", "2021-02"),
    ("2021-09-03", "The board agreed in April to sell the plant.", "April", "2021-04"),
    ("2021-09-03", "The audit was due in April.", "April", "2021-04"),
    ("2021-09-03", "The port has four docks, listed with their traffic for January.", "January",
     "2021-01"),
    ("2021-09-03", "They had the roof repaired in March.", "March", "2021-03"),
    ("2011-04-08", "The rise would be the largest since the week to February 25.",
     "the week to February 25", "2011-W08"),
    ("2011-04-08", "It will be the steepest climb since February 25.", "February 25", "2011-02-25"),
    # `next` before a day of a month: the coming one
    ("2014-06-14", "Fares will rise next January 10.", "next January 10", "2015-01-10"),
    # a season over for more than a month is the next one; the one just over or under way stays
    ("2014-07-20", "The pool would reopen in the spring.", "the spring", "2015-SP"),
    ("2014-06-14", "The pool will reopen in the spring.", "the spring", "2014-SP"),
    ("2014-12-10", "The pool will open this summer.", "this summer", "2014-SU"),
    ("2014-07-20", "The pool reopened in the spring.", "the spring", "2014-SP"),
    # `could` of an ability is the past of `can`
    ("2014-06-14", "Neighbours said they could hear gunfire in March.", "March", "2014-03"),
    # weekdays near the article keep their nearest reading under a modal
    ("2014-06-14", "A spokesman could not be reached on Friday.", "Friday", "2014-06-13"),
    ("2014-06-14", "The envoy would travel to Kyiv on Monday.", "Monday", "2014-06-16"),
]  # fmt: skip


def tagged(nlp, text: str, published: str) -> list[tuple[str, str]]:
    """(text, value) of every expression, in order."""
    return [(t.text, t.value) for t in find_timexes(nlp(text), published)]


@pytest.mark.parametrize(("published", "sentence", "text", "value"), CASES)
def test_future_table(nlp, published, sentence, text, value):
    assert (text, value) in tagged(nlp, sentence, published)


def test_table_is_large_enough():
    assert len(CASES) >= 20


def test_a_year_unknown_article_keeps_the_year_masked(nlp):
    found = tagged(nlp, "The library would reopen in February.", "XXXX-06-14")
    assert found == [("February", "XXXX-02")]


def _month_number(value: str) -> int:
    year, month = value.split("-")[:2]
    return int(year) * 12 + int(month)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    article=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
    month=st.sampled_from(MONTH_NAMES),
)
def test_a_modal_month_is_never_long_past(nlp, article, month):
    """Under `would`, a month lies between the month before the article and 11 months after."""
    published = article.isoformat()
    values = [v for t, v in tagged(nlp, f"The museum would reopen in {month}.", published)]
    assert len(values) == 1
    gap = _month_number(values[0]) - (article.year * 12 + article.month)
    assert -1 <= gap <= 10


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(said=st.sampled_from(MONTH_NAMES[:5]), planned=st.sampled_from(MONTH_NAMES))
def test_a_future_told_in_a_past_month_comes_after_it(nlp, said, planned):
    """`In <said> the city said the museum would reopen in <planned>` (said before the June
    article): the reopening comes after the saying, within a year."""
    sentence = f"In {said} the city said the museum would reopen in {planned}."
    values = dict(tagged(nlp, sentence, "2014-06-14"))
    assert set(values) == {said, planned} or said == planned
    if said != planned:
        gap = _month_number(values[planned]) - _month_number(values[said])
        assert 0 < gap < 12
