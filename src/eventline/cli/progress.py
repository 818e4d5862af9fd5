"""A progress bar on stderr for long batches, only when stderr is a terminal.

The library stays silent: it calls the `progress` callback it is given once per article,
and `showing_progress` hands the CLI a callback that draws. The bar appears once a batch
has run for `DELAY` seconds, so short runs print nothing; it shows the articles done, the
total when the inputs tell it (files, lines of JSON Lines) and the time left, then says that
the batch is being resolved, and it is erased when the command is done.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

DELAY = 1.0
"""Seconds before the bar appears: a batch that finishes sooner shows none."""


def progress_wanted(stream: TextIO, quiet: bool) -> bool:
    """A bar only for people: stderr is a terminal and `--quiet` was not given."""
    isatty = getattr(stream, "isatty", None)
    return not quiet and callable(isatty) and bool(isatty())


@contextlib.contextmanager
def showing_progress(
    quiet: bool,
    stream: TextIO | None = None,
    label: str = "Analysing articles",
    total: Callable[[], int | None] | None = None,
) -> Iterator[Callable[[], None]]:
    """A callback counting one item per call, drawn on `stream` (stderr) if wanted, out of
    `total` (computed only when a bar is drawn)."""
    stream = stream if stream is not None else sys.stderr
    if not progress_wanted(stream, quiet):
        yield _count_nothing
        return
    from rich.console import Console

    # rich reads NO_COLOR itself; the bar then keeps its shape without colour
    bar = _Bar(Console(file=stream, stderr=stream is sys.stderr), label, total)
    try:
        yield bar.advance
    finally:
        bar.stop()


def _count_nothing() -> None:
    """No bar wanted."""


def count_inputs(sources: Sequence[str]) -> int | None:
    """How many articles the inputs hold, cheaply (article files as the loader walks them,
    and lines of JSON Lines); None when standard input is among them."""
    from eventline.load.files import walk_folder  # only once a bar is drawn

    total = 0
    for source in sources:
        if source == "-":
            return None
        path = Path(source)
        found = walk_folder(path) if path.is_dir() else [path]
        for file in (f for f in found if isinstance(f, Path) and f.is_file()):
            if file.suffix.lower() == ".jsonl":
                with contextlib.suppress(OSError), file.open("rb") as lines:
                    total += sum(1 for line in lines if line.strip())
            else:
                total += 1
    return total


class _Bar:
    """A bar started late: pulsing while the total is unknown (standard input), else
    counting to it with the time left; then a line saying the batch is resolving."""

    def __init__(self, console, label: str, total: Callable[[], int | None] | None) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = console
        self.total = total() if total is not None else None
        counted = [MofNCompleteColumn(), TextColumn("·"), TimeRemainingColumn()]
        columns = counted if self.total else [TextColumn("{task.completed} done")]
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            *columns,
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.task = self.progress.add_task(label, total=self.total)
        self.started, self.shown, self.done, self.status = time.monotonic(), False, 0, None

    def advance(self) -> None:
        self.progress.advance(self.task)
        self.done += 1
        if not self.shown and time.monotonic() - self.started >= DELAY:
            self.progress.start()  # only now: a short batch draws nothing at all
            self.shown = True
        if self.shown and self.total and self.done >= self.total:
            self.progress.stop()
            self.status = self.console.status(f"Resolving {self.done} articles into one timeline…")
            self.status.start()
            self.shown = False

    def stop(self) -> None:
        if self.shown:
            self.progress.stop()
        if self.status is not None:
            self.status.stop()
