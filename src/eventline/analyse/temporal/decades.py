"""Values of decades and centuries: `the 1990s`, `the '80s`, `the nineties`, `the 20th century`."""

from __future__ import annotations

import re

from eventline.analyse.temporal.context import Context, Normalised, dated, edge_mod
from eventline.analyse.temporal.lexicon import WORD_ORDINALS

_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def decade(text: str, ctx: Context) -> Normalised | None:
    """`the 1990s`, `the '80s`, `the nineties`."""
    lowered = text.lower()
    digits = re.search(r"(\d+)0\s*'?’?s", lowered)
    if digits:
        head = digits[1]
        if len(head) == 1:
            head = _century_for(int(head), ctx) + head
        value = head
    else:
        word = next((w for w in _DECADE_WORDS if w in lowered), None)
        if word is None:
            return None
        century = "18" if "eighteen " in lowered else "19"  # `the nineteen sixties`
        value = f"{century}{_DECADE_WORDS[word]}"
    return dated(value, True, edge_mod(re.sub(r"^the ", "", lowered)))


def _century_for(decade_digit: int, ctx: Context) -> str:
    """`'90s` is the 1990s; `'10s` is the 2010s once the article is from after 2010."""
    if ctx.anchor and ctx.anchor.year_known and ctx.anchor.day.year >= 2000:
        if decade_digit * 10 <= ctx.anchor.day.year % 100:
            return "20"
    return "19"


def century(text: str, ctx: Context) -> Normalised | None:
    """`the 20th century` -> `19`."""
    lowered = text.lower()
    number = re.search(r"(\d{1,2})(?:st|nd|rd|th)", lowered)
    if number:
        ordinal = int(number[1])
    else:
        word = re.search(r"([a-z]+(?:-[a-z]+)?) century", lowered)
        ordinal = WORD_ORDINALS.get(word[1], 0) if word else 0
    if not ordinal:
        return None
    return dated(f"{ordinal - 1:02d}", True, edge_mod(re.sub(r"^the ", "", lowered)))
