"""A progress bar on stderr for long batches, only when stderr is a terminal.

The library stays silent: `track_progress` counts items only inside `showing_progress`,
which the CLI enters. The bar appears once a batch has run for `DELAY` seconds, so short
runs print nothing, and it is erased when the batch is done.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")
DELAY = 1.0
"""Seconds before the bar appears: a batch that finishes sooner shows none."""

_console: contextvars.ContextVar = contextvars.ContextVar("eventline_progress", default=None)


def progress_wanted(stream: TextIO, quiet: bool) -> bool:
    """A bar only for people: stderr is a terminal and `--quiet` was not given."""
    isatty = getattr(stream, "isatty", None)
    return not quiet and callable(isatty) and bool(isatty())


@contextlib.contextmanager
def showing_progress(quiet: bool, stream: TextIO | None = None) -> Iterator[None]:
    """Let `track_progress` draw on `stream` (stderr) while the block runs, if wanted."""
    stream = stream if stream is not None else sys.stderr
    if not progress_wanted(stream, quiet):
        yield
        return
    from rich.console import Console

    # rich reads NO_COLOR itself; the bar then keeps its shape without colour
    token = _console.set(Console(file=stream, stderr=stream is sys.stderr))
    try:
        yield
    finally:
        _console.reset(token)


def track_progress(items: Iterable[T], label: str = "Analysing articles") -> Iterator[T]:
    """Yield `items`, drawing a bar with their count and rate when progress is shown."""
    console = _console.get()
    if console is None:
        yield from items
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),  # the total is unknown while articles stream in: a pulsing bar
        TextColumn("{task.completed} done"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    task = progress.add_task(label, total=None)
    started, shown = time.monotonic(), False
    try:
        for item in items:
            progress.advance(task)
            if not shown and time.monotonic() - started >= DELAY:
                progress.start()  # only now: a short batch draws nothing at all
                shown = True
            yield item
    finally:
        if shown:
            progress.stop()
