"""Cache reruns: rebuild a timeline after adding a few articles; only those are analysed.

.venv/bin/python bench/cache_rerun.py [--articles 1000] [--added 10] [--jobs N]

Builds a batch of the dev corpora (cycled with fresh ids, as `bench/memory.py` does) with a
fresh `--cache-dir`, then the same batch plus `--added` articles whose texts are new (a copy
of a corpus article with a line appended, so the cache cannot know them), and counts the
cache entries each run wrote: the rerun should write exactly `--added`. The runs use a
snapshot of `src/eventline` (the cache key holds the code's fingerprint: an edit made
meanwhile would invalidate every entry).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memory import corpus_records, write_batch
from run import snapshot


def entries(cache: Path) -> int:
    return sum(1 for _ in cache.rglob("*.json"))


def build(path: Path, cache: Path, jobs: int) -> float:
    """Wall seconds of one `eventline build` with the cache."""
    command = [sys.executable, "-m", "eventline", "build", str(path), "--cache-dir", str(cache)]
    command += ["-j", str(jobs), "--quiet", "--format", "json", "-o", os.devnull]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--added", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    records = corpus_records()
    extra = [
        r | {"id": f"{r['id']}#added", "text": r["text"] + "\nUpdated later the same day.\n"}
        for r in records[: args.added]
    ]
    with tempfile.TemporaryDirectory(prefix="eventline-rerun-") as tmp:
        work, cache = Path(tmp), Path(tmp) / "cache"
        snapshot(work / "src")
        first, second = work / "first.jsonl", work / "second.jsonl"
        write_batch(records, args.articles, first)
        second.write_text(
            first.read_text(encoding="utf-8") + "".join(json.dumps(r) + "\n" for r in extra),
            encoding="utf-8",
        )
        print(f"{'run':<34} {'articles':>8} {'seconds':>8} {'analysed':>9}")
        rows = [
            ("cold cache", first, args.articles),
            (f"rerun after adding {args.added}", second, args.articles + args.added),
            ("rerun, nothing new", second, args.articles + args.added),
        ]
        for label, path, count in rows:
            before = entries(cache) if cache.exists() else 0
            seconds = build(path, cache, args.jobs)
            print(f"{label:<34} {count:>8,} {seconds:>8.1f} {entries(cache) - before:>9,}")


if __name__ == "__main__":
    main()
