"""Lemmas only where eventline reads them: content words.

spaCy's rule lemmatizer runs in Python over every token and costs about a quarter of the
small pipeline's time; eventline reads lemmas only of verbs, auxiliaries, nouns and
adjectives (triggers, tense and modality cues). This component runs the pipeline's own
lemmatizer on those tokens, with the same rules and the same results, and skips the rest.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc

from eventline.nlp.token_arrays import token_indices

COMPONENT = "eventline_lemmas"
LEMMATIZED_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


class ContentLemmatizer:
    """Calls the pipeline's lemmatizer on content words only."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.content = [IDS[pos] for pos in sorted(LEMMATIZED_POS)]

    def __call__(self, doc: Doc) -> Doc:
        lemmatize = self.lemmatizer.lemmatize
        for i in token_indices(doc, POS, self.content):
            token = doc[i]
            # as spaCy's own lemmatizer: keep lemmas the attribute ruler already set
            if token.lemma == 0:
                token.lemma_ = lemmatize(token)[0]
        return doc


@Language.factory(COMPONENT)
def make_content_lemmatizer(nlp: Language, name: str) -> ContentLemmatizer:
    """The component, wrapping the (disabled) `lemmatizer` of the same pipeline."""
    return ContentLemmatizer(nlp.get_pipe("lemmatizer"))
