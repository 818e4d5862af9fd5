"""Consistency of an analysis read back (cache entries, `extract` output): what analysis
could have produced. The models check the shape; this checks what the shape cannot say,
so that a tampered record is refused as one problem instead of crashing `resolve` or
being silently used (a `timex` of -1 picks the last one, a `corefers_with` pointing past
the article's own mentions joins another article's event)."""

from __future__ import annotations

from collections.abc import Iterator

from eventline.models import ArticleAnalysis, EventMention


def analysis_problem(analysis: ArticleAnalysis) -> str | None:
    """The first inconsistency of an analysis, as `field: what`, or None."""
    return next(_problems(analysis), None)


def _problems(analysis: ArticleAnalysis) -> Iterator[str]:
    sentences, texts = analysis.sentences, analysis.sentence_texts
    if len(texts) != len(sentences):
        yield f"sentence_texts: {len(texts)} texts for {len(sentences)} sentences"
        return
    previous = 0
    for number, (span, text) in enumerate(zip(sentences, texts, strict=True)):
        if not previous <= span.start <= span.end or len(text) != span.end - span.start:
            yield f"sentences.{number}: not a span in text order matching its text"
            return
        previous = span.start
    for number, timex in enumerate(analysis.timexes):
        if not 0 <= timex.start <= timex.end:
            yield f"timexes.{number}: offsets {timex.start}-{timex.end} are not a span"
    entities = [entity.id for entity in analysis.entities]
    if len(set(entities)) != len(entities):
        yield "entities: an id is listed twice"
    known = set(entities)
    for number, event in enumerate(analysis.events):
        for problem in _event_problems(event, number, known, len(analysis.timexes)):
            yield f"events.{number}.{problem}"


def _event_problems(
    event: EventMention, number: int, entities: set[str], timexes: int
) -> Iterator[str]:
    if not 0 <= event.start <= event.end:
        yield f"start: offsets {event.start}-{event.end} are not a span"
    if not 0 <= event.sentence.start <= event.sentence.end:
        yield "sentence: not a span"
    for argument in (*event.participants, *event.places):
        if argument.entity not in entities:
            yield f"participants: unknown entity {argument.entity!r}"
    if event.timex is not None and not 0 <= event.timex < timexes:
        yield f"timex: {event.timex} is not one of the {timexes} temporal expressions"
    if event.corefers_with is not None and not 0 <= event.corefers_with < number:
        yield f"corefers_with: {event.corefers_with} is not an earlier mention of the article"
