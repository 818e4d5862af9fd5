"""Batch options of `build`/`dates`: --strict, --quiet, and NO_COLOR in the terminal view."""

from __future__ import annotations

import json
import logging
import re
import warnings

import click
import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.api import BuildOptions, build_timeline
from eventline.cli.main import cli, main
from eventline.cli.quiet import note, quiet_option
from eventline.errors import StrictInputError

COLOR = re.compile(r"\x1b\[[0-9;]*3[0-7]m|\x1b\[[0-9;]*38;")  # a foreground colour code


@pytest.fixture(autouse=True)
def _from_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def _exit(*args: str) -> int:
    with pytest.raises(SystemExit) as done:
        main(list(args))
        raise SystemExit(0)
    return done.value.code


@pytest.mark.parametrize("command", ["build", "dates"])
def test_strict_fails_on_a_bad_input_and_leaves_the_target_untouched(command, tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    target = tmp_path / "out.json"
    target.write_text("previous")
    code = _exit(command, "seeds/", str(bad), "--strict", "--format", "json", "-o", str(target))
    assert code == 1
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == sorted(["empty.txt", "out.json"])
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("empty.txt: empty file") and "--strict" in err[-1]


def test_strict_writes_nothing_to_stdout_either(tmp_path, capsys):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"text": "Lavrov met Wang Yi in Beijing on Monday."}\n{"oops"\n')
    assert _exit("build", str(bad), "--strict", "--format", "json") == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "broken.jsonl:2" in captured.err


def test_strict_is_a_library_error_carrying_every_problem(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    with pytest.raises(StrictInputError) as error:
        build_timeline(["seeds/", str(bad)], BuildOptions(strict=True, jobs=1))
    assert [p.path for p in error.value.problems] == [str(bad)]


def test_without_strict_the_same_input_still_writes_the_rest(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    target = tmp_path / "out.json"
    assert _exit("build", "seeds/", str(bad), "--format", "json", "-o", str(target)) == 1
    assert json.loads(target.read_text())["events"]


def test_quiet_keeps_errors_and_data(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    assert _exit("build", "seeds/", str(bad), "--quiet", "--format", "json") == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["events"] and "empty.txt" in captured.err


def test_quiet_silences_notes_warnings_and_logs_only_while_the_command_runs(caplog, recwarn):
    @click.command()
    @quiet_option
    def noisy():
        note("progress")
        warnings.warn("library warning", stacklevel=1)
        logging.getLogger("somelib").warning("library log")
        logging.getLogger("somelib").error("library error")

    loud = CliRunner().invoke(noisy, [])
    assert loud.output == "eventline: progress\n" and len(recwarn) == 1
    recwarn.clear()
    caplog.clear()
    quiet = CliRunner().invoke(noisy, ["--quiet"])
    assert quiet.output == "" and len(recwarn) == 0
    assert [r.getMessage() for r in caplog.records] == ["library error"]
    assert logging.root.manager.disable == logging.NOTSET  # restored after the command


@pytest.mark.parametrize(("no_color", "coloured"), [(None, True), ("1", False)])
def test_terminal_view_honours_no_color(no_color, coloured):
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": no_color}
    result = CliRunner().invoke(cli, ["build", "seeds/"], env=env)
    assert result.exit_code == 0
    assert "Sergey Lavrov visits North Korea" in result.output
    assert bool(COLOR.search(result.output)) is coloured


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"eventline {name}" in readme, name


def test_the_analysing_commands_read_their_shared_options_in_one_place(tmp_path):
    import datetime

    from eventline.cli.common import build_options

    given = dict(model="m", reference_date=datetime.date(2023, 10, 19), max_chars=50, strict=True)
    cached = build_options(**given, jobs=1, cache_dir=tmp_path, no_cache=False, events="all")
    assert cached == BuildOptions(**given, jobs=1, cache_dir=tmp_path, events="all")
    uncached = build_options(**given, jobs=1, cache_dir=tmp_path, no_cache=True, dask="local")
    assert uncached == BuildOptions(**given, jobs=1, cache_dir=None, dask="local")
