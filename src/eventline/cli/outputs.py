"""Commands over outputs rather than articles: `diff` (two timelines) and `schema`."""

from __future__ import annotations

import click

from eventline.cli.common import emit
from eventline.errors import DiffExitCode


@click.command()
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

    text = json.dumps(output_schema(report), ensure_ascii=False, indent=2) + "\n"
    emit(None, lambda target: target.out.write(text))


@click.command(
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
    if fmt == "json":
        emit(None, lambda target: render_diff_json(changes, target.out))
    else:
        from eventline.render.safe import terminal_safe

        emit(None, lambda target: render_diff_text(terminal_safe(changes), target.out))
    if exit_code and changes.has_changes:
        return DiffExitCode.CHANGES_FOUND
    return DiffExitCode.SAME
