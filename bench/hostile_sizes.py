"""Time and peak memory of `eventline build` on one hostile article as it grows.

.venv/bin/python bench/hostile_sizes.py [--sizes 100,400,1000] [--kinds prose,sentence,...]

Each row is one article of SIZE KB (generated here, our own words) of one kind:
`prose` (ordinary sentences), `sentence` (one endless sentence), `punctuation` (runs of
20,000 `$`, `'` and `(` between sentences) and `names` (one sentence coordinating thousands
of names). It runs `eventline build FILE --no-cache -j 1 --max-chars 2000000 --format json`
as a subprocess with its output thrown away; peak RSS is that process's (`wait4`). Linear
growth shows as time and memory per KB that stay flat down the sizes.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import snapshot

FIRST = "Ann Bob Carla David Elena Farid Grace Hiro Ines Jamal Kofi Lena Mario Nadia".split()
LAST = "Smith Jones Garcia Chen Okafor Novak Silva Kim Haddad Rossi Berg Moreau Tanaka".split()
PROSE = (
    "The council of {town} met on Monday to discuss the new bridge, officials said. "
    "Mayor {name} told reporters that work would start next month and end in 2025. "
    "Critics in {town} said the plan was too expensive, and a vote is expected on Friday.\n"
)


def _names() -> itertools.cycle:
    return itertools.cycle(f"{f} {s}" for s in LAST for f in FIRST)


def article(kind: str, size: int) -> str:
    """About `size` characters of one kind of article."""
    names = _names()
    if kind == "prose":
        parts = (PROSE.format(town=f"Town{n}", name=next(names)) for n in itertools.count())
    elif kind == "sentence":
        parts = (
            f"{next(names)} said that the council met on Monday and " for _ in itertools.count()
        )
    elif kind == "punctuation":
        runs = itertools.cycle(["$" * 20_000, "'" * 20_000, "(" * 20_000])
        parts = (f"The mayor spoke on Monday. {next(runs)} " for _ in itertools.count())
    else:
        parts = itertools.chain(
            ["Officials said on Monday that "], (f"{next(names)}, " for _ in itertools.count())
        )
    text, length = [], 0
    for part in parts:
        text.append(part)
        length += len(part)
        if length >= size:
            break
    return "".join(text) + " met the mayor on Tuesday.\n"


def run(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MB) of one subprocess."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        print(f"  (exit status {status})", file=sys.stderr)
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,400,1000", help="KB, comma-separated")
    parser.add_argument("--kinds", default="prose,sentence,punctuation,names")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventline-hostile-") as tmp:
        work = Path(tmp)
        snapshot(work / "src")
        print(f"{'kind':<12} {'KB':>6} {'seconds':>8} {'peak MB':>8} {'s/100KB':>8}")
        for kind in args.kinds.split(","):
            for size in (int(s) for s in args.sizes.split(",")):
                path = work / f"{kind}-{size}.txt"
                path.write_text(article(kind, size * 1000), encoding="utf-8")
                command = [sys.executable, "-m", "eventline", "build", str(path), "--no-cache"]
                command += ["-j", "1", "--max-chars", "2000000", "--format", "json", "-q"]
                seconds, peak = run(command)
                per = seconds / size * 100
                print(f"{kind:<12} {size:>6} {seconds:>8.1f} {peak:>8.0f} {per:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
