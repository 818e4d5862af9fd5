"""JSON Lines records -> article fields, one problem per bad line."""

from __future__ import annotations

import json
from typing import Any

from eventline.load.common import LoadOptions, Metadata, Refusal
from eventline.load.dates import parse_metadata_date

_TEXT_FIELDS = ("title", "source", "url")


def parse_record(line: str, line_number: int) -> dict[str, Any]:
    """One JSON object from a line, or raise `Refusal` naming the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        what = error.msg.removesuffix(" at")  # "Invalid control character at"
        raise Refusal(f"malformed JSON ({what} at column {error.colno})", line_number) from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise Refusal(f"malformed JSON ({error})", line_number) from None
    except RecursionError:
        raise Refusal("malformed JSON (nested too deeply)", line_number) from None
    if not isinstance(record, dict):
        raise Refusal(f"expected a JSON object, got {type(record).__name__}", line_number)
    return record


def record_fields(
    record: dict[str, Any], stem: str, line_number: int, options: LoadOptions
) -> tuple[str, str, Metadata]:
    """Id (or `<stem>:<line>`), text and metadata of a record; `Refusal` if text is missing."""
    text = record.get("text")
    if text is None:
        raise Refusal("record has no `text` field", line_number)
    if not isinstance(text, str):
        raise Refusal(f"record `text` is a {_json_type(text)}, not a string", line_number)
    article_id = explicit_id(record)
    if article_id is None:
        raw_id = record.get("id")
        if raw_id is not None and options.strict:
            what = "empty" if isinstance(raw_id, str) else f"a {_json_type(raw_id)}, not a string"
            raise Refusal(f"record `id` is {what}", line_number)
        article_id = f"{stem}:{line_number}"
    return article_id, text, metadata_from_fields(record, line_number, options)


def explicit_id(record: dict[str, Any]) -> str | None:
    """The record's own `id` (a string or number that is not blank), else None."""
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or str(raw_id).strip() == "":
        return None
    return str(raw_id)


def metadata_from_fields(
    fields: dict[str, Any], line_number: int | None, options: LoadOptions
) -> Metadata:
    """Metadata from `published` (or `date`), `title`, `source`, `url` of a record or front
    matter; unusable values are dropped, or refused with `strict`."""
    values: dict[str, str | None] = {}
    for name in _TEXT_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str) and options.strict:
            raise Refusal(f"`{name}` is a {_json_type(value)}, not a string", line_number)
        values[name] = (value.strip() or None) if isinstance(value, str) else None
    raw_date = fields.get("published", fields.get("date"))
    published = parse_metadata_date(raw_date) if isinstance(raw_date, str) else None
    unusable = raw_date not in (None, "") and published is None
    if unusable and options.strict:
        raise Refusal(f"`published` {raw_date!r} is not a YYYY-MM-DD date", line_number)
    return Metadata(
        published=published, unusable_published=raw_date if unusable else None, **values
    )


def _json_type(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    names = {bool: "boolean", int: "number", float: "number", list: "list", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
