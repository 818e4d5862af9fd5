"""A model said as a version of its brand (`a 3G version of its iPhone`): a product name
said the long way, read as the short one (`iPhone 3G`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventline.models import EntityMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_BRAND_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "PERSON"})
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]+$")  # `iPhone`, `eBay`
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# `a 3G version of its iPhone`: the iPhone 3G, said the long way
VERSION_OF = re.compile(
    r"(?<![\w-])([A-Za-z]{0,3}\d[\w.]*) versions? of (?:its |the |[A-Z]\w+['’]s )?([A-Za-z]\w+)\b"
)


def model_name(text: str) -> str:
    """`3G version of its iPhone` -> `iPhone 3G`; any other name as it is."""
    match = VERSION_OF.fullmatch(text)
    return f"{match.group(2)} {match.group(1)}" if match else text


def version_mentions(doc: Doc, text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """A model said as a version of its brand (`a 3G version of its iPhone`)."""
    brands = {m.text for m in mentions if m.label in _BRAND_LABELS}
    found = []
    for match in VERSION_OF.finditer(text):
        brand = match.group(2)
        if _YEAR.match(match.group(1)) or not (brand in brands or _CAMEL.match(brand)):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            found.append(
                EntityMention(
                    start=span.start_char, end=span.end_char, text=span.text, label="PRODUCT"
                )
            )
    return found
