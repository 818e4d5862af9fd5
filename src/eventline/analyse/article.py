"""Per-article analysis: one article and its spaCy Doc in, one `ArticleAnalysis` out.

This function never looks at another article; the cache, parallel jobs, CI merge and
cluster mode all rely on that.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from eventline import __version__
from eventline.analyse.entities import DATELINE_LABEL, find_entities
from eventline.analyse.events import find_event_mentions
from eventline.analyse.events.language import looks_english, warn_not_english
from eventline.analyse.temporal import find_timexes
from eventline.models import (
    ArgumentRef,
    Article,
    ArticleAnalysis,
    ArticleEntity,
    DocumentInfo,
    EventMention,
    Span,
    Timex,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def document_info(article: Article) -> DocumentInfo:
    """The metadata of an article, as every output lists it."""
    return DocumentInfo(**article.model_dump(include=set(DocumentInfo.model_fields)))


def text_digest(text: str) -> str:
    """SHA-256 of an article's text (cache key part, change detection)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sentence_spans(doc: Doc) -> list[Span]:
    """Character spans of the Doc's sentences."""
    return [Span(start=s.start_char, end=s.end_char) for s in doc.sents]


def place_at_dateline(
    events: list[EventMention],
    entities: list[ArticleEntity],
    timexes: list[Timex],
    published: str | None,
) -> list[EventMention]:
    """An event the article dates to its own day, with no place named, happens at the
    dateline city (`PYONGYANG, October 19. ... is expected to discuss on Thursday`)."""
    city = next((e for e in entities if any(m.label == DATELINE_LABEL for m in e.mentions)), None)
    if city is None or not published:
        return events
    placed = []
    for event in events:
        on_the_day = event.time_scope == "document" or (
            event.timex is not None and timexes[event.timex].value == published[:10]
        )
        if on_the_day and not event.places:
            event = event.model_copy(update={"places": [ArgumentRef(entity=city.id, role="place")]})
        placed.append(event)
    return placed


def analyse(article: Article, doc: Doc, model: str) -> ArticleAnalysis:
    """Entities, temporal expressions and event mentions of one article."""
    sentences = sentence_spans(doc)
    entities = find_entities(doc, article)
    timexes = find_timexes(doc, article.published, article.ignored, article.text)
    if looks_english(doc):
        # neither boilerplate nor the dateline (nor a stamp run into it) tells an event
        filed = [article.dateline] if article.dateline is not None else []
        events = find_event_mentions(doc, entities, timexes, sentences, [*article.ignored, *filed])
        events = place_at_dateline(events, entities, timexes, article.published)
    else:
        warn_not_english(article.id)
        events = []
    return ArticleAnalysis(
        eventline_version=__version__,
        model=model,
        document=document_info(article),
        text_sha256=text_digest(article.text),
        sentences=sentences,
        sentence_texts=[article.text[s.start : s.end] for s in sentences],
        ignored=article.ignored,
        entities=entities,
        timexes=timexes,
        events=events,
    )
