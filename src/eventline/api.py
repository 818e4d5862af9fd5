"""The library's end-to-end calls: load -> analyse -> resolve, as plain functions.

The CLI is a thin layer over these; library users call them directly (`eventline/__init__`
lists them).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, TextIO

from eventline import __version__
from eventline.load import LoadOptions, iter_articles
from eventline.models import ArticleAnalysis, DatesReport, InputProblem, Timeline
from eventline.nlp.pipeline import model_name
from eventline.resolve import ResolveOptions, resolve
from eventline.run.articles import analyse_articles, article_dates
from eventline.run.options import RunOptions
from eventline.run.problems import Problems

Progress = Callable[[], None]
"""Called once per article analysed, so that a caller can show progress. One that also has
an `expect(total)` method is told first how many articles the inputs hold."""


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build depends on, gathered once from the command line or a caller;
    each stage reads its own part (`load_options`, `run_options`, `resolve_options`)."""

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

    def run_options(self) -> RunOptions:
        return RunOptions(
            model=self.model,
            batch_size=self.batch_size,
            jobs=self.jobs,
            cache_dir=self.cache_dir,
            dask=self.dask,
        )

    def resolve_options(self) -> ResolveOptions:
        return ResolveOptions(events=self.events, entity=self.entity)


PARTITIONED_FROM = 50_000
"""Mentions from which `jobs` or `dask` also resolve in partitions: below, starting
workers and shipping partitions costs more than it saves."""


def build_timeline(
    sources: Sequence[str],
    options: BuildOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
    merge: Timeline | None = None,
    progress: Progress | None = None,
) -> tuple[Timeline, list[InputProblem]]:
    """The timeline of every readable article in `sources`, and the problems met.

    Articles stream from the inputs through spaCy into the resolver, which keeps their
    analyses on disk: memory does not grow with the batch. With `merge`, the batch is
    added to that earlier timeline (`resolve/merge.py`).
    """
    options = options or BuildOptions()
    with contextlib.ExitStack() as stack:
        client = None
        if options.dask:
            from eventline.run.dask_cluster import dask_client

            client = stack.enter_context(dask_client(options.dask))
        if merge is not None or client is not None:
            analyses, problems = extract_analyses(sources, options, stdin, client, progress)
            return resolve_analyses(analyses, options, merge, client), problems
        seen = Problems()
        timeline = resolve_analyses(iter_analyses(sources, options, stdin, seen, progress), options)
        if not timeline.documents:
            seen.raise_nothing_readable()
        seen.check_strict(options.strict)
        return timeline, seen.items


def resolve_analyses(
    analyses: Iterable[ArticleAnalysis],
    options: BuildOptions,
    merge: Timeline | None = None,
    client=None,
) -> Timeline:
    """The reduce step: analyses (a list or a stream) into the timeline; in partitions on
    worker processes (`jobs` > 1) or on the Dask `client` when the batch is big."""
    if merge is not None:
        from eventline.resolve.merge import merge_timeline

        return merge_timeline(merge, list(analyses), options.resolve_options())
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
            options.resolve_options(),
            mapper=mapper,
            partitions=partitions,
            partitioned_from=PARTITIONED_FROM,
        )


def iter_analyses(
    sources: Sequence[str],
    options: BuildOptions,
    stdin: TextIO | BinaryIO | None,
    problems: Problems,
    progress: Progress | None = None,
) -> Iterator[ArticleAnalysis]:
    """The analyses of every readable article as they are made, in input order; input
    problems are collected in `problems` on the way."""
    expect = getattr(progress, "expect", None)  # counted by the loader's own pre-pass
    loaded = iter_articles(sources, options.load_options(), stdin, expect)
    articles = problems.split(loaded)
    for analysis in problems.kept(analyse_articles(articles, options.run_options())):
        if progress is not None:
            progress()
        yield analysis


def extract_analyses(
    sources: Sequence[str],
    options: BuildOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
    client=None,
    progress: Progress | None = None,
) -> tuple[list[ArticleAnalysis], list[InputProblem]]:
    """The analyses of every readable article in input order (locally or on Dask, through
    `client` if connected already), and the problems met: the map step of `build`, and
    what `eventline extract` writes."""
    options = options or BuildOptions()
    problems = Problems()
    if options.dask:
        from eventline.run.dask_cluster import analyse_on_dask

        analyses, problems.items = analyse_on_dask(
            sources, options.load_options(), options.run_options(), stdin, client=client
        )
    else:
        analyses = list(iter_analyses(sources, options, stdin, problems, progress))
    if not analyses:
        problems.raise_nothing_readable()
    problems.check_strict(options.strict)
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
        problems.raise_nothing_readable()
    problems.check_strict(options.strict)
    documents, dates = [], []
    name, exclude = model_name(options.model), tuple(DATES_EXCLUDE)
    cache = None
    if options.cache_dir is not None:
        from eventline.run.cache import DatesCache

        cache = DatesCache(options.cache_dir, name, exclude)
    results = map_parsed(
        articles,
        article_dates,
        name,
        exclude,
        options.jobs,
        options.batch_size,
        lookup=cache.get if cache else None,
        store=cache.put if cache else None,
    )
    for document, records in problems.kept(results):
        documents.append(document)
        dates.extend(records)
    return DatesReport(eventline_version=__version__, documents=documents, dates=dates), (
        problems.items
    )


def build_timeline_from_texts(
    texts: Iterable[str | Mapping[str, object]],
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> tuple[Timeline, list[InputProblem]]:
    """The timeline of articles given in memory: plain texts (named `text-1`, `text-2`...)
    or records with the JSON Lines input fields (`text`, and `id`, `published`, `title`,
    `url`, `source`), read exactly as a JSON Lines file would be."""
    lines = []
    for number, item in enumerate(texts, start=1):
        record = {"id": f"text-{number}", "text": item} if isinstance(item, str) else item
        lines.append(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    stdin = io.BytesIO("".join(lines).encode("utf-8"))
    return build_timeline(["-"], options, stdin=stdin, progress=progress)


def write_report(report: Timeline | DatesReport, fmt: str, out: TextIO, width: int = 100) -> None:
    """Write a timeline (or a dates report) in one of the `--format` formats; the text view
    `width` columns wide, without colour."""
    from eventline.render.formats import DATES_FORMATS, TIMELINE_FORMATS, write

    formats = TIMELINE_FORMATS if isinstance(report, Timeline) else DATES_FORMATS
    if fmt not in formats:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(formats)}")
    write(report, formats[fmt], out, width)
