"""Time words inside names, named days, and report shorthand for quarters.

A time word that is part of a proper name (`the Six-Day War`, `the Winter Olympics`) names
no time and must not put a day on the timeline; a named day (`Black Friday`, `Good Friday`)
is its own date, never the nearest weekday; `Q3 2014` is a quarter. Sentences are our own;
article date Friday 2014-03-14.
"""

from __future__ import annotations

import pytest

from eventline.analyse.temporal import find_timexes

PUBLISHED = "2014-03-14"


def tagged(nlp, text: str) -> list[tuple[str, str]]:
    """(text, value) of every expression, in order."""
    return [(t.text, t.value) for t in find_timexes(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "untagged"),
    [
        ("Veterans of the Six-Day War met in Haifa.", "Six-Day"),
        ("Historians still argue over the Hundred Years' War.", "Hundred Years"),
        ("She won two medals at the Winter Olympics in Sochi.", "Winter"),
        ("Tickets for the Summer Games sold out quickly.", "Summer"),
        ("Protesters invoked the Arab Spring outside parliament.", "Spring"),
        ("The students marched to honour the May Fourth Movement.", "May"),
        ("The film studio 20th Century Fox denied the report.", "20th Century"),
        ("Fans watched Monday Night Football at the bar.", "Monday"),
        ("The Good Friday Agreement ended decades of violence.", "Friday"),
        ("Candidates campaigned hard before Super Tuesday.", "Tuesday"),
        ("The march recalled Bloody Sunday in Derry.", "Sunday"),
        ("The Mail on Sunday printed the letter.", "Sunday"),
        ("The Sunday Times printed the letter.", "Sunday"),
        # a number that names an item, a drop, an ordinal, a kind of prayer, a flu protein
        ("The council passed Resolution 1973 in March.", "1973"),
        ("Pollsters interviewed 2028 British adults.", "2028"),
        ("Three days after the fall of the president, protests spread.", "the fall"),
        ("The fall in prices continued.", "fall"),
        ("A second U.S. official confirmed the report.", "a second"),
        ("Experts fear a second or third wave of infections.", "a second"),
        ("Worshippers leaving noon prayers were attacked.", "noon"),
        ("The H1 protein lets the virus enter cells.", "H1"),
        ("Reversing the midnight regulations took years.", "midnight"),
    ],
)
def test_time_word_inside_a_name_is_not_a_time(nlp, sentence, untagged):
    found = tagged(nlp, sentence)
    assert all(untagged not in text for text, _ in found), found


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # the name is skipped, the year beside it still counts
        ("Dissidents recalled the Prague Spring of 1968.", "1968", "1968"),
        ("Sydney hosted the 2000 Olympics.", "2000", "2000"),
        # an ordinary season, weekday or month keeps its meaning
        ("In Spring 2014 the talks resumed.", "Spring 2014", "2014-SP"),
        ("The talks resume in the summer.", "the summer", "2014-SU"),
        ("The vote passed on Tuesday.", "Tuesday", "2014-03-11"),
        ("The Senate voted on Friday, officials said.", "Friday", "2014-03-14"),
        # named days are their own dates
        ("Stores opened at dawn on Black Friday.", "Black Friday", "2013-11-29"),
        ("Online sales jumped on Cyber Monday.", "Cyber Monday", "2013-12-02"),
        ("Good Friday falls in April this year.", "Good Friday", "2014-04-18"),
        ("Shops will close on Easter Monday.", "Easter Monday", "2014-04-21"),
        # `9/11` names the 2001 attacks
        ("Security has tightened since the 9/11 attacks.", "9/11", "2001-09-11"),
        # the season and the ordinary uses stay
        ("The virus could mutate in the fall.", "the fall", "2014-FA"),
        ("Wait a second, he said.", "a second", "PT1S"),
        ("Shops close at noon on Friday.", "noon", "2014-03-14T12:00"),
        ("Sales rose in the week ending March 2.", "the week ending March 2", "2014-W09"),
        # report shorthand for quarters and halves
        ("The bank beat forecasts in Q3 2014.", "Q3 2014", "2014-Q3"),
        ("Margins shrank in 3Q13.", "3Q13", "2013-Q3"),
        ("Revenue peaked in Q4'12.", "Q4'12", "2012-Q4"),
        ("The group expects a loss for H1 2015.", "H1 2015", "2015-H1"),
        ("Sales in Q2 FY14 were flat.", "Q2 FY14", "2014-Q2"),
        ("Orders rose in Q1, the company said.", "Q1", "2014-Q1"),
    ],
)
def test_names_and_named_days_table(nlp, sentence, text, value):
    assert (text, value) in tagged(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The H1N1 virus spread fast.",
        "Water, or H2O, covers most of the planet.",
        "The Q12 survey asks twelve questions.",
    ],
)
def test_codes_that_are_not_periods(nlp, sentence):
    assert tagged(nlp, sentence) == []


def test_a_name_does_not_move_the_days_after_it(nlp):
    """`9/11` is not an anchor: a weekday after it is still the article's week."""
    found = tagged(nlp, "Since the 9/11 attacks, rules changed. The vote was on Tuesday.")
    assert ("Tuesday", "2014-03-11") in found
