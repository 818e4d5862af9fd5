"""Long articles parsed in paragraph-sized pieces, joined back into one Doc.

spaCy's memory grows with the longest text it is given at once (a 1,000,000-character
article needed 3.6 GB), so a text longer than `PIECE_CHARS` is cut after line breaks
(paragraphs first), else after a sentence end, else at a space, into pieces of at most that
size. The pieces are parsed like a batch of articles and joined with `Doc.from_docs`; they
end where the next begins, so the joined Doc has the article's text exactly and every
character offset holds. Articles up to `PIECE_CHARS` (all ordinary news) are parsed whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from eventline.nlp.pipeline import parse_texts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIECE_CHARS = 50_000
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?]\s+"),
    re.compile(r"\s+"),
)
"""Where a piece may end, best first: after a blank line, a line break, a sentence, a space."""


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` cut into consecutive pieces of at most `size` characters (joined: `text`)."""
    found, start = [], 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        found.append(text[start:end])
        start = end
    found.append(text[start:])
    return found


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the piece starting at `start`: the last good cut in its second half."""
    lowest = start + (limit - start) // 2
    for cut in _CUTS:
        ends = [m.end() for m in cut.finditer(text, lowest, limit)]
        if ends:
            return ends[-1]
    return limit


def parse_long(nlp: Language, text: str, batch_size: int) -> Doc:
    """One Doc of a long text, parsed piece by piece."""
    from spacy.tokens import Doc

    docs = list(parse_texts(nlp, pieces(text), batch_size=batch_size))
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_any(nlp: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """Docs of texts in order: short ones parsed in bulk, long ones in pieces."""
    short: Iterable[Doc] = parse_texts(
        nlp, (t for t in texts if len(t) <= PIECE_CHARS), batch_size=batch_size
    )
    short = iter(short)
    for text in texts:
        yield next(short) if len(text) <= PIECE_CHARS else parse_long(nlp, text, batch_size)
