"""What `build --entity NAME` says of its pick is what its timeline shows: an event that only
names the entity in passing (`Kestrel Freight, a unit of Acme Logistics`) is neither shown
nor counted, and an entity that is only ever named that way is said to take part in nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.cli.main import cli
from eventline.resolve import ResolveOptions, resolve
from eventline.resolve.entity_rows import CORE_ROLES
from eventline.resolve.entity_rows import takes_part as takes_part_in
from eventline.resolve.names import match_order
from test_partitions import _random_article

BATCH = str(Path(__file__).resolve().parent / "fixtures" / "entities" / "freight.jsonl")
FORMATS = ["json", "text"]
COUNT = re.compile(r"\((?:[^()]*), (\d+) events?\)")
SHOWN = re.compile(r"^Timeline: (\d+) events? from", re.MULTILINE)


def build(*args: str):
    result = CliRunner().invoke(cli, ["build", BATCH, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def entity_build(name: str, fmt: str, *extra: str):
    return build("--entity", name, "--events", "all", "--format", fmt, *extra)


def shown(result, fmt: str) -> int:
    """How many events the output holds."""
    if fmt == "json":
        return len(json.loads(result.stdout)["events"])
    return int(SHOWN.search(result.stdout).group(1))


def naming(entity_id: str) -> list[dict]:
    """The events of the whole batch that name the entity, in any role."""
    events = json.loads(build("--events", "all", "--format", "json").stdout)["events"]
    return [e for e in events if entity_id in {a["entity"] for a in e["participants"]}]


def test_the_batch_names_the_company_in_passing_and_as_a_participant():
    """What the other tests rely on: the articles are read as they were written."""
    roles = {a["role"] for e in naming("acme-logistics") for a in e["participants"]}
    assert "related" in roles and roles & CORE_ROLES
    assert naming("tidewater-shipping")
    tidewater = [a for e in naming("tidewater-shipping") for a in e["participants"]]
    assert {a["role"] for a in tidewater if a["entity"] == "tidewater-shipping"} == {"related"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_participant_is_counted_by_the_events_its_timeline_shows(fmt):
    result = entity_build("Acme", fmt)
    assert "--entity 'Acme': Acme Logistics (query inside name" in result.stderr
    count = int(COUNT.search(result.stderr).group(1))
    assert count == shown(result, fmt) > 0
    assert count < len(naming("acme-logistics"))  # the passing mention is left out


def test_the_timeline_of_a_participant_holds_only_events_it_takes_part_in():
    events = json.loads(entity_build("Acme Logistics", "json").stdout)["events"]
    assert events
    for event in events:
        roles = {a["role"] for a in event["participants"] if a["entity"] == "acme-logistics"}
        assert roles & CORE_ROLES


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("name", "picked"),
    [
        ("Tidewater Shipping", "Tidewater Shipping"),
        ("Tidewater", "Tidewater Shipping (query inside name, 0.60)"),
    ],
)
def test_an_entity_only_mentioned_in_passing_takes_part_in_no_event(fmt, name, picked):
    result = entity_build(name, fmt)
    assert shown(result, fmt) == 0
    assert result.stderr == (
        f"eventline: --entity {name!r}: {picked} is mentioned in 2 articles "
        "but takes part in no event\n"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unknown_name_lists_the_nearest_names(fmt):
    result = entity_build("Zephyr Airways", fmt)
    assert shown(result, fmt) == 0
    assert "--entity 'Zephyr Airways' names no entity in this batch" in result.stderr
    assert "mentioned in" not in result.stderr


@pytest.mark.parametrize("name", ["Acme", "Tidewater Shipping", "Zephyr Airways"])
def test_the_cache_says_and_shows_the_same(tmp_path, name):
    uncached = entity_build(name, "json", "--no-cache")
    for _ in range(2):  # the first run fills the cache, the second reads it
        cached = entity_build(name, "json", "--cache-dir", str(tmp_path))
        assert (cached.stdout, cached.stderr) == (uncached.stdout, uncached.stderr)


@pytest.fixture(scope="module")
def analyses(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("freight") / "freight.analyses.jsonl"
    build_args = ["extract", BATCH, "--no-cache", "-o", str(path)]
    assert CliRunner().invoke(cli, build_args, catch_exceptions=False).exit_code == 0
    return str(path)


@pytest.mark.parametrize("name", ["Acme", "Tidewater", "Zephyr Airways"])
def test_partitions_on_two_processes_say_and_show_the_same(analyses, monkeypatch, name):
    def resolve(jobs: str):
        args = ["resolve", analyses, "--entity", name, "--events", "all", "--format", "json"]
        result = CliRunner().invoke(cli, [*args, "-j", jobs], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout, result.stderr

    one = resolve("1")
    monkeypatch.setattr("eventline.api.PARTITIONED_FROM", 0)  # partition even this batch
    monkeypatch.setattr("eventline.resolve.partitions.MAX_COMPONENT_SHARE", 1.0)
    assert resolve("2") == one
    assert one == (
        entity_build(name, "json").stdout,
        entity_build(name, "json").stderr,
    )


@settings(max_examples=40, deadline=None)
@given(
    st.randoms(use_true_random=False),
    # names of one entity, part of one, and of two (`name inside query`, both listed)
    st.sampled_from(["Sergey Lavrov", "Wang Yi", "Acme", "Korea", "Wang Yi in Pyongyang"]),
)
def test_every_match_is_counted_by_the_rows_its_own_timeline_has(rng, name):
    batch = [_random_article(rng, i) for i in range(rng.randint(1, 20))]
    everything = resolve(batch, ResolveOptions(events="all"))
    picked = resolve(batch, ResolveOptions(events="all", entity=name))._entity_pick
    assert list(picked.choice.matches) == sorted(picked.choice.matches, key=match_order)
    for match in picked.choice.matches:
        own = resolve(batch, ResolveOptions(events="all", entity=match.entity.id))
        assert own._entity_pick.choice.best.entity == match.entity
        assert match.events == len(own.events)
        takes_part = any(takes_part_in(e, match.entity.id) for e in everything.events)
        assert (match.events > 0) == takes_part


@pytest.mark.parametrize("name", ["Acme", "Tidewater"])
def test_entities_match_counts_what_entity_shows(name):
    """`entities --match NAME` is what `build --entity NAME` picks, counted the same way."""
    args = ["entities", BATCH, "--match", name, "--format", "json"]
    report = json.loads(CliRunner().invoke(cli, args, catch_exceptions=False).stdout)
    picked = report["matches"][0]
    assert picked["events"] == shown(entity_build(name, "json"), "json")
