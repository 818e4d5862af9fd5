"""CI gate: `find_timexes` on the TBAQ dev set must not fall below the pinned TempEval-3 scores.

Lowering a pin needs `EVENTLINE_ALLOW_LOWER_PIN=1` in the environment, so that a regression
is a decision and not an accident.
"""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from conftest import SHARED_EVAL

DATA = SHARED_EVAL / "data" / "tbaq.jsonl"
GOLD = SHARED_EVAL / "data" / "tbaq.gold.json"
SCORER = SHARED_EVAL / "score_dates.py"
REACHED = {"value_F1": 0.8340, "strict_F1": 0.9075}
"""What the stage reached when the pins were last set (raise both together)."""
PINS = {"value_F1": 0.8290, "strict_F1": 0.9025}
"""About 0.005 under `REACHED` (the value pin never below the issue's floor of 0.80)."""

FLOORS = {"value_F1": 0.80, "strict_F1": 0.80}
"""The issue's floor: no pin goes below it."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (DATA.exists() and GOLD.exists() and SCORER.exists()),
        reason=f"dev kit not found at {SHARED_EVAL} (TBAQ is research-only and not in the repo)",
    ),
]


@pytest.fixture(scope="module")
def scores(nlp, tmp_path_factory) -> dict[str, float]:
    """Run the stage over TBAQ and score it with the kit's own scorer."""
    from eventline.analyse.temporal import find_timexes

    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    dates = []
    docs = nlp.pipe((r["text"] for r in records), batch_size=32)
    for record, doc in zip(records, docs, strict=True):
        for t in find_timexes(doc, record.get("published")):
            dates.append(
                {"document": record["id"], "start": t.start, "end": t.end, "text": t.text,
                 "type": t.type, "value": t.value}
            )  # fmt: skip
    documents = [{"id": r["id"], "published": r.get("published")} for r in records]
    system = tmp_path_factory.mktemp("tbaq") / "system.json"
    system.write_text(json.dumps({"documents": documents, "dates": dates}), encoding="utf-8")
    result = subprocess.run(
        ["python3", str(SCORER), str(system), str(GOLD)], capture_output=True, text=True, check=True
    )
    summary = result.stdout.strip().splitlines()[-1]
    return {key: float(value) for key, value in re.findall(r"(\w+_F1)=([\d.]+)", summary)}


@pytest.mark.parametrize("metric", sorted(PINS))
def test_score_not_below_pin(scores, metric):
    assert scores[metric] >= PINS[metric], f"{metric} {scores[metric]:.4f} < pin {PINS[metric]}"


def test_pins_not_lowered_below_floor():
    if os.environ.get("EVENTLINE_ALLOW_LOWER_PIN") == "1":
        pytest.skip("EVENTLINE_ALLOW_LOWER_PIN=1: pins may be lowered")
    lowered = {m: p for m, p in PINS.items() if p < REACHED[m] - 0.0111 or p < FLOORS[m]}
    assert not lowered, f"pins {lowered} lowered; set EVENTLINE_ALLOW_LOWER_PIN=1 to allow it"
