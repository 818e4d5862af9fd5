"""The `--quiet` option: errors only on stderr; `note` for messages people may silence."""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator

import click

QUIET = "eventline.cli.quiet"
"""Key of the --quiet flag in the click context's `meta`."""


@contextlib.contextmanager
def silenced() -> Iterator[None]:
    """Drop library warnings and log records below ERROR until the block ends."""
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)


def _quiet(ctx: click.Context, _param, value: bool) -> bool:
    ctx.meta[QUIET] = value
    if value:
        ctx.with_resource(silenced())  # undone when the command ends, so tests stay isolated
    return value


quiet_option = click.option(
    "-q",
    "--quiet",
    is_flag=True,
    expose_value=False,
    callback=_quiet,
    help="No warnings or progress on stderr; errors only.",
)


def note(message: str) -> None:
    """A message for people on stderr (progress, hints), unless --quiet."""
    if not click.get_current_context().meta.get(QUIET):
        click.echo(f"eventline: {message}", err=True)
