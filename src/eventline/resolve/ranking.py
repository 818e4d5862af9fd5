"""How important each event is to the batch's story: `salience` (0-1) and `rank` (1 = first).

The evidence is what a news editor weighs, each part a number in [0, 1]:

- reports: independent articles that report the event (copies of one text count once),
- lead: articles that report it in their opening sentences, where the news of a story is,
- day: articles published on the event's day, plus articles referring to it at all (`on
  January 25`, `since Tuesday`); the days a story keeps pointing back to are its key days,
- centrality: the share of the batch's articles that name its best-known participant or
  place, so that an article about something else in the batch ranks low.

Counts are compared on a log scale with the batch's largest, so that one story's size does
not matter. The status then scales the sum (`resolve.status`, the table that also decides
which events can be key): an occurred event outranks a planned one, a planned one a
cancellation, a cancellation a possible one; the non-assertions (conditional, demanded,
denied, negated...) weigh nothing. Ranking reads each event once and sorts: linear in
events, but for the sort.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from eventline.models import ArticleAnalysis, Event
from eventline.resolve.status import status_weight

WEIGHTS = {"reports": 0.35, "lead": 0.15, "day": 0.3, "centrality": 0.2}
"""How much each part of the evidence counts; they sum to 1."""

BASIS_WEIGHT = {"stated": 1.0, "inferred": 0.95, "article": 0.85}
"""A date stated by the text is surer than one assumed from the article's own day."""

LEAD_SENTENCES = 2
"""Sentences that open an article: its headline or dateline and its lead."""

_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d")
_WORDS_FOR_COPY = 8
"""A sentence this long, word for word in two articles, is one report copied (syndication)."""


@dataclass(frozen=True, slots=True)
class ArticleSignals:
    """What ranking needs of one article: where its lead ends and the days it refers to."""

    lead_end: int
    days: tuple[str, ...]
    published: str | None = None
    """Its publication day: news is published on the days things happen."""


def article_signals(analysis: ArticleAnalysis) -> ArticleSignals:
    """The end of an article's lead (its first sentences), the days it mentions and the
    day it was published."""
    sentences = [s for s in analysis.sentences if not _ignored(s.start, analysis)]
    lead = sentences[:LEAD_SENTENCES]
    lead_end = lead[-1].end if lead else 0
    days = set()
    for timex in analysis.timexes:
        interval = timex.interval
        if interval is None or interval.granularity not in ("day", "time"):
            continue
        if (interval.end - interval.start).days == 1 and _DAY.match(timex.value):
            days.add(timex.value[:10])
    published = analysis.document.published or ""
    published_day = published[:10] if _DAY.match(published) else None
    return ArticleSignals(lead_end, tuple(sorted(days)), published_day)


def _ignored(offset: int, analysis: ArticleAnalysis) -> bool:
    return any(span.start <= offset < span.end for span in analysis.ignored)


@dataclass
class BatchSignals:
    """Batch-wide counts that each event's evidence is read against."""

    documents: int = 0
    lead_end: dict[str, int] = field(default_factory=dict)
    copy_of: dict[str, str] = field(default_factory=dict)
    """Document -> the first document with the same text (syndicated copies)."""
    day_articles: Counter[str] = field(default_factory=Counter)
    entity_articles: Counter[str] = field(default_factory=Counter)


def batch_signals(
    articles: Iterable[tuple[str, str, ArticleSignals | None]],
    entity_documents: Iterable[tuple[str, str]],
) -> BatchSignals:
    """Counts from (document, text hash, signals) of each article and each (document,
    batch entity id) pair naming an entity."""
    signals = BatchSignals()
    first_with_text: dict[str, str] = {}
    for document, text_hash, article in sorted(articles, key=lambda a: a[:2]):
        article = article or ArticleSignals(0, ())
        signals.documents += 1
        signals.lead_end[document] = article.lead_end
        original = first_with_text.setdefault(text_hash, document)
        signals.copy_of[document] = original
        if original == document:  # a copy points to no day of its own
            # two pointers to a day: being published on it, and referring to it
            signals.day_articles.update(article.days)
            if article.published:
                signals.day_articles[article.published] += 1
    signals.entity_articles.update(entity for _, entity in set(entity_documents))
    return signals


@dataclass(frozen=True, slots=True)
class Evidence:
    """One event's evidence, as counts (compared with the batch's largest when ranked)."""

    reports: int
    lead: int
    day: int
    centrality: float
    weight: float
    """Status times date basis: 0 for events that are never key."""
    tie: tuple = ()
    """Deterministic order among equal saliences: more mentions, earlier date, id."""
    on: str | None = None
    """The day the event is dated to, if one (`event_day`)."""


def event_day(event: Event) -> str | None:
    """The one day an event is dated to (`2011-02-17`, `XXXX-10-19`), or None."""
    when = event.when
    if when is None or when.granularity not in ("day", "time") or not when.value:
        return None
    if when.start != when.end:
        return None
    return when.value[:10] if _DAY.match(when.value) else None


class EventFacts(NamedTuple):
    """What ranking reads of an event, made where the event is built (on a worker too), so
    that ranking never reads events back: small, one row per source, not per mention."""

    id: str
    status: str
    basis: str | None
    day: str | None
    value: str | None
    mentions: int
    reports: tuple[tuple[str, int, tuple[int, ...]], ...]
    """(document, first mention's offset, checksums of its long report sentences)."""
    named: tuple[str, ...]


def _sentence_key(sentence: str | None) -> int | None:
    words = " ".join((sentence or "").split())
    if words.count(" ") + 1 < _WORDS_FOR_COPY:
        return None
    return zlib.crc32(words.encode("utf-8"))  # the same in every process, unlike hash()


def event_facts(event: Event) -> EventFacts:
    """An event's `EventFacts`."""
    first: dict[str, int] = {}
    keys: dict[str, set[int]] = {}
    sentences = set()  # mentions of one sentence: its words are read once
    for mention in event.mentions:
        first[mention.document] = min(mention.start, first.get(mention.document, mention.start))
        if (mention.document, mention.sentence_start) in sentences:
            continue
        sentences.add((mention.document, mention.sentence_start))
        if (key := _sentence_key(mention.sentence)) is not None:
            keys.setdefault(mention.document, set()).add(key)
    when = event.when
    return EventFacts(
        id=event.id,
        status=event.status,
        basis=when.__dict__.get("basis") if when else None,  # `basis` once the model has it
        day=event_day(event),
        value=when.value if when else None,
        mentions=len(event.mentions),
        reports=tuple((doc, first[doc], tuple(sorted(keys.get(doc, ())))) for doc in sorted(first)),
        named=tuple(a.entity for a in event.participants + event.places),
    )


def independent_reports(facts: EventFacts, copy_of: dict[str, str]) -> list[str]:
    """The event's documents with copies of one report counted once: the same text, or
    the same long sentence reporting it, word for word."""
    parent: dict[str, str] = {}

    def find(document: str) -> str:
        while parent[document] != document:
            document = parent[document]
        return document

    first_with_sentence: dict[int, str] = {}
    for document, _, keys in facts.reports:
        document = copy_of.get(document, document)
        parent.setdefault(document, document)
        for key in keys:
            a, b = find(document), find(first_with_sentence.setdefault(key, document))
            parent[max(a, b)] = min(a, b)  # the smaller id leads: any order agrees
    return sorted({find(document) for document in parent})


def event_evidence(facts: EventFacts, batch: BatchSignals) -> Evidence:
    """What an editor would weigh about one event, read from its facts and the batch."""
    reports = independent_reports(facts, batch.copy_of)
    lead_documents = {
        batch.copy_of.get(document, document)
        for document, start, _ in facts.reports
        if start < batch.lead_end.get(document, 0)
    }
    best_known = max((batch.entity_articles.get(e, 0) for e in facts.named), default=0)
    weight = status_weight(facts.status) * BASIS_WEIGHT.get(facts.basis, 1.0)
    return Evidence(
        reports=len(reports),
        lead=len(lead_documents & set(reports)),
        day=batch.day_articles.get(facts.day, 0) if facts.day else 0,
        centrality=best_known / batch.documents if batch.documents else 0.0,
        weight=weight,
        tie=(-facts.mentions, facts.value or "~", facts.id),
        on=facts.day,
    )


def _scale(count: int, documents: int) -> float:
    return min(1.0, math.log1p(count) / math.log1p(documents)) if documents > 0 else 0.0


def saliences(
    evidence: Sequence[Evidence], documents: int, weights: dict[str, float] = WEIGHTS
) -> list[float]:
    """Each event's salience in [0, 1], rounded to 4 places (the same on every machine).

    Counts are read on a log scale of the batch's size. The day's part is the same for
    every event of a day (a property of the day); the status scales the event's own part,
    so that a further report of an event always lifts it above the others of its day.
    """
    out = []
    for e in evidence:
        own = (
            weights["reports"] * _scale(e.reports, documents)
            + weights["lead"] * _scale(e.lead, documents)
            + weights["centrality"] * min(1.0, e.centrality)
        )
        day = weights["day"] * _scale(e.day, documents) if e.weight > 0 else 0.0
        out.append(round(day + e.weight * own, 4))
    return out


SAME_DAY_DISCOUNT = 0.5
"""A day's second event ranks as if half as salient, its third a quarter...: the top of the
ranking covers a story's key days before it repeats one (an editor gives a day one entry)."""


def ranks(evidence: Sequence[Evidence], salience: Sequence[float]) -> list[int]:
    """Rank of each event, 1 = first: by salience, a day's later events discounted
    (`SAME_DAY_DISCOUNT`); ties broken by evidence, then date and id."""

    def own_order(i: int) -> tuple:
        return (-salience[i], -evidence[i].reports, -evidence[i].day, evidence[i].tie)

    position: dict[int, int] = {}
    seen: Counter[str] = Counter()
    for i in sorted(range(len(evidence)), key=own_order):
        day = evidence[i].on
        if day is not None:
            position[i] = seen[day]
            seen[day] += 1
    order = sorted(
        range(len(evidence)),
        key=lambda i: (-salience[i] * SAME_DAY_DISCOUNT ** position.get(i, 0), *own_order(i)),
    )
    out = [0] * len(evidence)
    for rank, index in enumerate(order, start=1):
        out[index] = rank
    return out


def rank_events(evidence: Sequence[Evidence], documents: int) -> list[tuple[float, int]]:
    """(salience, rank) of each event of a batch of `documents` articles, from its evidence."""
    salience = saliences(evidence, documents)
    return list(zip(salience, ranks(evidence, salience), strict=True))
