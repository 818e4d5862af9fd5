"""Records kept on disk while a batch resolves, so memory does not grow with the batch.

A batch of 10,000 articles holds ~400,000 event mentions; as Python objects the analyses
alone took ~150 KB per article. The resolver instead keeps each article's analysis, each
mention node and each finished event in anonymous temporary files (gone when closed or
when the process ends) and holds only indexes and the clusters being built.
"""

from __future__ import annotations

import mmap
import pickle
import tempfile
import weakref
from array import array
from collections.abc import Iterator, Sequence
from typing import Any, overload

from eventline.models import Event


class Spill:
    """Values pickled to an anonymous temporary file, read back by their number."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="eventline-")
        # closed with its owner, also when a timeline's events are simply dropped
        weakref.finalize(self, self._file.close)
        self._offsets = array("q", [0])
        self._at_end = True
        self._map: mmap.mmap | None = None

    def append(self, value: Any) -> int:
        """Store a value; its number."""
        return self.append_bytes(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    def append_bytes(self, data: bytes) -> int:
        if not self._at_end:
            self._file.seek(0, 2)
            self._at_end = True
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))
        return len(self._offsets) - 2

    def read_bytes(self, number: int) -> bytes:
        start, end = self._offsets[number], self._offsets[number + 1]
        if self._map is not None and end <= len(self._map):
            return self._map[start:end]
        self._file.seek(start)
        self._at_end = False
        return self._file.read(end - start)

    def freeze(self) -> None:
        """No more appends: map the file, so that reads are slices, not system calls."""
        self._file.flush()
        if self._offsets[-1]:
            self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)

    def __getitem__(self, number: int) -> Any:
        return pickle.loads(self.read_bytes(number))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
        self._file.close()


class SpilledEvents(Sequence[Event]):
    """A timeline's events, in timeline order, read from a spill when used.

    Behaves as a read-only list (`len`, indexing, iteration, `==` with a list); renderers
    stream through it one event at a time.
    """

    def __init__(self, spill: Spill, numbers: Sequence[int]) -> None:
        self._spill = spill
        self._numbers = array("q", numbers)

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._spill[n] for n in self._numbers[index]]
        return self._spill[self._numbers[index]]

    def __iter__(self) -> Iterator[Event]:
        for number in self._numbers:
            yield self._spill[number]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpilledEvents({len(self)} events)"
