"""Work units of a cluster run: the client lists paths, the workers read and load them.

A unit is a file, a byte range of a big JSON Lines file, or (for stdin, which only the
client can read) the loaded items themselves. Article texts never pass through the client.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

from eventline.load import iter_articles
from eventline.load.common import JSONL_SUFFIXES, LoadOptions, Refusal
from eventline.load.files import describe_os_error, walk_folder

# private loader helpers, so that a byte range reads exactly as the whole file would
from eventline.load.lines import _decoded_line
from eventline.load.sources import _iter_records
from eventline.models import Article, InputProblem

Item = Article | InputProblem
BLOCK_BYTES = 32 * 1024 * 1024
"""The largest byte range of a JSON Lines file that one task reads."""
MIN_BLOCK_BYTES = 64 * 1024
"""Smaller files stay whole; bigger ones are split into about four ranges per worker."""
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Unit:
    """One piece of input for a worker: `path` whole, `path[start:end)`, or given `items`."""

    path: str | None = None
    start: int = 0
    end: int | None = None
    newlines_before: int = 0
    """Line breaks in `path` before `start`, so that line numbers count from the file's top."""
    items: tuple[Item, ...] = field(default_factory=tuple)


def plan_units(
    sources: Sequence[str],
    options: LoadOptions,
    stdin: TextIO | BinaryIO | None,
    block_bytes: int = BLOCK_BYTES,
    workers: int = 1,
) -> list[Unit]:
    """The units of `sources` in input order; only stdin is read here."""
    split = functools.partial(_file_units, block_bytes=block_bytes, workers=workers)
    units: list[Unit] = []
    for source in sources:
        if source == "-":
            units.append(Unit(items=tuple(iter_articles([source], options, stdin))))
        elif Path(source).is_dir():
            files = list(walk_folder(Path(source)))
            if not any(isinstance(e, Path) for e in files):
                units.append(Unit(path=source))  # the loader words the problem
                continue
            for entry in files:
                if isinstance(entry, InputProblem):
                    units.append(Unit(items=(entry,)))
                else:
                    units.extend(split(entry))
        else:
            units.extend(split(Path(source)))
    return units


def _file_units(path: Path, block_bytes: int, workers: int) -> list[Unit]:
    """A whole file, or for a JSON Lines file worth splitting, a unit per byte range."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            wide = handle.read(2) in _WIDE_BOMS  # UTF-16 is decoded whole
    except OSError:
        return [Unit(path=str(path))]  # the worker's loader reports it
    # ranges small enough that every worker gets some, big enough to be worth a task
    step = min(block_bytes, max(MIN_BLOCK_BYTES, -(-size // (4 * workers))))
    if path.suffix.lower() not in JSONL_SUFFIXES or size <= step or wide:
        return [Unit(path=str(path))]
    return [
        Unit(path=str(path), start=start, end=min(start + step, size))
        for start in range(0, size, step)
    ]


def count_newlines(unit: Unit) -> int:
    """Line breaks in a unit's byte range (run on a worker)."""
    if unit.path is None or unit.end is None:
        return 0
    count, position = 0, unit.start
    with open(unit.path, "rb") as handle:
        handle.seek(position)
        while position < unit.end:
            chunk = handle.read(min(1 << 20, unit.end - position))
            if not chunk:
                break
            count += chunk.count(b"\n")
            position += len(chunk)
    return count


def load_unit(unit: Unit, options: LoadOptions) -> Iterator[Item]:
    """The articles and problems of one unit, as the loader gives them for the whole input."""
    if unit.path is None:
        yield from unit.items
    elif unit.end is None:
        yield from iter_articles([unit.path], options)
    else:
        path = Path(unit.path)
        lines = _block_lines(path, unit.start, unit.end, unit.newlines_before)
        for item in _iter_records(lines, unit.path, path.stem, options):
            if isinstance(item, InputProblem) and item.message.startswith("empty file"):
                continue  # a range may hold no record; the file as a whole is not empty
            yield item


def _block_lines(path: Path, start: int, end: int, newlines_before: int) -> Iterator:
    """Numbered non-blank lines that start in `[start, end)`, decoded like the loader does."""
    number = newlines_before + 1
    try:
        with path.open("rb") as handle:
            if start > 0:
                handle.seek(start - 1)
                if handle.read(1) != b"\n":  # mid-line: that line belongs to the range before
                    handle.readline()
                    number += 1
            while handle.tell() < end:
                raw = handle.readline()
                if not raw:
                    break
                if raw.strip():
                    yield _decoded_line(raw, number)
                number += 1
    except OSError as error:
        yield Refusal(describe_os_error(error, path))


def with_line_offsets(units: list[Unit], counts: list[int]) -> list[Unit]:
    """Units whose byte ranges know how many line breaks precede them in their file."""
    result, before, previous = [], 0, None
    for unit, count in zip(units, counts, strict=True):
        if unit.path != previous or unit.start == 0:
            before, previous = 0, unit.path
        if unit.end is not None:
            unit = Unit(path=unit.path, start=unit.start, end=unit.end, newlines_before=before)
        result.append(unit)
        before += count
    return result
