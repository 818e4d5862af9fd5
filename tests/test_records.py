"""`--records mentions` rows, and the README's sqlite-utils step on real output."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from eventline.cli.main import cli
from eventline.render.records import MENTION_COLUMNS, render_mention_records
from fixtures_calendar import calendar_timeline


def _sqlite_utils() -> str | None:
    beside = Path(sys.executable).parent / "sqlite-utils"
    return str(beside) if beside.exists() else shutil.which("sqlite-utils")


def test_one_row_per_mention_with_the_same_keys_in_jsonl_and_csv():
    timeline = calendar_timeline()
    jsonl, table = io.StringIO(), io.StringIO()
    render_mention_records(timeline, "jsonl", jsonl)
    render_mention_records(timeline, "csv", table)
    rows = [json.loads(line) for line in jsonl.getvalue().splitlines()]
    assert len(rows) == sum(len(e.mentions) for e in timeline.events)
    assert all(tuple(row) == MENTION_COLUMNS for row in rows)
    assert rows[0] == {
        "event_id": "ev-past",
        "document": "a1",
        "url": "https://x.org/?a=1&b=2",
        "start": 0,
        "end": 4,
        "text": "said",
    }
    parsed = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert tuple(parsed[0]) == MENTION_COLUMNS and len(parsed) == len(rows)


def test_records_mentions_needs_a_flat_format(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["build", "seeds/", "--records", "mentions"])
    assert result.exit_code == 2
    assert "--format jsonl or csv" in result.output


@pytest.mark.skipif(_sqlite_utils() is None, reason="sqlite-utils is not installed")
def test_sqlite_utils_loads_events_and_mentions(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    runner, database = CliRunner(), tmp_path / "timeline.db"
    events = runner.invoke(cli, ["build", "seeds/", "--format", "jsonl"])
    mentions = runner.invoke(cli, ["build", "seeds/", "--format", "jsonl", "--records", "mentions"])
    assert events.exit_code == 0 and mentions.exit_code == 0
    for table, text, key in (
        ("events", events.stdout, ["--pk", "id"]),
        ("mentions", mentions.stdout, []),
    ):
        command = [_sqlite_utils(), "insert", str(database), table, "-", "--nl", *key]
        done = subprocess.run(command, input=text, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    with sqlite3.connect(database) as db:
        joined = db.execute(
            "select count(*) from mentions join events on events.id = mentions.event_id"
        ).fetchone()[0]
        total = db.execute("select count(*) from events").fetchone()[0]
    assert total == len(events.stdout.splitlines())
    assert joined == len(mentions.stdout.splitlines()) > 0
