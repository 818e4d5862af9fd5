"""Hostile batches: one bad article or record never costs the batch, no tracebacks.

Inputs are generated here, in our own words; each test names the issue's bullet it covers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_main
from eventline.cli.main import main

GOOD = (
    "The mayor of Springfield announced on Monday that the city will open a new library "
    "next year. Council members approved the budget on Tuesday."
)


def run_process(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """Run eventline in a fresh process (for what needs real file descriptors)."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "eventline", *args], stderr=subprocess.PIPE, timeout=180, **kwargs
    )


def run_shell(command: str) -> subprocess.CompletedProcess:
    """Run eventline under bash, for redirections such as `<&-` and pipes."""
    return subprocess.run(
        f"set -o pipefail; {command.replace('eventline', f'{sys.executable} -m eventline', 1)}",
        shell=True,
        capture_output=True,
        timeout=180,
        executable="/bin/bash",
    )


def write_jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def documents(output: str) -> list[str]:
    return [doc["id"] for doc in json.loads(output)["documents"]]


def test_an_article_whose_analysis_fails_is_one_problem_line_and_the_rest_goes_on(
    tmp_path, capsys, monkeypatch
):
    """The per-article barrier: a crash inside analysis names the article, exit 1."""
    import eventline.analyse.article as analysis

    real = analysis.find_timexes

    def exploding(doc, published, ignored, text):
        if "explode" in text:
            raise ValueError("boom")
        return real(doc, published, ignored, text)

    monkeypatch.setattr(analysis, "find_timexes", exploding)
    batch = write_jsonl(
        tmp_path / "batch.jsonl",
        [
            {"id": "bad", "text": "This article will explode the analyser."},
            {"id": "ok", "text": GOOD},
        ],
    )
    code, out, err = run_main(capsys, "build", "--no-cache", batch, "--format", "json")
    assert code == 1
    assert documents(out) == ["ok"]
    assert err.strip().splitlines() == [
        f"eventline: {batch}:1: internal error while analysing bad: ValueError: boom; please report"
    ]


def test_a_failing_parse_costs_only_its_own_article(tmp_path, capsys, monkeypatch):
    """A spaCy failure inside a bulk parse is retried article by article."""
    from eventline.nlp import long_texts

    real = long_texts.parse_texts

    def failing_pipe(nlp, texts, batch_size=32):
        texts = list(texts)
        if any("poison" in t for t in texts):
            raise RuntimeError("poisoned")
        return real(nlp, texts, batch_size)

    monkeypatch.setattr(long_texts, "parse_texts", failing_pipe)
    batch = write_jsonl(
        tmp_path / "batch.jsonl",
        [
            {"id": "a", "text": GOOD},
            {"id": "p", "text": "A poison pill."},
            {"id": "b", "text": GOOD},
        ],
    )
    code, out, err = run_main(capsys, "build", "--no-cache", batch, "--format", "json")
    assert code == 1
    assert documents(out) == ["a", "b"]
    assert "internal error while analysing p: RuntimeError: poisoned" in err


def test_dates_past_the_calendar_cost_one_article_not_the_batch(tmp_path, capsys):
    """Safety net for the calendar crashes (fixed at the source in the temporal code)."""
    records = [
        {"id": "far", "text": "It began 999999 days ago.", "published": "2023-10-10"},
        {"id": "edge", "text": "The vote was yesterday.", "published": "0001-01-01"},
        {"id": "ok", "text": GOOD, "published": "2023-10-10"},
    ]
    batch = write_jsonl(tmp_path / "batch.jsonl", records)
    for command in (["build", "--format", "json"], ["dates", "--format", "json"], ["extract"]):
        code, out, err = run_main(capsys, command[0], batch, *command[1:])
        assert "Traceback" not in err
        assert "ok" in out
        assert code in (0, 1)


def test_lone_surrogates_in_jsonl_text_title_and_id_are_replaced(tmp_path, capsys):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "a\\ud800", "title": "t\\udfff", "text": "Hello \\ud800 world. '
        + GOOD
        + '"}\n'
        + json.dumps({"id": "b", "text": GOOD})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run_main(capsys, "build", str(batch), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["a\ufffd", "b"]
    assert data["documents"][0]["title"] == "t\ufffd"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 file names")
def test_a_file_name_that_is_not_utf8_is_read(tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as handle:
        handle.write(GOOD)
    code, out, err = run_main(capsys, "build", str(folder), "--format", "json")
    assert code == 0, err
    assert documents(out) == ["caf\ufffd", "good"]


def test_max_chars_above_a_million_and_huge_max_chars_work(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    for limit in ("2000000", str(10**30)):
        code, out, err = run_main(capsys, "build", str(article), "--max-chars", limit)
        assert code == 0 and "Traceback" not in err


def test_closed_stdin_is_no_problem_unless_it_is_an_input(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    unused = run_shell(f"eventline build {article} <&-")
    assert unused.returncode == 0, unused.stderr
    both = run_shell(f"eventline build {article} - <&-")
    assert both.returncode == 1
    assert both.stderr.decode().strip() == "eventline: -: standard input is closed"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_line_not_a_traceback(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    with open("/dev/full", "w") as full:
        process = run_process("build", str(article), stdout=full)
    assert process.returncode == 2
    assert process.stderr.decode().strip().splitlines() == [
        "eventline: standard output: cannot write (No space left on device)"
    ]


def test_closed_stdout_is_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    process = run_shell(f"eventline build {article} >&-")
    assert process.returncode == 2
    assert process.stderr.decode().strip() == "eventline: standard output is closed"


def test_non_utf8_locale_does_not_crash_the_output(tmp_path):
    batch = write_jsonl(tmp_path / "b.jsonl", [{"id": "caf\u00e9 \u2014 \u4e2d", "text": GOOD}])
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}
    process = run_process("build", batch, "--format", "json", env=env)
    assert process.returncode == 0, process.stderr
    assert "caf\u00e9 \u2014 \u4e2d" in process.stdout.decode("utf-8")


def test_a_pipe_closed_early_is_a_normal_end(tmp_path):
    batch = write_jsonl(tmp_path / "b.jsonl", [{"id": f"n{i}", "text": GOOD} for i in range(40)])
    for fmt in ("text", "csv", "jsonl"):
        process = run_shell(f"eventline build {batch} --events all --format {fmt} | head -c 10")
        assert len(process.stdout) == 10
        assert process.returncode == 0 and process.stderr == b"", fmt


def test_folders_nested_deeper_than_the_recursion_limit(tmp_path, capsys):
    folder = tmp_path / "deep"
    path = folder
    folder.mkdir()
    for _ in range(sys.getrecursionlimit() + 50):
        path = path / "a"
        path.mkdir()  # one by one: `os.makedirs` itself recurses
    (path / "x.txt").write_text(GOOD)
    try:
        code, out, err = run_main(capsys, "build", str(folder), "--format", "json")
    finally:
        while path != tmp_path:  # bottom up: pytest's own clean-up would recurse
            for child in path.iterdir():
                child.unlink()
            path.rmdir()
            path = path.parent
    assert code == 0, err
    assert documents(out) == ["x"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_a_folder_is_skipped_with_one_line(tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    os.mkfifo(folder / "pipe.txt")
    code, out, err = run_main(capsys, "build", str(folder), "--format", "json")
    assert code == 1
    assert documents(out) == ["good"]
    message = "not a regular file (a FIFO, socket or device), skipped"
    assert err.strip() == f"eventline: {folder / 'pipe.txt'}: {message}"


def test_an_empty_part_shard_is_not_an_error(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    shards = tmp_path / "shards"
    shards.mkdir()
    code, out, _ = run_main(capsys, "extract", str(article))
    (shards / "part-00000").write_text(out)
    (shards / "part-00001").write_text("")
    code, out, err = run_main(capsys, "resolve", str(shards), "--format", "json")
    assert code == 0, err
    assert documents(out) == ["a"]


ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(ANY_CHARACTER),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
FIELDS = ("id", "text", "title", "published", "date", "url", "source")


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(FIELDS),
    JSON_VALUES | st.text(ANY_CHARACTER),
    st.binary(max_size=60),
    st.sampled_from([["build", "--format", "json"], ["dates", "--format", "json"], ["extract"]]),
)
def test_hostile_jsonl_never_gives_a_traceback_nor_loses_a_good_article(
    tmp_path_factory, capsys, field, value, junk, command
):
    folder = tmp_path_factory.mktemp("fuzz")
    hostile = {"id": "hostile", "text": GOOD, field: value}
    lines = [
        json.dumps(hostile, ensure_ascii=True).encode(),  # lone surrogates as \\udXXX escapes
        junk.replace(b"\n", b" "),
        json.dumps({"id": "good", "text": GOOD}).encode(),
    ]
    batch = folder / "batch.jsonl"
    batch.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run_main(capsys, *command, str(batch), "-j", "1", "-q")
    assert "Traceback" not in err
    assert code in (0, 1), err
    assert '"good"' in out


def test_an_unexpected_error_outside_any_article_is_one_line(tmp_path, capsys, monkeypatch):
    """The last barrier in `main`: no traceback, exit 1, the traceback on request."""
    import eventline.api as pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("resolver \x1b[2Jbroke")

    monkeypatch.setattr(pipeline, "resolve", broken)
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    code, _, err = run_main(capsys, "build", str(article), "--no-cache")
    assert code == 1
    assert err.strip().splitlines() == [
        "eventline: internal error: RuntimeError: resolver \ufffd[2Jbroke; please report "
        "(set EVENTLINE_DEBUG=1 for the traceback)"
    ]
    monkeypatch.setenv("EVENTLINE_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["build", str(article), "--no-cache"])


def test_ics_writes_an_event_on_the_calendars_last_day():
    import io

    from eventline.models import Event, Timeline, When
    from eventline.render.ics import render_ics

    when = When(
        value="9999-12-31", start="9999-12-31", end="9999-12-31", granularity="day", text="x"
    )
    event = Event(id="ev-1", type="meeting", title="Last meeting", status="planned", when=when)
    out = io.StringIO()
    render_ics(Timeline(eventline_version="0", documents=[], entities=[], events=[event]), out)
    assert "DTSTART;VALUE=DATE:99991231" in out.getvalue()
