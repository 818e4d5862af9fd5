"""A pipeline component that starts a sentence where a news text starts a new line.

News files put headlines, datelines and paragraphs on lines of their own; the statistical
parser often runs a headline into the first sentence, which then attaches `Yesterday` to the
wrong verb. Hard-wrapped text is left alone: a single line break only counts after
sentence-final punctuation, or after a short unpunctuated line (a headline or dateline)
when the next line starts with a capital.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from eventline.nlp.token_arrays import token_indices

COMPONENT = "eventline_line_breaks"
TERMINAL = frozenset(".!?\"'”’»)")
SHORT_LINE = 100


def _boundary_after(doc: Doc, text: str, space_index: int) -> bool:
    """Whether the line break in token `space_index` ends a sentence."""
    if doc[space_index].text.count("\n") >= 2 or space_index == 0:
        return True
    previous = doc[space_index - 1]
    if previous.text[-1] in TERMINAL:
        return True
    line_start = text.rfind("\n", 0, previous.idx) + 1
    short = previous.idx + len(previous) - line_start <= SHORT_LINE
    following = doc[space_index + 1] if space_index + 1 < len(doc) else None
    return short and following is not None and following.text[:1].isupper()


@Language.component(COMPONENT)
def mark_line_breaks(doc: Doc) -> Doc:
    """Set sentence starts after line breaks that end a headline, dateline or paragraph."""
    if len(doc) < 2:
        return doc
    spaces = [i for i in token_indices(doc, IS_SPACE, [1]) if i < len(doc) - 1]
    text = doc.text if spaces else ""  # built once: `Doc.text` joins every token
    for i in spaces:
        if "\n" in doc[i].text and _boundary_after(doc, text, i):
            doc[i + 1].is_sent_start = True
    return doc
