"""Hand-made analyses for resolver tests: entities, dates, event mentions, articles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from eventline.models import (
    ArgumentRef,
    ArticleAnalysis,
    ArticleEntity,
    DocumentInfo,
    EntityMention,
    EventMention,
    Interval,
    Span,
    Timex,
)


def entity(local_id: str, name: str, kind: str, mentioned: bool = False) -> ArticleEntity:
    """An article entity; `mentioned` gives it one mention of its full name."""
    mentions = [EntityMention(start=0, end=len(name), text=name, label=kind)] if mentioned else []
    return ArticleEntity(id=local_id, name=name, type=kind, mentions=mentions)


def timex(
    value: str, start: date, end: date, granularity: str, known: bool = True, length: int = 5
) -> Timex:
    """A DATE expression at the start of the article with its calendar interval."""
    interval = Interval(start=start, end=end, granularity=granularity, year_known=known)
    return Timex(start=0, end=length, text=value, type="DATE", value=value, interval=interval)


def day_timex(day: date, length: int = 5) -> Timex:
    """An explicit date (`2023-10-19`)."""
    return timex(day.isoformat(), day, day + timedelta(days=1), "day", length=length)


def mention(
    start: int,
    lemma: str,
    kind: str,
    who: Sequence[str] = (),
    where: Sequence[str] = (),
    timex: int | None = None,
    status: str = "occurred",
    sentence_end: int = 100,
    **fields,
) -> EventMention:
    """An event mention whose text is its lemma; `who` are agents, `where` destinations,
    `fields` any other `EventMention` field."""
    fields.setdefault("participants", [ArgumentRef(entity=e, role="agent") for e in who])
    return EventMention(
        start=start,
        end=start + len(lemma),
        text=lemma,
        lemma=lemma,
        type=kind,
        status=status,
        sentence=Span(start=0, end=sentence_end),
        places=[ArgumentRef(entity=e, role="destination") for e in where],
        timex=timex,
        **fields,
    )


def analysis(
    doc_id: str,
    entities: list[ArticleEntity],
    timexes: list[Timex],
    events: list[EventMention],
    published: str | None = None,
    digest: str | None = None,
    sentence_end: int = 100,
) -> ArticleAnalysis:
    """One article's analysis: a single sentence of `sentence_end` characters."""
    return ArticleAnalysis(
        eventline_version="test",
        model="test",
        text_sha256=digest or doc_id,
        document=DocumentInfo(id=doc_id, published=published),
        sentences=[Span(start=0, end=sentence_end)],
        sentence_texts=["x" * sentence_end],
        entities=entities,
        timexes=timexes,
        events=events,
    )
