"""Errors raised by the library, and the one mapping from errors to exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in `--help` and the README."""

    OK = 0
    SOME_INPUTS_FAILED = 1
    USAGE = 2


class EventlineError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code = ExitCode.USAGE


class InputError(EventlineError):
    """An input could not be read at all (missing path, nothing readable)."""


class ModelNotFoundError(EventlineError):
    """The requested spaCy pipeline is not installed."""


class OutputError(EventlineError):
    """The output file could not be written."""
