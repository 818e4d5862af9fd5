"""`bench/run.py --dask`: `build` on a Dask LocalCluster of 1 and 2 workers vs `--jobs`.

Rows: `--dask local` as a user runs it (cluster start-up and model loads included), then
warm clusters of 1 and 2 workers (started, pipeline loaded by a first run) to separate the
per-batch cost from the start-up. Peak RSS is the client process's only.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

Measure = Callable[[list[str], Path], tuple[float, int]]


def dask_runs(path: Path, work: Path, model: str, measure: Measure) -> list[tuple[str, float, int]]:
    """(label, seconds, peak RSS) of each Dask run; outputs must equal `build -j 1`."""
    from distributed import LocalCluster

    def build(*args: str) -> list[str]:
        command = [sys.executable, "-m", "eventline", "build", str(path), "--no-cache"]
        return [*command, *args, "--format", "json", "--model", model]

    results, outputs = [], set()

    def timed(label: str, command: list[str]) -> None:
        stdout = work / f"dask-{len(results)}.json"
        seconds, rss = measure(command, stdout)
        results.append((label, seconds, rss))
        outputs.add(stdout.read_bytes())
        print(f"  {label}: {seconds:.1f} s", file=sys.stderr)

    timed("build -j 1 (reference)", build("-j", "1"))
    timed("build --dask local", build("--dask", "local"))
    for workers in (1, 2):
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            address = cluster.scheduler_address
            measure(build("--dask", address), work / "warm-up.json")  # workers load the model
            timed(
                f"build --dask, {workers} warm worker{'s' * (workers > 1)}",
                build("--dask", address),
            )
    agree = "identical" if len(outputs) == 1 else "DIFFERENT"
    print(f"build outputs across -j 1 and Dask runs: {agree}")
    return results
