"""The analyses file: `ArticleAnalysis` records as JSON Lines (`extract` writes, `resolve` reads).

One record per line, in input order, exactly as the cache stores it (`model_dump_json`).
Every record carries `format_version`; a reader refuses records of another version.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from pydantic import ValidationError

from eventline import __version__
from eventline.errors import InputError
from eventline.load.sources import unique_id
from eventline.models import FORMAT_VERSION, ArticleAnalysis, DocumentInfo, InputProblem
from eventline.run.analysis_checks import analysis_problem
from eventline.run.problems import Problems

STDIN = "-"
SHARD_SUFFIXES = (".jsonl", ".ndjson")


class AnalysesVersionError(InputError):
    """An analyses record was written in another `format_version`: re-run `extract`."""


def write_analyses(analyses: Iterable[ArticleAnalysis], out: TextIO) -> None:
    """One JSON object per line, in the order given."""
    for analysis in analyses:
        out.write(analysis.model_dump_json())
        out.write("\n")


def read_analyses(
    sources: Sequence[str], stdin: TextIO | BinaryIO | None = None
) -> Iterator[ArticleAnalysis | InputProblem]:
    """Analyses and problems (one per bad line) from files, folders of shards and `-`."""
    for source in sources:
        if source == STDIN:
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
            if stream is None:
                yield InputProblem(path=STDIN, message="standard input is closed")
                continue
            yield from _records(_stdin_lines(stream), STDIN)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _folder(path)
        elif not path.exists():
            yield InputProblem(path=source, message="no such file or directory")
        else:
            yield from _records(_file_lines(path), source)


def _folder(folder: Path) -> Iterator[ArticleAnalysis | InputProblem]:
    """Shards under a folder, sorted: `*.jsonl`, `*.ndjson` and Hadoop/Spark `part-*` files."""
    shards = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not p.name.startswith((".", "_"))
        and (p.suffix.lower() in SHARD_SUFFIXES or p.name.startswith("part-"))
    )
    if not shards:
        yield InputProblem(path=str(folder), message="folder has no analyses files (*.jsonl)")
    for shard in shards:
        # Spark and Hadoop write an empty `part-*` for a partition with nothing in it
        yield from _records(_file_lines(shard), str(shard), shard.name.startswith("part-"))


def _file_lines(path: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as handle:
            yield from handle
    except OSError as error:
        raise _Unreadable(error.strerror or str(error)) from None


def _stdin_lines(stream: TextIO | BinaryIO) -> Iterator[bytes]:
    for line in stream:
        yield line.encode("utf-8") if isinstance(line, str) else line


class _Unreadable(Exception):
    """A whole analyses file could not be read."""


def _records(
    lines: Iterator[bytes], where: str, empty_ok: bool = False
) -> Iterator[ArticleAnalysis | InputProblem]:
    """The records of one file; a bad line is a problem, another version is fatal."""
    count = 0
    try:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            count += 1
            yield _record(raw, where, number)
    except _Unreadable as error:
        yield InputProblem(path=where, message=str(error))
        return
    if count == 0 and not empty_ok:
        yield InputProblem(path=where, message="empty file (no analyses records)")


def _record(raw: bytes, where: str, number: int) -> ArticleAnalysis | InputProblem:
    """One line: an analysis, or the problem with it."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as error:
        message = getattr(error, "msg", None) or str(error) or "nested too deeply"
        if isinstance(error, json.JSONDecodeError):  # "Invalid control character at": where
            message = f"{message.removesuffix(' at')} at column {error.colno}"
        return InputProblem(path=where, line=number, message=f"malformed JSON ({message})")
    if not isinstance(data, dict):
        return InputProblem(path=where, line=number, message="expected a JSON object")
    version = data.get("format_version")
    if version is not None and version != FORMAT_VERSION:
        raise AnalysesVersionError(
            f"{where}:{number}: analyses format version {version!r}, but eventline "
            f"{__version__} reads version {FORMAT_VERSION}; re-run `eventline extract`"
        )
    try:
        analysis = ArticleAnalysis.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "record"
        message = f"not an eventline analysis ({field}: {first['msg']})"
        return InputProblem(path=where, line=number, message=message)
    if problem := analysis_problem(analysis):
        return InputProblem(
            path=where, line=number, message=f"not an eventline analysis ({problem})"
        )
    return analysis


def unique_documents(analyses: Iterable[ArticleAnalysis]) -> Iterator[ArticleAnalysis]:
    """Analyses whose document ids are unique, renamed as the loader renames articles.

    Every document whose id another one has too becomes `<id>@<path>` (`:<line>` for JSON
    Lines), whatever the order of the shards; an id the loader qualified already counts as
    the id it came from, so shards extracted apart get the names of one build.
    """
    analyses = list(analyses)
    bases = [_base_id(analysis.document) for analysis in analyses]
    repeated = {base for base, count in Counter(bases).items() if count > 1}
    seen: set[str] = set()
    for analysis, base in zip(analyses, bases, strict=True):
        document = analysis.document
        given = base if base in repeated else document.id
        new_id = unique_id(given, document.origin, seen, repeated)
        if new_id != document.id:
            document = document.model_copy(update={"id": new_id})
            analysis = analysis.model_copy(update={"document": document})
        yield analysis


def _base_id(document: DocumentInfo) -> str:
    """The id before the loader's `@<path>` (`:<line>`) for a repeated one."""
    origin = document.origin
    if origin is None:
        return document.id
    where = origin.path if origin.line is None else f"{origin.path}:{origin.line}"
    suffix = f"@{where}"
    if document.id.endswith(suffix) and len(document.id) > len(suffix):
        return document.id[: -len(suffix)]
    return document.id


def load_analyses(
    sources: Sequence[str], stdin: TextIO | BinaryIO | None = None
) -> tuple[list[ArticleAnalysis], list[InputProblem]]:
    """Every readable analysis (ids made unique across shards) and the problems met."""
    problems = Problems()
    analyses = list(unique_documents(problems.split(read_analyses(sources, stdin))))
    if not analyses:
        problems.raise_nothing_readable()
    return analyses, problems.items
