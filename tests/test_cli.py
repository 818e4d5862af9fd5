"""The command line on seeds/ (the golden files are in test_golden.py), plus the basics
of bad input."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEEDS
from eventline.cli.main import cli, main

SEED_FILES = sorted(f"seeds/{p.name}" for p in SEEDS.glob("*.txt"))


@pytest.fixture(autouse=True)
def _from_project_root(monkeypatch):
    """Paths in the output are as given on the command line: run from the project root."""
    monkeypatch.chdir(ROOT)


def run(*args: str, input: str | None = None):
    """Run the CLI in-process (the spaCy pipeline stays loaded between tests)."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seeds_json() -> str:
    return run("build", "seeds/", "--format", "json").output


def test_the_seeds_text_view_says_each_key_event_in_words():
    """A readable title, summary and date for the visit, the talks, the Beijing visit, the
    reception, Putin's possible visit and the commission's session; no raw date code."""
    text = run("build", "seeds/").output
    for title in (
        "Sergey Lavrov visits North Korea",
        "Sergey Lavrov to hold talks with Ri Son Gwon in Pyongyang",
        # Lavrov accompanied Putin: both are on the visit, Putin's
        "Vladimir Putin visits Beijing with Sergey Lavrov",
        "reception",
        "Vladimir Putin may visit North Korea",
        "Session of the intergovernmental commission on trade, economic and technological",
    ):
        assert title in text
    assert "19 October (year unknown)" in text and "November (year unknown)" in text
    assert not re.search(r"XXXX|-WXX|\d{4}-W\d\d|T(?:MO|AF|EV|NI)\b", text)


def test_seed_timeline_has_the_key_events_in_order(seeds_json):
    events = json.loads(seeds_json)["events"]
    titles = [e["title"] for e in events]
    beijing = next(i for i, t in enumerate(titles) if "Beijing" in t)
    visit = next(i for i, t in enumerate(titles) if t == "Sergey Lavrov visits North Korea")
    talks = next(i for i, t in enumerate(titles) if "talks" in t)
    session = next(i for i, t in enumerate(titles) if "commission" in t)
    assert beijing < visit < talks < session
    assert events[visit]["sources"] == sorted(p.rsplit("/", 1)[-1][:-4] for p in SEED_FILES)
    assert events[talks]["when"]["value"] == "XXXX-10-19"
    assert events[session]["when"]["value"] == "XXXX-11"
    assert events[session]["status"] == "planned"


def test_no_year_is_invented_and_the_copyright_year_never_appears(seeds_json):
    assert "2022" not in seeds_json
    values = [e["when"]["value"] for e in json.loads(seeds_json)["events"] if e["when"]]
    assert values and all(v.startswith("XXXX") for v in values)


def test_jsonl_prints_one_flat_record_per_event_with_the_csv_keys(seeds_json):
    from eventline.render.flat import FLAT_KEYS

    lines = run("build", "seeds/", "--format", "jsonl").output.splitlines()
    events = json.loads(seeds_json)["events"]
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [e["id"] for e in events]
    assert all(tuple(r) == FLAT_KEYS for r in records)
    header = run("build", "seeds/", "--format", "csv").output.splitlines()[0]
    assert tuple(header.split(",")) == FLAT_KEYS
    talks = next(r for r in records if "talks" in r["title"])
    assert talks["value"] == "XXXX-10-19" and "Sergey Lavrov" in talks["participants"]


@settings(max_examples=3, deadline=None)
@given(st.randoms(use_true_random=False))
def test_shuffling_the_inputs_leaves_the_json_unchanged(rng: random.Random):
    files = SEED_FILES[:]
    rng.shuffle(files)
    shuffled = run("build", *files, "--format", "json").output
    assert shuffled == (ROOT / "tests" / "golden" / "build.json").read_text(encoding="utf-8")


def test_stdin_plain_text_is_one_article():
    text = (SEEDS / SEED_FILES[1].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
    result = run("build", "-", "--format", "json", input=text)
    data = json.loads(result.output)
    assert [d["id"] for d in data["documents"]] == ["stdin"]
    assert any(e["when"] and e["when"]["value"] == "XXXX-10-19" for e in data["events"])


def test_entity_filter_is_alias_aware():
    data = json.loads(run("build", "seeds/", "--format", "json", "--entity", "Lavrov").output)
    assert data["events"]
    assert all(any("Lavrov" in p["name"] for p in e["participants"]) for e in data["events"])


def _main(*args: str) -> tuple[int, str]:
    process = subprocess.run(
        [sys.executable, "-m", "eventline", *args], capture_output=True, text=True, timeout=120
    )
    return process.returncode, process.stderr


def test_missing_path_is_a_one_line_error_with_exit_code_2(tmp_path):
    code, stderr = _main("build", str(tmp_path / "nope.txt"))
    assert code == 2
    assert len(stderr.strip().splitlines()) == 1
    assert "nope.txt" in stderr and "Traceback" not in stderr


def test_one_bad_input_among_good_ones_gives_exit_1_and_keeps_the_rest(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    with pytest.raises(SystemExit) as done:
        main(["build", *SEED_FILES, str(bad), "--format", "json"])
    assert done.value.code == 1
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err
    assert len(json.loads(captured.out)["documents"]) == 2


def test_missing_model_says_what_to_install():
    code, stderr = _main("build", "seeds/", "--model", "no_such_pipeline_xyz")
    assert code == 2
    assert "no_such_pipeline_xyz" in stderr and "pip install" in stderr
    assert "Traceback" not in stderr


def test_output_file_is_written_atomically_and_left_alone_on_failure(tmp_path):
    target = tmp_path / "timeline.json"
    target.write_text("previous")
    code, _ = _main("build", str(tmp_path / "missing.txt"), "-o", str(target))
    assert code == 2 and target.read_text() == "previous"
    code, _ = _main("build", "seeds/", "--format", "json", "-o", str(target))
    assert code == 0 and json.loads(target.read_text())["events"]
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_every_command_and_option_has_help_text():
    for name, command in cli.commands.items():
        assert command.help, name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.name}"


def test_version_and_python_m():
    code = subprocess.run(
        [sys.executable, "-m", "eventline", "--version"], capture_output=True, text=True
    )
    assert code.returncode == 0 and code.stdout.startswith("eventline, version ")
