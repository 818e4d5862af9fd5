"""The `--merge TIMELINE.json` option of `build` and `resolve`, and reading that timeline."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import click

from eventline.cli.quiet import note

merge_option = click.option(
    "--merge",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="TIMELINE.json",
    help="Add this batch to an earlier `--format json` timeline (may be the -o file): "
    "known events keep their ids and gain the new reports; documents given again "
    "replace their old version.",
)


def earlier_timeline(merge: Path | None):
    """The `--merge` timeline, read before any analysis: a missing or invalid file is an
    `InputError` (one line, exit 2) before anything is analysed or written."""
    from eventline.diff import load_timeline

    return load_timeline(merge) if merge else None


@contextlib.contextmanager
def merging_into(merge: Path | None) -> Iterator[object]:
    """The `--merge` timeline (or None), with the file locked from this read until the new
    timeline is written, so that two runs merging into one file never lose an update."""
    if merge is None:
        yield None
        return
    from eventline.cli.merge_lock import locked

    with locked(merge, lambda: note(f"waiting for another run merging into {merge}")):
        yield earlier_timeline(merge)
