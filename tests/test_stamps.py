"""Time-stamp lines near the top of a text (`Published: 2013-03-14`, a date under the
headline) give the publication date; sentences that merely mention a date do not."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_main
from eventline.load.boilerplate import find_boilerplate
from eventline.load.stamps import find_stamps

HEADLINE = "Council approves the new harbour plan\n"
BODY = "\nThe council voted on Tuesday after a heated debate.\n"


def stamps_of(text: str) -> list[tuple[str, str]]:
    """(ISO day, kind) of each stamp the text opens with."""
    return [(s.date.isoformat(), s.kind) for s in find_stamps(text, find_boilerplate(text))]


@pytest.mark.parametrize(
    ("line", "day", "kind"),
    [
        ("Published: 2013-03-14", "2013-03-14", "published"),
        ("Published 14 March 2013", "2013-03-14", "published"),
        ("First published on Thu 14 Mar 2024 09.12 GMT", "2024-03-14", "published"),
        ("Posted on March 14, 2013 at 9:12 am", "2013-03-14", "published"),
        ("Posted 03/14/2013 9:12 a.m. EDT", "2013-03-14", "published"),
        ("Published: 2013-03-14T09:12:00Z", "2013-03-14", "published"),
        ("**Published:** March 14th, 2013", "2013-03-14", "published"),
        ("Publication date: 2013/03/14", "2013-03-14", "published"),
        ("Date: 14.03.2013", "2013-03-14", "published"),
        ("Published:\t14\u00a0March 2013 | 09:12", "2013-03-14", "published"),
        ("Updated: Mar 14, 2013, 5:03 PM ET", "2013-03-14", "updated"),
        ("Last updated 14/03/2013", "2013-03-14", "updated"),
        ("Updated 5:03 PM ET, Thu March 14, 2013", "2013-03-14", "updated"),
        ("Last modified on Thu 14 Mar 2024 11.00 GMT", "2024-03-14", "updated"),
        ("Updated 1445 GMT (2245 HKT) March 14, 2013", "2013-03-14", "updated"),
        ("Thursday 14 March 2013 09.12 GMT", "2013-03-14", "dated"),
        ("March 14, 2013", "2013-03-14", "dated"),
        ("Thursday, March 14, 2013", "2013-03-14", "dated"),
        ("*14 March 2013*", "2013-03-14", "dated"),
        ("05/05/2013", "2013-05-05", "dated"),
        ("By Jane Doe | March 14, 2013", "2013-03-14", "dated"),
        ("By Jane Doe, Harbour Gazette, March 14, 2013", "2013-03-14", "dated"),
    ],
)
def test_stamp_lines(line, day, kind):
    assert stamps_of(f"{HEADLINE}{line}\n{BODY}") == [(day, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "Published in 2013, the report found that rents had doubled.",
        "Prices updated on March 14, 2013 were higher than expected.",
        "The figures were Updated March 14, 2013 by the ministry.",
        "March 14, 2013 was the wettest day of the year.",
        "Posted 2 hours ago",
        "Updated: 16:53 GMT",
        "Published March 14",  # no year: never guessed
        "Last updated 04/03/2013",  # day and month could be swapped
        "Published: 2013-02-30",  # no such day
        "Published: 14/13/2013",
        "Mon 14 Mar 2024",  # 14 March 2024 was a Thursday: a garbled stamp
        "Published 14 March 13",  # a two-digit year is not read
    ],
)
def test_lines_that_are_not_stamps(line):
    assert stamps_of(f"{HEADLINE}{line}\n{BODY}") == []


def test_a_line_with_both_stamps_gives_both():
    line = "Published March 14, 2013 | Updated March 15, 2013"
    assert stamps_of(f"{HEADLINE}{line}\n{BODY}") == [
        ("2013-03-14", "published"),
        ("2013-03-15", "updated"),
    ]


def test_a_bare_date_counts_only_right_under_the_headline():
    lead = "First paragraph of the story.\nSecond paragraph.\nThird paragraph.\n"
    assert stamps_of(f"{HEADLINE}{lead}March 14, 2013\n{BODY}") == []
    # a keyword stamp may sit a little lower, after a byline and a standfirst
    standfirst = "A short summary of what the council decided.\n"
    assert stamps_of(f"{HEADLINE}{standfirst}By Jane Doe\nUpdated: March 14, 2013\n{BODY}") == [
        ("2013-03-14", "updated")
    ]


def test_a_stamp_deep_in_the_text_is_not_read():
    paragraphs = "".join(f"Paragraph {n} of the story goes on.\n" for n in range(6))
    assert stamps_of(f"{HEADLINE}{paragraphs}Published: 2013-03-14\n") == []


MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _written(day: datetime.date, style: int) -> str:
    """One day written in one of the supported stamp styles."""
    month = MONTH_NAMES[day.month - 1]
    weekday = WEEKDAY_NAMES[day.weekday()]
    return [
        f"Published: {day.isoformat()}",
        f"Published {day.day} {month} {day.year}",
        f"Posted on {month} {day.day}, {day.year} at 9:12 am",
        f"First published on {weekday[:3]} {day.day} {month[:3]} {day.year} 09.12 GMT",
        f"Updated: {month[:3]} {day.day}, {day.year}, 5:03 PM ET",
        f"{weekday} {day.day} {month} {day.year}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
    ][style]


@settings(max_examples=150, deadline=None)
@given(
    day=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)),
    style=st.integers(min_value=0, max_value=6),
)
def test_any_day_written_as_a_stamp_is_read_back_exactly(day, style):
    found = stamps_of(f"{HEADLINE}{_written(day, style)}\n{BODY}")
    assert [date for date, _ in found] == [day.isoformat()]


@settings(max_examples=100, deadline=None)
@given(day=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_numeric_days_are_read_only_when_the_order_is_certain(day):
    found = stamps_of(f"{HEADLINE}Last updated {day.day:02d}/{day.month:02d}/{day.year}\n{BODY}")
    certain = day.day > 12 or day.day == day.month
    assert found == ([(day.isoformat(), "updated")] if certain else [])


# ---- end to end: the stamp dates the article's relative dates ----


def _dates_json(capsys, *args: str) -> dict:
    code, out, err = run_main(capsys, "dates", *args, "--format", "json", "--no-cache")
    assert code == 0, err
    return json.loads(out)


def test_a_weekday_in_the_body_resolves_against_the_stamp(tmp_path, capsys):
    path = tmp_path / "harbour.md"
    path.write_text(f"# {HEADLINE}\nPublished: 2013-03-14\n{BODY}", encoding="utf-8")
    output = _dates_json(capsys, str(path))
    [document] = output["documents"]
    assert (document["published"], document["published_source"]) == ("2013-03-14", "stamp")
    # the stamp line is boilerplate: its own date is not reported as one of the text's dates
    assert [(d["text"], d["value"]) for d in output["dates"]] == [("Tuesday", "2013-03-12")]


def test_a_jsonl_record_without_published_uses_its_stamp(tmp_path, capsys):
    records = [
        {"id": "bare", "text": f"{HEADLINE}Posted on March 14, 2013 at 9:12 am\n{BODY}"},
        {
            "id": "dated",
            "text": f"{HEADLINE}Posted on March 14, 2013 at 9:12 am\n{BODY}",
            "published": "2013-03-20",
        },
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    output = _dates_json(capsys, str(path))
    documents = {d["id"]: (d["published"], d["published_source"]) for d in output["documents"]}
    assert documents == {"bare": ("2013-03-14", "stamp"), "dated": ("2013-03-20", "metadata")}
    values = {d["document"]: d["value"] for d in output["dates"]}
    assert values == {"bare": "2013-03-12", "dated": "2013-03-19"}
