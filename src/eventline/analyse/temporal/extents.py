"""Extents that differ from what a pattern matched: words the TimeML extent leaves out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_OVER = re.compile(r"over\s+", re.I)
_VAGUE_AFTER = re.compile(r"over\s+(?:several|a few|few|many|some|the|a number of)\b", re.I)
_MORE_THAN_BEFORE = {"for", "in", "within", "after", "just", "well", "of", "to", "than", "little"}
_LASTING = {"last", "take", "spend", "wait", "need", "require"}


def over_is_preposition(doc: Doc, start: int, text: str) -> int:
    """Characters of a leading `over` that means `during` (`used over three years`), 0 when it
    means `more than` (`for over an hour`, `lasted over a week`) and so stays in the extent.

    `over several years` is always `during`: a vague amount cannot be exceeded."""
    found = _OVER.match(text)
    if found is None:
        return 0
    if _VAGUE_AFTER.match(text):
        return found.end()
    token = doc.char_span(start, start + 4, alignment_mode="expand")
    if token is None or token.start == 0:
        return found.end()  # `Over three years, ...` opening a sentence: during
    before = doc[token.start - 1]
    if before.lower_ in _MORE_THAN_BEFORE or before.lemma_ in _LASTING:
        return 0
    return found.end()
