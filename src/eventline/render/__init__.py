"""Renderers: one module per output format."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TextIO

from eventline.models import Timeline

TIMELINE_FORMATS = ("markdown", "csv", "html", "ics", "timelinejs")
"""Formats written by a plain `render_<format>(timeline, out)` function in `render/<format>.py`."""


def timeline_renderer(fmt: str) -> Callable[[Timeline, TextIO], None]:
    """The `render_<fmt>` function of one of `TIMELINE_FORMATS`, imported on demand."""
    if fmt not in TIMELINE_FORMATS:
        raise ValueError(f"unknown timeline format {fmt!r}")
    module = importlib.import_module(f"{__name__}.{fmt}")
    return getattr(module, f"render_{fmt}")
