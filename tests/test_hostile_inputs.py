"""Hostile inputs that used to be silently wrong or lost, and the small messages."""

from __future__ import annotations

import itertools
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_main

GOOD = (
    "The mayor of Springfield announced on Monday that the city will open a new library "
    "next year. Council members approved the budget on Tuesday."
)


def ids(output: str) -> list[str]:
    return [doc["id"] for doc in json.loads(output)["documents"]]


def test_utf16_le_jsonl_without_bom_keeps_its_first_record(tmp_path, capsys):
    path = tmp_path / "wide.jsonl"
    lines = [json.dumps({"id": f"r{n}", "text": GOOD}) for n in (1, 2)]
    path.write_bytes("\n".join(lines).encode("utf-16-le"))
    code, out, err = run_main(capsys, "build", str(path), "--format", "json")
    assert code == 0, err
    assert ids(out) == ["r1", "r2"]


def test_a_malformed_published_is_warned_about_and_quiet_silences_it(tmp_path, capsys, caplog):
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps({"id": "a", "text": GOOD, "published": "last Tuesday"}) + "\n")
    code, _, _ = run_main(capsys, "build", str(path))
    assert code == 0
    assert f"{path}:1: `published` 'last Tuesday' is not a YYYY-MM-DD date; ignored" in caplog.text
    caplog.clear()
    code, _, err = run_main(capsys, "build", str(path), "--quiet")
    assert code == 0 and err == "" and caplog.text == ""


def test_malformed_json_message_says_at_once(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a\x01b"}\n' + json.dumps({"text": GOOD}) + "\n")
    code, _, err = run_main(capsys, "build", str(path))
    assert code == 1
    assert "at at" not in err and "Invalid control character at column" in err


def test_an_empty_string_id_is_called_empty(tmp_path, capsys):
    path = tmp_path / "ids.jsonl"
    path.write_text(
        json.dumps({"id": " ", "text": GOOD}) + "\n" + json.dumps({"text": GOOD}) + "\n"
    )
    code, _, err = run_main(capsys, "build", str(path), "--strict")
    assert code == 1
    assert "record `id` is empty" in err and "a str" not in err


def test_an_empty_cache_dir_and_a_week_date_are_usage_errors(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    code, _, err = run_main(capsys, "build", str(article), "--cache-dir", "")
    assert code == 2 and "--cache-dir" in err
    code, _, err = run_main(capsys, "build", str(article), "--reference-date", "2023-W42")
    assert code == 2 and "YYYY-MM-DD" in err


def test_jobs_above_the_cores_are_capped_with_a_note(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    many = (os.cpu_count() or 1) + 7
    code, _, err = run_main(capsys, "build", str(article), "-j", str(many), "--no-cache")
    assert code == 0
    assert f"-j {many} is more than the {os.cpu_count()} cores" in err


def _same_stem_batch(tmp_path) -> list[str]:
    for folder in ("left", "right"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"{GOOD} The {folder} desk wrote it.")
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": GOOD, "published": "2023-10-09"}) + "\n"
    )
    return [
        str(tmp_path / "left"),
        str(tmp_path / "right" / "report.txt"),
        str(tmp_path / "wire.jsonl"),
    ]


def test_files_with_the_same_stem_get_ids_that_do_not_depend_on_order(tmp_path, capsys):
    sources = _same_stem_batch(tmp_path)
    outputs = set()
    for order in itertools.permutations(sources):
        code, out, err = run_main(capsys, "build", *order, "--format", "json", "--events", "all")
        assert code == 0, err
        outputs.add(out)
    assert len(outputs) == 1
    assert sorted(ids(outputs.pop())) == sorted(
        [f"report@{tmp_path / 'left' / 'report.txt'}", f"report@{sources[1]}", "w1"]
    )


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.permutations(range(3)), st.sampled_from(["json", "csv", "markdown", "text"]))
def test_argument_order_never_changes_the_bytes(tmp_path_factory, capsys, order, fmt):
    tmp_path = tmp_path_factory.mktemp("order")
    sources = _same_stem_batch(tmp_path)
    first = run_main(capsys, "build", *sources, "--format", fmt)
    again = run_main(capsys, "build", *[sources[i] for i in order], "--format", fmt)
    assert first == again


def test_front_matter_of_more_than_a_hundred_lines_is_metadata(tmp_path, capsys):
    fields = "".join(f"tag{n}: value {n}\n" for n in range(150))
    article = tmp_path / "long-front.md"
    article.write_text(f"---\ntitle: Library plan\n{fields}published: 2023-10-09\n---\n{GOOD}")
    code, out, err = run_main(capsys, "build", str(article), "--format", "json")
    assert code == 0, err
    document = json.loads(out)["documents"][0]
    assert document["title"] == "Library plan" and document["published"] == "2023-10-09"


def test_html_nested_deeper_than_255_elements_keeps_its_text(tmp_path, capsys):
    body = "<div>" * 300 + f"<p>{GOOD} The debate went on for hours.</p>" + "</div>" * 300
    page = tmp_path / "deep.html"
    page.write_text(
        f"<html><head><title>Deep</title></head><body><article>{body}</article></body></html>"
    )
    code, out, err = run_main(capsys, "build", str(page), "--format", "json", "--events", "all")
    assert code == 0, err
    assert json.loads(out)["events"]
