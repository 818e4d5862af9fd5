"""Numbered lines of JSON Lines input, read lazily so that big files stream."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from eventline.load.common import Refusal
from eventline.load.decode import decode_bytes, strip_bom, utf16_without_bom
from eventline.load.files import describe_os_error

_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def jsonl_file_lines(path: Path) -> Iterator[tuple[int, str] | Refusal]:
    """(line number, text) of each non-blank line; a `Refusal` for a line or the whole file."""
    try:
        with path.open("rb") as handle:
            start = handle.read(4096)
            if start[:2] in _WIDE_BOMS or utf16_without_bom(start):  # decoded as a whole
                handle.seek(0)
                yield from text_lines(decode_bytes(handle.read()))
                return
            handle.seek(0)
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    yield _decoded_line(raw, number)
    except Refusal as refusal:
        yield refusal
    except OSError as error:
        yield Refusal(describe_os_error(error, path))


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line of already decoded text."""
    # split on `\n` only: JSON strings may hold U+2028 and other characters that
    # `str.splitlines` would wrongly take for line breaks
    for number, line in enumerate(strip_bom(text).split("\n"), start=1):
        if line.strip():
            yield number, line


def _decoded_line(raw: bytes, number: int) -> tuple[int, str] | Refusal:
    """One decoded line (UTF-8, else cp1252), or a `Refusal` naming the line."""
    try:
        text = decode_bytes(raw)
    except Refusal as refusal:
        return Refusal(refusal.message, number)
    return number, text
