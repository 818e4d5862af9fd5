"""One entity's timeline: the events it takes part in, one row per reported event.

`--entity` keeps the events that name the entity. Two kinds of report would otherwise
make rows of their own: an article's headline, which restates in headlinese (present
tense, no date) what its body reports, so that it duplicates a body event or dates it to
the day of publication; and a name said in passing, as where a thing came from or where it
went (`iPod owners`, `built into the player`), where the entity is not who acted or what
was acted on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventline.lexicon.referring import REFERRING_WORDS
from eventline.models import Event, Mention

CORE_ROLES = frozenset({"agent", "patient", "partner"})
"""Who acts, what is acted on and who acts with them (`met Wang Yi`): the roles that make
an event the entity's own; a place's own events are those that happen there."""

_HEADLINE_MAX_WORDS = 20
_FIRST_LINE_SLACK = 3
"""Characters (a byte-order mark, blank lines) that may come before the first line."""
_CLOSING = (".", "!", "?", '"', "'", ":", ";")


def is_headline(mention: Mention) -> bool:
    """A mention in the article's first line, when that line is short and unpunctuated."""
    return headline_sentence(mention.sentence_start, mention.sentence)


def headline_sentence(start: int | None, sentence: str | None) -> bool:
    """Whether a sentence starting at `start` is the article's headline: its first line,
    short and unpunctuated."""
    if sentence is None or start is None or start > _FIRST_LINE_SLACK:
        return False
    line = sentence.strip()
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not line.endswith(_CLOSING)


def takes_part(event: Event, entity: str) -> bool:
    """The entity acts, is acted on or is where it happens (not only named in passing)."""
    if any(p.entity == entity for p in event.places):
        return True
    return any(p.entity == entity and p.role in CORE_ROLES for p in event.participants)


def actors(event: Event) -> tuple[str, ...]:
    """The entities that take part in the event (`takes_part`), each once, sorted: those
    whose timelines it can be a row of."""
    core = (p.entity for p in event.participants if p.role in CORE_ROLES)
    return tuple(sorted({*core, *(p.entity for p in event.places)}))


def reported_in_body(events: list[Event], entity: str) -> set[str]:
    """Articles whose body (not only their headline) reports events of the entity."""
    return {
        m.document
        for event in events
        if takes_part(event, entity)
        for m in event.mentions
        if not is_headline(m)
    }


def entity_row(
    event: Event, entity: str, bodies: set[str], names: Sequence[str] = ()
) -> Event | None:
    """The event as a row of the entity's timeline, without the headlines of articles
    whose body reports on the entity (`bodies`) and, given the entity's `names`, without
    the reports from other articles that neither name it nor refer to it; None when
    nothing is left or the entity only passes through it."""
    if not takes_part(event, entity):
        return None
    body = [m for m in event.mentions if not (m.document in bodies and is_headline(m))]
    body = _speaking_of(body, names)
    if not body:
        return None
    if len(body) == len(event.mentions):
        return event
    sources = sorted({m.document for m in body})
    return event.model_copy(update={"mentions": body, "sources": sources})


def _speaking_of(mentions: list[Mention], names: Sequence[str]) -> list[Mention]:
    """The reports of an event merged across articles whose sentence names the entity or
    refers to one (`he`, `the company`): a report from an article about another thing
    (`this release leaves one model`) is no row of this entity's timeline."""
    if not names or len({m.document for m in mentions}) < 2:
        return mentions
    phrases = {" ".join(_WORD.findall(name.lower())) for name in names} - {""}
    kept = [m for m in mentions if m.sentence is None or _speaks_of(m.sentence, phrases)]
    return kept or mentions


_WORD = re.compile(r"[\w&]+")


def _speaks_of(sentence: str, phrases: set[str]) -> bool:
    words = _WORD.findall(sentence.lower())
    if REFERRING_WORDS.intersection(words):
        return True
    text = f" {' '.join(words)} "
    return any(f" {phrase} " in text for phrase in phrases)
