"""The pipeline eventline runs: spaCy's model with its own components swapped for faster
ones that must give every token the same attributes."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.tokens import DocBin

from conftest import ROOT, SEEDS
from eventline.nlp.attribute_rules import COMPONENT as RULES
from eventline.nlp.attribute_rules import AttributeRules, supported
from eventline.nlp.lemmas import COMPONENT as LEMMAS
from eventline.nlp.lemmas import LEMMATIZED_POS

# Words the ruler's special rules are about: contractions, `gonna`, `y'all`, `let's`,
# existential `there is`, auxiliaries, determiners used as pronouns, runs of whitespace.
TRICKY = [
    "Y'all ain't gonna believe it, but there's nothin' we can do. Let's go, c'mon!",
    "He did it.  They have been told that this is what those were.\n\n\tWhich one?",
    "Ya all gotta see: there were 3 of them, that's all; I'd have, he'd had.",
    "PYONGYANG, October 19. /TASS/. Lavrov is expected to discuss the visit.\n \n",
]
ATTRIBUTES = [POS, TAG, MORPH, LEMMA, DEP, HEAD, NORM]


def _texts() -> list[str]:
    paths = [*sorted(SEEDS.glob("*")), *sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))]
    return TRICKY + [path.read_text(encoding="utf-8") for path in paths if path.is_file()]


@pytest.fixture(scope="module")
def parsed(nlp) -> bytes:
    """The texts as they reach the attribute ruler (tagged and parsed), serialised."""
    before = nlp.pipe_names[: nlp.pipe_names.index(RULES)]
    with nlp.select_pipes(enable=before):
        return DocBin(docs=list(nlp.pipe(_texts()))).to_bytes()


def _docs(nlp, data: bytes):
    return list(DocBin().from_bytes(data).get_docs(nlp.vocab))


def test_the_lookup_gives_every_token_what_the_attribute_ruler_gives(nlp, parsed):
    ruler, rules = nlp.get_pipe("attribute_ruler"), nlp.get_pipe(RULES)
    expected = [ruler(doc).to_array(ATTRIBUTES) for doc in _docs(nlp, parsed)]
    for _ in range(2):  # the second time from the rules' memory of token rows
        got = [rules(doc).to_array(ATTRIBUTES) for doc in _docs(nlp, parsed)]
        assert all((a == b).all() for a, b in zip(got, expected, strict=True))
    untouched = [doc.to_array(ATTRIBUTES) for doc in _docs(nlp, parsed)]
    assert any((a != b).any() for a, b in zip(untouched, expected, strict=True))  # rules apply


def test_the_pipeline_runs_the_lookup_instead_of_the_ruler(nlp):
    assert RULES in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index(RULES) == nlp.pipe_names.index("parser") + 1


def test_rules_of_other_kinds_keep_spacy_s_ruler(nlp):
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"IS_TITLE": True, "OP": "+"}]], {"POS": "PROPN"})
    assert not supported(ruler)
    plain = spacy.blank("en").add_pipe("attribute_ruler")
    plain.add([[{"LOWER": {"IN": ["gonna", "wanna"]}}]], {"LEMMA": "go"}, index=0)
    assert supported(plain)
    assert isinstance(AttributeRules(plain), AttributeRules)


def test_content_lemmas_are_the_lemmatizer_s(nlp, parsed):
    ruled = [nlp.get_pipe(RULES)(doc) for doc in _docs(nlp, parsed)]
    data = DocBin(docs=ruled).to_bytes()
    full = [nlp.get_pipe("lemmatizer")(doc) for doc in _docs(nlp, data)]
    content = [nlp.get_pipe(LEMMAS)(doc) for doc in _docs(nlp, data)]
    for ours, theirs in zip(content, full, strict=True):
        for a, b in zip(ours, theirs, strict=True):
            if b.pos_ in LEMMATIZED_POS:
                assert a.lemma_ == b.lemma_, (a.text, a.lemma_, b.lemma_)
            else:
                assert a.lemma == 0 or a.lemma_ == b.lemma_
