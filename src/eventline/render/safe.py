"""Text from articles made safe for the reader of each format: no spreadsheet formulas,
no Markdown breaking out of a code span, no links but http(s), no terminal escapes.

Article text, titles, ids and URLs come from whoever wrote the input; the output goes to
spreadsheets, pull-request comments, calendars and terminals that act on what they read.
Normal text passes through unchanged, byte for byte.
"""

from __future__ import annotations

import re
from typing import TypeVar

from pydantic import BaseModel

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Cell starts that spreadsheet tools read as a formula (OWASP's CSV injection list)."""

_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (ESC starts terminal escapes, CR rewrites a line), DEL, and the
bidirectional overrides that make a line read differently from its bytes."""

_BACKTICK_RUNS = re.compile("`+")
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f]")


_LONE_CR = re.compile(r"\r(?!\n)")


def spreadsheet_cell(value: str) -> str:
    """A CSV cell that no spreadsheet evaluates: a formula-like start gets a leading `'`.
    A lone CR becomes a line break, which the writer quotes (it quotes `\n` only, and a
    bare CR ends a row for many readers)."""
    value = _LONE_CR.sub("\n", value)
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def terminal_text(text: str) -> str:
    """Text for a terminal: each control character shown as U+FFFD, never obeyed; line
    breaks and tabs in single-line fields become spaces (a forged `+ ev-...` diff line)."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("\ufffd", text.replace("\n", " ").replace("\t", " "))


def code_span(text: str) -> str:
    """Literal text as a Markdown code span: a fence longer than any backtick run inside,
    line breaks flattened (CommonMark code spans, as GitHub renders them)."""
    text = " ".join(text.splitlines())  # a CR too would start a new block: `+ ...` a list
    longest = max((len(run) for run in _BACKTICK_RUNS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}"


def web_url(url: str | None) -> str | None:
    """The URL if it is http(s) with nothing a reader would misparse (space, control
    characters), else None: `javascript:` and friends are never linked."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return None if _URL_UNSAFE.search(url) else url


M = TypeVar("M", bound=BaseModel)


def terminal_safe(model: M) -> M:
    """A copy of a report (timeline, dates, diff) with every string `terminal_text`: the
    text view and `diff` print ids, titles and names that the input's author chose."""
    return type(model).model_validate(_mapped(model.model_dump()))


def _mapped(value):
    if isinstance(value, str):
        return terminal_text(value)
    if isinstance(value, dict):
        return {key: _mapped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_mapped(item) for item in value]
    return value
