"""Peak RSS of `eventline build` as the batch grows: does memory stay bounded?

.venv/bin/python bench/memory.py [--sizes 500,5000] [--jobs 1]

Each batch cycles through the dev corpora (`../shared/eval/data/*.jsonl`) with fresh ids
(`tbaq/ABC19980108.1830.0711#3`) into a temporary JSON Lines file, then runs `eventline
build FILE --no-cache -j N --format json -o /dev/null` as a subprocess; peak RSS is that
process's largest resident set (`wait4`; with `-j` > 1 the largest of its processes).
The runs use a snapshot of `src/eventline`, so edits made meanwhile don't mix in.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from run import snapshot

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"


def corpus_records() -> list[dict]:
    """Every article of the dev corpora, as JSON Lines records (id, text, published)."""
    records = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records.append(
                    {"id": f"{path.stem}/{record['id']}", "text": record["text"]}
                    | ({"published": record["published"]} if record.get("published") else {})
                )
    return records


def batch(records: list[dict], size: int) -> Iterator[dict]:
    """`size` records cycling through `records`; copy k of an article gets the id `id#k`."""
    for index, record in enumerate(itertools.islice(itertools.cycle(records), size)):
        copy = index // len(records)
        yield record | {"id": f"{record['id']}#{copy}"} if copy else record


def write_batch(records: list[dict], size: int, path: Path) -> int:
    """Write a batch as JSON Lines; its number of words."""
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for record in batch(records, size):
            words += len(record["text"].split())
            out.write(json.dumps(record) + "\n")
    return words


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a subprocess; exits if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000", help="articles per batch, comma-separated")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    records = corpus_records()
    if not records:
        sys.exit(f"bench: no corpora in {DATA}")
    header = f"{'articles':>9} {'words':>10} {'seconds':>8} {'articles/s':>10}"
    print(f"{header} {'peak RSS':>9} {'ratio':>6}")
    first = None
    with tempfile.TemporaryDirectory(prefix="eventline-memory-") as tmp:
        snapshot(Path(tmp) / "src")
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"batch-{size}.jsonl"
            words = write_batch(records, size, path)
            command = [sys.executable, "-m", "eventline", "build", str(path), "--no-cache"]
            command += ["-j", str(args.jobs), "--quiet", "--format", "json", "-o", os.devnull]
            seconds, peak = run(command)
            first = first or peak
            print(
                f"{size:>9,} {words:>10,} {seconds:>8.1f} {size / seconds:>10.1f}"
                f" {peak:>6.0f} MB {peak / first:>6.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
