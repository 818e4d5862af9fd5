"""`build --merge`: add a new batch to an earlier timeline; known events keep their ids.

The earlier timeline holds events and mentions, not the articles' analyses. So each of its
documents that the new batch does not re-supply becomes a pseudo-analysis rebuilt from its
events (mentions with the event's participants, places, date and title words), the batch is
resolved together with them, and every event then takes the id of the known event whose
mentions it holds. Each known event stays whole and is never merged with another one; a
re-supplied document replaces its old version.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date, timedelta

from eventline.lexicon.calendar import value_interval
from eventline.lexicon.events import trigger_for
from eventline.models import (
    PLACEHOLDER_YEAR,
    ArgumentRef,
    ArticleAnalysis,
    ArticleEntity,
    DocumentInfo,
    Event,
    EventArgument,
    EventMention,
    Interval,
    Mention,
    Span,
    Timeline,
    Timex,
    When,
)
from eventline.resolve import ResolveOptions, resolve
from eventline.resolve.dates import published_interval
from eventline.resolve.titles import BASE_FORMS


def merge_timeline(
    old: Timeline, analyses: list[ArticleAnalysis], options: ResolveOptions | None = None
) -> Timeline:
    """The timeline of `old` plus the new batch's analyses, known events keeping their ids."""
    replaced = {analysis.document.id for analysis in analyses}
    pseudo = [
        pseudo_analysis(old, document) for document in old.documents if document.id not in replaced
    ]
    known = {
        (mention.document, mention.start): event.id
        for event in old.events
        for mention in event.mentions
        if mention.document not in replaced
    }
    return keep_ids(resolve([*analyses, *pseudo], options, known), old)


def keep_ids(timeline: Timeline, old: Timeline) -> Timeline:
    """Give each event the id of the known event it shares most mentions with."""
    owner = {(m.document, m.start): e.id for e in old.events for m in e.mentions}
    rank = {event.id: index for index, event in enumerate(old.events)}
    candidates = []
    for index, event in enumerate(timeline.events):
        shared = Counter(
            owner[at] for m in event.mentions if (at := (m.document, m.start)) in owner
        )
        candidates += [(-count, rank[id_], index, id_) for id_, count in shared.items()]
    chosen: dict[int, str] = {}
    for _, _, index, id_ in sorted(candidates):
        if index not in chosen and id_ not in chosen.values():
            chosen[index] = id_
    taken = set(chosen.values())
    events = []
    for index, event in enumerate(timeline.events):
        id_ = chosen.get(index) or _fresh_id(event.id, taken)
        taken.add(id_)
        events.append(event if id_ == event.id else event.model_copy(update={"id": id_}))
    return timeline.model_copy(update={"events": events})


def _fresh_id(natural: str, taken: set[str]) -> str:
    """The resolver's id, or a derived one when a known event already holds it."""
    id_, attempt = natural, 0
    while id_ in taken:
        attempt += 1
        id_ = "ev-" + hashlib.sha1(f"{natural}:{attempt}".encode()).hexdigest()[:12]
    return id_


def pseudo_analysis(old: Timeline, document: DocumentInfo) -> ArticleAnalysis:
    """What the resolver needs from one document of an earlier timeline, rebuilt from it."""
    reports = [
        (event, mention)
        for event in old.events
        for mention in event.mentions
        if mention.document == document.id
    ]
    reports.sort(key=lambda report: report[1].start)
    sentences = _sentences([mention for _, mention in reports])
    timexes: list[Timex] = []
    conflicts = {event.id: list(event.when.conflicts) for event, _ in reports if event.when}
    mentions = [_event_mention(e, m, timexes, conflicts, document.published) for e, m in reports]
    return ArticleAnalysis(
        eventline_version=old.eventline_version,
        model="merged",
        document=document,
        text_sha256="",
        sentences=[Span(start=start, end=end) for start, end, _ in sentences],
        sentence_texts=[text for _, _, text in sentences],
        entities=_entities(old, [event for event, _ in reports]),
        timexes=timexes,
        events=mentions,
    )


def _sentences(mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """The sentences the mentions quote, once each, in text order."""
    found = {}
    for m in mentions:
        if m.sentence is not None and m.sentence_start is not None:
            end = (
                m.sentence_end if m.sentence_end is not None else m.sentence_start + len(m.sentence)
            )
            found.setdefault(m.sentence_start, (m.sentence_start, end, m.sentence))
    return [found[start] for start in sorted(found)]


def _entities(old: Timeline, events: list[Event]) -> list[ArticleEntity]:
    """The timeline entities these events involve, as the document's own entities."""
    by_id = {entity.id: entity for entity in old.entities}
    arguments = {a.entity: a for e in events for a in e.participants + e.places}
    entities = []
    for entity_id in sorted(arguments):
        known = by_id.get(entity_id)
        name = known.name if known else arguments[entity_id].name
        kind = known.type if known else arguments[entity_id].type
        aliases = list(known.aliases) if known else []
        entities.append(ArticleEntity(id=entity_id, name=name, type=kind, aliases=aliases))
    return entities


def _refs(arguments: list[EventArgument]) -> list[ArgumentRef]:
    return [ArgumentRef(entity=a.entity, role=a.role or "participant") for a in arguments]


def _event_mention(
    event: Event,
    mention: Mention,
    timexes: list[Timex],
    conflicts: dict[str, list[str]],
    published: str | None,
) -> EventMention:
    """One mention as the analysis had it, carrying its event's shared facts; a timeline
    written before mentions carried their words has them rebuilt from the event."""
    if mention.lemma is not None:
        noun, complement, lemma = mention.noun, mention.complement, mention.lemma
    else:
        noun, complement = title_words(event)
        lemma = _lemma(mention.text, noun)
    start = mention.sentence_start if mention.sentence_start is not None else mention.start
    end = mention.sentence_end if mention.sentence_end is not None else mention.end
    timex, scope = _date(event, mention, timexes, conflicts, published)
    return EventMention(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        lemma=lemma,
        type=event.type,
        status=mention.status or event.status,
        sentence=Span(start=start, end=end),
        participants=_refs(event.participants),
        places=_refs(event.places),
        timex=timex,
        time_scope=scope,
        noun=noun,
        # only mentions that agree with the merged status cue it, so it is reproduced
        status_cue=(mention.status or event.status) == event.status,
        complement=complement,
    )


def _date(
    event: Event,
    mention: Mention,
    timexes: list[Timex],
    conflicts: dict[str, list[str]],
    published: str | None,
) -> tuple[int | None, str | None]:
    """The mention's date claim: the event's date, a conflicting one, or the article's day."""
    when = event.when
    if mention.date_text is None:
        if when is None or when.text is not None:
            return None, None
        # dated by its reports' days: `is visiting` spans the day, a reported event happened
        # by it (a weak claim), as `events/extract.py` and `events/coref.py` decide
        return None, _SCOPES.get(mention.status or "")
    value, interval, scope = None, None, None
    if when is not None and mention.date_text == when.text:
        value, interval = when.value, when_interval(when) or _around(published, when)
        scope = "discourse" if when.basis == "inferred" else None  # keeps `when.basis`
    elif conflicts.get(event.id):
        value = conflicts[event.id].pop(0)
        interval = value_interval_of(value)
    at = mention.sentence_start or 0
    timexes.append(
        Timex(
            start=at,
            end=at,
            text=mention.date_text,
            type="DATE" if interval is not None else "DURATION",
            value=value or "",
            interval=interval,
        )
    )
    return len(timexes) - 1, scope


def when_interval(when: When) -> Interval | None:
    """The calendar interval of an event's date (a placeholder year when it is unknown)."""
    if when.year_known and when.start and when.end and when.granularity:
        start, end = date.fromisoformat(when.start), date.fromisoformat(when.end)
        return Interval(
            start=start, end=end + timedelta(days=1), granularity=when.granularity, year_known=True
        )
    return value_interval_of(when.value)


def value_interval_of(value: str | None) -> Interval | None:
    """The interval of a TIMEX3 value, `XXXX` read as the placeholder year."""
    if not value:
        return None
    known = not value.startswith("XXXX")
    return value_interval(re.sub(r"^XXXX", str(PLACEHOLDER_YEAR), value), year_known=known)


_SCOPES = {"ongoing": "document", "occurred": "publication"}


def _around(published: str | None, when: When) -> Interval | None:
    """A year-less date that names no month or day (`XXXX-WXX`): the week of its article.

    Its own interval is not in the timeline; the article's week is close enough to order
    and match it, and the output shows only the value, which is kept.
    """
    day = published_interval(published)
    if day is None or not when.granularity:
        return None
    monday = day.start - timedelta(days=day.start.weekday())
    end = monday + timedelta(days=7)
    return day.model_copy(update={"start": monday, "end": end, "granularity": when.granularity})


_SUFFIXES = ("", "s", "es", "d", "ed", "ing")


def _lemma(text: str, noun: str) -> str:
    """The trigger's lemma (`visited` -> `visit`), else the event's noun (`met` -> `meeting`)."""
    word = text.lower().strip()
    word = BASE_FORMS.get(word, word)
    for suffix in _SUFFIXES:
        stem = word[: len(word) - len(suffix)] if suffix and word.endswith(suffix) else word
        for candidate in (stem, stem + "e"):
            if trigger_for(candidate) is not None:
                return candidate
    return noun or word


def title_words(event: Event) -> tuple[str, str | None]:
    """The noun and complement a title was made of (`Session of the commission` -> `session`,
    `the commission`): the noun of its reports' trigger words, the complement from the title."""
    nouns: Counter[str] = Counter()
    for mention in event.mentions:
        lemma = _lemma(mention.text, "")
        trigger = trigger_for(lemma)
        if trigger is None or trigger.type == event.type:
            nouns[trigger.noun if trigger else lemma] += 1
    noun = max(nouns, key=lambda x: (nouns[x], x)) if nouns else event.type
    head = f"{noun} of "
    if not event.participants and event.title.lower().startswith(head):
        return noun, event.title[len(head) :]
    return noun, None
