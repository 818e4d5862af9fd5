"""Records read back (analyses from `extract`, cache entries) are checked for internal
consistency: a tampered one is one problem line, never a crash nor silently used."""

from __future__ import annotations

import json

import pytest

from conftest import run_main

TEXT = (
    "Officials in Springfield said on Monday that Mayor Ann Lee will visit Shelbyville on "
    "Friday. Lee met the council on Tuesday, and the meeting was tense."
)


@pytest.fixture(scope="module")
def analysis_lines(tmp_path_factory) -> list[dict]:
    folder = tmp_path_factory.mktemp("records")
    batch = folder / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"id": name, "text": TEXT, "published": "2023-10-09"}) + "\n"
            for name in ("one", "two")
        )
    )
    from click.testing import CliRunner

    from eventline.cli.main import cli

    out = CliRunner().invoke(cli, ["extract", "--no-cache", str(batch)]).output
    return [json.loads(line) for line in out.splitlines()]


def _with_events(record: dict) -> dict:
    assert record["events"] and record["entities"] and record["timexes"]
    return json.loads(json.dumps(record))


TAMPERINGS = {
    "unknown entity": lambda r: r["events"][0].update(
        participants=[{"entity": "e999", "role": "agent"}]
    ),
    "timex 99": lambda r: r["events"][0].update(timex=99),
    "timex -1": lambda r: r["events"][0].update(timex=-1),
    "short sentence_texts": lambda r: r.update(sentence_texts=r["sentence_texts"][:-1]),
    "corefers_with out of range": lambda r: r["events"][0].update(corefers_with=500),
    "corefers_with cross-article": lambda r: r["events"][-1].update(
        corefers_with=len(r["events"]) + 1
    ),
    "corefers_with forward": lambda r: r["events"][0].update(corefers_with=0),
}


@pytest.mark.parametrize("tampering", sorted(TAMPERINGS))
def test_resolve_refuses_a_tampered_analysis_and_keeps_the_others(
    tmp_path, capsys, analysis_lines, tampering
):
    bad = _with_events(analysis_lines[0])
    TAMPERINGS[tampering](bad)
    path = tmp_path / "analyses.jsonl"
    path.write_text(json.dumps(bad) + "\n" + json.dumps(analysis_lines[1]) + "\n")
    code, out, err = run_main(capsys, "resolve", str(path), "--format", "json")
    assert code == 1, err
    assert [doc["id"] for doc in json.loads(out)["documents"]] == ["two"]
    assert err.startswith(f"eventline: {path}:1: not an eventline analysis (")
    assert len(err.strip().splitlines()) == 1


def test_a_tampered_cache_entry_is_a_miss(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    cache = tmp_path / "cache"
    args = ("build", str(article), "--cache-dir", str(cache), "--format", "json", "--events", "all")
    code, first, _ = run_main(capsys, *args)
    assert code == 0
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 1
    record = json.loads(entries[0].read_text())
    record["events"][0]["timex"] = 99
    entries[0].write_text(json.dumps(record))
    code, again, err = run_main(capsys, *args)
    assert code == 0, err
    assert again == first


def test_malformed_analyses_lines_say_where_once(tmp_path, capsys, analysis_lines):
    path = tmp_path / "analyses.jsonl"
    path.write_text('{"text": "a\x01b"}\n' + json.dumps(analysis_lines[1]) + "\n")
    code, _, err = run_main(capsys, "resolve", str(path))
    assert code == 1
    assert "Invalid control character at column" in err and "at at" not in err
