"""How the resolver (the reduce step) scales: seconds and memory for N synthetic mentions.

.venv/bin/python bench/resolve_scale.py [--mentions 100000] [--base analyses.jsonl] [--jobs N]

Synthetic analyses are copies of real ones (`eventline extract` of the dev corpora, or
`--base`): copy k gets its own document ids and entity names (`k7 Sergey Lavrov`), so each
copy is a separate story with its own people, as in a large batch of unrelated news.
The copies are made as the resolver reads them (a stream, as `build` feeds it), so peak
RSS is the resolver's own: before resolving (the base analyses loaded) and after. With
`--jobs N` > 1 the batch resolves in `4 N` partitions on N processes (`resolve/partitions.py`).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"


def base_analyses(path: Path | None, work: Path) -> list:
    """Real analyses to copy: `--base`, else an extract of the dev corpora."""
    from eventline.models import ArticleAnalysis

    if path is None:
        path = work / "base.jsonl"
        corpora = [str(DATA / f"{name}.jsonl") for name in ("semeval-trial", "tbaq")]
        command = [sys.executable, "-m", "eventline", "extract", *corpora, "-o", str(path)]
        subprocess.run([*command, "--no-cache", "--quiet"], check=True)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ArticleAnalysis.model_validate_json(line) for line in lines if line]


def renamed(analysis, copy: int):
    """A copy of an analysis with its own document id and entity names."""
    tag = f"k{copy} "
    entities = [
        e.model_copy(update={"name": tag + e.name, "aliases": [tag + a for a in e.aliases]})
        for e in analysis.entities
    ]
    document = analysis.document.model_copy(update={"id": f"{analysis.document.id}#{copy}"})
    return analysis.model_copy(update={"document": document, "entities": entities})


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--base", type=Path, help="analyses JSON Lines to copy")
    parser.add_argument("--jobs", type=int, default=1, help="resolve in partitions on N processes")
    args = parser.parse_args()
    from eventline.models import ArticleAnalysis
    from eventline.resolve import ResolveOptions, resolve
    from eventline.run.parallel import process_map

    with tempfile.TemporaryDirectory(prefix="eventline-resolve-") as tmp:
        base = base_analyses(args.base, Path(tmp))
    per_copy = sum(len(a.events) for a in base)
    copies = max(1, -(-args.mentions // per_copy))
    # through JSON, so that copies share no objects (as analyses read from a file)
    analyses = (
        ArticleAnalysis.model_validate_json(renamed(a, k).model_dump_json())
        for k in range(copies)
        for a in base
    )
    mentions = per_copy * copies
    before = peak_mb()
    start = time.perf_counter()
    options = ResolveOptions(events="all")
    if args.jobs > 1:
        with process_map(args.jobs) as mapper:
            timeline = resolve(analyses, options, mapper=mapper, partitions=4 * args.jobs)
    else:
        timeline = resolve(analyses, options)
    seconds = time.perf_counter() - start
    print(
        f"{mentions:,} mentions in {copies * len(base):,} articles -> {len(timeline.events):,} "
        f"events: resolve {seconds:.1f} s (copies made on the way included; -j {args.jobs}); "
        f"peak RSS {before:,.0f} MB before, {peak_mb():,.0f} MB after resolving"
    )


if __name__ == "__main__":
    main()
