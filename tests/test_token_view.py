"""The token view event analysis walks: every token reads as spaCy's own token does."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from eventline.nlp.token_view import DocView

SENTENCES = [
    "Had the deal gone through, the two firms would have merged. Nobody was hurt!",
    "The minister, who had visited Paris and Rome, said on Monday that talks will resume.",
    "Shares of the carmaker fell 3%\n\nafter it called off the launch (again) in 2019 ...",
]
SCALARS = ("i", "idx", "lower_", "lemma_", "pos_", "tag_", "dep_", "text", "is_space")


def _pairs(doc):
    view = DocView(doc)
    assert len(view) == len(doc)
    return [(token, view[token.i]) for token in doc]


@pytest.fixture(scope="module")
def docs(nlp):
    texts = SENTENCES + [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return list(nlp.pipe(texts))


def test_every_attribute_the_analysis_reads_matches_spacy(docs):
    for doc in docs:
        for token, seen in _pairs(doc):
            assert [getattr(seen, name) for name in SCALARS] == [
                getattr(token, name) for name in SCALARS
            ]
            assert len(seen) == len(token) and seen.doc is doc


def test_walks_over_the_parse_reach_the_same_positions(docs):
    def positions(tokens):
        return [t.i for t in tokens]

    for doc in docs:
        for token, seen in _pairs(doc):
            assert seen.head.i == token.head.i
            assert positions(seen.children) == positions(token.children)
            assert positions(seen.lefts) == positions(token.lefts)
            assert positions(seen.rights) == positions(token.rights)
            assert positions(seen.subtree) == positions(token.subtree)
            assert positions(seen.conjuncts) == positions(token.conjuncts)
            assert positions(seen.ancestors) == positions(token.ancestors)
            assert (seen.left_edge.i, seen.right_edge.i) == (token.left_edge.i, token.right_edge.i)
            assert (seen.sent.start, seen.sent.end) == (token.sent.start, token.sent.end)


def test_one_object_per_position_so_tokens_compare_by_position(nlp):
    view = DocView(nlp("Police said the suspect fled."))
    said = view[1]
    assert said.children[0] is view[0] and view[0].head is said
    assert view[0] in {said.children[0]} and view[2] not in {said}
    assert view[1].nbor(1) is view[2] and view[1].nbor(-1) is view[0]
    assert view[0].sent.root.i == 1 and view[0].ent_type_ == ""  # read from spaCy's token
    assert view[0].left_edge is view[0] and view[1].right_edge is view[5]
    with pytest.raises(IndexError):
        view[len(view) - 1].nbor(1)
