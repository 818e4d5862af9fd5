"""Errors raised by the library, and the one mapping from errors to exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in `--help` and the README."""

    OK = 0
    SOME_INPUTS_FAILED = 1
    USAGE = 2


class DiffExitCode(IntEnum):
    """Exit codes of `eventline diff --exit-code`, like `git diff --exit-code`."""

    SAME = 0
    CHANGES_FOUND = 1


class EventlineError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting
        """The setting (a `BuildOptions` field) the problem is about, if any: the command
        line names its option."""


class InputError(EventlineError):
    """An input could not be read at all (missing path, nothing readable)."""


class StrictInputError(InputError):
    """Some inputs could not be read and `strict` forbids carrying on without them."""

    exit_code = ExitCode.SOME_INPUTS_FAILED

    def __init__(self, message: str, problems: list) -> None:
        super().__init__(message, setting="strict")
        self.problems = problems
        """The `InputProblem`s met, for the caller to report one per line."""


class ModelNotFoundError(EventlineError):
    """The requested spaCy pipeline is not installed."""


class OutputError(EventlineError):
    """The output file could not be written."""


class OutputClosed(EventlineError):
    """The reader of standard output went away (`eventline ... | head`): a normal end."""

    exit_code = ExitCode.OK
    problems: tuple = ()
    """The input problems of the run, still to be reported on stderr."""
