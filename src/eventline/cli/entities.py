"""`eventline entities`: every entity of a batch with its names and how often it takes part,
and `--match NAME` to see what `--entity NAME` picks and why; the note `build` prints about
its `--entity` choice."""

from __future__ import annotations

import click

from eventline.cli.common import (
    EXIT_CODES_HELP,
    build_options,
    common_options,
    emit,
    reports_problems,
)
from eventline.cli.options import dask_option
from eventline.cli.output import stdin_bytes
from eventline.cli.speed_options import speed_options


@click.command(epilog=EXIT_CODES_HELP)
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
def entities(
    inputs,
    output,
    reference_date,
    model,
    max_chars,
    strict,
    fmt,
    query,
    jobs,
    cache_dir,
    no_cache,
    dask,
):
    """List every entity of INPUT... with its type, aliases, events and articles."""
    from eventline.api import extract_analyses
    from eventline.render.entities import render_entities
    from eventline.resolve import ResolveOptions, resolve
    from eventline.resolve.entity_report import entity_report

    options = build_options(
        model=model,
        reference_date=reference_date,
        max_chars=max_chars,
        strict=strict,
        jobs=jobs,
        cache_dir=cache_dir,
        no_cache=no_cache,
        dask=dask,
    )
    analyses, problems = extract_analyses(inputs, options, stdin=stdin_bytes())
    timeline = resolve(analyses, ResolveOptions(events="all", all_entities=True))
    report = entity_report(timeline, query)
    emit(output, lambda target: render_entities(report, fmt, target.out), problems)
    return problems
