"""The Mermaid `timeline` block that opens `--format markdown`."""

from __future__ import annotations

import io
import re

from eventline.render.markdown import render_markdown
from eventline.render.mermaid import escape_mermaid, mermaid_timeline
from fixtures_calendar import calendar_timeline


def _block() -> list[str]:
    return mermaid_timeline(calendar_timeline().events)


def test_colons_and_markup_become_entity_codes():
    assert escape_mermaid("Lavrov: visit #2; 50% <b>") == (
        "Lavrov#58; visit #35;2#59; 50#37; #lt;b#gt;"
    )
    assert escape_mermaid("two\nlines") == "two lines"


def test_sections_by_period_and_one_row_per_date():
    lines = _block()
    assert lines[:3] == ["```mermaid", "timeline", "    title Timeline"] and lines[-1] == "```"
    sections = [line.strip() for line in lines if line.strip().startswith("section ")]
    assert sections == [
        "section October 2023",
        "section November 2023",
        "section December 2023",
        "section Year not known",
    ]
    assert "        Week of 30 October 2023 : ev-week#58; talks" in lines
    assert "        Q4 2023 : ev-quarter#58; talks" in lines
    assert "        2 November (year unknown) : ev-noyear#58; talks" in lines
    assert not any("ev-undated" in line for line in lines)  # no period to put it in
    for line in lines[3:-1]:
        # after the separator, no raw colon, hash or angle bracket can split or mark up a title
        body = line.split(" : ", 1)[-1].removeprefix("            : ")
        assert not re.search(r"[:<>]|#(?!\w+;)", body), line


def test_markdown_opens_with_the_diagram_then_the_sections():
    out = io.StringIO()
    render_markdown(calendar_timeline(), out)
    text = out.getvalue()
    assert text.startswith("# Timeline\n\n10 events from 2 articles.\n\n```mermaid\ntimeline\n")
    assert text.index("```mermaid") < text.index("## Sunday 1 October 2023")


def test_nothing_dated_means_no_diagram():
    undated = [e for e in calendar_timeline().events if e.when is None]
    assert mermaid_timeline(undated) == []
