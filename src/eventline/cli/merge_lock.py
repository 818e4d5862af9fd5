"""`--merge` into one timeline file from several runs at once: one at a time.

Each run holds an exclusive lock on the timeline file from reading it to writing the merged
result, so a second run reads what the first one wrote instead of losing it. The output is
written by renaming a new file over the old one, so a run that waited on the old file checks,
once it holds the lock, that the path still names that file, and locks the new one if not.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks, runs are not serialised
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def locked(path: Path, waiting: Callable[[], None] = lambda: None) -> Iterator[None]:
    """Hold an exclusive lock on the file at `path` (if it exists) until the block ends;
    `waiting` is called once if another run holds it."""
    if fcntl is None:
        yield
        return
    told = False
    while True:
        try:
            handle = os.open(path, os.O_RDONLY)
        except OSError:  # missing or unreadable: reading it reports that, one line
            yield
            return
        try:
            if not _try_lock(handle):
                if not told:
                    waiting()
                    told = True
                fcntl.flock(handle, fcntl.LOCK_EX)
            if _same_file(handle, path):
                yield
                return
        finally:
            os.close(handle)  # closing the descriptor releases the lock


def _try_lock(handle: int) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _same_file(handle: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except OSError:
        return False
    held = os.fstat(handle)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
