"""The library's end-to-end calls: load -> analyse -> resolve, as plain functions.

The CLI is a thin layer over these; library users call them directly.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, Literal, TextIO

from . import __version__
from .analysis import document_info
from .errors import InputError
from .loader import LoadOptions, iter_articles
from .models import (
    Article,
    ArticleAnalysis,
    DateRecord,
    DatesReport,
    InputProblem,
    Timeline,
)
from .nlp import load_pipeline, model_name, model_version, parse_texts
from .resolve import ResolveOptions, resolve


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build depends on, gathered from the command line or a caller."""

    model: str | None = None
    reference_date: datetime.date | None = None
    events: Literal["key", "all"] = "key"
    entity: str | None = None
    max_chars: int = 1_000_000
    batch_size: int = 16

    def load_options(self) -> LoadOptions:
        return LoadOptions(reference_date=self.reference_date, max_chars=self.max_chars)


@dataclass
class Problems:
    """Input problems met while streaming a batch, and how many articles were read."""

    items: list[InputProblem] = field(default_factory=list)
    articles: int = 0

    def split(self, items: Iterable[Article | InputProblem]) -> Iterator[Article]:
        """Pass articles through, keeping problems aside."""
        for item in items:
            if isinstance(item, InputProblem):
                self.items.append(item)
            else:
                self.articles += 1
                yield item


def analyse_articles(
    articles: Iterable[Article], options: BuildOptions, exclude: tuple[str, ...] = ()
) -> Iterator[ArticleAnalysis]:
    """Parse articles in bulk with spaCy and analyse each one; Docs are not kept."""

    nlp = load_pipeline(model_name(options.model), exclude)
    model = model_version(nlp)
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= options.batch_size:
            yield from _analyse_batch(nlp, pending, model, options)
            pending = []
    yield from _analyse_batch(nlp, pending, model, options)


def _analyse_batch(nlp, articles: list[Article], model: str, options: BuildOptions):
    from .analysis import analyse

    for article, doc in zip(articles, parse_texts(nlp, (a.text for a in articles)), strict=True):
        yield analyse(article, doc, model)


def build_timeline(
    sources: Sequence[str],
    options: BuildOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> tuple[Timeline, list[InputProblem]]:
    """The timeline of every readable article in `sources`, and the problems met."""
    options = options or BuildOptions()
    problems = Problems()
    articles = problems.split(iter_articles(sources, options.load_options(), stdin))
    analyses = list(analyse_articles(articles, options))
    if not analyses:
        raise_nothing_readable(problems)
    timeline = resolve(analyses, ResolveOptions(events=options.events, entity=options.entity))
    return timeline, problems.items


def extract_dates(
    sources: Sequence[str],
    options: BuildOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> tuple[DatesReport, list[InputProblem]]:
    """Every temporal expression of every readable article, with TIMEX3 values."""
    from .temporal import DATES_EXCLUDE, find_timexes

    options = options or BuildOptions()
    problems = Problems()
    articles = list(problems.split(iter_articles(sources, options.load_options(), stdin)))
    if not articles:
        raise_nothing_readable(problems)
    nlp = load_pipeline(model_name(options.model), tuple(DATES_EXCLUDE))
    documents, dates = [], []
    docs = parse_texts(nlp, (a.text for a in articles), batch_size=options.batch_size)
    for article, doc in zip(articles, docs, strict=True):
        documents.append(document_info(article))
        for timex in find_timexes(doc, article.published, article.ignored):
            dates.append(
                DateRecord(
                    document=article.id,
                    start=timex.start,
                    end=timex.end,
                    text=timex.text,
                    type=timex.type,
                    value=timex.value,
                    mod=timex.mod,
                )
            )
    return DatesReport(eventline_version=__version__, documents=documents, dates=dates), (
        problems.items
    )


def raise_nothing_readable(problems: Problems) -> None:
    """No article could be read: a usage-level failure."""
    detail = problems.items[0].describe() if problems.items else "no articles found"
    count = len(problems.items)
    more = f" (and {count - 1} more problems)" if count > 1 else ""
    raise InputError(f"nothing could be read: {detail}{more}")
