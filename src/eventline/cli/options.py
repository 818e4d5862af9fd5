"""Options shared by `build` and `resolve` (what the timeline holds and how it is written),
and `--dask` for the commands that analyse articles."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import click

from eventline.render.formats import TIMELINE_FORMATS


def timeline_options(command: Callable) -> Callable:
    """`--format`, `--records`, `--events`, `--entity`: spelt once for every timeline command."""
    decorators = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(list(TIMELINE_FORMATS)),
            default="text",
            show_default=True,
            help="text: a timeline for people; json: the output contract; "
            "jsonl: one self-contained event per line; markdown, html: a document grouped by "
            "date; csv: one row per event; ics: announced events as a calendar; "
            "timelinejs: Knight Lab TimelineJS3 JSON.",
        ),
        click.option(
            "--records",
            type=click.Choice(["events", "mentions"]),
            default="events",
            show_default=True,
            help="mentions: one row per mention (event_id, document, url, start, end, text) "
            "to join on; with --format jsonl or csv.",
        ),
        click.option(
            "--events",
            type=click.Choice(["key", "all"]),
            default="key",
            show_default=True,
            help="key: dated, multi-source or salient events; all: every event mention found.",
        ),
        click.option(
            "--entity",
            metavar="NAME",
            help="Only the timeline of this person, organisation or place (aliases count).",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _top(_ctx, _param, value: str | None) -> int | str | None:
    if value is None or value == "all":
        return value
    if value.isdigit() and int(value) > 0:
        return int(value)
    raise click.BadParameter(f"{value!r} is not a positive whole number or `all`")


def iso_day(_ctx, _param, value: str | None) -> datetime.date | None:
    """The day a `YYYY-MM-DD` option gives, None when it is not given."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # not `2023-W42`, `20231019`
            raise ValueError(value)
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def choice_options(command: Callable) -> Callable:
    """`--top`, `--min-sources`, `--since`, `--until`: which events a timeline keeps (the
    command builds a `render.choose.EventChoice` from them)."""
    decorators = [
        click.option(
            "--top",
            metavar="N|all",
            callback=_top,
            help="Keep the N most important events (by rank; still in date order), or all. "
            "Default: all, but the text, markdown, html and timelinejs views of more than 40 "
            "events show the top 30.",
        ),
        click.option(
            "--min-sources",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            metavar="N",
            help="Keep events reported by at least N articles.",
        ),
        click.option(
            "--since",
            callback=iso_day,
            metavar="YYYY-MM-DD",
            help="Keep events on or after this day.",
        ),
        click.option(
            "--until",
            callback=iso_day,
            metavar="YYYY-MM-DD",
            help="Keep events on or before this day.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


dask_option = click.option(
    "--dask",
    metavar="ADDRESS",
    help="Run on a Dask cluster: tcp://scheduler:8786, or `local` for a 2-worker "
    "LocalCluster (needs eventline[dask]).",
)
