"""`--format html` in headless Chromium: every event is on the rendered page, as text.

Needs Debian's `chromium` (or `chromium-headless-shell`); `.ci/run` installs it when it can.
The page is opened from a file, with the network off: it must need nothing else.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.main import cli
from eventline.models import Timeline
from eventline.render.choose import VIEW_TOP
from eventline.render.html import render_html
from fixtures_big import big_timeline
from fixtures_calendar import calendar_timeline

BROWSERS = ("chromium", "chromium-headless-shell", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--hide-scrollbars",
)


@pytest.fixture(scope="module")
def browser() -> str:
    found = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if found is None:
        pytest.skip("no Chromium on PATH (apt-get install chromium; .ci/run does when it can)")
    return found


class _Page(HTMLParser):
    """The text of each `<h3>` (event titles), and every element name, of a dumped DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self.tags: set[str] = set()
        self.scripts = 0
        self.shown: list[str] = []
        """Ids of the events on screen (no `hidden` attribute once the page's script ran)."""
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.scripts += tag == "script"
        attributes = dict(attrs)
        if tag == "article" and "hidden" not in attributes:
            self.shown.append(attributes.get("id", ""))
        if tag == "h3":
            self.in_title, self.titles = True, [*self.titles, ""]

    def handle_endtag(self, tag):
        self.in_title = self.in_title and tag != "h3"

    def handle_data(self, data):
        if self.in_title:
            self.titles[-1] += data


def _chromium(browser: str, page: Path, *action: str) -> str:
    command = [browser, *FLAGS, *action, page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-1000:]
    return done.stdout


def _render(browser: str, timeline: Timeline, folder: Path, fragment: str = "") -> _Page:
    out = io.StringIO()
    render_html(timeline, out)
    page = folder / "timeline.html"
    page.write_text(out.getvalue(), encoding="utf-8")
    parsed = _Page()
    command = [browser, *FLAGS, "--dump-dom", page.as_uri() + fragment]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-1000:]
    parsed.feed(done.stdout)
    return parsed


def _seeds() -> Timeline:
    args = ["build", str(ROOT / "seeds"), "--format", "json", "--reference-date", "2023-10-19"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return Timeline.model_validate_json(result.stdout)


def test_every_seed_event_is_on_the_rendered_page(browser, tmp_path):
    timeline = _seeds()
    assert timeline.events
    page = _render(browser, timeline, tmp_path)
    assert page.titles == [event.title for event in timeline.events]


def test_hostile_text_is_shown_as_text_and_never_runs(browser, tmp_path):
    timeline = calendar_timeline()
    page = _render(browser, timeline, tmp_path)
    assert page.titles == [event.title for event in timeline.events]
    assert '<script>alert("x")</script> & summit' in page.titles
    assert page.scripts == 1  # the page's own filter: the title's tag stayed text


def test_the_page_draws_a_screenshot(browser, tmp_path):
    """The page draws (a picture worth looking at when the styles change)."""
    out = io.StringIO()
    render_html(_seeds(), out)
    page = tmp_path / "timeline.html"
    page.write_text(out.getvalue(), encoding="utf-8")
    picture = tmp_path / "timeline.png"
    _chromium(browser, page, "--window-size=1000,1400", f"--screenshot={picture}")
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size > 10_000  # more than a blank page


def test_a_big_page_opens_on_the_key_events_and_filters_every_event(browser, tmp_path):
    timeline = big_timeline(120)
    top = {e.id for e in timeline.events if e.rank <= VIEW_TOP}
    opened = _render(browser, timeline, tmp_path)
    assert set(opened.shown) == top  # the 30 most important, in date order
    name = timeline.events[0].participants[0].name
    wanted = {e.id for e in timeline.events if name in e.title}
    filtered = _render(browser, timeline, tmp_path, "#q=" + name.lower().replace(" ", "%20"))
    assert set(filtered.shown) == wanted and not wanted <= top  # beyond the key events too
    everything = _render(browser, timeline, tmp_path, "#all")
    assert len(everything.shown) == len(timeline.events)
