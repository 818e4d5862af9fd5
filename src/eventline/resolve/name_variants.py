"""Spellings of one name: `Muammar Gaddafi`, `Moammar Gadhafi`, `Kadhafi`; `Mohammed`,
`Muhammad`. Outlets transliterate names from Arabic, Russian or Chinese each their own way,
and a user types one of them; all should answer for the same person.

Two keys are spellings of one name when, word for word, they share a consonant skeleton and
differ by at most two letters (long words only: `Khan` and `Kahn` stay apart). Each such group
joins its most frequent spelling."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

NameKey = tuple[str, str]

_MIN_LENGTH = 6
"""Shorter words must match exactly: few letters leave too many real names one edit apart."""
_DIGRAPHS = (("ph", "f"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"))


def spelling_variants(keys: Iterable[NameKey], count: Counter[NameKey]) -> dict[NameKey, NameKey]:
    """Each key that is another spelling of a more frequent key -> that key."""
    groups: dict[tuple[str, ...], list[NameKey]] = defaultdict(list)
    for key in keys:
        words = key[1].split()
        if key[0] == "named" and words and any(len(w) >= _MIN_LENGTH for w in words):
            groups[tuple(_skeleton(w) for w in words)].append(key)
    joined: dict[NameKey, NameKey] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        head = min(members, key=lambda k: (-count[k], k[1]))
        for key in members:
            if key != head and _spelled_alike(key[1].split(), head[1].split()):
                joined[key] = head
    return joined


def _skeleton(word: str) -> str:
    """Consonants as heard: `gaddafi`, `gadhafi`, `qaddafi`, `kadhafi` -> `kdf`."""
    for digraph, sound in _DIGRAPHS:
        word = word.replace(digraph, sound)
    word = re.sub(r"[gqck]", "k", word)
    head, rest = word[:1], re.sub(r"[aeiouyhw'\-]", "", word[1:])
    if head in "aeiouy":
        head = "a"
    return re.sub(r"(.)\1+", r"\1", head + rest)


def _spelled_alike(words: list[str], others: list[str]) -> bool:
    return all(
        a == b or (min(len(a), len(b)) >= _MIN_LENGTH and _distance(a, b) <= 2)
        for a, b in zip(words, others, strict=True)
    )


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        previous = current
    return previous[-1]
