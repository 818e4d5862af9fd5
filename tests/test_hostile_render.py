"""The per-event barrier of rendering: an event that fails to render is one problem line
(exit 1); every other event is still written, in every format."""

from __future__ import annotations

import csv
import importlib
import io
import json

import pytest

from conftest import run_main
from eventline.render.csv import render_csv
from eventline.render.guard import collecting_failures

SEEDS = "seeds/"
BUILD = ("build", SEEDS, "--events", "all", "--reference-date", "2023-10-19")


def fail_once(monkeypatch, module_name: str, function: str) -> None:
    """Make the first event `function` renders raise; the later ones render as usual."""
    module = importlib.import_module(module_name)
    original, calls = getattr(module, function), []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("broken on purpose")
        return original(*args, **kwargs)

    monkeypatch.setattr(module, function, failing)


def problem_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if "rendering event" in line]


@pytest.mark.parametrize(
    ("fmt", "module", "function"),
    [
        ("text", "eventline.render.terminal", "_event_lines"),
        ("markdown", "eventline.render.markdown", "_event_lines"),
        ("html", "eventline.render.html", "_event"),
        ("ics", "eventline.render.ics", "_vevent"),
        ("timelinejs", "eventline.render.timelinejs", "_slide"),
    ],
)
def test_one_event_that_fails_to_render_costs_only_that_event(
    capsys, monkeypatch, fmt, module, function
):
    code, whole, _ = run_main(capsys, *BUILD, "--format", fmt)
    assert code == 0
    fail_once(monkeypatch, module, function)
    code, out, err = run_main(capsys, *BUILD, "--format", fmt)
    assert code == 1
    [line] = problem_lines(err)
    assert "internal error while rendering event ev-" in line and line.endswith("please report")
    assert "RuntimeError: broken on purpose" in line and "Traceback" not in err
    assert out and len(out) < len(whole)  # written, without the one event


def test_json_keeps_every_other_event_in_a_valid_document(capsys, monkeypatch):
    code, whole, _ = run_main(capsys, *BUILD, "--format", "json")
    events = json.loads(whole)["events"]
    data = importlib.import_module("eventline.render.data")
    original = data._dump
    victim = events[1]["id"]
    monkeypatch.setattr(data, "_dump", lambda d: 1 / 0 if d.get("id") == victim else original(d))
    code, out, err = run_main(capsys, *BUILD, "--format", "json")
    assert code == 1
    [line] = problem_lines(err)
    assert victim in line and "ZeroDivisionError" in line
    assert [e["id"] for e in json.loads(out)["events"]] == [
        e["id"] for e in events if e["id"] != victim
    ]


@pytest.mark.parametrize(
    ("fmt", "records", "module", "function"),
    [
        ("csv", "events", "eventline.render.csv", "_row"),
        ("jsonl", "events", "eventline.render.data", "flat_record"),
        ("csv", "mentions", "eventline.render.records", "_event_rows"),
    ],
)
def test_row_formats_lose_the_rows_of_one_event_only(
    capsys, monkeypatch, fmt, records, module, function
):
    args = (*BUILD, "--format", fmt, "--records", records)
    _, whole, _ = run_main(capsys, *args)
    fail_once(monkeypatch, module, function)
    code, out, err = run_main(capsys, *args)
    assert code == 1 and len(problem_lines(err)) == 1
    rows = out.splitlines()
    assert 0 < len(rows) < len(whole.splitlines())
    assert set(rows) <= set(whole.splitlines())  # the others, byte for byte
    if fmt == "csv":
        list(csv.reader(io.StringIO(out)))  # still well-formed


def test_without_a_collector_a_failure_is_raised(capsys, monkeypatch):
    code, out, _ = run_main(capsys, *BUILD, "--format", "json")
    from eventline.models import Timeline

    timeline = Timeline.model_validate_json(out)
    fail_once(monkeypatch, "eventline.render.csv", "_row")
    with collecting_failures() as failures:
        render_csv(timeline, io.StringIO())
    assert [f.event.id for f in failures] == [timeline.events[0].id]
    fail_once(monkeypatch, "eventline.render.csv", "_row")
    with pytest.raises(RuntimeError):  # a library caller never loses an event unawares
        render_csv(timeline, io.StringIO())
