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

from eventline.analyse.temporal.keywords import KEYWORDS
from eventline.analyse.temporal.patterns import COMPILED, PATTERNS, spaced, wrapped

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
        alternatives = [re.escape(word) for word in ordered if not word.isdigit()]
        if len(alternatives) < len(ordered):
            alternatives.append("[0-9]+")  # a number is one keyword, not one per digit
        alternation = "|".join(alternatives)
        self.pattern = re.compile(alternation)
        self.folded = re.compile(alternation, re.I)  # when lowering changes the length

    def spans(self, text: str, lowered: str) -> list[tuple[int, int]]:
        if self.as_written:
            found = self.pattern.finditer(text)
        elif len(lowered) == len(text):
            found = self.pattern.finditer(lowered)
        else:
            found = self.folded.finditer(text)
        return [match.span() for match in found]


# one search per list of words, shared by the patterns that have the same list
_SHARED = {words: _Keywords(words) for words in set(KEYWORDS.values())}
_KEYWORD_PATTERNS = {kind: _SHARED[words] for kind, words in KEYWORDS.items()}


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
    """The longest run of whitespace, rounded up to a power of two (few cached widths), and
    at least two: texts with and without paragraph breaks (`\n\n`) share one set of widths
    (each set parses every pattern); a reach longer than needed finds the same matches."""
    longest = max((m.end() - m.start() for m in _WHITESPACE_RUN.finditer(text)), default=2)
    return 1 << (max(2, longest) - 1).bit_length()


def _windows(hits: list[tuple[int, int]], reach: int, length: int) -> Iterator[tuple[int, int]]:
    """Stretches of the text around keyword hits, merged where they overlap."""
    start = end = -1
    for hit_start, hit_end in hits:
        low, high = max(0, hit_start - reach), hit_end + reach
        if low > end:
            if end >= 0:
                yield start, end
            start = low
        end = high
    if end >= 0:
        yield start, min(end, length)


def pattern_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every match of every pattern, pattern by pattern, as full scans would find them."""
    reaches = _reaches(_longest_gap(text))
    lowered = text.lower()
    hits: dict[_Keywords, list[tuple[int, int]]] = {}
    for kind, pattern in COMPILED:
        reach = reaches.get(kind)
        if reach is None:
            yield from ((kind, match) for match in pattern.finditer(text))
            continue
        keywords = _KEYWORD_PATTERNS[kind]
        if keywords not in hits:
            hits[keywords] = keywords.spans(text, lowered)
        for start, end in _windows(hits[keywords], reach, len(text)):
            for match in pattern.finditer(text, start, end):
                yield kind, match
