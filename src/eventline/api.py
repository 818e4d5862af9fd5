"""The library's end-to-end calls: load -> analyse -> resolve, as plain functions.

The CLI is a thin layer over these; library users call them directly.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal, TextIO

from eventline import __version__
from eventline.analyse.article import document_info
from eventline.cli.progress import track_progress
from eventline.errors import InputError, StrictInputError
from eventline.load import LoadOptions, iter_articles
from eventline.models import (
    Article,
    ArticleAnalysis,
    DateRecord,
    DatesReport,
    DocumentInfo,
    InputProblem,
    Timeline,
)
from eventline.nlp.pipeline import model_name
from eventline.resolve import ResolveOptions, resolve


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build depends on, gathered from the command line or a caller."""

    model: str | None = None
    reference_date: datetime.date | None = None
    events: Literal["key", "all"] = "key"
    entity: str | None = None
    max_chars: int = 1_000_000
    batch_size: int = 16
    jobs: int = 1
    """Worker processes for spaCy and analysis; 1 stays in this process."""
    cache_dir: Path | None = None
    """Where per-article analyses are cached; None: no cache."""
    strict: bool = False
    """Any input problem fails the whole run (`StrictInputError`), and metadata is checked."""
    dask: str | None = None
    """Analyse on a Dask cluster: a scheduler address (`tcp://host:8786`) or `local`."""

    def load_options(self) -> LoadOptions:
        return LoadOptions(
            reference_date=self.reference_date, max_chars=self.max_chars, strict=self.strict
        )


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
    from eventline.analyse.article import analyse
    from eventline.run.parallel import map_parsed

    name = model_name(options.model)
    cache = None
    if options.cache_dir is not None:
        from eventline.run.cache import AnalysisCache

        cache = AnalysisCache(options.cache_dir, name, exclude)
    yield from map_parsed(
        articles,
        analyse,
        name,
        exclude,
        jobs=options.jobs,
        batch_size=options.batch_size,
        lookup=cache.get if cache else None,
        store=cache.put if cache else None,
    )


def article_dates(article: Article, doc, model: str) -> tuple[DocumentInfo, list[DateRecord]]:
    """The metadata and dated expressions of one parsed article (a `dates` work unit)."""
    from eventline.analyse.temporal import find_timexes

    # a dates record is the timex minus its calendar interval, plus the document
    records = [
        DateRecord(document=article.id, **timex.model_dump(exclude={"interval"}))
        for timex in find_timexes(doc, article.published, article.ignored, article.text)
    ]
    return document_info(article), records


PARTITIONED_FROM = 50_000
"""Mentions from which `--jobs` or `--dask` also resolve in partitions: below, starting
workers and shipping partitions costs more than it saves."""


def build_timeline(
    sources: Sequence[str],
    options: BuildOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
    merge: Timeline | None = None,
) -> tuple[Timeline, list[InputProblem]]:
    """The timeline of every readable article in `sources`, and the problems met.

    Articles stream from the inputs through spaCy into the resolver, which keeps their
    analyses on disk: memory does not grow with the batch. With `merge`, the batch is
    added to that earlier timeline (`merge.py`).
    """
    options = options or BuildOptions()
    with contextlib.ExitStack() as stack:
        client = None
        if options.dask:
            from eventline.run.dask_cluster import dask_client

            client = stack.enter_context(dask_client(options.dask))
        if merge is not None or client is not None:
            analyses, problems = extract_analyses(sources, options, stdin, client)
            return resolve_analyses(analyses, options, merge, client), problems
        seen = Problems()
        timeline = resolve_analyses(iter_analyses(sources, options, stdin, seen), options)
        if not timeline.documents:
            raise_nothing_readable(seen)
        check_strict(seen, options)
        return timeline, seen.items


def resolve_analyses(
    analyses: Iterable[ArticleAnalysis],
    options: BuildOptions,
    merge: Timeline | None = None,
    client=None,
) -> Timeline:
    """The reduce step: analyses (a list or a stream) into the timeline; in partitions on
    worker processes (`jobs` > 1) or on the Dask `client` when the batch is big."""
    resolve_options = ResolveOptions(events=options.events, entity=options.entity)
    if merge is not None:
        from eventline.resolve.merge import merge_timeline

        return merge_timeline(merge, list(analyses), resolve_options)
    with contextlib.ExitStack() as stack:
        mapper, partitions = None, 0
        if client is not None:
            from eventline.run.dask_cluster import dask_map, worker_count

            mapper, partitions = dask_map(client), 4 * worker_count(client)
        elif options.jobs > 1:
            from eventline.run.parallel import process_map

            mapper, partitions = stack.enter_context(process_map(options.jobs)), 4 * options.jobs
        return resolve(
            analyses,
            resolve_options,
            mapper=mapper,
            partitions=partitions,
            partitioned_from=PARTITIONED_FROM,
        )


def iter_analyses(
    sources: Sequence[str],
    options: BuildOptions,
    stdin: TextIO | BinaryIO | None,
    problems: Problems,
) -> Iterator[ArticleAnalysis]:
    """The analyses of every readable article as they are made, in input order; input
    problems are collected in `problems` on the way."""
    articles = problems.split(iter_articles(sources, options.load_options(), stdin))
    yield from track_progress(analyse_articles(articles, options))


def extract_analyses(
    sources: Sequence[str],
    options: BuildOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
    client=None,
) -> tuple[list[ArticleAnalysis], list[InputProblem]]:
    """The analyses of every readable article in input order (locally or on Dask, through
    `client` if connected already), and the problems met: the map step of `build`, and
    what `eventline extract` writes."""
    options = options or BuildOptions()
    problems = Problems()
    if options.dask:
        from eventline.run.dask_cluster import analyse_on_dask

        analyses, problems.items = analyse_on_dask(sources, options, stdin, client=client)
    else:
        analyses = list(iter_analyses(sources, options, stdin, problems))
    if not analyses:
        raise_nothing_readable(problems)
    check_strict(problems, options)
    return analyses, problems.items


def extract_dates(
    sources: Sequence[str],
    options: BuildOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> tuple[DatesReport, list[InputProblem]]:
    """Every temporal expression of every readable article, with TIMEX3 values."""
    from eventline.analyse.temporal import DATES_EXCLUDE
    from eventline.run.parallel import map_parsed

    options = options or BuildOptions()
    problems = Problems()
    articles = list(problems.split(iter_articles(sources, options.load_options(), stdin)))
    if not articles:
        raise_nothing_readable(problems)
    check_strict(problems, options)
    documents, dates = [], []
    name, exclude = model_name(options.model), tuple(DATES_EXCLUDE)
    cache = None
    if options.cache_dir is not None:
        from eventline.run.cache import DatesCache

        cache = DatesCache(options.cache_dir, name, exclude)
    for document, records in map_parsed(
        articles,
        article_dates,
        name,
        exclude,
        options.jobs,
        options.batch_size,
        lookup=cache.get if cache else None,
        store=cache.put if cache else None,
    ):
        documents.append(document)
        dates.extend(records)
    return DatesReport(eventline_version=__version__, documents=documents, dates=dates), (
        problems.items
    )


def check_strict(problems: Problems, options: BuildOptions) -> None:
    """With `strict`, any input problem fails the run before anything is produced."""
    if options.strict and problems.items:
        count = len(problems.items)
        message = f"--strict: {count} input{'s' if count > 1 else ''} could not be read"
        raise StrictInputError(message, problems.items)


def raise_nothing_readable(problems: Problems) -> None:
    """No article could be read: a usage-level failure."""
    detail = problems.items[0].describe() if problems.items else "no articles found"
    count = len(problems.items)
    more = f" (and {count - 1} more problems)" if count > 1 else ""
    raise InputError(f"nothing could be read: {detail}{more}")
