"""`build` (articles -> the timeline) and `dates` (articles -> their temporal expressions)."""

from __future__ import annotations

import click

from eventline.cli.common import (
    EXIT_CODES_HELP,
    build_options,
    check_records,
    common_options,
    emit,
    emit_timeline,
    event_choice,
    reports_problems,
    write_report,
)
from eventline.cli.merge_option import merge_option, merging_into
from eventline.cli.options import choice_options, dask_option, timeline_options
from eventline.cli.output import stdin_bytes
from eventline.cli.progress import showing_progress
from eventline.cli.quiet import QUIET
from eventline.cli.speed_options import speed_options
from eventline.render.formats import DATES_FORMATS


@click.command(epilog=EXIT_CODES_HELP)
@common_options
@timeline_options
@choice_options
@speed_options(cache=True, work="parsing, analysis and resolving a big batch")
@dask_option
@merge_option
@reports_problems
def build(
    inputs,
    output,
    reference_date,
    model,
    max_chars,
    strict,
    fmt,
    records,
    events,
    entity,
    jobs,
    cache_dir,
    no_cache,
    dask,
    merge,
    top,
    min_sources,
    since,
    until,
):
    """Build the timeline of events reported in INPUT... ."""
    from eventline.api import build_timeline

    with merging_into(merge) as earlier:
        options = build_options(
            model=model,
            reference_date=reference_date,
            max_chars=max_chars,
            strict=strict,
            jobs=jobs,
            cache_dir=cache_dir,
            no_cache=no_cache,
            dask=dask,
            events=events,
            entity=entity,
        )
        check_records(records, fmt)
        quiet = click.get_current_context().meta.get(QUIET, False)
        with showing_progress(quiet=quiet) as progress:
            timeline, problems = build_timeline(
                inputs, options, stdin_bytes(), merge=earlier, progress=progress
            )
        choice = event_choice(top, min_sources, since, until)
        return problems + emit_timeline(timeline, output, fmt, records, choice, problems)


@click.command(epilog=EXIT_CODES_HELP)
@common_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(DATES_FORMATS)),
    default="text",
    show_default=True,
    help="text: a table; json: the output contract; jsonl: one date per line.",
)
@speed_options(cache=True)
@reports_problems
def dates(inputs, output, reference_date, model, max_chars, strict, fmt, jobs, cache_dir, no_cache):
    """List every temporal expression in INPUT... with its TIMEX3 value."""
    from eventline.api import extract_dates

    options = build_options(
        model=model,
        reference_date=reference_date,
        max_chars=max_chars,
        strict=strict,
        jobs=jobs,
        cache_dir=cache_dir,
        no_cache=no_cache,
    )
    report, problems = extract_dates(inputs, options, stdin=stdin_bytes())
    emit(output, lambda target: write_report(report, DATES_FORMATS[fmt], target), problems)
    return problems
