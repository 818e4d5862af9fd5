"""`eventline entities`: every entity of a batch with its names and how often it takes part,
and `--match NAME` to see what `--entity NAME` picks and why; the note `build` prints about
its `--entity` choice."""

from __future__ import annotations

import sys

import click

from eventline.cli.main import EXIT_CODES_HELP, _emit, cli, common_options, reports_problems
from eventline.cli.options import dask_option
from eventline.cli.quiet import note
from eventline.cli.speed_options import speed_options


def describe_choice(choice) -> str | None:
    """One line on what `--entity` picked, when it was not plainly the entity's own name."""
    query = f"--entity {choice.query!r}"
    if choice.best is None:
        nearest = ", ".join(choice.nearest) or "no entities at all"
        return f"{query} names no entity in this batch; nearest names: {nearest}"
    best, others = choice.best, choice.matches[1:]
    if not others and best.reason in {"name", "alias"}:
        return None
    line = f"{query}: {_match_text(best)}"
    if others:
        line += "; also matched: " + ", ".join(_match_text(m) for m in others[:5])
        line += f" and {len(others) - 5} more" if len(others) > 5 else ""
    return line


def _match_text(match) -> str:
    return f"{match.entity.name} ({match.reason}, {match.score:.2f}, {match.events} events)"


def note_entity_choice(timeline) -> None:
    """Tell the user which entity `--entity` chose, or that none matched (stderr)."""
    choice = getattr(timeline, "_entity_choice", None)
    line = describe_choice(choice) if choice is not None else None
    if line:
        note(line)


@cli.command(epilog=EXIT_CODES_HELP)
@common_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "csv"]),
    default="text",
    show_default=True,
    help="text: a table; json: a list of entities; csv: one row per entity.",
)
@click.option(
    "--match",
    "query",
    metavar="NAME",
    help="Show which entities NAME matches, best first, with the reason: what --entity NAME picks.",
)
@speed_options(cache=True)
@dask_option
@reports_problems
def entities(inputs, output, reference_date, model, max_chars, strict, fmt, query, speed):
    """List every entity of INPUT... with its type, aliases, events and articles."""
    from eventline.api import BuildOptions, extract_analyses
    from eventline.render.entities import render_entities
    from eventline.resolve import ResolveOptions, resolve
    from eventline.resolve.entity_report import entity_report

    options = BuildOptions(
        model=model, reference_date=reference_date, max_chars=max_chars, strict=strict, **speed
    )
    analyses, problems = extract_analyses(inputs, options, stdin=sys.stdin.buffer)
    timeline = resolve(analyses, ResolveOptions(events="all", all_entities=True))
    report = entity_report(timeline, query)
    _emit(output, lambda out: render_entities(report, fmt, out))
    return problems
