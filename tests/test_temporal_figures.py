"""Dates and times written in figures: day-first dates, British clock times, a clock time
before its day, counts that look like years. Sentences are our own; article date Friday
2014-03-14."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventline.analyse.temporal import find_timexes

PUBLISHED = "2014-03-14"


def tagged(nlp, text: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    """(text, value) of every expression, in order."""
    return [(t.text, t.value) for t in find_timexes(nlp(text), published)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # dots are day first; a slash date is day first when only that reading is a date
        ("The decree, dated 12.03.2014, was read out.", "12.03.2014", "2014-03-12"),
        ("The law was signed on 19/10/2013.", "19/10/2013", "2013-10-19"),
        ("The law was signed on 10/19/2013.", "10/19/2013", "2013-10-19"),
        # both readings valid: the one nearer the article (US or European writer alike)
        ("The ruling came on 03/12/2014.", "03/12/2014", "2014-03-12"),
        ("The ruling came on 12/03/2014.", "12/03/2014", "2014-03-12"),
        # British clock times, and a clock time takes the day named right after it
        ("Talks began at 10.30am on Monday.", "10.30am", "2014-03-10T10:30"),
        ("The quake struck at 16:53 GMT on Tuesday.", "16:53 GMT", "2014-03-11T16:53"),
        ("Polls close at 9 p.m. on March 20.", "9 p.m.", "2014-03-20T21:00"),
        ("The rally ended at 5.45 pm.", "5.45 pm", "2014-03-14T17:45"),
        # decades in words, and a range of years written with spaced dashes
        ("It began in the nineteen sixties.", "the nineteen sixties", "196"),
        ("He worked there in the early nineteen seventies.", "the early nineteen seventies", "197"),
        ("He left after the 2002 - 03 season.", "03", "2003"),
        # fractions of a unit
        ("The crowd left half an hour later.", "half an hour", "PT30M"),
        ("The square was a market half a century ago.", "half a century ago", "1964"),
        ("It was the worst drought in a quarter of a century.", "a quarter of a century", "P25Y"),
        ("The wait took three quarters of an hour.", "three quarters of an hour", "PT45M"),
        # a bare range of amounts is two expressions, each end with the unit
        ("Repairs could take three to four years.", "three", "P3Y"),
        ("Repairs could take three to four years.", "four years", "P4Y"),
        ("Output needs 18-36 months to recover.", "18", "P18M"),
        ("A vaccine needs four or five months.", "four", "P4M"),
        ("Shipping takes between four and six months.", "six months", "P6M"),
        # under a determiner or a modifier the range is one phrase with no single amount
        ("The next 12 to 18 months are critical.", "The next 12 to 18 months", "PXM"),
        ("The ban lasts up to two or three weeks.", "up to two or three weeks", "PXW"),
        ("The fog lasted a day or so.", "a day or so", "P1D"),
        # edges written with a hyphen, as in business news
        ("Profits slipped at end-2013.", "end-2013", "2013"),
        ("Output dipped in end-March.", "end-March", "2014-03"),
        # a year beside a count stays a year when a determiner makes it one
        ("The 2015 budget passed.", "2015", "2015"),
    ],
)
def test_figures_table(nlp, sentence, text, value):
    assert (text, value) in tagged(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The firm reported revenue of 2015 million yuan.", "2015"),
        ("The mill employs 2014 staff.", "2014"),
        ("The shop is open 24/7.", "24/7"),
        ("Version 2.4.2014 of the tool is out.", "2.4.2014"),
    ],
)
def test_figures_that_are_not_dates(nlp, sentence, absent):
    assert absent not in [text for text, _ in tagged(nlp, sentence)]


def test_a_day_next_to_a_month_stays_in_that_month(nlp):
    """`the previous day` after `last month`: some day of that month, not the month before."""
    found = tagged(nlp, "Prices rose last month, and the previous day they fell.")
    assert ("the previous day", "2014-02-XX") in found


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(offset=st.integers(min_value=0, max_value=365 * 30))
def test_a_dotted_date_reads_back_exactly(nlp, offset):
    day = date(2000, 1, 1) + timedelta(days=offset)
    written = f"{day.day:02d}.{day.month:02d}.{day.year}"
    assert (written, day.isoformat()) in tagged(nlp, f"The order is dated {written}.")


def test_a_season_joined_to_another_is_tagged_like_it(nlp):
    found = dict(tagged(nlp, "Flu spreads in autumn and winter."))
    assert found["winter"] == found["autumn"].replace("-FA", "-WI")


@pytest.mark.parametrize(
    ("sentence", "text", "mod"),
    [
        ("Fighting erupted overnight.", "overnight", None),
        ("The ceasefire began at midnight.", "midnight", None),
        ("The vote is due later this month.", "later this month", None),
        ("The firm was sold in mid-2013.", "mid-2013", "MID"),
        ("The trial lasted over a year.", "over a year", "MORE_THAN"),
        ("The firm was sold in late 2012.", "late 2012", "END"),
    ],
)
def test_an_edge_word_is_a_whole_word(nlp, sentence, text, mod):
    """`overnight` is not `over`, `midnight` not `mid`: no MORE_THAN or MID from inside a word."""
    found = {t.text: t.mod for t in find_timexes(nlp(sentence), PUBLISHED)}
    assert found[text] == mod


def test_clock_times_joined_before_a_day_take_that_day(nlp):
    found = tagged(nlp, "Voting begins at 7 a.m. and ends at 8 p.m. on Sunday.")
    assert ("7 a.m.", "2014-03-16T07:00") in found
    assert ("8 p.m.", "2014-03-16T20:00") in found
    assert ("Sunday", "2014-03-16") in found


def test_a_date_a_record_is_measured_from_is_not_the_story_day(nlp):
    """`since August 2008`, `since the week to February 25`: later clock times stay on the
    day the story is about."""
    text = (
        "Oil rose on Thursday to its highest since the week to February 25. "
        "It closed at 4 p.m., the most since August 2008, and slipped at 6 p.m."
    )
    found = tagged(nlp, text)
    assert ("4 p.m.", "2014-03-13T16:00") in found
    assert ("6 p.m.", "2014-03-13T18:00") in found
