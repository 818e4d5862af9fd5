"""Output that cannot attack its reader: spreadsheets, Markdown, calendars, terminals."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from conftest import run_main
from eventline.render.safe import code_span, spreadsheet_cell, terminal_text, web_url

PLANNED = "The council will vote next Friday on the new library plan."


def hostile_batch(tmp_path) -> str:
    records = [
        {
            "id": '=HYPERLINK("http://evil.example","x")',
            "title": "`x` <img src=x onerror=alert(1)>",
            "url": "javascript:alert(1)",
            "text": "=SUM(A1) " + PLANNED,
            "published": "2023-10-10",
        },
        {
            "id": "esc\x1b[31mred\r+ ev-forged",
            "title": "\x1b]0;owned\x07",
            "url": "https://news.example/story\nX-Injected: 1",
            "text": "\x1b[2J" + PLANNED,
            "published": "2023-10-10",
        },
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_csv_cells_never_start_a_formula(tmp_path, capsys):
    batch = hostile_batch(tmp_path)
    for extra in ([], ["--records", "mentions"]):
        _, out, _ = run_main(capsys, "build", batch, "--events", "all", "--format", "csv", *extra)
        rows = list(csv.reader(io.StringIO(out)))[1:]
        assert rows
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
        assert any(c.startswith("'=") for c in cells)


def test_spreadsheet_cell_keeps_normal_text():
    assert spreadsheet_cell("2023-10-10") == "2023-10-10"
    assert spreadsheet_cell("Council") == "Council"
    assert spreadsheet_cell("-5") == "'-5"


def test_markdown_ids_stay_in_their_code_span_and_only_http_links(tmp_path, capsys):
    batch = hostile_batch(tmp_path)
    _, out, _ = run_main(capsys, "build", batch, "--events", "all", "--format", "markdown")
    assert "javascript:" not in out.lower()
    assert "<img" not in out.replace("\\<img", "")  # escaped in the title, fenced in the id
    assert not [line for line in out.splitlines() if line.startswith("+ ev-forged")]
    assert "X-Injected" not in out


def test_code_span_fences_any_backticks():
    assert code_span("plain") == "`plain`"
    assert code_span("a`b") == "``a`b``"
    assert code_span("``x") == "``` ``x ```"
    assert "\n" not in code_span("two\nlines")


@given(st.text())
def test_code_span_content_has_no_run_as_long_as_its_fence(text):
    span = code_span(text)
    fence = len(span) - len(span.lstrip("`"))
    inner = span[fence:-fence]
    assert "`" * fence not in inner


def test_ics_links_http_only_and_survives_a_far_source_date_epoch(tmp_path, capsys, monkeypatch):
    batch = hostile_batch(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "999999999999999")
    code, out, err = run_main(capsys, "build", batch, "--events", "all", "--format", "ics")
    assert code == 0, err
    assert "BEGIN:VEVENT" in out
    assert "URL:" not in out  # neither javascript: nor the URL holding a line break
    assert "X-Injected" not in out


def test_web_url():
    assert web_url("https://a.example/x") == "https://a.example/x"
    assert web_url("HTTP://A.EXAMPLE") == "HTTP://A.EXAMPLE"
    assert web_url("javascript:alert(1)") is None
    assert web_url("data:text/html,x") is None
    assert web_url("https://a.example/\nX: y") is None


def test_text_view_shows_no_terminal_escapes(tmp_path, capsys):
    batch = hostile_batch(tmp_path)
    code, out, err = run_main(capsys, "build", batch, "--events", "all")
    assert code == 0, err
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert "esc\ufffd[31mred\ufffd+ ev-forged" in out


def test_diff_shows_no_terminal_escapes_nor_forged_lines(tmp_path, capsys):
    batch = hostile_batch(tmp_path)
    old = tmp_path / "old.json"
    new = tmp_path / "new.json"
    old.write_text('{"eventline_version": "0.1.0", "documents": [], "events": []}')
    _, out, _ = run_main(capsys, "build", batch, "--events", "all", "--format", "json")
    new.write_text(out)
    code, out, err = run_main(capsys, "diff", str(old), str(new))
    assert "\x1b" not in out and "\r" not in out
    assert not [line for line in out.splitlines() if line.startswith("+ ev-forged")]


def test_problem_lines_show_no_terminal_escapes(tmp_path, capsys):
    bad = tmp_path / "bad\x1b[2J.jsonl"
    bad.write_text("{not json\n")
    good = tmp_path / "good.txt"
    good.write_text(PLANNED)
    code, _, err = run_main(capsys, "build", str(bad), str(good))
    assert code == 1 and "\x1b" not in err and "bad\ufffd[2J.jsonl" in err


@given(st.text())
def test_terminal_text_leaves_no_control_character(text):
    shown = terminal_text(text)
    assert not [c for c in shown if ord(c) < 32 or 0x7F <= ord(c) <= 0x9F]
    if text.isprintable():
        assert shown == text
