"""Writing output: to stdout, or atomically to a file (temporary file + rename)."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO

from .errors import OutputClosed, OutputError


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write a file so that a failed run never leaves it half-written or touched."""
    buffer = io.StringIO()
    write(buffer)
    directory = path.resolve().parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(buffer.getvalue())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None


def write_stdout(write: Callable[[TextIO], None]) -> None:
    """Render to standard output; a closed pipe (`| head`) ends quietly, other failures
    (a full disk, a closed descriptor) raise `OutputError`."""
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise OutputClosed("standard output closed") from None
    except OSError as error:
        silence_stdout()
        raise OutputError(f"standard output: cannot write ({error.strerror})") from None


def silence_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit cannot fail again on
    what is still buffered (Python would print a traceback-like warning and exit 120)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


def stdin_bytes() -> BinaryIO | None:
    """Standard input as bytes, or None when it is closed (`<&-`)."""
    return getattr(sys.stdin, "buffer", None)


def use_utf8_stdout() -> None:
    """Data goes out as UTF-8 whatever the locale; a terminal with another encoding gets
    replacement characters rather than a crash."""
    stream = sys.stdout
    if stream is None or not hasattr(stream, "reconfigure"):
        return
    if (stream.encoding or "").lower().replace("-", "") == "utf8":
        return
    if stream.isatty():
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8")
