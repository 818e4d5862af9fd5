"""The `--jobs`, `--cache-dir` and `--no-cache` options, and the `BuildOptions` fields they set."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import click

from eventline.cli.quiet import note


def speed_options(
    cache: bool, work: str = "parsing and analysis"
) -> Callable[[Callable], Callable]:
    """Declare `-j/--jobs` and, with `cache`, `--cache-dir` and `--no-cache`; the command
    passes them to `speed_settings`. `work`: what the worker processes do, for the help."""
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

    def declare(command: Callable) -> Callable:
        for option in reversed(options):
            command = option(command)
        return command

    return declare


def speed_settings(
    jobs: int | None, cache_dir: Path | None = None, no_cache: bool = True
) -> dict[str, object]:
    """The `BuildOptions` fields of these options: `jobs` (default: the number of cores)
    and `cache_dir` (None: no cache; commands without the cache options pass neither)."""
    from eventline.run.cache import default_cache_dir

    cache = None if no_cache else cache_dir if cache_dir is not None else default_cache_dir()
    return {"jobs": _capped(jobs), "cache_dir": cache}


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
