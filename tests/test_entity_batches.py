"""`build --entity` on small batches written like business news, with the target named the
way a catalogue names it: a plane model, an index, a central bank, a company with its
suffix, a phone model and a person by title and surname."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventline.cli.main import cli

BATCHES = Path(__file__).resolve().parent / "fixtures" / "entities"


def entity_rows(batch: str, name: str) -> list[dict]:
    """The events `build --entity NAME` returns for one batch."""
    args = ["build", str(BATCHES / f"{batch}.jsonl"), "--entity", name, "--events", "all"]
    result = CliRunner().invoke(cli, [*args, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["events"]


def triggers(rows: list[dict]) -> set[tuple[str, str]]:
    return {(m["document"], m["text"]) for row in rows for m in row["mentions"]}


@pytest.mark.parametrize(
    ("batch", "name", "expected"),
    [
        # the plane is what is ordered, delayed and cleared, named `the 787`, `the Dreamliner`
        (
            "aviation",
            "Boeing 787 Dreamliner",
            {("air-1", "ordered"), ("air-2", "delayed"), ("air-3", "cleared")},
        ),
        # `the FTSE` and `FTSE 100 index` are one index
        ("markets", "FTSE 100 Index", {("mkt-1", "closed"), ("mkt-2", "fell")}),
        # `the ECB`, which spaCy does not tag in the second article, and `the bank`
        (
            "ecb",
            "European Central Bank",
            {("ecb-1", "cut"), ("ecb-1", "kept"), ("ecb-2", "left")},
        ),
        # `VW shares fell`: VW is Volkswagen
        (
            "autos",
            "Volkswagen AG",
            {("car-1", "recalled"), ("car-1", "fell"), ("car-2", "reported")},
        ),
        # `the S4`, `the handset`
        ("phones", "Samsung Galaxy S4", {("ph-1", "unveiled"), ("ph-2", "went"), ("ph-2", "sell")}),
        # `the Fed`, `the Dow`, `the Nasdaq`, `the SEC`; a model with its maker's name
        ("wallstreet", "Federal Reserve", {("ws-1", "lowered"), ("ws-2", "cut")}),
        ("wallstreet", "Dow Jones Industrial Average", {("ws-1", "rose"), ("ws-2", "jumped")}),
        ("wallstreet", "Nasdaq Composite Index", {("ws-1", "slipped"), ("ws-2", "climbed")}),
        ("wallstreet", "S&P 500 Index", {("ws-2", "gained")}),
        ("wallstreet", "Tesla Model 3", {("ws-2", "recovered")}),
        ("wallstreet", "U.S. Securities and Exchange Commission", {("ws-3", "opened")}),
        ("wallstreet", "Powell", {("ws-2", "told")}),
        ("ecb", "Lagarde", {("ecb-1", "told"), ("ecb-2", "said")}),
        ("ecb", "President Lagarde", {("ecb-1", "told"), ("ecb-2", "said")}),
    ],
)
def test_a_catalogue_name_finds_the_events_of_its_entity(batch, name, expected):
    found = triggers(entity_rows(batch, name))
    assert expected <= found, sorted(found)


def test_the_maker_keeps_its_own_events_apart_from_its_plane():
    maker = triggers(entity_rows("aviation", "Boeing Co"))
    plane = triggers(entity_rows("aviation", "Boeing 787 Dreamliner"))
    assert ("air-1", "rose") in maker and ("air-1", "rose") not in plane


def test_a_model_does_not_take_the_events_of_its_family():
    assert ("ph-1", "sold") not in triggers(entity_rows("phones", "Galaxy S4"))


def test_another_model_of_the_family_finds_nothing_of_this_one():
    assert not entity_rows("phones", "Galaxy S5")


def test_the_carmaker_is_the_company_of_its_sentence_and_no_market_index():
    """`Shares of Tesla Inc rose after the carmaker said`, after `the Nasdaq climbed` and
    `the Fed cut rates`: the carmaker is Tesla."""
    assert ("ws-2", "said") in triggers(entity_rows("wallstreet", "Tesla Inc"))
    assert ("ws-2", "said") not in triggers(entity_rows("wallstreet", "Nasdaq Composite Index"))
    assert ("ws-2", "said") not in triggers(entity_rows("wallstreet", "Federal Reserve"))


def test_two_names_joined_by_and_the_are_two_products():
    rows = entity_rows("wallstreet", "Model Y")
    assert all("Model 3" not in p["name"] for row in rows for p in row["participants"])
