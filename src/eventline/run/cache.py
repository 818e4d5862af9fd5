"""On-disk cache of per-article `ArticleAnalysis` JSON, keyed by everything analysis reads."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import eventline
from eventline import __version__
from eventline.analyse.article import document_info, text_digest
from eventline.models import (
    FORMAT_VERSION,
    Article,
    ArticleAnalysis,
    DateRecord,
    DocumentInfo,
    Record,
)
from eventline.run.analysis_checks import analysis_problem

CACHE_ENV = "EVENTLINE_CACHE_DIR"


def default_cache_dir() -> Path:
    """`$EVENTLINE_CACHE_DIR`, else the platform's user cache folder for eventline
    (`$XDG_CACHE_HOME/eventline` or `~/.cache/eventline` on Linux, `~/Library/Caches` on
    macOS, `%LOCALAPPDATA%` on Windows)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("eventline", appauthor=False))


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def model_fingerprint(name: str) -> str:
    """Name and version of a pipeline (package or folder) without importing spaCy."""
    path = Path(name)
    if path.is_dir():
        meta = path / "meta.json"
        stat = meta.stat() if meta.exists() else path.stat()
        return f"{path.resolve()}@{stat.st_mtime_ns}-{stat.st_size}"
    return f"{name}=={_version(name)}"


def source_files() -> list[Path]:
    """Every module of the eventline package, whichever folder this one sits in."""
    return sorted(Path(eventline.__file__).resolve().parent.rglob("*.py"))


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """eventline and spaCy versions plus the sources' sizes and times (editable installs)."""
    package = Path(eventline.__file__).resolve().parent
    stats = sorted(
        f"{p.relative_to(package)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for p in source_files()
    )
    digest = hashlib.sha256("\n".join(stats).encode()).hexdigest()[:16]
    return f"eventline-{__version__}-{digest}/spacy-{_version('spacy')}/format-{FORMAT_VERSION}"


class AnalysisCache:
    """Get and put analyses under `directory`; a bad or unreadable entry counts as a miss."""

    def __init__(self, directory: Path, model: str, exclude: tuple[str, ...] = ()) -> None:
        self.directory = Path(directory) / f"analyses-v{FORMAT_VERSION}"
        self.salt = json.dumps([code_fingerprint(), model_fingerprint(model), sorted(exclude)])

    def key(self, article: Article) -> str:
        """Hash of the article fields analysis reads, the model and the code."""
        fields = [
            self.salt,
            article.text,
            article.published,
            article.dateline.model_dump() if article.dateline else None,
            [s.model_dump() for s in article.ignored],
        ]
        return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleAnalysis | None:
        """The cached analysis of an article (with its own document metadata), or None."""
        try:
            data = self._path(self.key(article)).read_bytes()
            analysis = ArticleAnalysis.model_validate_json(data)
        except (OSError, ValueError):
            return None
        if analysis.text_sha256 != text_digest(article.text) or analysis_problem(analysis):
            return None
        return analysis.model_copy(update={"document": document_info(article)})

    def put(self, article: Article, analysis: ArticleAnalysis) -> None:
        """Store an analysis atomically (temporary file + rename); failures are ignored."""
        self._write(self._path(self.key(article)), analysis.model_dump_json())

    def _write(self, path: Path, payload: str) -> None:
        """Write a file atomically (temporary file + rename); failures are ignored."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)


class CachedDates(Record):
    """What `eventline dates` keeps of one article: its expressions, for the text they index."""

    text_sha256: str
    dates: list[DateRecord]


class DatesCache(AnalysisCache):
    """The analysis cache's store and keys for `eventline dates` results.

    Entries sit beside `build`'s analyses in the same directory; the key holds the pipeline
    components that were skipped, so the two commands never read each other's entries."""

    def __init__(self, directory: Path, model: str, exclude: tuple[str, ...] = ()) -> None:
        super().__init__(directory, model, exclude)
        self.salt = json.dumps(["dates", json.loads(self.salt)])

    def get(self, article: Article) -> tuple[DocumentInfo, list[DateRecord]] | None:  # type: ignore[override]
        """The cached expressions of an article (with its current metadata), or None."""
        try:
            data = self._path(self.key(article)).read_bytes()
            cached = CachedDates.model_validate_json(data)
        except (OSError, ValueError):
            return None
        if cached.text_sha256 != text_digest(article.text):
            return None
        dates = [record.model_copy(update={"document": article.id}) for record in cached.dates]
        return document_info(article), dates

    def put(self, article: Article, result: tuple[DocumentInfo, list[DateRecord]]) -> None:  # type: ignore[override]
        """Store the expressions of an article."""
        entry = CachedDates(text_sha256=text_digest(article.text), dates=result[1])
        self._write(self._path(self.key(article)), entry.model_dump_json())
