"""`--format timelinejs`: the TimelineJS3 document's structure on a hand-made batch."""

from __future__ import annotations

import io
import json
import re

from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.common import unplaced_note
from eventline.cli.main import cli
from eventline.render.timelinejs import render_timelinejs, unique_id
from fixtures_calendar import calendar_timeline


def _document() -> tuple[str, dict]:
    out = io.StringIO()
    render_timelinejs(calendar_timeline(), out)
    return out.getvalue(), json.loads(out.getvalue())


def _slides() -> dict[str, dict]:
    return {slide["unique_id"]: slide for slide in _document()[1]["events"]}


def test_unique_ids_are_deep_link_safe():
    assert unique_id("EV_Odd.Id") == "ev-odd-id"
    assert unique_id("9abc") == "ev-9abc"
    assert unique_id("ev-f17494a0eb05") == "ev-f17494a0eb05"
    for slide_id in _slides():
        assert re.fullmatch(r"[a-z][a-z0-9-]*", slide_id)


def test_year_less_and_undated_events_only_on_the_title_slide():
    slides = _slides()
    assert "ev-noyear" not in slides and "ev-undated" not in slides
    assert len(slides) == 8
    title = _document()[1]["title"]["text"]["text"]
    assert "ev-noyear: talks (2 November (year unknown))" in title
    assert "ev-undated: talks (undated)" in title
    assert "1 without a known year and 1 undated" in title
    note = unplaced_note(calendar_timeline(), "timelinejs")
    assert "1 without a known year and 1 undated" in note and "--reference-date" in note


def test_dates_hold_only_the_known_parts():
    slides = _slides()
    assert slides["ev-today"]["start_date"] == {"year": 2023, "month": 10, "day": 19}
    assert "end_date" not in slides["ev-today"] and "display_date" not in slides["ev-today"]
    assert slides["ev-month"]["start_date"] == {"year": 2023, "month": 11}
    assert "end_date" not in slides["ev-month"]
    week = slides["ev-week"]
    assert week["start_date"] == {"year": 2023, "month": 10, "day": 30}
    assert week["end_date"] == {"year": 2023, "month": 11, "day": 5}
    assert week["display_date"] == "Week of 30 Oct 2023"
    quarter = slides["ev-quarter"]
    assert (quarter["start_date"], quarter["end_date"]) == (
        {"year": 2023, "month": 10},
        {"year": 2023, "month": 12},
    )
    assert quarter["display_date"] == "Q4 2023"
    assert slides["ev-range"]["display_date"] == "24 Oct 2023 – 26 Oct 2023"


def test_all_article_text_is_escaped_and_evidence_is_a_blockquote():
    raw, document = _document()
    assert "<script" not in raw and "<b>" not in raw and "<Son>" not in raw
    slide = _slides()["ev-odd-id"]
    assert (
        slide["text"]["headline"]
        == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; summit"
    )
    assert "Ri &lt;Son&gt; Gwon" in slide["text"]["text"]
    media = slide["media"]
    assert media["url"].startswith("<blockquote>Officials said &lt;b&gt;&quot;EV_Odd.Id")
    assert media["url"].endswith("</blockquote>")
    assert media["credit"] == '<a href="https://x.org/?a=1&amp;b=2">Talks &lt;soon&gt;</a>'
    assert "javascript:" not in raw


def test_output_is_deterministic():
    assert _document()[0] == _document()[0]


def test_seeds_build(monkeypatch):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    args = ["build", "seeds/", "--reference-date", "2023-10-19"]
    result = runner.invoke(cli, [*args, "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    timeline = json.loads(runner.invoke(cli, [*args, "--format", "json"]).stdout)
    placed = [e for e in timeline["events"] if e["when"] and e["when"]["start"]]
    assert placed and [s["unique_id"] for s in document["events"]] == [e["id"] for e in placed]
    assert all("year" in slide["start_date"] for slide in document["events"])
    undated = len(timeline["events"]) - len(placed)
    assert f"left out {undated} undated" in result.stderr
    assert "--reference-date" not in result.stderr  # every article has a year now
