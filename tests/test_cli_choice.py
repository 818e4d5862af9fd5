"""`--top`, `--min-sources`, `--since`, `--until` on the command line (seeds, year known)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.main import cli

BASE = ["build", "seeds/", "--format", "json", "--reference-date", "2023-10-19"]


@pytest.fixture(autouse=True)
def _from_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def events(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, [*BASE, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["events"]


@pytest.fixture(scope="module")
def every() -> list[dict]:
    return events()


def test_every_event_has_a_rank_and_a_salience(every):
    assert sorted(e["rank"] for e in every) == list(range(1, len(every) + 1))
    assert all(0 <= e["salience"] <= 1 for e in every)


def test_top_keeps_the_best_ranked_events_in_date_order(every):
    top = events("--top", "3")
    assert sorted(e["rank"] for e in top) == [1, 2, 3]
    order = [e["id"] for e in every]
    assert [e["id"] for e in top] == sorted((e["id"] for e in top), key=order.index)
    assert len(events("--top", "all")) == len(every)


def test_min_sources_keeps_events_reported_by_enough_articles(every):
    kept = events("--min-sources", "2")
    assert kept and all(len(e["sources"]) >= 2 for e in kept)
    assert len(kept) == sum(len(e["sources"]) >= 2 for e in every)


def test_since_and_until_keep_events_within_the_days(every):
    november = events("--since", "2023-11-01")
    assert november and all(e["when"]["end"] >= "2023-11-01" for e in november)
    october = events("--until", "2023-10-31")
    assert october and all(e["when"]["start"] <= "2023-10-31" for e in october)
    assert {e["id"] for e in november}.isdisjoint(e["id"] for e in october)
    day = events("--since", "2023-10-19", "--until", "2023-10-19")
    assert day and all(e["when"]["start"] <= "2023-10-19" <= e["when"]["end"] for e in day)


@pytest.mark.parametrize(
    ("option", "value"), [("--top", "0"), ("--top", "some"), ("--since", "19/10/2023")]
)
def test_bad_choice_values_are_usage_errors(option, value):
    result = CliRunner().invoke(cli, [*BASE, option, value])
    assert result.exit_code == 2
    assert value in result.output
