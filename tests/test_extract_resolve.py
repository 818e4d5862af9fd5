"""`extract` (map) and `resolve` (reduce): `build` = `extract` + `resolve`, byte for byte."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.main import cli, main
from eventline.models import FORMAT_VERSION, ArticleAnalysis, InputProblem
from eventline.run.analyses_file import read_analyses

FIXTURE = "tests/fixtures/extract"
SOURCES = {"seeds": ["seeds/"], "fixture": [f"{FIXTURE}/articles.jsonl", f"{FIXTURE}/more.jsonl"]}


@pytest.fixture(autouse=True)
def _from_project_root(monkeypatch):
    """Paths in the output are as given on the command line: run from the project root."""
    monkeypatch.chdir(ROOT)


def run(*args: str, input: str | None = None):
    """The CLI in-process (the spaCy pipeline stays loaded between tests)."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    """`main` in-process: exit code (as `main` maps errors), stdout, stderr."""
    with pytest.raises(SystemExit) as done:
        main(list(args))
        raise SystemExit(0)
    captured = capsys.readouterr()
    return done.value.code, captured.out, captured.err


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, str]:
    """`extract` of each input set, written to a file: name -> path."""
    folder = tmp_path_factory.mktemp("extracted")
    paths = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        for name, sources in SOURCES.items():
            paths[name] = str(folder / f"{name}.jsonl")
            result = run("extract", *sources, "-o", paths[name])
            assert result.exit_code == 0, result.output
    return paths


@pytest.mark.parametrize("name", sorted(SOURCES))
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_build_equals_extract_then_resolve(extracted, tmp_path, name, fmt):
    built, resolved = tmp_path / "built", tmp_path / "resolved"
    assert run("build", *SOURCES[name], "--format", fmt, "-o", str(built)).exit_code == 0
    result = run("resolve", extracted[name], "--format", fmt, "-o", str(resolved))
    assert result.exit_code == 0, result.output
    assert resolved.read_bytes() == built.read_bytes()


def test_extract_writes_one_versioned_record_per_article_in_input_order(extracted):
    lines = open(extracted["fixture"], encoding="utf-8").read().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["document"]["id"] for r in records] == [  # a repeated id names its place, always
        f"wire-1@{FIXTURE}/articles.jsonl:1",
        "wire-2",
        "wire-3",
        f"wire-1@{FIXTURE}/more.jsonl:1",
    ]
    assert {r["format_version"] for r in records} == {FORMAT_VERSION}
    for line in lines:  # the records round-trip exactly
        assert ArticleAnalysis.model_validate_json(line).model_dump_json() == line


def test_shards_extracted_apart_resolve_like_one_build(tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    for number, source in enumerate(SOURCES["fixture"]):
        output = str(shards / f"part-{number:05d}")
        assert run("extract", source, "-o", output).exit_code == 0
    (shards / "_SUCCESS").write_text("")  # Spark's marker files are skipped
    built = run("build", *SOURCES["fixture"], "--format", "json").output
    assert run("resolve", str(shards), "--format", "json").output == built


def test_merge_into_an_earlier_timeline_like_build(extracted, tmp_path):
    earlier = tmp_path / "earlier.json"
    earlier.write_text(run("build", SOURCES["fixture"][1], "--format", "json").output)
    merged = run("build", SOURCES["fixture"][0], "--format", "json", "--merge", str(earlier))
    shard = str(tmp_path / "shard.jsonl")
    assert run("extract", SOURCES["fixture"][0], "-o", shard).exit_code == 0
    result = run("resolve", shard, "--format", "json", "--merge", str(earlier))
    assert result.output == merged.output


def test_resolve_reads_standard_input(extracted):
    analyses = open(extracted["seeds"], encoding="utf-8").read()
    built = run("build", "seeds/", "--format", "json").output
    assert run("resolve", "-", "--format", "json", input=analyses).output == built


def test_bad_lines_are_reported_one_each_and_the_rest_resolved(extracted, tmp_path, capsys):
    good = open(extracted["seeds"], encoding="utf-8").read().splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([good[0], "{oops", "[1, 2]", '{"format_version": 1}', good[1]]))
    built = run("build", "seeds/", "--format", "json").output
    code, out, err = run_main(capsys, "resolve", str(bad), "--format", "json")
    assert code == 1
    problems = err.splitlines()
    assert [p.split(": ")[1] for p in problems] == [f"{bad}:2", f"{bad}:3", f"{bad}:4"]
    assert "malformed JSON" in problems[0] and "not an eventline analysis" in problems[2]
    assert out == built


def test_nothing_readable_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    code, _, err = run_main(capsys, "resolve", str(bad), str(tmp_path / "missing.jsonl"))
    assert code == 2
    assert len(err.splitlines()) == 1 and "nothing could be read" in err


def test_another_format_version_is_a_clear_error(extracted, tmp_path, capsys):
    record = json.loads(open(extracted["seeds"], encoding="utf-8").readline())
    future = tmp_path / "future.jsonl"
    future.write_text(json.dumps(record | {"format_version": FORMAT_VERSION + 1}) + "\n")
    code, _, err = run_main(capsys, "resolve", str(future))
    assert code == 2
    assert f"{future}:1: analyses format version {FORMAT_VERSION + 1}" in err
    assert "re-run `eventline extract`" in err and len(err.splitlines()) == 1


def test_read_analyses_names_missing_and_empty_files(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    items = list(read_analyses([str(tmp_path / "nope.jsonl"), str(empty)]))
    assert all(isinstance(i, InputProblem) for i in items)
    assert [i.describe() for i in items] == [
        f"{tmp_path / 'nope.jsonl'}: no such file or directory",
        f"{empty}: empty file (no analyses records)",
    ]


def test_dask_missing_gives_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    code, _, err = run_main(capsys, "build", "seeds/", "--dask", "local")
    assert code == 2
    assert len(err.splitlines()) == 1 and "pip install 'eventline[dask]'" in err


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_resolve_in_partitions_on_processes_gives_the_same_bytes(
    extracted, tmp_path, monkeypatch, name
):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run("resolve", extracted[name], "-j", "1", "-o", str(one)).exit_code == 0
    monkeypatch.setattr("eventline.api.PARTITIONED_FROM", 0)  # partition even this batch
    monkeypatch.setattr("eventline.resolve.partitions.MAX_COMPONENT_SHARE", 1.0)
    assert run("resolve", extracted[name], "-j", "2", "-o", str(two)).exit_code == 0
    assert two.read_bytes() == one.read_bytes()
