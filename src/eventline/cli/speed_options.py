"""The `--jobs`, `--cache-dir` and `--no-cache` options, handed to a command as `speed`."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

import click

from eventline.cli.quiet import note


def speed_options(
    cache: bool, work: str = "parsing and analysis"
) -> Callable[[Callable], Callable]:
    """Add the options; the command receives `speed`, a dict of `BuildOptions` fields.
    `work`: what the worker processes do, for the help text."""

    def decorate(command: Callable) -> Callable:
        @functools.wraps(command)
        def wrapper(*args, jobs=None, cache_dir=None, no_cache=False, **kwargs):
            speed = {"jobs": _capped(jobs)}
            if cache:
                speed["cache_dir"] = None if no_cache else _cache_dir(cache_dir)
            return command(*args, speed=speed, **kwargs)

        options = [
            click.option(
                "-j",
                "--jobs",
                type=click.IntRange(min=1),
                metavar="N",
                help=f"Worker processes for {work} (default and most: the number of cores).",
            )
        ]
        if cache:
            options += [
                click.option(
                    "--cache-dir",
                    type=click.Path(file_okay=False),
                    callback=_not_empty,
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


def _capped(jobs: int | None) -> int:
    """-j, at most the number of cores: more processes only add memory (a pipeline each)."""
    cores = os.cpu_count() or 1
    if jobs is not None and jobs > cores:
        note(f"-j {jobs} is more than the {cores} cores; using {cores} worker processes")
    return min(jobs or cores, cores)


def _not_empty(_ctx, param, value: str | None) -> Path | None:
    """The folder as a Path; an empty value would silently mean the working folder."""
    if value is not None and not value.strip():
        raise click.BadParameter("is empty (give a folder, or --no-cache)", param=param)
    return Path(value) if value is not None else None


def _cache_dir(given: Path | None) -> Path:
    from eventline.run.cache import default_cache_dir

    return given if given is not None else default_cache_dir()
