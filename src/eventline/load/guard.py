"""Problems nobody planned for: an unexpected error while handling one article or record
becomes one `InputProblem` line ("internal error ...; please report") instead of a
traceback that would lose the whole batch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from eventline.models import InputProblem, Origin

T = TypeVar("T")

_DETAIL_CHARS = 200
"""An error's own message is cut here: one line of stderr, not a dump of the article."""


def internal_problem(what: str, origin: Origin | None, error: BaseException) -> InputProblem:
    """The one-line problem reported for an unexpected error while handling `what`."""
    detail = " ".join(str(error).split())[:_DETAIL_CHARS]
    detail = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    origin = origin or Origin(path="-")
    return InputProblem(
        path=origin.path,
        line=origin.line,
        message=f"internal error while {what}: {detail}; please report",
    )


def guarded_items(items: Iterator[T], what: str, origin: Origin) -> Iterator[T | InputProblem]:
    """`items`, ended by one problem line if producing them fails unexpectedly."""
    try:
        yield from items
    except Exception as error:  # noqa: BLE001 - reported as a problem line, never hidden
        yield internal_problem(what, origin, error)
