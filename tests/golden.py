"""Golden outputs of every format on seeds/: `make golden` writes them to tests/golden/ (and
the reviewed examples in examples/), and tests/test_golden.py compares them byte for byte.

Run it with the project's Python: `python tests/golden.py`. Review the diff before committing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "examples"

CASES: dict[str, list[str]] = {
    "build.txt": ["build", "seeds/"],
    "build.json": ["build", "seeds/", "--format", "json"],
    "build.2023.json": ["build", "seeds/", "--format", "json", "--reference-date", "2023-10-19"],
    "build.jsonl": ["build", "seeds/", "--format", "jsonl"],
    "build.csv": ["build", "seeds/", "--format", "csv"],
    "build.md": ["build", "seeds/", "--format", "markdown"],
    "build.html": ["build", "seeds/", "--format", "html"],
    "build.ics": ["build", "seeds/", "--format", "ics", "--reference-date", "2023-10-19"],
    "build.timelinejs.json": ["build", "seeds/", "--format", "timelinejs"],
    "build.mentions.jsonl": ["build", "seeds/", "--format", "jsonl", "--records", "mentions"],
    "build.mentions.csv": ["build", "seeds/", "--format", "csv", "--records", "mentions"],
    "dates.txt": ["dates", "seeds/"],
    "dates.json": ["dates", "seeds/", "--format", "json"],
    "dates.jsonl": ["dates", "seeds/", "--format", "jsonl"],
    "extract.jsonl": ["extract", "seeds/"],
    "entities.txt": ["entities", "seeds/"],
}
"""Golden file name -> the `eventline` arguments that print it, run from the project root."""

EXAMPLE_CASES = {
    "seeds.timeline.txt": "build.txt",
    "seeds.timeline.json": "build.json",
    "seeds.timeline.md": "build.md",
    "seeds.timeline.html": "build.html",
    "seeds.timeline.2023.json": "build.2023.json",
    "seeds.dates.json": "dates.json",
    "seeds.entities.txt": "entities.txt",
}
"""The reviewed examples the README shows, and the golden file each one is."""


def output_of(args: list[str], cache_dir: Path, env: dict[str, str | None] | None = None) -> str:
    """What `eventline ARGS` prints on a pipe, run in-process; the analyses cache in
    `cache_dir` lets one analysis of the seeds serve every format."""
    from click.testing import CliRunner

    from eventline.cli.main import cli

    environment = {"EVENTLINE_CACHE_DIR": str(cache_dir), "SOURCE_DATE_EPOCH": None, **(env or {})}
    result = CliRunner().invoke(cli, args, env=environment, catch_exceptions=False)
    if result.exit_code != 0:
        raise RuntimeError(f"eventline {' '.join(args)} exited {result.exit_code}: {result.stderr}")
    return result.stdout


def main() -> int:
    os.chdir(ROOT)
    GOLDEN.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as cache:
        outputs = {name: output_of(args, Path(cache)) for name, args in CASES.items()}
    for name, text in outputs.items():
        (GOLDEN / name).write_bytes(text.encode("utf-8"))  # ics keeps its CRLF
    for example, name in EXAMPLE_CASES.items():
        (EXAMPLES / example).write_bytes(outputs[name].encode("utf-8"))
    print(
        f"wrote {len(outputs)} golden files to {GOLDEN.relative_to(ROOT)}/ and "
        f"{len(EXAMPLE_CASES)} examples to {EXAMPLES.relative_to(ROOT)}/"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
