"""`extract` (the map: articles -> analyses JSON Lines) and `resolve` (the reduce: analyses ->
the timeline `build` would print). `build` is `extract` followed by `resolve`."""

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
    output_option,
    reports_problems,
)
from eventline.cli.merge_option import merge_option, merging_into
from eventline.cli.options import choice_options, dask_option, timeline_options
from eventline.cli.output import stdin_bytes
from eventline.cli.quiet import quiet_option
from eventline.cli.speed_options import speed_options, speed_settings


@click.command(epilog=EXIT_CODES_HELP)
@common_options
@speed_options(cache=True)
@dask_option
@reports_problems
def extract(
    inputs, output, reference_date, model, max_chars, strict, jobs, cache_dir, no_cache, dask
):
    """Write the per-article analyses of INPUT... as JSON Lines, one article per line.

    The records are `ArticleAnalysis` objects (the cache's records, with `format_version`),
    in input order; `eventline resolve` turns them into the timeline.
    """
    from eventline.api import extract_analyses
    from eventline.run.analyses_file import write_analyses

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
    emit(output, lambda target: write_analyses(analyses, target.out), problems)
    return problems


@click.command(
    epilog="Exit codes: 0 every record was read; 1 some lines were bad (the output still "
    "holds everything else); 2 usage error, another format version, or nothing readable."
)
@click.argument("analyses", nargs=-1, required=True, metavar="ANALYSES...")
@output_option
@timeline_options
@choice_options
@quiet_option
@merge_option
@speed_options(cache=False, work="resolving a big batch in partitions")
@dask_option
@reports_problems
def resolve(
    analyses,
    output,
    fmt,
    records,
    events,
    entity,
    top,
    min_sources,
    since,
    until,
    merge,
    jobs,
    dask,
):
    """Build the timeline from `eventline extract` output: files, folders of shards, or -.

    The output is byte for byte what `eventline build` prints for the same articles. A big
    batch resolves in partitions on --jobs processes, or on the --dask cluster.
    """
    import contextlib

    from eventline.api import BuildOptions, resolve_analyses
    from eventline.run.analyses_file import load_analyses

    with merging_into(merge) as earlier:
        check_records(records, fmt)
        items, problems = load_analyses(analyses, stdin=stdin_bytes())
        options = BuildOptions(events=events, entity=entity, dask=dask, **speed_settings(jobs))
        with contextlib.ExitStack() as stack:
            client = None
            if options.dask:
                from eventline.run.dask_cluster import dask_client

                client = stack.enter_context(dask_client(options.dask))
            timeline = resolve_analyses(items, options, earlier, client)
        choice = event_choice(top, min_sources, since, until)
        return problems + emit_timeline(timeline, output, fmt, records, choice, problems)
