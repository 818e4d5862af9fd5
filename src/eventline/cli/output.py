"""Writing output: to stdout, or atomically to a file (temporary file + rename)."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from eventline.errors import OutputError


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
