"""`eventline entities` and the notes `build --entity` prints about its choice."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_entities() -> list[dict]:
    return json.loads(run("entities", "seeds/", "--format", "json").stdout)["entities"]


def test_entities_text_matches_the_reviewed_golden_file():
    result = run("entities", "seeds/")
    assert result.stdout == (EXAMPLES / "seeds.entities.txt").read_text(encoding="utf-8")


def test_entities_are_listed_most_frequent_first(seed_entities):
    counts = [row["events"] for row in seed_entities]
    assert counts == sorted(counts, reverse=True)
    lavrov = next(row for row in seed_entities if row["name"] == "Sergey Lavrov")
    assert lavrov["type"] == "PERSON" and "Lavrov" in lavrov["aliases"]
    assert lavrov["articles"] == 2


def test_entities_csv_has_one_row_per_entity(seed_entities):
    rows = list(csv.DictReader(io.StringIO(run("entities", "seeds/", "--format", "csv").stdout)))
    assert [row["name"] for row in rows] == [row["name"] for row in seed_entities]


def test_match_shows_the_pick_and_the_reason():
    result = run("entities", "seeds/", "--match", "Mr Lavrov", "--format", "json")
    matches = json.loads(result.stdout)["matches"]
    assert matches[0]["name"] == "Sergey Lavrov" and matches[0]["picked"]
    assert matches[0]["reason"] in {"title and alias", "title and surname"}


def test_unknown_entity_says_so_and_lists_the_nearest_names():
    result = run("build", "seeds/", "--entity", "Lavrof", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"] == []
    assert "'Lavrof' names no entity in this batch; nearest names: Sergey Lavrov" in result.stderr


def test_a_title_and_surname_find_the_person_with_a_note():
    result = run("build", "seeds/", "--entity", "Foreign Minister Lavrov", "--format", "json")
    data = json.loads(result.stdout)
    assert data["events"] and "Sergey Lavrov" in result.stderr
    for event in data["events"]:
        assert "sergey-lavrov" in {a["entity"] for a in event["participants"] + event["places"]}


def _alias_pairs() -> list[tuple[str, str, int]]:
    report = json.loads(run("entities", "seeds/", "--format", "json").stdout)["entities"]
    return [
        (row["id"], name, row["events"])
        for row in report
        for name in [row["name"], *row["aliases"]]
    ]


ALIASES = _alias_pairs()


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(ALIASES), st.sampled_from(["", "the ", "THE "]))
def test_every_listed_name_finds_its_entity_with_entity(pair, prefix):
    entity_id, name, events = pair
    result = run(
        "build", "seeds/", "--entity", prefix + name, "--events", "all", "--format", "json"
    )
    found = json.loads(result.stdout)["events"]
    assert len(found) == events
    for event in found:
        assert entity_id in {a["entity"] for a in event["participants"] + event["places"]}
    assert "names no entity" not in result.stderr
