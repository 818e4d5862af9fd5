"""The `--jobs`, `--cache-dir` and `--no-cache` options, handed to a command as `speed`."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

import click


def speed_options(
    cache: bool, work: str = "parsing and analysis"
) -> Callable[[Callable], Callable]:
    """Add the options; the command receives `speed`, a dict of `BuildOptions` fields.
    `work`: what the worker processes do, for the help text."""

    def decorate(command: Callable) -> Callable:
        @functools.wraps(command)
        def wrapper(*args, jobs=None, cache_dir=None, no_cache=False, **kwargs):
            speed = {"jobs": jobs or os.cpu_count() or 1}
            if cache:
                speed["cache_dir"] = None if no_cache else _cache_dir(cache_dir)
            return command(*args, speed=speed, **kwargs)

        options = [
            click.option(
                "-j",
                "--jobs",
                type=click.IntRange(min=1),
                metavar="N",
                help=f"Worker processes for {work} (default: the number of cores).",
            )
        ]
        if cache:
            options += [
                click.option(
                    "--cache-dir",
                    type=click.Path(file_okay=False, path_type=Path),
                    metavar="DIR",
                    help="Cache of per-article analyses (default: $EVENTLINE_CACHE_DIR, "
                    "else ~/.cache/eventline).",
                ),
                click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
            ]
        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper

    return decorate


def _cache_dir(given: Path | None) -> Path:
    from eventline.run.cache import default_cache_dir

    return given if given is not None else default_cache_dir()
