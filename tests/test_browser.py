"""`--format timelinejs` in the real TimelineJS3 library, in headless Chromium.

The `@knight-lab/timelinejs` (and `mermaid`) npm packages are installed into a scratch folder
outside the repository (`$EVENTLINE_NPM_DIR`, else `~/.cache/eventline-tests/npm`); pages and
assets are served from a local folder. Skipped when npm or Chromium is missing.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.main import cli
from eventline.render.mermaid import mermaid_timeline
from eventline.render.timelinejs import timelinejs_document
from fixtures_calendar import calendar_timeline

PACKAGE = "@knight-lab/timelinejs@3"
MERMAID = "mermaid@11"
BROWSERS = ("chromium", "chromium-headless-shell", "chromium-browser", "google-chrome")
PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="assets/css/timeline.css">
<script src="assets/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 100%; height: 700px"></div>
<script>
var timeline = new TL.Timeline("timeline-embed", "timeline.json", {hash_bookmark: true});
timeline.on("ready", function () { document.body.setAttribute("data-ready", "yes"); });
</script></body></html>
"""


@pytest.fixture(scope="module")
def browser() -> str:
    found = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if found is None:
        pytest.skip("no Chromium on PATH")
    return found


def _npm_package(package: str, name: str, needed: str) -> Path:
    """An npm package's folder, installed once into the scratch folder (skip if impossible)."""
    default = Path.home() / ".cache" / "eventline-tests" / "npm"
    scratch = Path(os.environ.get("EVENTLINE_NPM_DIR", default))
    folder = scratch / "node_modules" / name
    if not (folder / needed).exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed")
        scratch.mkdir(parents=True, exist_ok=True)
        command = [npm, "install", "--prefix", str(scratch), "--no-audit", "--no-fund", package]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or not (folder / needed).exists():
            pytest.skip(f"could not install {package}: {done.stderr.strip()[-300:]}")
    return folder


@pytest.fixture(scope="module")
def timelinejs_dist() -> Path:
    """TimelineJS3's `dist/` folder."""
    return _npm_package(PACKAGE, "@knight-lab/timelinejs", "dist/js/timeline.js") / "dist"


@pytest.fixture(scope="module")
def mermaid_dist() -> Path:
    """Mermaid's `dist/` folder (the library GitHub and GitLab draw diagrams with)."""
    return _npm_package(MERMAID, "mermaid", "dist/mermaid.min.js") / "dist"


class _Headlines(HTMLParser):
    """Text of every `tl-headline` element (slides and time-axis markers) of a dumped DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.depth, self.texts, self.ready = 0, [], False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.ready |= attributes.get("data-ready") == "yes"
        if self.depth:
            self.depth += 1
        elif "tl-headline" in (attributes.get("class") or "").split():
            self.depth, self.texts = 1, [*self.texts, ""]

    def handle_endtag(self, tag):
        self.depth = max(self.depth - 1, 0)

    def handle_data(self, data):
        if self.depth:
            self.texts[-1] += data


def _dump_dom(browser: str, folder: Path, files: dict[str, str], assets: Path) -> str:
    """Serve `files` and `assets/` from a local folder; the page's DOM once its scripts ran."""
    (folder / "assets").symlink_to(assets, target_is_directory=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/page.html"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=15000"]
    try:
        done = subprocess.run(
            [browser, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=180
        )
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr[-1000:]
    return done.stdout


def _check(browser: str, dist: Path, folder: Path, document: dict) -> str:
    files = {"page.html": PAGE, "timeline.json": json.dumps(document)}
    dom = _dump_dom(browser, folder, files, dist)
    parser = _Headlines()
    parser.feed(dom)
    assert parser.ready, "TimelineJS never fired `ready`"
    shown = {" ".join(text.split()) for text in parser.texts}
    for slide in document["events"]:
        assert html.unescape(slide["text"]["headline"]) in shown
    return dom


def test_handmade_batch_draws_every_placed_event(browser, timelinejs_dist, tmp_path):
    document = timelinejs_document(calendar_timeline())
    dom = _check(browser, timelinejs_dist, tmp_path, document)
    assert "Week of 30 Oct 2023" in dom and "Q4 2023" in dom
    # the hostile title shows as text: escaped once by eventline, drawn once by TimelineJS
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; summit' in dom
    assert "ev-noyear: talks" in dom  # year-less: on the title slide only


def test_seeds_draw_every_placed_event(browser, timelinejs_dist, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = ["build", "seeds/", "--format", "timelinejs", "--reference-date", "2023-10-19"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["events"]
    _check(browser, timelinejs_dist, tmp_path, document)


MERMAID_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><script src="assets/mermaid.min.js"></script></head>
<body><pre class="mermaid">{code}</pre>
<script>
mermaid.initialize({{startOnLoad: false, securityLevel: "strict"}});
mermaid.run().then(
  function () {{ document.body.setAttribute("data-ready", "yes"); }},
  function (error) {{ document.body.setAttribute("data-error", String(error)); }}
);
</script></body></html>
"""


def test_mermaid_draws_the_markdown_timeline(browser, mermaid_dist, tmp_path):
    lines = mermaid_timeline(calendar_timeline().events)
    code = html.escape("\n".join(lines[1:-1]))  # inside the fence, as GitHub hands it over
    dom = _dump_dom(browser, tmp_path, {"page.html": MERMAID_PAGE.format(code=code)}, mermaid_dist)
    assert 'data-ready="yes"' in dom, dom[-2000:]
    assert "<svg" in dom and "#58;" not in dom  # entity codes were decoded, not shown
    words = " ".join(" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", dom)).split())
    assert "ev-week: talks" in words and "Year not known" in words
    assert "&lt;script&gt;" in words  # the hostile title is text in the diagram
