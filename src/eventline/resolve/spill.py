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

    def __init__(
        self,
        spill: Spill,
        numbers: Sequence[int],
        ranks: Sequence[tuple[float, int]] | None = None,
    ) -> None:
        self._spill = spill
        self._numbers = array("q", numbers)
        # (salience, rank) of each event, set as it is read: ranking never rewrites events
        self._salience = array("d", (s for s, _ in ranks)) if ranks is not None else None
        self._rank = array("q", (r for _, r in ranks)) if ranks is not None else None

    def __len__(self) -> int:
        return len(self._numbers)

    def _read(self, index: int) -> Event:
        event = self._spill[self._numbers[index]]
        if self._rank is not None:
            event.salience, event.rank = self._salience[index], self._rank[index]
        return event

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._read(i) for i in range(len(self))[index]]
        return self._read(range(len(self))[index])

    def select(self, indexes: Sequence[int]) -> SpilledEvents:
        """The events at these positions, still on disk."""
        chosen = SpilledEvents(self._spill, [self._numbers[i] for i in indexes])
        if self._rank is not None:
            chosen._salience = array("d", (self._salience[i] for i in indexes))
            chosen._rank = array("q", (self._rank[i] for i in indexes))
        return chosen

    def __iter__(self) -> Iterator[Event]:
        for index in range(len(self)):
            yield self._read(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpilledEvents({len(self)} events)"
