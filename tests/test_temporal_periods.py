"""Reporting periods and extents: `a year earlier` after `the nine months`, a preposition
`over` before an amount. Sentences are our own; article date Thursday 2023-10-19."""

from __future__ import annotations

import pytest

from eventline.analyse.temporal import find_timexes


def tagged(nlp, text: str, published: str | None = "2023-10-19") -> list[tuple[str, str]]:
    """(text, value) of every expression, in order."""
    return [(t.text, t.value) for t in find_timexes(nlp(text), published)]


QUARTER = "The mill earned $5 million in the third quarter, up from $4 million a year earlier."
NINE_MONTHS = (
    "The mill earned $5 million in the third quarter. For the nine months, it earned"
    " $12 million, against $10 million a year earlier."
)

CASES = [
    # a year earlier than a quarter is that quarter last year; than nine months, last year
    (QUARTER, "a year earlier", "2022-Q3"),
    (NINE_MONTHS, "a year earlier", "2022"),
    (NINE_MONTHS, "the nine months", "P9M"),
    (
        "Profit rose in the third quarter. In the first nine months, sales were flat with the"
        " year-earlier level.",
        "year-earlier",
        "2022",
    ),
    (
        "Profit rose in the third quarter. In the first nine months, it beat the year-ago"
        " quarter anyway.",
        "the year-ago quarter",
        "2022-Q3",
    ),
    (
        "Sales rose in the third quarter. For the six months, the 2022 period was weaker.",
        "the 2022 period",
        "2022",
    ),
    (
        "Sales rose in the third quarter. Net for the year-earlier nine months included a gain.",
        "the year-earlier nine months",
        "P9M",
    ),
    # a quarter named after the nine months makes the quarter the period again
    (
        "For the nine months, sales rose. In the third quarter, profit fell from a year earlier.",
        "a year earlier",
        "2022-Q3",
    ),
    # `over` meaning `during` is a preposition; meaning `more than` it belongs to the amount
    ("The grant can be used over three years.", "three years", "P3Y"),
    ("The plan evolved over several years.", "several years", "PXY"),
    ("Over two decades, the town doubled in size.", "two decades", "P20Y"),
    ("Prices rose 5% over two years.", "two years", "P2Y"),
    ("The hearing is likely to last over a week.", "over a week", "P1W"),
    ("He has lived abroad for over a decade.", "over a decade", "P10Y"),
    ("She spent over three years in jail.", "over three years", "P3Y"),
    ("The theft came a little over a month after the raid.", "over a month", "P1M"),
    # `months ago` with no amount, and `one day` after a modal: unnamed past and future times
    ("The plant, which only months ago was idle, now runs all night.", "months ago", "PAST_REF"),
    ("Years ago, the square was a car park.", "Years ago", "PAST_REF"),
    ("The valley will one day be a lake.", "one day", "FUTURE_REF"),
    ("She says he may one day return home.", "one day", "FUTURE_REF"),
    ("The walkout lasted one day.", "one day", "P1D"),
    # `over the years`, `in the years that followed`: an unspecified number of them
    ("Over the years, the club lost its best players.", "the years", "PXY"),
    ("In the years that followed, the harbour silted up.", "years", "PXY"),
    ("In the decades since, the village has emptied.", "decades", "PXY"),
    # `today's` is the article's day unless it means the present age
    ("The notice ran in today's editions of two papers.", "today", "2023-10-19"),
    ("And now for today's weather.", "today", "2023-10-19"),
    # determiners and `or so` belong to the expression (TimeML: the whole noun phrase)
    ("Prices recovered from the lows of the early summer.", "the early summer", "2023-SU"),
    ("Profit for the last half of 2021 beat forecasts.", "the last half of 2021", "2021-H2"),
    ("Dozens surrendered in the first hours of the assault.", "the first hours", "PTXH"),
    ("Growth was slow in the early years, the report says.", "the early years", "PXY"),
    ("The depots will close over the next year or so.", "the next year or so", "2024"),
    ("The minister speaks later this afternoon.", "later this afternoon", "2023-10-19TAF"),
    # a year before a plural noun it dates, after a determiner
    ("Those who led the 1992 strikes have retired.", "1992", "1992"),
    ("The union's 2019 demands were dropped.", "2019", "2019"),
    # `at this moment`, and `in the morning` of the day discussed
    ("Nobody should leave at this difficult moment.", "this difficult moment", "PRESENT_REF"),
    (
        "Shares fell on Monday. Traders sold heavily in the morning.",
        "the morning",
        "2023-10-16TMO",
    ),
    # a part of the day counted from the day discussed keeps its code, as `this morning` does
    (
        "Rebels attacked on Friday. The previous night, they shelled the town.",
        "The previous night",
        "2023-10-12TNI",
    ),
    ("He testified on June 3 and again the next morning.", "the next morning", "2023-06-04TMO"),
    # a weekday of a named week is one expression (not today's weekday and a week)
    ("The talks collapsed on Thursday last week.", "Thursday last week", "2023-10-12"),
    ("The panel meets on Monday of next week.", "Monday of next week", "2023-10-23"),
    (
        "Police raided a flat on Tuesday night last week.",
        "Tuesday night last week",
        "2023-10-10TNI",
    ),
    # spelled-out hundreds and thousands multiply; `a dozen` is twelve
    (
        "The craft has been kept alive for almost a hundred years.",
        "almost a hundred years",
        "P100Y",
    ),
    (
        "The recipe was handed down for more than two thousand years.",
        "more than two thousand years",
        "P2000Y",
    ),
    ("The abbey stood for two hundred years.", "two hundred years", "P200Y"),
    ("They farmed the valley for a dozen years.", "a dozen years", "P12Y"),
    # the edge of a quarter belongs to it (TimeML mod END, START, MID)
    (
        "The deal closed at the end of the second quarter.",
        "the end of the second quarter",
        "2023-Q2",
    ),
    # each quarter of `the second and fourth quarters`; a habit in the present tense
    ("Most sales are usually made in the second and fourth quarters.", "second", "XXXX-Q2"),
    # a week or weekend counted within a month
    (
        "The festival took place on the last weekend of August.",
        "the last weekend of August",
        "2023-W34-WE",
    ),
    ("Temperatures peaked in the first week of July.", "the first week of July", "2023-W27"),
    (
        "Talks stalled in the second week of March 2021.",
        "the second week of March 2021",
        "2021-W10",
    ),
    ("Shops shut over the May Day weekend.", "May Day", "2023-05-01"),
    (
        "Most sales are usually made in the second and fourth quarters.",
        "fourth quarters",
        "XXXX-Q4",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "value"), CASES)
def test_period_table(nlp, sentence, text, value):
    assert (text, value) in tagged(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The grant can be used over three years.", "over three years"),
        (
            "Sales rose in the third quarter. Net for the year-earlier nine months fell.",
            "nine months",
        ),
        ("Phones are cheap in today's world.", "today"),
        ("Much of today's music is streamed.", "today"),
        ("About 1990 people came.", "1990"),
        ("As soon as the rain stopped, they left.", "As soon as"),
        ("She died on the morning of May 2.", "the morning"),
        ("The chip runs 15 million instructions per second.", "per second"),
        ("The car was doing 90 miles an hour.", "an hour"),
        ("The town hopes to end a years-old slump.", "a years"),
        ("Only rubble was left in the afternoon sun.", "the afternoon"),
        ("Two bad games in today's league can end a career.", "today"),
    ],
)
def test_not_tagged(nlp, sentence, absent):
    assert absent not in [text for text, _ in tagged(nlp, sentence)]


def test_edge_of_a_quarter_has_a_mod(nlp):
    found = find_timexes(nlp("Stocks fell by the middle of the fourth quarter."), "2023-10-19")
    assert [(t.text, t.mod) for t in found] == [("the middle of the fourth quarter", "MID")]


def test_a_day_under_a_stated_future_is_the_next_one(nlp):
    from eventline.analyse.temporal import find_timexes

    text = "The election will be held on March 3. The court ruled on March 3."
    doc = nlp(text)
    values = [t.value for t in find_timexes(doc, "2024-05-02", [], text)]
    assert values == ["2025-03-03", "2024-03-03"]
