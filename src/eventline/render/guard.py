"""The per-event barrier of rendering: an event that fails to render costs that event only.

A run that wants the rest written opens `collecting_failures()` around the rendering and
reports what it collects (the command line: one problem line per event, exit 1); without
it a failure is raised as before, so a library caller never loses an event unawares."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from eventline.models import Event

T = TypeVar("T")


@dataclass(frozen=True)
class RenderFailure:
    """An event left out of the output, and why."""

    event: Event
    error: Exception


_FAILURES: ContextVar[list[RenderFailure] | None] = ContextVar("render_failures", default=None)


@contextlib.contextmanager
def collecting_failures() -> Iterator[list[RenderFailure]]:
    """Within: an event that fails to render is left out and added to the yielded list."""
    failures: list[RenderFailure] = []
    token = _FAILURES.set(failures)
    try:
        yield failures
    finally:
        _FAILURES.reset(token)


def rendered(event: Event, render: Callable[..., T], *args) -> T | None:
    """`render(event, *args)`, made whole before anything is written; None if it fails
    while failures are being collected."""
    try:
        return render(event, *args)
    except Exception as error:
        failures = _FAILURES.get()
        if failures is None:
            raise
        failures.append(RenderFailure(event, error))
        return None
