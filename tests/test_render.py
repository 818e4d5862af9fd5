"""Markdown, CSV and HTML renderers on a hand-made timeline (no spaCy)."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.main import cli
from eventline.models import (
    DocumentInfo,
    Event,
    EventArgument,
    Mention,
    Timeline,
    When,
)
from eventline.render.csv import COLUMNS, render_csv
from eventline.render.formats import DATES_FORMATS, TIMELINE_FORMATS
from eventline.render.html import render_html
from eventline.render.markdown import render_markdown


def _event(id: str, title: str, when: When | None, **extra) -> Event:
    return Event(id=id, type="meeting", title=title, status="planned", when=when, **extra)


def _timeline() -> Timeline:
    october = When(
        value="2023-10-19", start="2023-10-19", end="2023-10-19", granularity="day", text="Thursday"
    )
    sentence = 'Lavrov will hold "talks" <b>in</b> Pyongyang on Thursday.'
    talks = _event(
        "ev-1",
        'Lavrov, Ri: "talks" in <Pyongyang> & *more*',
        october,
        participants=[
            EventArgument(name="Sergey Lavrov", type="PERSON", entity="lavrov"),
            EventArgument(name="Ri Son Gwon", type="PERSON", entity="ri"),
        ],
        places=[EventArgument(name="Pyongyang", type="GPE", entity="pyongyang")],
        mentions=[
            Mention(
                document="a1",
                start=117,
                end=124,
                text='"talks"',
                sentence=sentence,
                sentence_start=100,
                sentence_end=100 + len(sentence),
            ),
            Mention(document="a2", start=5, end=10, text="talks"),
        ],
        sources=["a1", "a2"],
    )
    visit = _event("ev-2", "Lavrov: visit to North Korea", october, sources=["a2"])
    summit = _event("ev-3", "Summit", None, sources=["a1"])
    documents = [
        DocumentInfo(id="a1", title="Lavrov <to> visit", url="https://example.org/a?x=1&y=2"),
        DocumentInfo(id="a2", url="javascript:alert(1)"),
    ]
    return Timeline(
        eventline_version="0", documents=documents, entities=[], events=[talks, visit, summit]
    )


def _render(render) -> str:
    out = io.StringIO()
    render(_timeline(), out)
    return out.getvalue()


def test_markdown_groups_by_day_in_words_with_escaped_text_and_sources():
    text = _render(render_markdown)
    assert text.startswith("# Timeline\n\n3 events from 2 articles.\n")
    assert text.index("## Thursday 19 October 2023") < text.index("## Undated")
    assert text.count("## Thursday 19 October 2023") == 1
    assert r'- **Lavrov, Ri: "talks" in \<Pyongyang\> & \*more\*** (planned)' in text
    assert "  - Who: Sergey Lavrov, Ri Son Gwon" in text
    assert "  - When: “Thursday”" in text
    assert "2 sources: `a1` Lavrov \\<to\\> visit <https://example.org/a?x=1&y=2>; `a2`" in text


def test_csv_has_stable_columns_and_one_row_per_event():
    rows = list(csv.reader(io.StringIO(_render(render_csv))))
    assert tuple(rows[0]) == COLUMNS
    records = [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]
    assert [r["id"] for r in records] == ["ev-1", "ev-2", "ev-3"]
    talks = records[0]
    assert talks["title"] == 'Lavrov, Ri: "talks" in <Pyongyang> & *more*'
    assert talks["participants"] == "Sergey Lavrov; Ri Son Gwon"
    assert talks["sources"] == "a1; a2"
    assert talks["evidence"]  # the earliest report's sentence, for a reader to check
    assert (talks["value"], talks["start"], talks["granularity"]) == ("2023-10-19",) * 2 + ("day",)
    assert records[2]["value"] == records[2]["start"] == ""


def test_csv_is_deterministic_with_unix_line_ends():
    assert _render(render_csv) == _render(render_csv)
    assert "\r" not in _render(render_csv)


class _Page(HTMLParser):
    """Collects the text of every <h3> and every tag name and link on the page."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self.tags: list[str] = []
        self.links: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_title = tag == "h3"
        self.links += [value for name, value in attrs if name in ("href", "src")]
        if self._in_title:
            self.titles.append("")

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "h3"

    def handle_data(self, data):
        if self._in_title:
            self.titles[-1] += data


def test_html_page_lists_every_event_with_all_text_escaped():
    text = _render(render_html)
    page = _Page()
    page.feed(text)
    page.close()
    assert page.titles == [e.title for e in _timeline().events]
    assert page.tags.count("script") == 1 and "b" not in page.tags  # article text stays text
    assert set(page.links) == {"https://example.org/a?x=1&y=2"}  # no javascript: link
    assert "&lt;b&gt;in&lt;/b&gt;" in text and "<mark>&quot;talks&quot;</mark>" in text
    for needed in ("planned", "Sergey Lavrov", "Pyongyang", "<code>a2</code>", "Undated"):
        assert needed in text
    assert "http://" not in text.split("<body>")[0]  # no stylesheet or font is fetched


def test_every_listed_format_has_a_renderer_and_is_offered_by_the_cli():
    for fmt in [*TIMELINE_FORMATS.values(), *DATES_FORMATS.values()]:
        assert callable(fmt.renderer())
    build_help = CliRunner().invoke(cli, ["build", "--help"]).output
    assert "[" + "|".join(TIMELINE_FORMATS) + "]" in build_help.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("fmt", ["markdown", "csv", "html"])
def test_build_writes_each_format(fmt, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    target = tmp_path / f"timeline.{fmt}"
    result = CliRunner().invoke(cli, ["build", "seeds/", "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "Sergey Lavrov visits North Korea" in text
    assert "000_43cc2088f30f6874" in text
