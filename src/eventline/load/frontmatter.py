"""YAML-ish front matter (`---` / `key: value` lines / `---`) without a YAML dependency.

Only flat `key: value` lines are read (quotes stripped); anything else between the fences
means the `---` was not front matter and the text is left whole. The article text is the
body after the closing fence, so offsets count from the first character of the body.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w\-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")
_MAX_LINES = 10_000
"""Generous (a site generator may write hundreds of fields): the scan stops at the first
line that is not a field anyway, so a `---` rule opening an article costs one line."""


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The front-matter fields (keys lowercased) and the offset where the body starts."""
    opening = _OPEN.match(text)
    if not opening:
        return {}, 0
    fields: dict[str, str] = {}
    position = opening.end()
    for _ in range(_MAX_LINES):
        closing = _CLOSE.match(text, position)
        if closing:
            return (fields, closing.end()) if fields else ({}, 0)
        line = _LINE.match(text, position)
        if not line:
            return {}, 0
        content = line.group().rstrip("\r\n")
        field = _FIELD.fullmatch(content)
        if field:
            fields[field.group("key").lower()] = _unquote(field.group("value") or "")
        elif content.strip() and not content.startswith(("#", " ", "\t", "- ")):
            # a line that is neither a field, a comment nor a nested value: not front matter
            return {}, 0
        position = line.end()
    return {}, 0


def _unquote(value: str) -> str:
    """`"A title"` -> `A title`; YAML's plain scalars need nothing more here."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
