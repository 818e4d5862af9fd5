"""Cross-document event coreference on the ECB+ dev topics: one build per topic, scored.

.venv/bin/python bench/eval_coref.py [--events all|key] [--reuse] [--errors]

Articles are analysed once, in-process (`--reuse` keeps the analyses in /tmp between runs
while working on the resolver), then each topic is resolved on its own, as the eval README's
shell loop does with one `eventline build` per topic.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CACHE = Path("/tmp/eventline-ecb-analyses.jsonl")


def analyses_by_topic(data: Path, reuse: bool) -> dict[str, list]:
    """Every article's analysis, grouped by its ECB+ topic."""
    from eventline.load import LoadOptions, iter_articles
    from eventline.models import Article, ArticleAnalysis
    from eventline.run.articles import analyse_articles
    from eventline.run.options import RunOptions

    topics = {
        json.loads(line)["id"]: json.loads(line)["source"]
        for line in data.read_text(encoding="utf-8").splitlines()
        if line
    }
    if reuse and CACHE.exists():
        analyses = [ArticleAnalysis.model_validate_json(x) for x in CACHE.read_text().splitlines()]
    else:
        articles = [a for a in iter_articles([str(data)], LoadOptions()) if isinstance(a, Article)]
        analyses = list(analyse_articles(articles, RunOptions()))
        CACHE.write_text("".join(a.model_dump_json() + "\n" for a in analyses))
    grouped: dict[str, list] = defaultdict(list)
    for analysis in analyses:
        grouped[topics[analysis.document.id]].append(analysis)
    return grouped


def main() -> None:
    """Analyse, resolve per topic, write one build JSON per topic, score them together."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", default="all", choices=["all", "key"])
    parser.add_argument("--reuse", action="store_true", help="reuse /tmp analyses")
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventline-ecb"))
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    from eventline.resolve import ResolveOptions, resolve

    args.out.mkdir(parents=True, exist_ok=True)
    outputs = []
    for topic, analyses in sorted(
        analyses_by_topic(EVAL / "data" / "ecbplus-dev.jsonl", args.reuse).items()
    ):
        timeline = resolve(analyses, ResolveOptions(events=args.events))
        path = args.out / f"ecb-{topic}.json"
        path.write_text(timeline.model_dump_json(), encoding="utf-8")
        outputs.append(str(path))
    command = ["python3", str(EVAL / "score_coref.py"), ",".join(outputs),
               str(EVAL / "data" / "ecbplus-dev.gold.json")]  # fmt: skip
    if args.errors:
        command.append("--errors")
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    sys.stderr.write(result.stderr)
    print(result.stdout)


if __name__ == "__main__":
    main()
