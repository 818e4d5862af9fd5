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


_FEW_VALUES = 8


def token_indices(doc: Doc, attribute: int, values: Iterable[int]) -> list[int]:
    """Indices of the tokens whose `attribute` (a `spacy.attrs` id) has one of `values`
    (part-of-speech ids, string hashes), in text order."""
    import numpy

    wanted = numpy.fromiter(values, dtype=numpy.uint64)
    column = doc.to_array(attribute)
    if len(wanted) > _FEW_VALUES:
        return numpy.flatnonzero(numpy.isin(column, wanted)).tolist()
    # `isin` sorts its inputs: for a few values, comparing with each is several times faster
    found = numpy.zeros(len(column), dtype=bool)
    for value in wanted:
        found |= column == value
    return numpy.flatnonzero(found).tolist()
