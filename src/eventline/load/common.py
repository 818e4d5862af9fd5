"""Small types shared by the load modules: the options, metadata, and the refusal signal."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
"""File suffixes picked up when walking a folder (explicit files are read whatever their suffix)."""

HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class LoadOptions:
    """How to load: the fallback publication date, the size limit, strict metadata checks."""

    reference_date: datetime.date | None = None
    max_chars: int = 1_000_000
    strict: bool = False
    """Refuse records whose metadata is unusable (bad `published`, non-string `title`)
    instead of ignoring those fields."""


@dataclass(frozen=True)
class Metadata:
    """Metadata given with an article (JSONL fields, front matter, HTML meta tags)."""

    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    unusable_published: object = None
    """A `published` (or `date`) given but not a date: warned about, then ignored."""


class Refusal(Exception):
    """An input that cannot become an article; turned into an `InputProblem` by the caller."""

    def __init__(self, message: str, line: int | None = None, setting: str | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.setting = setting
        """The `LoadOptions` field that would let the input through (`max_chars`), if any."""
