"""Speed and value F1 of `eventline dates`, HeidelTime and dateparser on the TBAQ dev set.

.venv/bin/python bench/peers.py [--limit N] [--threads 1] [--jobs N] [--venv /tmp/venv-heidel]

Every tool runs as a subprocess on the same texts, start-up included (HeidelTime's JVM too),
writes the contract `dates` JSON and is scored with ../shared/eval/score_dates.py. HeidelTime
needs java and the venv of ../shared/eval/peers/setup.sh; without them its row says why it was
skipped. dateparser is ../shared/eval/baseline_dates.py (`search_dates`, RELATIVE_BASE = the
article date), the reference baseline of ../shared/eval/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

from run import measure, snapshot  # bench/run.py: wait4 timing, frozen copy of src

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DATA = EVAL / "data"
HEIDELTIME_VENV = Path(os.environ.get("HEIDELTIME_VENV", "/tmp/venv-heidel"))


def subset(limit: int | None, work: Path) -> tuple[Path, Path, list[dict]]:
    """The first `limit` TBAQ records and their gold, so unseen gold documents are not misses."""
    lines = (DATA / "tbaq.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line][:limit]
    ids = {r["id"] for r in records}
    gold = json.loads((DATA / "tbaq.gold.json").read_text(encoding="utf-8"))
    gold = {
        "documents": [d for d in gold["documents"] if d["id"] in ids],
        "dates": [d for d in gold["dates"] if d["document"] in ids],
    }
    texts, gold_path = work / "tbaq.jsonl", work / "tbaq.gold.json"
    texts.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    return texts, gold_path, records


def heideltime_missing(venv: Path) -> str | None:
    """Why HeidelTime cannot run here, or None."""
    if not shutil.which("java"):
        return "java not found on PATH"
    if not (venv / "heideltime-runner" / "runner.json").exists():
        return f"no runner in {venv}; run ../shared/eval/peers/setup.sh {venv}"
    return None


def commands(texts: Path, work: Path, args: argparse.Namespace) -> list[tuple]:
    """(label, command, file it writes the dates JSON to, None for stdout), in table order;
    a tool that cannot run here is (label, reason)."""

    def eventline(jobs: int) -> tuple:
        command = [sys.executable, "-m", "eventline", "dates", str(texts), "-j", str(jobs), "-q"]
        return f"eventline dates -j {jobs}", [*command, "--format", "json"], None

    runs = [eventline(1)] + ([eventline(args.jobs)] if args.jobs > 1 else [])
    label = f"HeidelTime, {args.threads} thread{'s' if args.threads > 1 else ''}"
    output = work / "heideltime.json"
    why_not = heideltime_missing(args.venv)
    runs.append((label, why_not) if why_not else (label, [
        sys.executable, str(EVAL / "peers" / "run_heideltime.py"), str(texts),
        "-o", str(output), "--venv", str(args.venv),
        "--threads", str(args.threads), "--stats", str(work / "heideltime.stats.json"),
    ], output))  # fmt: skip
    label = "dateparser.search_dates"
    if find_spec("dateparser") is None:
        return [*runs, (label, "dateparser is not installed in this Python")]
    return [*runs, (label, [sys.executable, str(EVAL / "baseline_dates.py"), str(texts)], None)]


def scores(system: Path, gold: Path) -> dict:
    """score_dates.py's figures for one output (its `score` is importable, stdlib only)."""
    sys.path.insert(0, str(EVAL))
    from score_dates import score

    return score(str(gold), str(system))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N TBAQ documents (all)")
    parser.add_argument("--threads", type=int, default=1, help="HeidelTime taggers (1)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="2nd eventline row")
    parser.add_argument("--venv", type=Path, default=HEIDELTIME_VENV, help="setup.sh's venv")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventline-peers-") as tmp:
        work = Path(tmp)
        snapshot(work / "src")  # edits made during the run do not mix into the numbers
        texts, gold, records = subset(args.limit, work)
        words = sum(len(r["text"].split()) for r in records)
        print(f"TBAQ dev: {len(records)} docs, {words:,} words; {os.cpu_count()} cores", flush=True)
        # The first spaCy load reads the model from a cold disk; keep that out of the first row.
        load = (
            "from eventline.nlp.pipeline import DEFAULT_MODEL as m, load_pipeline; load_pipeline(m)"
        )
        warm_up = [sys.executable, "-c", load]
        subprocess.run(warm_up, check=True)
        rows = []
        for label, *run in commands(texts, work, args):
            if len(run) == 1:
                rows.append((label, run[0]))
                continue
            command, output = run
            stdout = work / f"out-{len(rows)}.json"
            seconds, _ = measure(command, stdout)
            rows.append((label, (seconds, scores(output or stdout, gold))))
            print(f"  {label}: {seconds:.1f} s", file=sys.stderr)
        stats_path = work / "heideltime.stats.json"
        stats = json.loads(stats_path.read_text()) if stats_path.exists() else None
    print(f"\n{'tool':<26} {'docs':>5} {'seconds':>8} {'docs/s':>7} {'words/s':>8} "
          f"{'value F1':>9} {'strict F1':>9}")  # fmt: skip
    for label, result in rows:
        if isinstance(result, str):
            print(f"{label:<26} skipped: {result}")
            continue
        seconds, s = result
        print(f"{label:<26} {len(records):>5} {seconds:8.1f} {len(records) / seconds:7.2f} "
              f"{words / seconds:8,.0f} {s['value_F1']:9.4f} {s['strict_F1']:9.4f}")  # fmt: skip
    if stats:
        print(
            f"(HeidelTime without its {stats['seconds_startup']:.1f} s of JVM start-up: "
            f"{stats['docs_per_second']:.2f} docs/s, {stats['words_per_second']:,.0f} words/s)"
        )


if __name__ == "__main__":
    main()
