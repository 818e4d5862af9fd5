"""`--dask`: per-article analysis as a `dask.bag` map over partitions on a Dask cluster.

The client lists input paths (`dask_units`); workers load, parse and analyse them, each
loading the spaCy pipeline once (`nlp.pipeline.load_pipeline` is cached per process). Results come
back partition by partition in input order, so the output equals a local run's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, BinaryIO, TextIO

from eventline.errors import EventlineError
from eventline.models import ArticleAnalysis, InputProblem
from eventline.run.analyses_file import unique_documents
from eventline.run.dask_units import (
    BLOCK_BYTES,
    Unit,
    count_newlines,
    load_unit,
    plan_units,
    with_line_offsets,
)

if TYPE_CHECKING:
    from eventline.load import LoadOptions
    from eventline.run.options import RunOptions

LOCAL = "local"
INSTALL_HINT = "pip install 'eventline[dask]'"


class DaskError(EventlineError):
    """Dask is missing, or the scheduler cannot be reached."""


def analyse_partition(units: Sequence[Unit], load: LoadOptions, run: RunOptions) -> list:
    """Load and analyse one partition's units on a worker: analyses and problems, in order."""
    from eventline.run.articles import analyse_articles

    local = dataclasses.replace(run, jobs=1, dask=None)
    loaded = [item for unit in units for item in load_unit(unit, load)]
    articles = [item for item in loaded if not isinstance(item, InputProblem)]
    analyses = iter(analyse_articles(articles, local))
    return [item if isinstance(item, InputProblem) else next(analyses) for item in loaded]


@contextlib.contextmanager
def dask_client(address: str) -> Iterator:
    """A `distributed.Client` for `address`, or for a fresh 2-worker LocalCluster (`local`)."""
    try:
        import dask.bag  # noqa: F401 - checked here so that the message names the extra
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise DaskError(
            f"Dask is not installed ({error.name} is missing): {INSTALL_HINT}", setting="dask"
        ) from None
    with contextlib.ExitStack() as stack:
        if address == LOCAL:
            cluster = LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            )
            target = stack.enter_context(cluster)
        else:
            target = address
        try:
            client = stack.enter_context(Client(target, timeout="10s"))
        except (OSError, TimeoutError) as error:
            raise DaskError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        yield client


def analyse_on_dask(
    sources: Sequence[str],
    load: LoadOptions,
    run: RunOptions,
    stdin: TextIO | BinaryIO | None = None,
    block_bytes: int = BLOCK_BYTES,
    client=None,
) -> tuple[list[ArticleAnalysis], list[InputProblem]]:
    """What `extract_analyses` returns, computed on the cluster at `run.dask` (or on
    `client`, already connected)."""
    analyses: list[ArticleAnalysis] = []
    problems: list[InputProblem] = []
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(dask_client(run.dask or LOCAL))
        workers = worker_count(client)
        units = plan_units(sources, load, stdin, block_bytes, workers)
        for item in _partition_items(client, units, load, run, workers):
            (problems if isinstance(item, InputProblem) else analyses).append(item)
    return list(unique_documents(analyses)), problems


def worker_count(client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def dask_map(client) -> Callable[[Callable, Iterable], Iterator]:
    """`parallel.executor_map` over the cluster, two tasks per worker in flight."""
    from eventline.run.parallel import executor_map

    return executor_map(client.get_executor(pure=False), 2 * worker_count(client))


def _partition_items(
    client, units: list[Unit], load: LoadOptions, run: RunOptions, workers: int
) -> Iterator:
    """Items of every partition, in order; a partition is released once consumed."""
    import dask.bag as db

    if not units:
        return
    if any(unit.end is not None for unit in units):
        counts = db.from_sequence(units, partition_size=64).map(count_newlines)
        units = with_line_offsets(units, client.compute(counts).result())
    size = max(1, min(16, -(-len(units) // (4 * workers))))
    bag = db.from_sequence(units, partition_size=size)
    work = functools.partial(analyse_partition, load=load, run=run)
    futures = client.compute(bag.map_partitions(work).to_delayed())
    for future in futures:
        yield from future.result()
        future.release()
