"""A progress bar on stderr for long batches, only when stderr is a terminal.

The library stays silent: it calls the `progress` callback it is given once per article,
and `showing_progress` hands the CLI a callback that draws. The bar appears once a batch
has run for `DELAY` seconds, so short runs print nothing; it shows the articles done, the
total (which the loader's pass over the inputs counts and tells `expect`) and the time
left, then says that the batch is being resolved, and it is erased when the command is done.
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
    """A callback counting one item per call, drawn on `stream` (stderr) if wanted; its
    `expect(total)` takes the number of items to come."""
    stream = stream if stream is not None else sys.stderr
    if not progress_wanted(stream, quiet):
        yield _count_nothing
        return
    from rich.console import Console

    # rich reads NO_COLOR itself; the bar then keeps its shape without colour
    bar = _Bar(Console(file=stream, stderr=stream is sys.stderr), label)
    try:
        yield bar
    finally:
        bar.stop()


def _count_nothing() -> None:
    """No bar wanted."""


class _Bar:
    """A bar started late: pulsing while the total is unknown (standard input), else
    counting to it with the time left; then a line saying the batch is resolving."""

    def __init__(self, console, label: str) -> None:
        self.console, self.label = console, label
        self.total: int | None = None
        self.progress = None
        self.started, self.shown, self.done, self.status = time.monotonic(), False, 0, None

    def expect(self, total: int) -> None:
        """How many items will come (told before the first one)."""
        self.total = total or None

    def __call__(self) -> None:
        self.done += 1
        if self.progress is None and time.monotonic() - self.started >= DELAY:
            self._start()  # only now: a short batch draws nothing at all
        if not self.shown:
            return
        self.progress.update(self.task, completed=self.done)
        if self.total and self.done >= self.total:
            self.progress.stop()
            self.status = self.console.status(f"Resolving {self.done} articles into one timeline…")
            self.status.start()
            self.shown = False

    def _start(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        counted = [MofNCompleteColumn(), TextColumn("·"), TimeRemainingColumn()]
        columns = counted if self.total else [TextColumn("{task.completed} done")]
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            *columns,
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
        )
        self.task = self.progress.add_task(self.label, total=self.total, completed=self.done)
        self.progress.start()
        self.shown = True

    def stop(self) -> None:
        if self.shown:
            self.progress.stop()
        if self.status is not None:
            self.status.stop()
