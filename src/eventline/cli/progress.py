"""A progress bar on stderr for long batches, only when stderr is a terminal.

The library stays silent: it calls the `progress` callback it is given once per article,
and `showing_progress` hands the CLI a callback that draws. The bar appears once a batch
has run for `DELAY` seconds, so short runs print nothing, and it is erased when done.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import TextIO

DELAY = 1.0
"""Seconds before the bar appears: a batch that finishes sooner shows none."""


def progress_wanted(stream: TextIO, quiet: bool) -> bool:
    """A bar only for people: stderr is a terminal and `--quiet` was not given."""
    isatty = getattr(stream, "isatty", None)
    return not quiet and callable(isatty) and bool(isatty())


@contextlib.contextmanager
def showing_progress(
    quiet: bool, stream: TextIO | None = None, label: str = "Analysing articles"
) -> Iterator[Callable[[], None]]:
    """A callback counting one item per call, drawn on `stream` (stderr) if wanted."""
    stream = stream if stream is not None else sys.stderr
    if not progress_wanted(stream, quiet):
        yield _count_nothing
        return
    from rich.console import Console

    # rich reads NO_COLOR itself; the bar then keeps its shape without colour
    bar = _Bar(Console(file=stream, stderr=stream is sys.stderr), label)
    try:
        yield bar.advance
    finally:
        bar.stop()


def _count_nothing() -> None:
    """No bar wanted."""


class _Bar:
    """A pulsing bar (the total is unknown while articles stream in), started late."""

    def __init__(self, console, label: str) -> None:
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed} done"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.task = self.progress.add_task(label, total=None)
        self.started, self.shown = time.monotonic(), False

    def advance(self) -> None:
        self.progress.advance(self.task)
        if not self.shown and time.monotonic() - self.started >= DELAY:
            self.progress.start()  # only now: a short batch draws nothing at all
            self.shown = True

    def stop(self) -> None:
        if self.shown:
            self.progress.stop()
