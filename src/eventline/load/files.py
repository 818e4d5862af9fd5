"""The filesystem side of loading: walking folders and reading files, problems as data."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from eventline.load.common import ARTICLE_SUFFIXES, Refusal
from eventline.models import InputProblem


def walk_folder(folder: Path) -> Iterator[Path | InputProblem]:
    """Article files under `folder`, recursively in sorted path order.

    Hidden entries (`.git`, `.DS_Store`) are skipped and symlinked folders are not
    entered (no cycles); an unreadable subfolder is an `InputProblem`, the walk goes on.
    A FIFO, socket or device named like an article is skipped with a problem (reading it
    could block forever). The walk keeps its own stack: any depth, no recursion limit.
    """
    pending: list[Path | os.DirEntry] = [folder]
    while pending:
        item = pending.pop()
        if isinstance(item, os.DirEntry):
            yield _article_file(item, Path(item.path))
            continue
        try:
            entries = sorted(os.scandir(item), key=lambda entry: entry.name)
        except OSError as error:
            yield InputProblem(path=str(item), message=describe_os_error(error))
            continue
        found: list[Path | os.DirEntry] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                found.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
                found.append(entry)
        pending.extend(reversed(found))  # popped in sorted order


def _article_file(entry: os.DirEntry, path: Path) -> Path | InputProblem:
    """The path of a regular file (or a symlink to one), else a problem saying what it is."""
    try:
        regular = entry.is_file()
    except OSError as error:
        return InputProblem(path=str(path), message=describe_os_error(error, path))
    if regular or not path.exists():  # a dangling symlink is reported when it is read
        return path
    message = "not a regular file (a FIFO, socket or device), skipped"
    return InputProblem(path=str(path), message=message)


def read_bytes(path: Path, max_bytes: int, max_chars: int) -> bytes:
    """The whole content of a file, or `Refusal` (missing, unreadable, too large)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Refusal(
                f"file is {size:,} bytes, too large for the limit of {max_chars:,} characters",
                setting="max_chars",
            )
        with path.open("rb") as handle:
            # never more than the file holds: a huge --max-chars must not be allocated
            return handle.read(min(max_bytes, size) + 1)
    except OSError as error:
        raise Refusal(describe_os_error(error, path)) from None


def describe_os_error(error: OSError, path: Path | None = None) -> str:
    """A short message for an OS error, telling a dangling symlink from a missing file."""
    if error.errno == errno.ENOENT and path is not None and path.is_symlink():
        return f"dangling symlink (points to {os.readlink(path)!r}, which does not exist)"
    messages = {
        errno.ENOENT: "no such file or directory",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a directory",
        errno.ELOOP: "symlink loop",
    }
    return messages.get(error.errno or 0, error.strerror or str(error))
