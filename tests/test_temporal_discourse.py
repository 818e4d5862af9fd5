"""The temporal stage on narratives and token-joined (Wikinews-style) text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventline.analyse.temporal import find_timexes


def found(nlp, text: str, published: str | None = "2023-10-19") -> dict[str, str]:
    """Expression text -> value."""
    return {t.text: t.value for t in find_timexes(nlp(text), published)}


# ---- anaphoric expressions count from the last date mentioned (TimeML) ----
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "She founded the studio in 1976, and in 1984 its first film came out.\n"
            "One year later she was fired.",
            "One year later",
            "1985",
        ),
        (
            "In 1998 the firm sold radios, in 2001 phones and the following year laptops.",
            "the following year",
            "2002",
        ),
        ("The plant opened in 1962. That year, it made 500 cars.", "That year", "1962"),
        ("The dam was built in 1935. Later that year, it flooded.", "Later that year", "1935"),
        (
            "The strike began on May 3, 1995. The next day, talks failed.",
            "The next day",
            "1995-05-04",
        ),
        (
            "The strike began in March 1995. The same day, talks failed.",
            "The same day",
            "1995-03-XX",
        ),
        ("The war ended in 1945. The next day, crowds cheered.", "The next day", "1945-XX-XX"),
        ("He was born in 1950. In May of that year he moved.", "May of that year", "1950-05"),
        ("He moved in 1984. That month he wed.", "That month", "1984-XX"),
        ("He moved on May 3, 1995. The following month he wed.", "The following month", "1995-06"),
        (
            "He was born in 1950. On April 18 of that year he moved.",
            "April 18 of that year",
            "1950-04-18",
        ),
        ("The style of the 1950s shaped the following decade.", "the following decade", "196"),
        ("In 1999 the town flooded. Sales fell the previous year.", "the previous year", "1998"),
        (
            "The company earned more in the first quarter than the previous year.",
            "the previous year",
            "2022",
        ),
        ("The band split in 1970.\n2007 was the year of the reunion.", "the year", "2007"),
    ],
)
def test_anaphora_counts_from_the_date_discussed(nlp, text, expression, value):
    assert found(nlp, text).get(expression) == value


# ---- deictic expressions stay on the article date ----
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The plant opened in 1962. Sales rose last year.", "last year", "2022"),
        ("The plant opened in 1962. It closed yesterday.", "yesterday", "2023-10-18"),
        ("The plant opened in 1962. Two years ago it was sold.", "Two years ago", "2021"),
        ("The plant opened in 1962. It will close next week.", "next week", "2023-W43"),
    ],
)
def test_deictic_stays_on_the_article_date(nlp, text, expression, value):
    assert found(nlp, text).get(expression) == value


def test_days_later_is_a_duration_and_weeks_later_a_date(nlp):
    """TimeBank reads `two days later` as a duration; `a week later` narrated is a date."""
    text = "On June 24, 2010, the shop opened. Two days later, it was robbed."
    assert found(nlp, text).get("Two days") == "P2D"
    text = "On June 24, 2010, the shop opened. A week later, it was robbed."
    assert found(nlp, text).get("A week later") == "2010-W26"
    assert found(nlp, "A week later, it was robbed.").get("A week") == "P1W"


def test_month_day_takes_the_year_of_the_narrated_date(nlp):
    text = (
        "Jobs quit\nOctober 6 , 2011\nHe was born on February 24 , 1955 .\n"
        "On March 3 he was adopted .\nHe thanked his staff .\nOn August 24 , he resigned ."
    )
    values = found(nlp, text, "2011-10-06")
    assert values["March 3"] == "1955-03-03"
    assert values["August 24"] == "2011-08-24"  # two sentences on: the article's year again


def test_narrated_year_ends_with_the_paragraph(nlp):
    text = "He was born on February 24, 1955.\n\nOn March 3 he resigned."
    assert found(nlp, text, "2011-10-06")["March 3"] == "2011-03-03"


def test_unknown_decade_is_not_a_placeholder(nlp):
    assert found(nlp, "Earlier this decade he left.", None)["Earlier this decade"] == "XXX"


# ---- token-joined text: spaced punctuation keeps recognition and extents ----
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Title\nJune 8 , 2010\nThe firm spoke .", "June 8 , 2010", "2010-06-08"),
        ("In the late 1980 's the firm grew .", "the late 1980 's", "198"),
        ("The model ships in mid - 2011 .", "mid - 2011", "2011"),
        ("The model ships in mid-2011 .", "mid-2011", "2011"),
        ("Fans met at this year 's fair .", "this year", "2023"),
        ("Profit rose in last year 's third quarter .", "last year 's third quarter", "2022-Q3"),
        ("The team won on Sept . 20 .", "Sept . 20", "2023-09-20"),
        ("In a Wednesday media event , the firm showed a phone .", "Wednesday", "2023-10-18"),
        ("The fair ( WWDC ) opened on Monday ( Oct. 16 ) .", "Oct. 16", "2023-10-16"),
        ("The fair ( WWDC ) opened on Monday ( Oct. 16 ) .", "Monday", "2023-10-16"),
        ("They went on a 10 - day trip .", "10 - day", "P10D"),
        ("Sales rose at the beginning of the year .", "the beginning of the year", "2023"),
    ],
)
def test_token_joined_text(nlp, text, expression, value):
    assert found(nlp, text).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "Shares slid in after hours trading .",
        "He was named Coach of the Year .",
        "The rule revives a decades - old practice .",
        "I said if there ever came a day when I could not work , I would go .",
        "A 16 - year - old boy won .",
    ],
)
def test_no_false_positives_in_token_joined_text(nlp, text):
    assert found(nlp, text) == {}


# ---- a later time the clause points to, whatever its own tense (article date Thu 2023-10-19) ----
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Officials said they did not plan to remove him on Monday.", "Monday", "2023-10-23"),
        ("The plant is to resume production on Tuesday.", "Tuesday", "2023-10-24"),
        ("They postponed until Tuesday morning any action.", "Tuesday morning", "2023-10-24TMO"),
        ("It extended its deadline until 9 a.m. Monday.", "9 a.m. Monday", "2023-10-23T09:00"),
        ("The offer had been scheduled to expire on Monday.", "Monday", "2023-10-16"),
        ("The strike lasted until Monday.", "Monday", "2023-10-16"),
    ],
)
def test_clause_pointing_forward(nlp, text, expression, value):
    assert found(nlp, text).get(expression) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The notes convert at a premium over Thursday's closing price.", "2023-10-12"),
        ("Sunday's election is expected to be close.", "2023-10-22"),
    ],
)
def test_possessive_weekday_is_a_day_gone_by(nlp, text, value):
    (timex,) = find_timexes(nlp(text), "2023-10-16")
    assert timex.value == value


# ---- each day of `April 24 and 25` is its own expression (TimeML) ----
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The summit is set for April 24 and 25.", {"April 24": "2024-04-24", "25": "2024-04-25"}),
        ("Polls open on Nov. 5 or 6.", {"Nov. 5": "2023-11-05", "6": "2023-11-06"}),
        ("He won 24 and 25 votes.", {}),
        ("Rates rose in May 5 and 6 percent rises.", {"May 5": "2023-05-05"}),
    ],
)
def test_conjoined_days(nlp, text, values):
    assert found(nlp, text) == values


@pytest.mark.parametrize(
    "text",
    [
        'Baker said on ABC News\' "This Week" that talks would go on.',
        "For the people of Poland, high noon comes today.",
        "Funds hold more than a quarter of the junk-bond market.",
    ],
)
def test_titles_idioms_and_fractions_are_not_times(nlp, text):
    assert set(found(nlp, text)) <= {"today"}


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Ellen DeGeneres to Host Next Year's Oscars", "Next Year"),
        ("Fans saw this awful season LAST YEAR when he was hurt.", "LAST YEAR"),
    ],
)
def test_headline_and_capitals_keep_units(nlp, text, expression):
    assert expression in found(nlp, text)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Lawyers left their third day-long meeting.", "day-long", "P1D"),
        ("The decades-long feud ended.", "decades-long", "PXY"),
        ("A two-year-long fight ended.", "two-year-long", "P2Y"),
    ],
)
def test_long_adjectives_are_durations(nlp, text, expression, value):
    assert found(nlp, text).get(expression) == value


def test_the_year_of_a_quarter_discussed(nlp):
    text = "Profit rose in the third quarter. It fell in the 2022 quarter."
    assert found(nlp, text).get("the 2022 quarter") == "2022-Q3"


def test_quarters_of_losses_are_still_time(nlp):
    assert found(nlp, "The feud lasted several quarters of losses.").get("several quarters")


ANAPHORA = [
    "that year", "the next day", "A week later", "the following month", "that same day",
    "the following decade", "On March 3", "\n", "Sept . 20", "he left", "in the summer",
    "One year later", "the year of", "last year 's", ".", ",",
]  # fmt: skip


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(st.sampled_from(ANAPHORA), min_size=1, max_size=12),
    published=st.sampled_from([None, "XXXX-10-19"]),
)
def test_anaphora_never_invents_a_year(nlp, words, published):
    text = " ".join(words)
    for timex in find_timexes(nlp(text), published):
        assert timex.text == text[timex.start : timex.end]
        assert not re.search(r"\d{4}", timex.value), timex
