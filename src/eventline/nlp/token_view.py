"""A read-only view of a parsed Doc whose tokens are plain Python objects.

Event analysis walks the parse up and down from every trigger (`token.children`,
`token.head`), reading the same few attributes of the same words many times. spaCy makes a
new `Token` on each `doc[i]`, `.head` and step of `.children`, and looks each string
attribute up again on each read; `token.sent` builds the sentence anew. `DocView` reads the
attributes the analysis uses for all tokens at once (`Doc.to_array`) into one `ViewToken`
per word, linked to its head and children: the walks then read plain slots.

A `ViewToken` answers as the spaCy token does for those attributes; the tokens it returns
(`head`, `children`, `subtree`, ...) are view tokens too, one per position, so comparing and
hashing them works by position as spaCy's own do. Any other attribute is read from the spaCy
token.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class ViewToken:
    """One token of a `DocView`; reads like a spaCy `Token`."""

    __slots__ = (
        "i",
        "idx",
        "lower_",
        "lemma_",
        "pos_",
        "tag_",
        "dep_",
        "head",
        "children",
        "_view",
    )

    def __getattr__(self, name: str) -> Any:
        # only for attributes without a slot: read from spaCy's own token
        if name.startswith("_"):  # a private slot unset (after `release`), or a dunder
            raise AttributeError(name)
        value = getattr(self._view.doc[self.i], name)
        # a token stays a view token, so that it compares with the others
        return self._view[value.i] if type(value) is type(self._view.doc[0]) else value

    @property
    def doc(self) -> Doc:
        return self._view.doc

    @property
    def text(self) -> str:
        return self._view.doc[self.i].text

    @property
    def lefts(self) -> Iterator[ViewToken]:
        return (child for child in self.children if child.i < self.i)

    @property
    def rights(self) -> Iterator[ViewToken]:
        return (child for child in self.children if child.i > self.i)

    @property
    def subtree(self) -> Iterator[ViewToken]:
        """The token and its descendants, in spaCy's order (left subtrees, it, right ones)."""
        for child in self.lefts:
            yield from child.subtree
        yield self
        for child in self.rights:
            yield from child.subtree

    @property
    def ancestors(self) -> Iterator[ViewToken]:
        current = self
        for _ in range(len(self._view)):  # as spaCy: no more steps than tokens
            if current.head is current:
                return
            current = current.head
            yield current

    @property
    def conjuncts(self) -> tuple[ViewToken, ...]:
        return tuple(self._view[t.i] for t in self._view.doc[self.i].conjuncts)

    @property
    def left_edge(self) -> ViewToken:
        return self._view[self._view.doc[self.i].left_edge.i]

    @property
    def right_edge(self) -> ViewToken:
        return self._view[self._view.doc[self.i].right_edge.i]

    @property
    def sent(self) -> Span:
        return self._view.sentence_of(self.i)

    def nbor(self, offset: int = 1) -> ViewToken:
        position = self.i + offset
        if not 0 <= position < len(self._view):
            raise IndexError(f"no token {offset:+d} from token {self.i} of {len(self._view)}")
        return self._view[position]

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


_MAX_STRINGS = 200_000
_STRINGS: dict[int, str] = {}
"""String hash -> string, shared by every Doc: a hash names the same string in every
StringStore, so the table only saves looking words up again (bounded: a batch of many
articles keeps memory flat)."""


def _strings_of(doc: Doc, hashes: list[int]) -> dict[int, str]:
    """hash -> string for these hashes of the Doc's strings."""
    store = doc.vocab.strings
    known = _STRINGS
    table = {value: known.get(value) or store[value] for value in set(hashes)}
    if len(known) > _MAX_STRINGS:
        known.clear()
    known.update(table)
    return table


def _view_tokens(view: DocView, doc: Doc) -> list[ViewToken]:
    """One `ViewToken` per token of the Doc, with its head and children set."""
    import numpy
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS, TAG
    from spacy.parts_of_speech import NAMES

    columns = doc.to_array([IDX, LOWER, LEMMA, POS, TAG, DEP, HEAD])
    # HEAD is the offset to the head, stored unsigned
    heads = (columns[:, -1].view(numpy.int64) + numpy.arange(len(doc))).tolist()
    strings = _strings_of(doc, columns[:, [1, 2, 4, 5]].ravel().tolist())  # not POS: ids
    tokens = [ViewToken() for _ in heads]
    children: list[list[ViewToken]] = [[] for _ in heads]
    rows = zip(tokens, heads, *columns[:, :-1].T.tolist(), strict=True)
    for i, (token, head, idx, lower, lemma, pos, tag, dep) in enumerate(rows):
        token.i, token.idx, token._view, token.head = i, idx, view, tokens[head]
        token.lower_, token.lemma_ = strings[lower], strings[lemma]
        token.pos_, token.tag_, token.dep_ = NAMES[pos], strings[tag], strings[dep]
        if head != i:
            children[head].append(token)
    for token, below in zip(tokens, children, strict=True):
        token.children = tuple(below)
    return tokens


class DocView:
    """The tokens of one Doc as `ViewToken`s; `view[i]` for `doc[i]`."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._tokens = _view_tokens(self, doc)
        self._sentences: list[Span] | None = None
        self._sentence_starts: list[int] = []

    def __len__(self) -> int:
        return len(self._tokens)

    def __getitem__(self, i: int) -> ViewToken:
        return self._tokens[i]

    def release(self) -> None:
        """Unlink the tokens (each points to its head and children), so that they are freed
        as soon as the view is dropped, not at the next collection of reference cycles."""
        for token in self._tokens:
            del token.head, token.children, token._view
        self._tokens = []

    def sentence_of(self, i: int) -> Span:
        """The sentence holding token `i` (`Token.sent`), each sentence made once."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
            self._sentence_starts = [s.start for s in self._sentences]
        return self._sentences[bisect_right(self._sentence_starts, i) - 1]
