"""The `--merge TIMELINE.json` option of `build`, handed to the command as `merge`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import click


def merge_option(command: Callable) -> Callable:
    """Add `--merge`; the command receives the earlier timeline, read before any analysis.

    A missing or invalid file is an `InputError` (one line, exit 2) raised before anything is
    analysed or written, so the output file is never touched.
    """

    @functools.wraps(command)
    def wrapper(*args, merge: Path | None = None, **kwargs):
        from eventline.diff import load_timeline

        return command(*args, merge=load_timeline(merge) if merge else None, **kwargs)

    return click.option(
        "--merge",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="TIMELINE.json",
        help="Add this batch to an earlier `--format json` timeline (may be the -o file): "
        "known events keep their ids and gain the new reports; documents given again "
        "replace their old version.",
    )(wrapper)
