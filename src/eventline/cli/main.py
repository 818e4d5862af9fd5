"""The command line: the `eventline` group, its commands, and `main`, the one place that
turns a command's result or error into an exit code and ends the process."""

from __future__ import annotations

import os
import sys

import click

from eventline import __version__
from eventline.cli.build import build, dates
from eventline.cli.common import EXIT_CODES_HELP, in_option_words, terminal_text
from eventline.cli.entities import entities
from eventline.cli.mapreduce import extract, resolve
from eventline.cli.output import silence_stdout, use_utf8_stdout
from eventline.cli.outputs import diff, schema
from eventline.errors import EventlineError, ExitCode, OutputClosed

DEBUG_ENV = "EVENTLINE_DEBUG"
"""Set, an unexpected error shows its traceback instead of one line."""


@click.group(epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="eventline")
def cli() -> None:
    """Turn a batch of news articles into one ordered, sourced timeline of events.

    INPUT is a file, a folder (searched recursively for .txt, .md, .jsonl, .html), or - for
    standard input.
    """


for command in (build, dates, extract, resolve, diff, schema, entities):
    cli.add_command(command)


@cli.result_callback()
def _exit_code(code, **_params) -> None:
    """A command returns its exit code; click carries it out of `cli.main` to `main`."""
    click.get_current_context().exit(int(code or 0))


def main(argv: list[str] | None = None) -> None:
    """Entry point: the one place that maps results and errors to exit codes and messages."""
    use_utf8_stdout()
    try:
        code = cli.main(args=argv, prog_name="eventline", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        code = ExitCode.USAGE
    except click.exceptions.Abort:
        click.echo("eventline: aborted", err=True)
        code = ExitCode.USAGE
    except OutputClosed:
        code = ExitCode.OK  # `eventline ... | head` is not an error
    except EventlineError as error:
        click.echo(f"eventline: {in_option_words(str(error), error.setting)}", err=True)
        code = error.exit_code
    except BrokenPipeError:
        silence_stdout()  # `eventline ... | head` is not an error
        code = ExitCode.OK
    except Exception as error:  # noqa: BLE001 - the last barrier: one line, never a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        detail = " ".join(str(error).split())[:200]
        click.echo(
            f"eventline: internal error: {type(error).__name__}: {terminal_text(detail)}; "
            f"please report (set {DEBUG_ENV}=1 for the traceback)",
            err=True,
        )
        code = ExitCode.SOME_INPUTS_FAILED
    sys.exit(int(code or 0))
