"""Finding tokens by attribute in one of spaCy's token arrays.

Analysing an article touches only some of its words (verbs and nouns, names seen before);
building a `Token` object for every word to look at it costs more than the analysis of the
few that matter. `Doc.to_array` reads an attribute of all tokens at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def token_indices(doc: Doc, attribute: int, values: Iterable[int]) -> list[int]:
    """Indices of the tokens whose `attribute` (a `spacy.attrs` id) has one of `values`
    (part-of-speech ids, string hashes), in text order."""
    import numpy

    wanted = numpy.fromiter(values, dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(doc.to_array(attribute), wanted)).tolist()
