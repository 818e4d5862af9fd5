"""`iter_articles`: sources (files, folders, `-`) -> articles and input problems, in order."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from pathlib import Path
from typing import BinaryIO, TextIO

from eventline.load.article import build_article
from eventline.load.common import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    LoadOptions,
    Metadata,
    Refusal,
)
from eventline.load.decode import decode_bytes, strip_bom
from eventline.load.files import describe_os_error, read_bytes, walk_folder
from eventline.load.frontmatter import split_front_matter
from eventline.load.guard import guarded_items, internal_problem
from eventline.load.html import decode_html, extract_html, looks_like_html
from eventline.load.jsonl import metadata_from_fields, parse_record, record_fields
from eventline.load.lines import jsonl_file_lines, text_lines
from eventline.load.repeats import STDIN, first_line_is_object, path_qualified, survey_inputs
from eventline.models import Article, InputProblem, Origin

Item = Article | InputProblem
_HTML_BYTES_PER_CHAR = 10
"""A page may carry ten times its text in markup before the size check refuses it unread."""


def refusal_problem(where: str, refusal: Refusal, line: int | None = None) -> InputProblem:
    """The `InputProblem` a refused input is reported as."""
    return InputProblem(
        path=where,
        line=refusal.line if line is None else line,
        message=refusal.message,
        setting=refusal.setting,
    )


def iter_articles(
    sources: Sequence[str],
    options: LoadOptions,
    stdin: TextIO | BinaryIO | None = None,
    expect: Callable[[int], None] | None = None,
) -> Iterator[Item]:
    """Articles and problems from files, folders and `-` (stdin), in a deterministic order.

    Article ids are unique in the batch: every article whose id another one has too becomes
    `<id>@<path>` (`<id>@<path>:<line>` for JSON Lines), and so do all the articles of files
    sharing a stem, whatever the order of the arguments. `expect` is told how many articles
    the inputs hold before the first is loaded (the pass that finds the ids counts them).
    """
    if STDIN in sources:
        stdin = _StdinRead(stdin)
    stdin_text = stdin.text() if isinstance(stdin, _StdinRead) else None
    renaming = survey_inputs(sources, stdin_text)
    if expect is not None:
        expect(renaming.articles)
    seen: set[str] = set()
    for source in sources:
        for item in _iter_source(source, options, stdin):
            if isinstance(item, Article):
                item = _with_path_if_shared(item, renaming.shared)
                item = _unique(item, seen, renaming.repeated)
            yield item


class _StdinRead:
    """Standard input read once, up front, so that its ids count before any file is loaded."""

    def __init__(self, stdin: TextIO | BinaryIO | None) -> None:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
        self.data: str | bytes | None = None
        self.error: OSError | None = None
        if stream is not None:
            try:
                self.data = stream.read()
            except OSError as error:
                self.error = error
            except ValueError:  # a closed stream: reported as closed
                self.data = None

    def text(self) -> str | None:
        """The decoded text, or None when it cannot be had (the loading says why)."""
        if self.data is None:
            return None
        try:
            return self.data if isinstance(self.data, str) else decode_bytes(self.data)
        except (Refusal, UnicodeError, ValueError):
            return None


def _with_path_if_shared(article: Article, shared: set[str]) -> Article:
    """An article whose id comes from a stem that other files share, as `<id>@<path>`."""
    origin = article.origin
    if origin is None:
        return article
    new_id = path_qualified(article.id, origin.path, origin.line, shared)
    return article if new_id == article.id else article.model_copy(update={"id": new_id})


def _iter_source(source: str, options: LoadOptions, stdin: _StdinRead | None) -> Iterator[Item]:
    """Everything one command-line source yields."""
    if source == STDIN:
        yield from guarded_items(_iter_stdin(stdin, options), "reading", Origin(path=STDIN))
        return
    path = Path(source)
    if path.is_dir():
        yield from _iter_folder(path, options)
    else:
        yield from _guarded_file(path, options)


def _iter_folder(folder: Path, options: LoadOptions) -> Iterator[Item]:
    """Every article file under a folder (sorted name by name, depth first); a problem if
    there are none."""
    found = False
    for entry in walk_folder(folder):
        if isinstance(entry, InputProblem):
            yield entry
            continue
        found = True
        yield from _guarded_file(entry, options)
    if not found:
        suffixes = ", ".join(ARTICLE_SUFFIXES)
        yield InputProblem(path=str(folder), message=f"folder has no article files ({suffixes})")


def _guarded_file(path: Path, options: LoadOptions) -> Iterator[Item]:
    """`_iter_file`, where an unexpected error costs the rest of that file only."""
    return guarded_items(_iter_file(path, options), "reading", Origin(path=str(path)))


def _iter_file(path: Path, options: LoadOptions) -> Iterator[Item]:
    """The article(s) of one file: JSON Lines records, an HTML page, or a text file."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _iter_records(jsonl_file_lines(path), str(path), path.stem, options)
        return
    try:
        if suffix in HTML_SUFFIXES:
            data = _read(path, options, _HTML_BYTES_PER_CHAR)
            yield _html_article(path.stem, decode_html(data), str(path), options)
            return
        text = decode_bytes(_read(path, options, 4))
        if suffix in (".txt", ".md"):
            yield _text_article(path.stem, text, str(path), options)
        else:
            yield from _iter_sniffed(text, str(path), path.stem, options)
    except Refusal as refusal:
        yield refusal_problem(str(path), refusal)


def _read(path: Path, options: LoadOptions, bytes_per_char: int) -> bytes:
    """File bytes, refusing an empty file or one certainly over `max_chars`."""
    # no text encoding takes more than 4 bytes per character (HTML: markup allowance), so
    # a bigger file is too long whatever it holds and is refused without reading it
    data = read_bytes(path, options.max_chars * bytes_per_char + 4, options.max_chars)
    if not data:
        raise Refusal("empty file")
    return data


def _text_article(article_id: str, text: str, where: str, options: LoadOptions) -> Article:
    """A plain-text or Markdown article; front matter becomes metadata, the body the text."""
    fields, body_start = split_front_matter(text)
    meta = metadata_from_fields(fields, None, options) if fields else Metadata()
    body = text[body_start:]
    if body_start and not body.strip():
        raise Refusal("front matter but no article text after it")
    return build_article(article_id, body, meta, Origin(path=where), options, guess_title=True)


def _html_article(article_id: str, page: str, where: str, options: LoadOptions) -> Article:
    """An article from an HTML page: its main text and page metadata."""
    text, meta = extract_html(page)
    return build_article(article_id, text, meta, Origin(path=where), options)


def _iter_records(
    lines: Iterable[tuple[int, str] | Refusal], where: str, stem: str, options: LoadOptions
) -> Iterator[Item]:
    """Articles from JSON Lines, one problem per bad line; a problem if there are none."""
    count = 0
    for line in lines:
        count += 1
        if isinstance(line, Refusal):
            yield InputProblem(path=where, line=line.line, message=line.message)
            continue
        number, content = line
        try:
            record = parse_record(content, number)
            article_id, text, meta = record_fields(record, stem, number, options)
            origin = Origin(path=where, line=number)
            yield build_article(article_id, text, meta, origin, options)
        except Refusal as refusal:
            yield refusal_problem(where, refusal, number)
        except Exception as error:  # noqa: BLE001 - one record lost, reported, never hidden
            yield internal_problem("reading the record", Origin(path=where, line=number), error)
    if count == 0:
        yield InputProblem(path=where, message="empty file (no JSON Lines records)")


def _iter_stdin(stdin: _StdinRead, options: LoadOptions) -> Iterator[Item]:
    """Standard input: JSON Lines if its lines are JSON objects, else one page or text."""
    if stdin.error is not None:
        yield InputProblem(path=STDIN, message=describe_os_error(stdin.error))
        return
    if stdin.data is None:
        yield InputProblem(path=STDIN, message="standard input is closed")
        return
    try:
        data = stdin.data
        text = strip_bom(data) if isinstance(data, str) else decode_bytes(data)
        if not text.strip():
            raise Refusal("empty standard input")
        yield from _iter_sniffed(text, STDIN, "stdin", options)
    except Refusal as refusal:
        yield refusal_problem(STDIN, refusal)
    except OSError as error:
        yield InputProblem(path=STDIN, message=describe_os_error(error))


def _iter_sniffed(text: str, where: str, stem: str, options: LoadOptions) -> Iterator[Item]:
    """Input of unknown kind (stdin, an unknown suffix): JSON Lines if its first line is a
    JSON object, else an HTML page if it looks like one, else one plain-text article."""
    if first_line_is_object(text):
        yield from _iter_records(text_lines(text), where, stem, options)
    elif looks_like_html(text):
        yield _html_article(stem, text, where, options)
    else:
        yield _text_article(stem, text, where, options)


def unique_id(
    doc_id: str, origin: Origin | None, seen: set[str], repeated: Set[str] = frozenset()
) -> str:
    """An id not yet used in the batch: one that is `repeated` (or already taken) becomes
    `<id>@<path>` (`<id>@<path>:<line>` for JSON Lines, `#2`, `#3`... if still taken)."""
    if doc_id in seen or doc_id in repeated:
        origin = origin or Origin(path=STDIN)
        where = origin.path if origin.line is None else f"{origin.path}:{origin.line}"
        candidate, number = f"{doc_id}@{where}", 2
        while candidate in seen:
            candidate, number = f"{doc_id}@{where}#{number}", number + 1
        doc_id = candidate
    seen.add(doc_id)
    return doc_id


def _unique(article: Article, seen: set[str], repeated: set[str]) -> Article:
    """The article with an id not yet used in the batch (see `iter_articles`)."""
    new_id = unique_id(article.id, article.origin, seen, repeated)
    return article if new_id == article.id else article.model_copy(update={"id": new_id})
