"""`--format ics`: parsed back with `icalendar`, on a hand-made batch and on the seeds."""

from __future__ import annotations

import datetime
import io
import json

import icalendar
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.common import unplaced_note
from eventline.cli.main import cli
from eventline.render.ics import render_ics
from fixtures_calendar import calendar_timeline


def _ics(timeline=None) -> str:
    out = io.StringIO()
    render_ics(timeline or calendar_timeline(), out)
    return out.getvalue()


def _vevents(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_only_announced_events_from_the_latest_news_on(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    events = _vevents(_ics())
    # past plans, occurred events, year-less and undated ones stay out
    assert sorted(events) == ["EV_Odd.Id", "ev-month", "ev-range", "ev-today", "ev-week"]
    status = {uid: str(event["STATUS"]) for uid, event in events.items()}
    assert status == {
        "EV_Odd.Id": "CONFIRMED",
        "ev-month": "TENTATIVE",
        "ev-range": "CANCELLED",
        "ev-today": "CONFIRMED",
        "ev-week": "CONFIRMED",
    }


def test_all_day_spans_with_exclusive_end(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    events = _vevents(_ics())
    days = {uid: (e.decoded("DTSTART"), e.decoded("DTEND")) for uid, e in events.items()}
    d = datetime.date
    assert days["ev-today"] == (d(2023, 10, 19), d(2023, 10, 20))
    assert days["ev-range"] == (d(2023, 10, 24), d(2023, 10, 27))
    assert days["ev-week"] == (d(2023, 10, 30), d(2023, 11, 6))
    assert days["ev-month"] == (d(2023, 11, 1), d(2023, 12, 1))
    assert str(events["ev-month"]["SUMMARY"]).endswith("(day not yet known)")
    assert str(events["ev-week"]["SUMMARY"]).endswith("(day not yet known)")
    assert "(day not yet known)" not in str(events["ev-today"]["SUMMARY"])
    assert str(events["EV_Odd.Id"]["SUMMARY"]) == '<script>alert("x")</script> & summit'
    assert str(events["ev-today"]["LOCATION"]) == "Pyongyang"
    assert str(events["ev-today"]["URL"]) == "https://x.org/?a=1&b=2"


def test_dtstamp_is_deterministic(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = _ics(), _ics()
    assert first == second and "\r\n" in first
    stamp = _vevents(first)["ev-today"].decoded("DTSTAMP")
    assert stamp == datetime.datetime(2023, 10, 19, tzinfo=datetime.timezone.utc)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stamp = _vevents(_ics())["ev-today"].decoded("DTSTAMP")
    assert stamp == datetime.datetime.fromtimestamp(1700000000, tz=datetime.timezone.utc)


def test_year_less_plans_are_counted_with_a_hint():
    note = unplaced_note(calendar_timeline(), "ics")
    assert note.startswith("--format ics left out 1 without a known year")
    assert "--reference-date" in note


def test_seeds_calendar_matches_the_timeline(monkeypatch):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    args = ["build", "seeds/", "--reference-date", "2023-10-19"]
    result = runner.invoke(cli, [*args, "--format", "ics"])
    assert result.exit_code == 0, result.output
    again = runner.invoke(cli, [*args, "--format", "ics"])
    assert again.stdout == result.stdout  # byte-identical across runs
    timeline = json.loads(runner.invoke(cli, [*args, "--format", "json"]).stdout)
    expected = {
        e["id"]
        for e in timeline["events"]
        if e["status"] in ("planned", "possible", "cancelled")
        and e["when"]
        and e["when"]["end"]
        and e["when"]["end"] >= "2023-10-19"
    }
    assert expected and set(_vevents(result.stdout)) == expected


def test_seeds_without_a_year_hint_on_stderr(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["build", "seeds/", "--format", "ics"])
    assert result.exit_code == 0
    assert not _vevents(result.stdout)
    assert "without a known year" in result.stderr and "--reference-date" in result.stderr
