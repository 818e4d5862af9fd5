"""Round-5 classes of temporal expressions: ranges, durations, sets, edges, references,
time stamps that are not years, years a month vouches for, and dates past the calendar.

Article date Thursday 2023-10-19 unless a case says otherwise. Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventline.analyse.temporal import find_timexes
from eventline.analyse.temporal.more_patterns import ZONE_WORDS


def tagged(nlp, text: str, published: str | None = "2023-10-19") -> list[tuple[str, str]]:
    """(text, value) of every expression, in order."""
    return [(t.text, t.value) for t in find_timexes(nlp(text), published)]


CASES = [
    # ranges with a dash or a slash: each end is its own expression
    ("The census ran from 2009-2010 in two waves.", "2009", "2009"),
    ("The census ran from 2009-2010 in two waves.", "2010", "2010"),
    ("Rationing lasted through 1957-58.", "1957", "1957"),
    ("Rationing lasted through 1957-58.", "58", "1958"),
    ("She scored twice in the 2010/11 season.", "2010", "2010"),
    ("She scored twice in the 2010/11 season.", "11", "2011"),
    ("The 1999-00 budget was cut.", "00", "2000"),
    ("The summit is set for June 5-7.", "June 5", "2024-06-05"),  # set for: the next June
    ("The summit is set for June 5-7.", "7", "2024-06-07"),
    ("The museum is open Monday-Friday this winter.", "Monday", "2023-10-16"),
    ("The museum is open Monday-Friday this winter.", "Friday", "2023-10-20"),
    ("The fair runs Jan. 5-Feb. 10 at the old hall.", "Jan. 5", "2024-01-05"),
    ("The fair runs Jan. 5-Feb. 10 at the old hall.", "Feb. 10", "2024-02-10"),
    ("The war dragged on from 1914-1918.", "1918", "1918"),
    ("Heavy rain fell in June-July across the south.", "June", "2023-06"),
    ("Heavy rain fell in June-July across the south.", "July", "2023-07"),
    # bare and quantified durations
    ("Repairs could take days.", "days", "PXD"),
    ("The crew waited for weeks.", "weeks", "PXW"),
    ("The outage lasted minutes.", "minutes", "PTXM"),
    ("The two rivals have feuded for years.", "years", "PXY"),
    ("The ceasefire held for a mere 24 hours.", "a mere 24 hours", "PT24H"),
    ("She won the marathon in 2:21:04.", "2:21:04", "PT2H21M4S"),
    ("The winner finished in 3:07:35.", "3:07:35", "PT3H7M35S"),
    ("Her lap took 0:58:12 on the new course.", "0:58:12", "PT58M12S"),
    ("He was given five years in prison.", "five years", "P5Y"),
    ("The strike lasted six weeks.", "six weeks", "P6W"),
    ("The audit took nearly two months.", "nearly two months", "P2M"),
    ("The trial is expected to run a full year.", "a full year", "P1Y"),
    ("Eight years from now the loan will be repaid.", "Eight years", "P8Y"),
    ("Eight years from now the loan will be repaid.", "now", "PRESENT_REF"),
    # sets
    ("The festival is held annually in the old port.", "annually", "P1Y"),
    ("The board meets quarterly.", "quarterly", "P3M"),
    ("The bakery delivers bread every morning.", "every morning", "XXXX-XX-XXTMO"),
    ("The club hires new coaches each season.", "each season", "P1Y"),
    ("The choir practises twice a week.", "twice a week", "P1W"),
    ("Patients take the pill three times a day.", "three times a day", "P1D"),
    ("The newsletter goes out weekly.", "weekly", "P1W"),
    ("The trains run hourly.", "hourly", "PT1H"),
    ("Floods come every spring.", "every spring", "XXXX-SP"),
    ("The market opens every Saturday.", "every Saturday", "XXXX-WXX-6"),
    ("Rent is due each month.", "each month", "P1M"),
    # ends and parts of a period
    ("The plant will close at the end of year.", "the end of year", "2023"),
    ("Bills are due at the end of the month.", "the end of the month", "2023-10"),
    ("The mill was sold late last year.", "late last year", "2022"),
    ("The city doubled in size around the turn of the century.", "the turn of the century", "2000"),
    ("The mill opened at the turn of the 20th century.", "the turn of the 20th century", "1900"),
    ("Talks began early this year.", "early this year", "2023"),
    ("The bridge will reopen in mid-2024.", "mid-2024", "2024"),
    ("The firm was founded in the late 1990s.", "the late 1990s", "199"),
    ("Deliveries resume at the beginning of next month.", "the beginning of next month", "2023-11"),
    # now, currently, at the time, recently
    ("The company is now based in Lyon.", "now", "PRESENT_REF"),
    ("She currently runs a school.", "currently", "PRESENT_REF"),
    ("At the time, few people listened.", "the time", "PAST_REF"),
    ("The mayor recently resigned.", "recently", "PAST_REF"),
    ("Nobody is in charge at the moment.", "the moment", "PRESENT_REF"),
    ("At present, there are no plans to sell.", "present", "PRESENT_REF"),
    ("Until now, the cause was unknown.", "now", "PRESENT_REF"),
    # extents
    ("It was the deadliest storm of the 20th century.", "the 20th century", "19"),
    ("It is a 20th century design.", "20th century", "19"),
    ("Prices have risen over the past three years.", "the past three years", "P3Y"),
    # clock times are never years
    ("The quake struck at 1653 GMT on Tuesday.", "1653 GMT", "2023-10-17T16:53"),
    ("The quake struck at 16:53 GMT on Tuesday.", "16:53 GMT", "2023-10-17T16:53"),
    ("Troops crossed the border at 0930 local time.", "0930 local time", "2023-10-19T09:30"),
    ("The convoy left at 0930 local.", "0930 local", "2023-10-19T09:30"),
    ("The ferry sailed at 2215 hrs.", "2215 hrs", "2023-10-19T22:15"),
    ("Markets closed at 1600 ET.", "1600 ET", "2023-10-19T16:00"),
    ("The launch is set for 1830 UTC.", "1830 UTC", "2023-10-19T18:30"),
    # a year a month vouches for is kept, however far
    ("The treaty takes effect on March 5, 2100.", "March 5, 2100", "2100-03-05"),
    ("The battle was fought on October 14, 1066.", "October 14, 1066", "1066-10-14"),
    ("The abbey was finished in May 1120.", "May 1120", "1120-05"),
    ("The comet returns on 28 July 2061.", "28 July 2061", "2061-07-28"),
    # `the year` alone is the year under discussion; `the year ended <date>` a span back from it
    ("Sales of bikes were flat for the year, the maker said.", "the year", "2023"),
    ("It earned $3 million in the first half of the year.", "the year", "2023"),
    ("In the year ended June 30, the bakery lost $2 million.", "the year", "P1Y"),
    ("Profit for the fiscal year ending March 31 will fall.", "the fiscal year", "P1Y"),
    # days read out as ordinal words, and `this coming` / `last` before a date
    ("The referendum is on March eighth.", "March eighth", "2024-03-08"),
    ("Polls close on the twenty-first of November.", "the twenty-first of November", "2023-11-21"),
    ("The envoy lands November the twenty-fifth.", "November the twenty-fifth", "2023-11-25"),
    ("Crowds will gather this coming Saturday.", "this coming Saturday", "2023-10-21"),
    (
        "Women's Day falls this coming Sunday, March eighth.",
        "this coming Sunday, March eighth",
        "2024-03-08",
    ),
    ("The suspect was last seen last Oct. 25 near the port.", "last Oct. 25", "2022-10-25"),
    # plural weekdays recur (SET); a part of day before `yesterday` belongs to it
    ("The council sits on Tuesdays.", "Tuesdays", "XXXX-WXX-2"),
    ("The market is busiest on Saturday mornings.", "Saturday mornings", "XXXX-WXX-6TMO"),
    ("Bonds slipped in mid-afternoon yesterday.", "mid-afternoon yesterday", "2023-10-18TAF"),
    ("The ferry sank late evening yesterday.", "late evening yesterday", "2023-10-18TEV"),
    # `then current` is what was current back then
    ("Holders could sell at the then-current price.", "then-current", "PAST_REF"),
    # `the past decade` runs back from now, as `the past ten years` does
    ("Rents have doubled over the past decade.", "the past decade", "P10Y"),
    ("It was the worst flood of the past century.", "the past century", "P100Y"),
    # a period that `ended` on a date, or a state `since` one: that date is not ahead
    ("In the fiscal year ended Jan. 31, the chain sold $60 million.", "Jan. 31", "2023-01-31"),
    ("For the quarter ended Dec. 31, it lost $4 million.", "Dec. 31", "2022-12-31"),
    ("Prices have been frozen since December.", "December", "2022-12"),
    # a half or quarter of a named year is one expression
    (
        "The merger should close in the first half of next year.",
        "the first half of next year",
        "2024-H1",
    ),
    (
        "Output shrank in the fourth quarter of last year.",
        "the fourth quarter of last year",
        "2022-Q4",
    ),
    ("Output shrank in the third quarter last year.", "the third quarter last year", "2022-Q3"),
    # a capitalised `Today` opening a sentence is still the article's day
    ("The storm passed. Today the roads are open again.", "Today", "2023-10-19"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), CASES)
def test_class_table(nlp, sentence, text, value):
    assert (text, value) in tagged(nlp, sentence)


def test_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The quake struck at 1653 GMT on Tuesday.", "1653"),
        ("Troops crossed the border at 0930 local time.", "0930"),
        ("The group paid 2000-1999 dollars.", "2000"),
        ("The plant, now-defunct, shut down.", "now"),
        ("The strike was called off at the time of the vote.", "the time"),
        ("The firm raised its quarterly dividend.", "quarterly"),
        ("Voters went to the 1990 local elections.", "1990 local"),
        ("The archive holds 1200 hrs of film.", "1200 hrs"),
        ("Exports reached 2000 MT of wheat.", "2000"),
        ("The survey ran in USA Today last spring.", "Today"),
        ("She told NBC's Today show about the crash.", "Today"),
        ("The ship sank in the early hours of Monday.", "hours"),
        ("The pipeline runs 1800 km to the coast.", "1800"),
    ],
)
def test_not_tagged(nlp, sentence, absent):
    assert absent not in [text for text, _ in tagged(nlp, sentence)]


def test_local_elections_keep_their_year(nlp):
    assert ("1990", "1990") in tagged(nlp, "Turnout fell in the 1990 local elections.")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    number=st.integers(min_value=0, max_value=9999),
    zone=st.sampled_from([*ZONE_WORDS, "local time", "local"]),
    tail=st.sampled_from([" on the edge of town.", ".", ", officials said.", " Tuesday."]),
    lead=st.sampled_from(["The first blast was heard at", "Markets shut in", "By"]),
)
def test_a_number_before_a_time_zone_is_never_a_year(nlp, number, zone, tail, lead):
    digits = f"{number:04d}"
    text = f"{lead} {digits} {zone}{tail}"
    for timex in find_timexes(nlp(text), "1999-06-15"):
        if digits in timex.text:
            assert timex.type != "DATE", (timex.text, timex.value)


# ---- dates past the calendar never raise ----
@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("The flood came 999999 days ago.", "2023-10-19"),
        ("Records began 99999 months ago.", "2023-10-19"),
        ("The city was founded 2023 years ago.", "2023-10-19"),
        ("The city was founded 5000 years ago.", "2023-10-19"),
        ("Talks ended yesterday and resume tomorrow, Friday and next week.", "0001-01-01"),
        ("Talks ended yesterday and resume tomorrow, Friday and next week.", "9999-12-31"),
        ("The next decade and next year will tell, in 8000 years from now.", "9999-12-31"),
        ("The bridge opened last year, the previous decade and last century.", "0001-01-01"),
    ],
)
def test_dates_past_the_calendar_are_left_out(nlp, sentence, published):
    for text, value in tagged(nlp, sentence, published):
        assert not value.startswith("-"), (text, value)
        year = value.split("-")[0]
        assert not (year.isdigit() and len(year) > 4), (text, value)
        assert value[:4] != "0000", (text, value)


def test_a_year_past_the_calendar_is_not_output(nlp):
    found = dict(tagged(nlp, "The ruins date from 2023 years ago.", "2023-10-19"))
    assert "2023 years ago" not in found
    found = dict(tagged(nlp, "We meet tomorrow.", "9999-12-31"))
    assert "tomorrow" not in found
    assert dict(tagged(nlp, "We met yesterday.", "9999-12-31"))["yesterday"] == "9999-12-30"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The judge will review the order issued on Monday.", "Monday", "2023-10-16"),
        ("She moved to Paris in her 30s.", "30s", None),
        ("Thousands joined the March of the Mothers downtown.", "March", None),
    ],
)
def test_small_fixes(nlp, sentence, text, value):
    found = dict(tagged(nlp, sentence))
    assert found.get(text) == value


@pytest.mark.parametrize("reference", ["9999-12-31", "0001-01-01"])
@pytest.mark.parametrize("fmt", ["text", "json", "csv", "html", "ics", "timelinejs"])
def test_commands_at_the_calendar_edges_do_not_raise(tmp_path, reference, fmt):
    from click.testing import CliRunner

    from eventline.cli.main import cli

    (tmp_path / "a.txt").write_text(
        "Talks ended yesterday.\n\nThe army attacked on Friday and will return tomorrow, next"
        " week and next year. The town was founded 999999 days ago.\n",
        encoding="utf-8",
    )
    for command in ("build", "dates"):
        args = [command, str(tmp_path), "--reference-date", reference, "--no-cache", "-j", "1"]
        if command == "build":
            args += ["--format", fmt, "--events", "all"]
        elif fmt != "json":
            continue
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
