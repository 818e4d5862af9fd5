"""Views of a generated 1,000-event batch stay usable and within Mermaid's and GitHub's limits."""

from __future__ import annotations

import io
import json

from rich.console import Console

from eventline.cli.common import more_note
from eventline.render.choose import VIEW_TOP, EventChoice, choose
from eventline.render.html import render_html
from eventline.render.markdown import render_markdown
from eventline.render.mermaid import MAX_EVENTS
from eventline.render.terminal import render_timeline
from eventline.render.timelinejs import render_timelinejs
from fixtures_big import big_timeline

MERMAID_MAX_TEXT = 50_000
"""Mermaid's default `maxTextSize`: a bigger diagram is refused, not drawn."""
GITHUB_COMMENT = 65_536
"""Characters in one GitHub comment (the Actions example posts the Markdown view)."""

BATCH = big_timeline(1000)


def _mermaid(markdown: str) -> str:
    return markdown.split("```mermaid\n", 1)[1].split("```", 1)[0]


def _view(render, top=None) -> str:
    timeline, cut = choose(BATCH, EventChoice(top=top), view=True)
    more = more_note(*cut) if cut else None
    out = io.StringIO()
    render(timeline, out, **({"more": more} if more else {}))
    return out.getvalue()


def test_the_default_markdown_view_fits_a_github_comment_and_says_what_it_left_out():
    text = _view(render_markdown)
    assert len(text) < GITHUB_COMMENT
    assert text.count("\n- **") == VIEW_TOP
    assert text.rstrip().endswith(
        "pass --top all to see every event, or --top N for the N most important."
    )
    assert "970 more events" in text.rstrip().splitlines()[-1]


def test_every_event_in_markdown_still_draws_a_diagram_within_mermaids_limit():
    text = _view(render_markdown, top="all")
    assert text.count("\n- **") == 1000
    diagram = _mermaid(text)
    assert len(diagram) < MERMAID_MAX_TEXT
    rows = [line for line in diagram.splitlines() if " : " in line or line.strip().startswith(": ")]
    assert len(rows) == MAX_EVENTS
    assert f"the {MAX_EVENTS} most important of 1000 dated events" in diagram


def test_the_text_view_shows_the_top_events_and_ends_with_how_to_see_the_rest():
    timeline, cut = choose(BATCH, EventChoice(), view=True)
    more = more_note(*cut) if cut else None
    out = io.StringIO()
    render_timeline(timeline, Console(file=out, width=100, no_color=True), more=more)
    lines = out.getvalue().rstrip().splitlines()
    assert sum(line.startswith("  • ") for line in lines) == VIEW_TOP
    assert lines[-1].startswith("970 more events") and "--top all" in lines[-1]


def test_timelinejs_gets_the_top_slides_and_says_how_many_more():
    document = json.loads(_view(render_timelinejs))
    assert len(document["events"]) == VIEW_TOP
    assert "970 more events" in document["title"]["text"]["text"]


def test_the_html_page_holds_every_event_and_opens_on_the_top_ones():
    out = io.StringIO()
    render_html(BATCH, out)
    page = out.getvalue()
    assert page.count('<article class="event') == 1000
    assert page.count('<article class="event"') == VIEW_TOP  # the others are `event minor`
    assert 'id="show-all"' in page and 'id="filter"' in page
