"""A distinctively spelled name that spaCy tags once and misses elsewhere in the same
article (`iTunes`, `iPod`, `NPD`): every other occurrence is a mention of it too.

Only camel-case and capitals spellings count: `Apple` or `Target` may be a plain word at
the start of a sentence, `iTunes` never is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventline.models import EntityMention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_BRAND_LABELS = frozenset({"ORG", "PRODUCT", "NORP", "WORK_OF_ART"})
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]+$")  # `iTunes`, `eBay`
_CAPITALS = re.compile(r"^[A-Z]{2,5}$")
PLACES_OF_TRADE = frozenset({"store"})
"""A brand followed by one of these names the place where it sells (`the iTunes store`)."""


def untagged_brand_mentions(
    doc: Doc, text: str, mentions: Sequence[EntityMention], ignored: Sequence[Span]
) -> list[EntityMention]:
    """Mentions of the article's camel-case or capitals names where spaCy tagged nothing."""
    labels = {}
    for m in mentions:
        if m.label in _BRAND_LABELS and (_CAMEL.match(m.text) or _CAPITALS.match(m.text)):
            labels.setdefault(m.text, m.label)
    if not labels:
        return []
    taken = [(m.start, m.end) for m in mentions] + [(s.start, s.end) for s in ignored]
    pattern = "|".join(re.escape(name) for name in sorted(labels, key=len, reverse=True))
    found = []
    for match in re.finditer(rf"(?<![\w.&-])(?:{pattern})(?![\w&-])", text):
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            continue
        span = doc.char_span(start, end)
        if span is None:
            continue
        name, label = match.group(), labels[match.group()]
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ in PLACES_OF_TRADE:
            end, name, label = after.idx + len(after), f"{name} {after.text}", "ORG"
        found.append(EntityMention(start=start, end=end, text=name, label=label))
    return found
