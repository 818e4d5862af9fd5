"""Running every pattern over a text, only where the pattern can match.

Every match of a pattern holds one of its `KEYWORDS`, and no match (with what its
lookarounds read) reaches further from that keyword than the pattern's longest possible
match, which the regular expression's syntax tree gives once the length of whitespace runs
is known. So a pattern runs only on windows around its keywords, merged where they touch:
the same matches as a scan of the whole text (tests/test_temporal.py holds it to that),
for a third of the time on news text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .patterns import COMPILED, KEYWORDS, PATTERNS, spaced, wrapped

_WHITESPACE_RUN = re.compile(r"\s{2,}")
_LOOKAROUND = re.compile(r"\(\?<?[=!]")


class _Keywords:
    """Where a pattern's keywords occur. Lowercase words are searched for in the lowered
    text, without the IGNORECASE flag: literal alternatives let the regex engine skip ahead
    to their first letters, several times faster. Names (all words capitalised) are
    searched for as written, as are digits and signs."""

    def __init__(self, words: tuple[str, ...]):
        self.as_written = all(not word.islower() for word in words)
        spelled = {word if self.as_written else word.lower() for word in words}
        ordered = sorted(spelled, key=lambda word: (-len(word), word))
        alternation = "|".join(re.escape(word) for word in ordered)
        self.pattern = re.compile(alternation)
        self.folded = re.compile(alternation, re.I)  # when lowering changes the length

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        if self.as_written:
            return self.pattern.finditer(text)
        if len(lowered) == len(text):
            return self.pattern.finditer(lowered)
        return self.folded.finditer(text)


_KEYWORD_PATTERNS = {kind: _Keywords(words) for kind, words in KEYWORDS.items()}


@lru_cache(maxsize=8)
def _reaches(gap: int) -> dict[str, int]:
    """Per pattern, the longest stretch of text a match and its lookarounds can read when
    no run of whitespace is longer than `gap`. A pattern missing here scans the whole text
    (no keywords, an unbounded repetition, or a Python without the regex parser)."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    reaches = {}
    for kind, rx in PATTERNS:
        if kind not in KEYWORDS:
            continue
        # Lookarounds counted as if they consumed what they read: a safe over-estimate.
        source = wrapped(spaced(rx, rf"\s{{1,{gap}}}", rf"\s{{0,{gap}}}"))
        try:
            width = parser.parse(_LOOKAROUND.sub("(?:", source), re.I).getwidth()[1]
        except Exception:  # noqa: BLE001 - any parser change: fall back to full scans
            return {}
        if width < 1 << 20:
            reaches[kind] = width
    return reaches


def _longest_gap(text: str) -> int:
    """The longest run of whitespace, rounded up to a power of two (few cached widths)."""
    longest = max((m.end() - m.start() for m in _WHITESPACE_RUN.finditer(text)), default=1)
    return 1 << (longest - 1).bit_length()


def _windows(text: str, lowered: str, kind: str, reach: int) -> Iterator[tuple[int, int]]:
    """Stretches of the text around the pattern's keywords, merged where they overlap."""
    start = end = -1
    for hit in _KEYWORD_PATTERNS[kind].finditer(text, lowered):
        low, high = max(0, hit.start() - reach), hit.end() + reach
        if low > end:
            if end >= 0:
                yield start, end
            start = low
        end = high
    if end >= 0:
        yield start, min(end, len(text))


def pattern_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every match of every pattern, pattern by pattern, as full scans would find them."""
    reaches = _reaches(_longest_gap(text))
    lowered = text.lower()
    for kind, pattern in COMPILED:
        reach = reaches.get(kind)
        if reach is None:
            for match in pattern.finditer(text):
                yield kind, match
            continue
        for start, end in _windows(text, lowered, kind, reach):
            for match in pattern.finditer(text, start, end):
                yield kind, match
