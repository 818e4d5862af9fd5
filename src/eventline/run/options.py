"""How and where per-article work runs: the model, batches, worker processes, cache, Dask."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RunOptions:
    """Where the per-article work of a batch runs; none of it changes the output."""

    model: str | None = None
    """Installed spaCy pipeline; None: `nlp.pipeline.DEFAULT_MODEL`."""
    batch_size: int = 16
    jobs: int = 1
    """Worker processes for spaCy and analysis; 1 stays in this process."""
    cache_dir: Path | None = None
    """Where per-article analyses are cached; None: no cache."""
    dask: str | None = None
    """Analyse on a Dask cluster: a scheduler address (`tcp://host:8786`) or `local`."""
