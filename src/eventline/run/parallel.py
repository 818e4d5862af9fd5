"""Parse articles and run a per-article function on each, in-process or in worker processes.

Results come back in input order whatever `jobs` is; a cache lookup can skip spaCy entirely.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from eventline.models import Article, InputProblem
from eventline.nlp.pipeline import load_pipeline, model_version
from eventline.run.barrier import parse_and_work

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")
Work = Callable[[Article, "Doc", str], Any]
"""A picklable (module-level) function of an article, its Doc and the model's `name-version`."""

_worker: dict[str, Any] = {}


def _parse_and_work(nlp, model: str, work: Work, articles: list[Article], batch_size: int) -> list:
    """Work results in order; an article that fails is an `InputProblem` (`run.barrier`)."""
    return list(parse_and_work(nlp, model, work, articles, batch_size))


def _init_worker(name: str, exclude: tuple[str, ...]) -> None:
    """Load the pipeline once per worker; an error is raised by the first task instead."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        nlp = load_pipeline(name, exclude)
        _worker.update(nlp=nlp, model=model_version(nlp), error=None)
    except Exception as error:  # noqa: BLE001 - re-raised in the task, where it is reported
        _worker.update(error=error)
        return
    # The model's objects live as long as the worker, and analysis allocates enough to make
    # full collections walk them again and again (a few percent of a build): move what is
    # alive now out of the collector's sight. Reference counting still frees as usual.
    gc.freeze()


def _worker_task(work: Work, articles: list[Article], batch_size: int) -> list:
    if _worker.get("error") is not None:
        raise _worker["error"]
    return _parse_and_work(_worker["nlp"], _worker["model"], work, articles, batch_size)


class _Done:
    """A finished result, shaped like a `Future`."""

    def __init__(self, value: list) -> None:
        self.value = value

    def result(self) -> list:
        return self.value


class _InProcess:
    """Runs chunks at once in this process, loading the pipeline at the first miss only.

    Like a worker, it keeps what is alive once the model is loaded out of the collector's
    sight while it runs (`gc.freeze`), but only if nothing else froze objects, and `release`
    gives them back: the caller's process is never left with frozen objects.
    """

    def __init__(self, name: str, exclude: tuple[str, ...], work: Work, batch_size: int):
        self.name, self.exclude, self.work, self.batch_size = name, exclude, work, batch_size
        self.froze = False

    def submit(self, articles: list[Article]) -> _Done:
        nlp = load_pipeline(self.name, self.exclude)
        if not self.froze and gc.get_freeze_count() == 0:
            gc.freeze()
            self.froze = True
        return _Done(_parse_and_work(nlp, model_version(nlp), self.work, articles, self.batch_size))

    def release(self) -> None:
        if self.froze:
            gc.unfreeze()
            self.froze = False


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def map_parsed(
    articles: Iterable[Article],
    work: Work,
    name: str,
    exclude: tuple[str, ...] = (),
    jobs: int = 1,
    batch_size: int = 16,
    lookup: Callable[[Article], T | None] | None = None,
    store: Callable[[Article, T], None] | None = None,
) -> Iterator[T]:
    """`work(article, doc, model)` for every article, in order; cached results skip spaCy."""
    items = (
        (chunk, [lookup(a) if lookup else None for a in chunk])
        for chunk in _chunks(articles, batch_size)
    )
    buffered, misses = [], 0
    for item in items:  # look ahead: a pool pays off only with a few batches of misses
        buffered.append(item)
        misses += item[1].count(None)
        if misses >= max(2, jobs) * batch_size:
            break
    everything = itertools.chain(buffered, items)
    if jobs <= 1 or misses < 2 * batch_size:
        local = _InProcess(name, exclude, work, batch_size)
        try:
            yield from _ordered(everything, local.submit, 0, store)
        finally:
            local.release()
        return
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, -(-misses // batch_size))  # no idle workers loading the model
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(name, exclude)) as pool:

        def submit(chunk: list[Article]):
            return pool.submit(_worker_task, work, chunk, batch_size)

        yield from _ordered(everything, submit, 2 * workers, store)


def _ordered(items, submit, window: int, store) -> Iterator:
    """Submit the misses of each chunk, keep at most `window` chunks in flight, yield in order."""
    pending: deque = deque()
    for chunk, cached in items:
        misses = [a for a, hit in zip(chunk, cached, strict=True) if hit is None]
        pending.append((chunk, cached, submit(misses) if misses else None))
        while len(pending) > window:
            yield from _chunk_results(*pending.popleft(), store)
    while pending:
        yield from _chunk_results(*pending.popleft(), store)


def _chunk_results(chunk, cached, future, store) -> Iterator:
    computed = iter(future.result() if future is not None else ())
    for article, hit in zip(chunk, cached, strict=True):
        if hit is not None:
            yield hit
            continue
        result = next(computed)
        if store is not None and not isinstance(result, InputProblem):
            store(article, result)
        yield result


def executor_map(executor, window: int) -> Callable[[Callable, Iterable], Iterator]:
    """A map over a `concurrent.futures` executor (a process pool, or a Dask client's
    `get_executor`), yielding results as they complete, with at most `window` tasks in
    flight so that payloads (resolver partitions) are made as needed, not all at once."""
    from concurrent.futures import FIRST_COMPLETED, as_completed, wait

    def run(function: Callable, payloads: Iterable) -> Iterator:
        pending: set = set()
        for payload in payloads:
            pending.add(executor.submit(function, payload))
            if len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
        yield from (future.result() for future in as_completed(pending))

    return run


@contextlib.contextmanager
def process_map(jobs: int) -> Iterator[Callable[[Callable, Iterable], Iterator]]:
    """`executor_map` over `jobs` worker processes (started at the first task), two tasks
    per worker in flight."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs) as pool:
        yield executor_map(pool, 2 * jobs)
