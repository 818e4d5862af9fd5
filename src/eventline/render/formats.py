"""The output formats: one registry that rendering, `--format` and `--records` all read.

Renderers are named, not imported, so that listing the formats (for `--help`) loads none of
them; `Format.renderer()` imports the one a run needs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Format:
    """One output format and the function that writes it."""

    name: str
    writer: str
    """`module:function`: `function(report, out)`, or `function(report, console)` for text."""
    console: bool = False
    """Written through a rich console (the text views) rather than to a plain stream."""
    rows: bool = False
    """A row format: `--records mentions` can write mention rows in it."""
    view: bool = False
    """A view for people that shows only the top events of a big batch unless `--top` says
    otherwise (the HTML page holds every event and opens on the top ones itself)."""
    left_out: str | None = None
    """`module:function` counting the events the format cannot place: (year-less, undated)."""

    def renderer(self) -> Callable:
        return _resolve(self.writer)

    def left_out_counts(self) -> Callable | None:
        return _resolve(self.left_out) if self.left_out else None


def _resolve(name: str) -> Callable:
    module, function = name.split(":")
    return getattr(importlib.import_module(module), function)


def _registry(*formats: Format) -> dict[str, Format]:
    return {fmt.name: fmt for fmt in formats}


TIMELINE_FORMATS = _registry(
    Format("text", "eventline.render.terminal:render_timeline", console=True, view=True),
    Format("json", "eventline.render.data:render_json"),
    Format("jsonl", "eventline.render.data:render_jsonl", rows=True),
    Format("markdown", "eventline.render.markdown:render_markdown", view=True),
    Format("csv", "eventline.render.csv:render_csv", rows=True),
    Format("html", "eventline.render.html:render_html"),
    Format("ics", "eventline.render.ics:render_ics", left_out="eventline.render.ics:left_out"),
    Format(
        "timelinejs",
        "eventline.render.timelinejs:render_timelinejs",
        left_out="eventline.render.timelinejs:left_out",
        view=True,
    ),
)
"""What `build` and `resolve` write, in the order `--help` lists them."""

DATES_FORMATS = _registry(
    Format("text", "eventline.render.terminal:render_dates", console=True),
    Format("json", "eventline.render.data:render_json"),
    Format("jsonl", "eventline.render.data:render_jsonl", rows=True),
)
"""What `dates` writes."""

ROW_FORMATS = tuple(name for name, fmt in TIMELINE_FORMATS.items() if fmt.rows)


def write(
    report,
    fmt: Format,
    out: TextIO,
    width: int,
    colour: bool | None = False,
    more: str | None = None,
) -> None:
    """Write `report` in `fmt`; a text view through a rich console `width` columns wide, in
    colour if `colour` (None: when `out` is a terminal that allows it). `more`: the line
    that ends a view cut to the top events."""
    writer = fmt.renderer()
    extra = {"more": more} if more else {}
    if not fmt.console:
        writer(report, out, **extra)
        return
    from rich.console import Console

    no_color = None if colour is None else not colour
    console = Console(file=out, width=width, no_color=no_color, highlight=False, soft_wrap=False)
    console.on_broken_pipe = _broken_pipe  # rich would exit 1 itself; `| head` is a normal end
    writer(report, console, **extra)


def _broken_pipe() -> None:
    raise BrokenPipeError
