"""Run `find_timexes` over a JSON Lines dev set, write the contract `dates` JSON, score it.

.venv/bin/python bench/eval_dates.py [--data FILE.jsonl] [--gold GOLD.json] [--out SYS.json]
    [--exclude ner,...] [--errors] [--head-to-head]

`--head-to-head` normalises the gold absolute expressions (`Aug. 7, 1998`, `March 1990`, `1994`,
`Aug. 7`) with eventline's own rules and with dateparser, and prints the accuracy of each.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def run(data: Path, exclude: tuple[str, ...] = ()) -> dict:
    """The contract `dates` JSON for every record of a JSON Lines file."""
    from eventline.analyse.temporal import find_timexes
    from eventline.nlp.pipeline import DEFAULT_MODEL, load_pipeline

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


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_ABSOLUTE = {
    "with year": rf"{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH},? \d{{4}}"
    r"|\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d",
    "without year": rf"{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH}|\d{{1,2}}/\d{{1,2}}",
}


def head_to_head(gold: Path) -> list[str]:
    """Accuracy of eventline and dateparser on the gold absolute expressions (past tense)."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    published = {d["id"]: d["published"] for d in data["documents"]}
    lines = []
    for group, pattern in _ABSOLUTE.items():
        cases = [
            (d["text"].strip(), d["value"], published[d["document"]])
            for d in data["dates"]
            if re.fullmatch(r"\d{4}(-\d\d){0,2}", d["value"]) and published[d["document"]]
            and re.fullmatch(pattern, d["text"].strip())
        ]  # fmt: skip
        for name, parse in (("eventline", _ours), ("dateparser", _dateparser)):
            started = time.perf_counter()
            right = sum(parse(text, when) == value for text, value, when in cases)
            elapsed = (time.perf_counter() - started) * 1000
            lines.append(
                f"{group:12} {name:10} {right}/{len(cases)} = {right / len(cases):.3f} "
                f"({elapsed:.0f} ms)"
            )
    return lines


def _ours(text: str, published: str) -> str | None:
    """eventline's value for a whole string, read in a past-tense report."""
    from eventline.analyse.temporal.anchor import parse_published
    from eventline.analyse.temporal.context import Context
    from eventline.analyse.temporal.normalise import normalise
    from eventline.analyse.temporal.recognise import candidates, select

    ctx = Context(parse_published(published), tense="past")
    found = select(candidates(text))
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return None
    result = normalise(found[0].kind, text, ctx)
    return result.value if result else None


def _dateparser(text: str, published: str) -> str | None:
    """dateparser's value at the granularity it reports, relative to the article date."""
    from datetime import datetime

    from dateparser.date import DateDataParser

    base = datetime.fromisoformat(published[:10])
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    formats = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    return data.date_obj.strftime(formats.get(data.period or "day", "%Y-%m-%d"))


def main() -> None:
    """Parse arguments, run, write, score."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=EVAL / "data" / "tbaq.jsonl")
    parser.add_argument("--gold", type=Path, default=EVAL / "data" / "tbaq.gold.json")
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventline-dates.json"))
    parser.add_argument("--exclude", default="", help="comma-separated pipeline components")
    parser.add_argument("--errors", action="store_true", help="list errors on stderr")
    parser.add_argument("--head-to-head", action="store_true", help="eventline vs dateparser")
    args = parser.parse_args()
    if args.head_to_head:
        print("\n".join(head_to_head(args.gold)))
        return
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
