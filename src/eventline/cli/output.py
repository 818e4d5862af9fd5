"""Writing output: to stdout, or atomically to a file (temporary file + rename)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO

from eventline.errors import OutputClosed, OutputError

STDOUT = "-"


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write a file so that a failed or interrupted run never leaves it half-written or
    touched, nor a temporary file behind. The rendering streams into a temporary file beside
    the target, which then replaces it with the old file's mode (a new file gets the mode the
    umask allows). A symlink is written through; a device or FIFO is written into, never
    replaced; a folder or a read-only file is refused."""
    target = _regular_target(path)
    if target is None:
        _write_in_place(path, write)
        return
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            write(out)
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None
    except BaseException:  # a failed rendering, Ctrl-C: no temporary file is left behind
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_in_place(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write into a device or FIFO (`/dev/null`, `>(gzip)`) as it is, never replacing it."""
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            write(out)
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None


def _regular_target(path: Path) -> Path | None:
    """Where to write atomically: the file a symlink points to; None for a device or FIFO,
    written in place (replacing `/dev/null` with a file would break the system); a folder
    or a read-only file is an `OutputError`."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: cannot write (it is a folder)")
    if not stat.S_ISREG(mode):
        return None
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise OutputError(f"{path}: cannot write (read-only file)")
    return target


def _mode_for(target: Path) -> int:
    """The existing file's permissions, else what the umask leaves of rw-rw-rw-."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


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
