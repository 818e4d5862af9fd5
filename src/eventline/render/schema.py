"""JSON Schemas of the machine-readable outputs, generated from the pydantic models."""

from __future__ import annotations

from typing import Literal

from eventline.models import DatesReport, Timeline

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

REPORTS = {"build": Timeline, "dates": DatesReport}


def output_schema(report: Literal["build", "dates"] = "build") -> dict:
    """The JSON Schema that `eventline REPORT --format json` output validates against."""
    # Serialization mode: the schema of what is written, where every field is present.
    schema = REPORTS[report].model_json_schema(mode="serialization")
    return {"$schema": SCHEMA_DIALECT, **schema}
