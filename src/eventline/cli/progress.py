"""A progress bar on stderr for long batches, only when stderr is a terminal.

The library stays silent: `track_progress` counts items only inside `showing_progress`,
which the CLI enters. The bar appears once a batch has run for `DELAY` seconds, so short
runs print nothing; it shows the articles done, the total when the inputs tell it (files,
lines of JSON Lines) and the time left, then says that the batch is being resolved, and
it is erased when the command is done.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")
DELAY = 1.0
"""Seconds before the bar appears: a batch that finishes sooner shows none."""

_console: contextvars.ContextVar = contextvars.ContextVar("eventline_progress", default=None)
_after: contextvars.ContextVar = contextvars.ContextVar("eventline_progress_after", default=None)


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
    after = _after.set([])
    try:
        yield
    finally:
        for status in _after.get():
            status.stop()  # the "Resolving" line, once the timeline is ready
        _after.reset(after)
        _console.reset(token)


def count_inputs(sources: Sequence[str], suffixes: Iterable[str]) -> int | None:
    """How many articles the inputs hold, cheaply (files, and lines of JSON Lines);
    None when standard input is among them."""
    wanted = {s.lower() for s in suffixes}
    total = 0
    for source in sources:
        if source == "-":
            return None
        path = Path(source)
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            suffix = file.suffix.lower()
            if suffix == ".jsonl":
                with contextlib.suppress(OSError), file.open("rb") as lines:
                    total += sum(1 for line in lines if line.strip())
            elif suffix in wanted or file == path:
                total += 1
    return total


def track_progress(
    items: Iterable[T],
    label: str = "Analysing articles",
    total: Callable[[], int | None] | None = None,
) -> Iterator[T]:
    """Yield `items`, drawing a bar with their count, the `total` (computed only when a bar
    is shown) and the time left; when they are done, say that the batch is resolving."""
    console = _console.get()
    if console is None:
        yield from items
        return
    progress, task = _bar(console, label, total() if total is not None else None)
    started, shown, done = time.monotonic(), False, 0
    try:
        for item in items:
            progress.advance(task)
            done += 1
            if not shown and time.monotonic() - started >= DELAY:
                progress.start()  # only now: a short batch draws nothing at all
                shown = True
            yield item
    finally:
        if shown:
            progress.stop()
            status = console.status(f"Resolving {done} articles into one timeline…")
            status.start()
            _after.get().append(status)


def _bar(console, label: str, total: int | None):
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
    columns = counted if total else [TextColumn("{task.completed} done")]
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),  # pulsing while the total is unknown (articles from standard input)
        *columns,
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    return progress, progress.add_task(label, total=total)
