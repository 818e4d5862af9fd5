"""One pass over a batch's inputs before any article is loaded: the file stems that more
than one input file has, and the article ids the batch holds more than once, so that every
holder of a shared stem or a repeated id is renamed alike whatever the order of the
arguments."""

from __future__ import annotations

import stat
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventline.load.article import without_surrogates
from eventline.load.common import HTML_SUFFIXES, JSONL_SUFFIXES, Refusal
from eventline.load.decode import decode_bytes, strip_bom
from eventline.load.files import walk_folder
from eventline.load.jsonl import explicit_id, parse_record
from eventline.load.lines import jsonl_file_lines, text_lines

STDIN = "-"


def path_qualified(article_id: str, path: str, line: int | None, shared: set[str]) -> str:
    """`<id>@<path>` (`:<line>` for JSON Lines) when the id comes from a file stem that
    other input files share; else the id unchanged."""
    if not shared or path == STDIN:
        return article_id
    stem = Path(path).stem
    if stem not in shared or article_id not in (stem, f"{stem}:{line}"):
        return article_id
    where = path if line is None else f"{path}:{line}"
    return f"{article_id}@{where}"


@dataclass(frozen=True)
class Renaming:
    """What the pre-pass found: the stems and the ids that make articles `<id>@<path>`."""

    shared: set[str]
    """File stems that more than one input file has."""
    repeated: set[str]
    """Ids (after the shared-stem renaming) that more than one article would have."""
    articles: int
    """How many articles the inputs hold (FIFOs and unreadable files not counted)."""


def survey_inputs(sources: Sequence[str], stdin_text: str | None) -> Renaming:
    """The shared stems, repeated ids and article count of a batch, from one walk.

    Files are read here once more (JSON Lines records are parsed for their `id`), which costs
    little beside the analysis; FIFOs and other non-regular files are never read twice, so
    their ids are not counted (a clash with them is settled in input order).
    `stdin_text`: standard input, already read, if it is a source.
    """
    inputs: list[Path | str] = []
    stems: defaultdict[str, set[Path]] = defaultdict(set)
    for source in sources:
        if source == STDIN:
            inputs.append(STDIN)
            continue
        path = Path(source)
        for found in walk_folder(path) if path.is_dir() else [path]:
            if isinstance(found, Path):  # the same file given twice shares nothing
                stems[without_surrogates(found.stem)].add(found)
                inputs.append(found)
    shared = {stem for stem, files in stems.items() if len(files) > 1}
    counts = _id_counts(inputs, shared, stdin_text)
    repeated = {article_id for article_id, count in counts.items() if count > 1}
    return Renaming(shared, repeated, counts.total())


def _id_counts(inputs: list[Path | str], shared: set[str], stdin_text: str | None) -> Counter[str]:
    counts: Counter[str] = Counter()
    read: set[Path] = set()  # a file given twice is one article twice: the second is renamed
    for found in inputs:
        if found == STDIN:
            if stdin_text is not None:
                counts.update(_sniffed_ids(stdin_text, STDIN, "stdin", shared))
        elif isinstance(found, Path) and found not in read and _is_regular(found):
            read.add(found)
            try:
                counts.update(_file_ids(found, shared))
            except (OSError, Refusal, UnicodeError, ValueError):
                continue  # the loading itself reports the file
    return counts


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def _file_ids(path: Path, shared: set[str]) -> list[str]:
    """The ids the articles of one file get, as the loader names them."""
    suffix, where, stem = path.suffix.lower(), str(path), path.stem
    if suffix in JSONL_SUFFIXES:
        return list(_record_ids(jsonl_file_lines(path), where, stem, shared))
    if suffix in HTML_SUFFIXES or suffix in (".txt", ".md"):
        return [_named(stem, where, None, shared)]
    return list(_sniffed_ids(decode_bytes(path.read_bytes()), where, stem, shared))


def _sniffed_ids(text: str, where: str, stem: str, shared: set[str]) -> Iterator[str]:
    """Ids of input of unknown kind: JSON Lines records, else the one page or text."""
    text = strip_bom(text)
    if first_line_is_object(text):
        yield from _record_ids(text_lines(text), where, stem, shared)
    elif text.strip():
        yield _named(stem, where, None, shared)


def _record_ids(
    lines: Iterable[tuple[int, str] | Refusal], where: str, stem: str, shared: set[str]
) -> Iterator[str]:
    for line in lines:
        if isinstance(line, Refusal):
            continue
        number, content = line
        try:
            record = parse_record(content, number)
        except Refusal:
            continue
        text = record.get("text")
        if isinstance(text, str) and text.strip():  # an empty record loads no article
            yield _named(explicit_id(record) or f"{stem}:{number}", where, number, shared)


def _named(article_id: str, where: str, line: int | None, shared: set[str]) -> str:
    return path_qualified(without_surrogates(article_id), where, line, shared)


def first_line_is_object(text: str) -> bool:
    """Whether the first non-blank line parses as a JSON object."""
    first = text.lstrip().split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    try:
        return isinstance(parse_record(first, 1), dict)
    except Refusal:
        return False
