"""The progress bar: on a terminal only, never with --quiet, colourless under NO_COLOR."""

from __future__ import annotations

import io
import re

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from eventline.cli import progress
from eventline.cli.main import cli
from eventline.cli.progress import progress_wanted, showing_progress

COLOUR = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    """A stream that says it is a terminal, as stderr does in an interactive shell."""

    def isatty(self) -> bool:
        return True


def test_only_a_terminal_without_quiet_wants_progress():
    assert progress_wanted(Terminal(), quiet=False)
    assert not progress_wanted(Terminal(), quiet=True)
    assert not progress_wanted(io.StringIO(), quiet=False)


def test_the_library_reports_one_step_per_article_to_its_callback():
    from eventline.api import BuildOptions, build_timeline

    steps = []
    timeline, _ = build_timeline([str(SEEDS)], BuildOptions(), progress=lambda: steps.append(1))
    assert len(steps) == len(timeline.documents) > 0


def _drawn(monkeypatch, no_color: bool) -> str:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")  # as a colour terminal would
    stream = Terminal()
    with showing_progress(quiet=False, stream=stream) as step:
        for _ in range(40):
            step()
    return stream.getvalue()


def test_on_a_terminal_a_bar_counts_the_articles(monkeypatch):
    drawn = _drawn(monkeypatch, no_color=False)
    assert "Analysing" in drawn and "articles" in drawn
    assert COLOUR.search(drawn)


def test_no_color_draws_the_bar_without_colour(monkeypatch):
    drawn = _drawn(monkeypatch, no_color=True)
    assert "Analysing" in drawn
    assert not COLOUR.search(drawn)


def test_quiet_draws_nothing_even_on_a_terminal(monkeypatch):
    monkeypatch.setattr(progress, "DELAY", 0.0)
    stream = Terminal()
    with showing_progress(quiet=True, stream=stream) as step:
        for _ in range(40):
            step()
    assert stream.getvalue() == ""


@pytest.mark.parametrize("extra", [[], ["--quiet"]])
def test_captured_stderr_never_gets_a_progress_bar(monkeypatch, extra):
    monkeypatch.setattr(progress, "DELAY", 0.0)
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    assert "Analysing" not in result.stderr and "\x1b[" not in result.stderr


def test_the_bar_shows_the_total_and_time_left_then_says_it_is_resolving(monkeypatch):
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setenv("NO_COLOR", "1")
    stream = Terminal()
    with showing_progress(quiet=False, stream=stream) as advance:
        advance.expect(40)
        for _ in range(40):
            advance()
    drawn = stream.getvalue()
    assert "/40" in drawn  # done of total
    assert "Resolving 40 articles" in drawn


def test_the_loader_counts_the_articles_before_loading_the_first(tmp_path):
    from eventline.load import LoadOptions, iter_articles

    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "b.jsonl").write_text('{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\n')
    (tmp_path / "notes.csv").write_text("not an article")
    told = []
    items = iter_articles([str(tmp_path)], LoadOptions(), expect=told.append)
    next(items)
    assert told == [3]  # before the first article came
    stdin = io.BytesIO(b'{"id": "s1", "text": "x"}\n{"id": "s2", "text": "y"}\n')
    told.clear()
    list(iter_articles([str(tmp_path), "-"], LoadOptions(), stdin, expect=told.append))
    assert told == [5]  # standard input, read up front, counts too


def test_a_build_tells_its_progress_the_total_first():
    from eventline.api import BuildOptions, build_timeline

    class Counter:
        def __init__(self):
            self.total, self.steps = None, 0

        def expect(self, total):
            assert self.steps == 0
            self.total = total

        def __call__(self):
            self.steps += 1

    counter = Counter()
    timeline, _ = build_timeline([str(SEEDS)], BuildOptions(), progress=counter)
    assert counter.total == counter.steps == len(timeline.documents) == 2
