"""`eventline ... | head`: when the reader of standard output goes away early, the problem
lines still reach stderr and the exit code still says whether inputs failed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventline.cli.main import main


class ClosingPipe:
    """A standard output whose reader leaves after `room` characters."""

    def __init__(self, room: int) -> None:
        self.room = room

    def write(self, text: str) -> int:
        self.room -= len(text)
        if self.room < 0:
            raise BrokenPipeError(32, "Broken pipe")
        return len(text)

    def flush(self) -> None:
        if self.room < 0:
            raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False


def bad_batch(tmp_path) -> list[str]:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": "The council met on Monday."}\n{oops\n[1, 2]\n')
    return ["seeds/", str(broken)]


def run_closed(capsys, monkeypatch, *args: str) -> tuple[int, list[str]]:
    monkeypatch.setattr(sys, "stdout", ClosingPipe(200))
    code = 0
    try:
        main(list(args))
    except SystemExit as done:
        code = done.code or 0
    return code, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize(
    "command", [("build", "--format", "jsonl"), ("dates", "--format", "jsonl"), ("extract",)]
)
def test_problem_lines_are_printed_when_the_pipe_closes_early(
    tmp_path, capsys, monkeypatch, command
):
    name, *options = command
    code, err = run_closed(capsys, monkeypatch, name, *bad_batch(tmp_path), *options)
    assert code == 1
    assert [line.split(": ")[1] for line in err] == [
        f"{tmp_path / 'broken.jsonl'}:2",
        f"{tmp_path / 'broken.jsonl'}:3",
    ]


def test_a_closed_pipe_without_problems_is_a_normal_end(capsys, monkeypatch):
    code, err = run_closed(capsys, monkeypatch, "build", "seeds/", "--format", "jsonl")
    assert code == 0 and err == []


def test_head_on_a_real_pipe_still_gets_the_problem_lines(tmp_path):
    command = [sys.executable, "-m", "eventline", "build", *bad_batch(tmp_path)]
    command += ["--events", "all", "--format", "json"]  # far more than a pipe's buffer
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    assert process.stdout.read(100)
    process.stdout.close()  # what `head -c 100` does
    err = process.stderr.read().decode()
    assert process.wait(timeout=300) == 1
    lines = err.splitlines()
    assert len(lines) == 2 and all("broken.jsonl:" in line for line in lines)
    assert "Traceback" not in err
