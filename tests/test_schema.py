"""`eventline schema`: the published JSON Schema matches what `--format json` writes."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.main import cli


@pytest.fixture(autouse=True)
def _from_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["build", "dates"])
def test_real_json_output_validates_against_the_printed_schema(command):
    schema = json.loads(run("schema", "--for", command).output)
    jsonschema.Draft202012Validator.check_schema(schema)
    output = json.loads(run(command, "seeds/", "--format", "json").output)
    jsonschema.validate(output, schema, cls=jsonschema.Draft202012Validator)


def test_schema_defaults_to_build_and_rejects_unknown_fields():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["required"]) >= {"documents", "entities", "events"}
    timeline = {"eventline_version": "0", "documents": [], "entities": [], "events": []}
    jsonschema.validate(timeline, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**timeline, "evnets": []}, schema)
