"""`diff_timelines` on hand-made timelines, and `eventline diff` on files."""

from __future__ import annotations

import io
import json

import pytest

from eventline.cli.main import main
from eventline.diff import diff_timelines, load_timeline
from eventline.errors import InputError
from eventline.models import DocumentInfo, Event, Mention, Timeline, When
from eventline.render.diff import render_diff_json, render_diff_text


def _when(value: str | None, start: str | None = None, end: str | None = None) -> When:
    return When(value=value, start=start, end=end, granularity="day", text=None)


def _event(id: str, when: When | None = None, status: str = "planned", **extra) -> Event:
    mentions = extra.pop("mentions", [Mention(document="a1", start=0, end=5, text="talks")])
    return Event(
        id=id,
        type="meeting",
        title=f"Event {id}",
        status=status,
        when=when,
        mentions=mentions,
        sources=sorted({m.document for m in mentions}),
        **extra,
    )


def _timeline(*events: Event, docs: tuple[str, ...] = ("a1",)) -> Timeline:
    documents = [DocumentInfo(id=doc) for doc in docs]
    return Timeline(eventline_version="0", documents=documents, entities=[], events=list(events))


def test_identical_timelines_have_no_changes():
    timeline = _timeline(_event("ev-1", _when("XXXX-10")))
    assert not diff_timelines(timeline, timeline).has_changes


def test_added_and_removed_events_are_matched_by_id():
    diff = diff_timelines(
        _timeline(_event("ev-1"), _event("ev-2")), _timeline(_event("ev-2"), _event("ev-3"))
    )
    assert [e.id for e in diff.added] == ["ev-3"]
    assert [e.id for e in diff.removed] == ["ev-1"]
    assert diff.changed == [] and diff.has_changes


@pytest.mark.parametrize(
    ("old", "new", "refined"),
    [
        (None, _when("2023-10-19", "2023-10-19", "2023-10-19"), True),
        (_when("XXXX-10"), _when("XXXX-10-19"), True),
        (_when("XXXX-10-19"), _when("2023-10-19", "2023-10-19", "2023-10-19"), True),
        (
            _when("2023-10", "2023-10-01", "2023-10-31"),
            _when("2023-W42", "2023-10-16", "2023-10-22"),
            True,
        ),
        (
            _when("2023-10-19", "2023-10-19", "2023-10-19"),
            _when("2023-10-20", "2023-10-20", "2023-10-20"),
            False,
        ),
        (_when("XXXX-10-19"), _when("XXXX-11"), False),
        (_when("XXXX-10-19"), None, False),
    ],
)
def test_a_date_change_is_refined_only_when_the_new_date_lies_within_the_old(old, new, refined):
    diff = diff_timelines(_timeline(_event("ev-1", old)), _timeline(_event("ev-1", new)))
    (change,) = diff.changed
    assert change.date is not None and change.date.refined is refined


def test_status_sources_and_mentions_changes():
    later = Mention(document="a2", start=40, end=45, text="talks")
    old = _timeline(_event("ev-1"))
    new = _timeline(
        _event("ev-1", status="occurred", mentions=[*old.events[0].mentions, later]),
        docs=("a1", "a2"),
    )
    diff = diff_timelines(old, new)
    (change,) = diff.changed
    assert (change.status.old, change.status.new) == ("planned", "occurred")
    assert change.sources_added == ["a2"] and change.mentions_added == [later]
    assert change.date is None and change.mentions_removed == []
    assert diff.documents_added == ["a2"]
    out = io.StringIO()
    render_diff_text(diff, out)
    assert out.getvalue() == (
        "documents: +a2\n"
        "~ ev-1  Event ev-1\n"
        "    status: planned → occurred\n"
        "    sources: +a2\n"
        "    mentions: +a2:40-45\n"
        "0 added, 0 removed, 1 changed\n"
    )
    out = io.StringIO()
    render_diff_json(diff, out)
    assert json.loads(out.getvalue())["changed"][0]["status"] == {
        "old": "planned",
        "new": "occurred",
    }


def _write(path, timeline: Timeline) -> str:
    path.write_text(timeline.model_dump_json(indent=2), encoding="utf-8")
    return str(path)


def _exit_code(*args: str) -> int:
    with pytest.raises(SystemExit) as done:
        main(list(args))
        raise SystemExit(0)
    return done.value.code


def test_cli_exit_code_is_1_only_with_changes_and_exit_code(tmp_path, capsys):
    old = _write(tmp_path / "old.json", _timeline(_event("ev-1")))
    new = _write(tmp_path / "new.json", _timeline(_event("ev-1"), _event("ev-2")))
    assert _exit_code("diff", old, new) == 0
    assert _exit_code("diff", old, new, "--exit-code") == 1
    assert _exit_code("diff", old, old, "--exit-code") == 0
    assert _exit_code("diff", old, new, "--format", "json") == 0
    outputs = capsys.readouterr().out
    assert "+ ev-2  undated  Event ev-2  [planned]" in outputs and "no changes" in outputs


def test_cli_diff_of_the_reviewed_examples_shows_refined_dates(capsys):
    from conftest import ROOT

    examples = ROOT / "examples"
    args = (str(examples / "seeds.timeline.json"), str(examples / "seeds.timeline.2023.json"))
    assert _exit_code("diff", *args, "--format", "json") == 0
    changed = json.loads(capsys.readouterr().out)["changed"]
    assert changed and all(change["date"]["refined"] for change in changed)


@pytest.mark.parametrize("content", ["{", '{"events": []}', "[1, 2]", "\xff\xfe"])
def test_a_file_that_is_not_a_timeline_is_a_one_line_error(tmp_path, capsys, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="latin-1")
    with pytest.raises(InputError):
        load_timeline(bad)
    good = _write(tmp_path / "good.json", _timeline())
    assert _exit_code("diff", str(bad), good) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "bad.json" in err


def test_a_missing_file_is_a_one_line_error(tmp_path, capsys):
    good = _write(tmp_path / "good.json", _timeline())
    assert _exit_code("diff", good, str(tmp_path / "missing.json")) == 2
    assert "missing.json: cannot read" in capsys.readouterr().err
