"""A mention's evidence sentence, bounded: a long one is cut to a window around the trigger.

Every mention carries its sentence as evidence; a sentence of 100,000 characters with a
thousand triggers in it would be copied a thousand times (400 MB of JSON for a 100 KB
article). Past `WINDOW_CHARS`, the evidence is the part of the sentence around the
trigger, cut at spaces, with `sentence_start`/`sentence_end` giving where that part is.
"""

from __future__ import annotations

WINDOW_CHARS = 1_000
"""Longer than any ordinary sentence, so that ordinary evidence is never cut."""


def sentence_window(
    text: str | None, start: int, end: int, trigger: tuple[int, int]
) -> tuple[str | None, int, int]:
    """(evidence text, its start, its end): the sentence, or its window around `trigger`."""
    if text is None or len(text) <= WINDOW_CHARS:
        return text, start, end
    middle = (trigger[0] + trigger[1]) // 2 - start
    low = max(0, min(len(text) - WINDOW_CHARS, middle - WINDOW_CHARS // 2))
    high = low + WINDOW_CHARS
    # whole words at both ends, unless a single word fills the window
    space = text.find(" ", low, high) if low > 0 else low
    low = space + 1 if space > 0 else low
    space = text.rfind(" ", low, high) if high < len(text) else high
    high = space if space > low else high
    return text[low:high], start + low, start + high
