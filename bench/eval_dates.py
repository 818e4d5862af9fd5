"""Run `find_timexes` over a JSON Lines dev set, write the contract `dates` JSON, score it.

.venv/bin/python bench/eval_dates.py [--data FILE.jsonl] [--gold GOLD.json] [--out SYS.json]
    [--exclude ner,...] [--errors]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def run(data: Path, exclude: tuple[str, ...] = ()) -> dict:
    """The contract `dates` JSON for every record of a JSON Lines file."""
    from eventline.nlp import DEFAULT_MODEL, load_pipeline
    from eventline.temporal import find_timexes

    records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]
    nlp = load_pipeline(DEFAULT_MODEL, exclude)
    documents, dates = [], []
    texts = (r["text"] for r in records)
    for record, doc in zip(records, nlp.pipe(texts, batch_size=32), strict=True):
        documents.append({"id": record["id"], "published": record.get("published")})
        for t in find_timexes(doc, record.get("published")):
            dates.append(
                {"document": record["id"], "start": t.start, "end": t.end, "text": t.text,
                 "type": t.type, "value": t.value}
            )  # fmt: skip
    return {"documents": documents, "dates": dates}


def score(system: Path, gold: Path, errors: bool) -> str:
    """The scorer's summary line (errors, if asked, go to stderr)."""
    command = ["python3", str(EVAL / "score_dates.py"), str(system), str(gold)]
    if errors:
        command.append("--errors")
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    if errors:
        sys.stderr.write(result.stderr)
    return result.stdout


def main() -> None:
    """Parse arguments, run, write, score."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=EVAL / "data" / "tbaq.jsonl")
    parser.add_argument("--gold", type=Path, default=EVAL / "data" / "tbaq.gold.json")
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventline-dates.json"))
    parser.add_argument("--exclude", default="", help="comma-separated pipeline components")
    parser.add_argument("--errors", action="store_true", help="list errors on stderr")
    args = parser.parse_args()
    exclude = tuple(x for x in args.exclude.split(",") if x)
    started = time.perf_counter()
    output = run(args.data, exclude)
    elapsed = time.perf_counter() - started
    args.out.write_text(json.dumps(output, indent=1), encoding="utf-8")
    print(f"{len(output['documents'])} docs, {len(output['dates'])} timexes, {elapsed:.1f}s")
    if args.gold.exists():
        print(score(args.out, args.gold, args.errors))


if __name__ == "__main__":
    main()
