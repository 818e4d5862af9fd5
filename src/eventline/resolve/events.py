"""Turning clusters of mentions into timeline events: status, date, arguments, title, id."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from eventline.lexicon.events import SALIENT_TYPES
from eventline.models import Event, EventArgument, Mention, TimelineEntity, When
from eventline.resolve.dates import order_key, published_interval, refine
from eventline.resolve.entity_rows import headline_sentence, is_headline
from eventline.resolve.nodes import MentionNode, NodeRecord
from eventline.resolve.status import NEVER_KEY_STATUSES
from eventline.resolve.summary import event_summary
from eventline.resolve.title_object import (
    headline_clause,
    object_phrase,
    opens_content,
    says_only_who,
)
from eventline.resolve.titles import (
    COMPLETE_VERBS,
    VERB_NOUNS,
    clause_title,
    verb_title,
    whole_phrase,
)

# Verbs outside the taxonomy and reporting verbs (`said`, `told`) are how news is written,
# not what happened: they never make a story timeline on their own.
NEVER_KEY = frozenset({"other", "report"})


# Most advanced first; the non-assertions after every assertion, so that none upgrades one
_STATUS_PREFERENCE = (
    "cancelled", "occurred", "ongoing", "planned", "possible", "claimed", "threatened",
    "demanded", "conditional", "denied", "negated", "generic",
)  # fmt: skip
_ROLE_ORDER = {"agent": 0, "patient": 1, "partner": 2}


def event_id(group: Sequence[MentionNode]) -> str:
    """Stable id from the earliest mention's (document, offset): unchanged by new sources."""
    first = min(group, key=lambda n: (n.document, n.mention.start))
    digest = hashlib.sha1(f"{first.document}:{first.mention.start}".encode()).hexdigest()
    return f"ev-{digest[:12]}"


def _publication_rank(node: MentionNode) -> tuple:
    interval = published_interval(node.published)
    if interval is None:
        return (0, None)
    return (1 + interval.year_known, interval.start)


def merged_status(group: Sequence[MentionNode]) -> str:
    """The most advanced status the latest article reports (planned -> ongoing -> occurred)."""
    latest = max(_publication_rank(n) for n in group)
    recent = [n.mention for n in group if _publication_rank(n) == latest]
    cued = [m.status for m in recent if m.status_cue] or [m.status for m in recent]
    return min(cued, key=_STATUS_PREFERENCE.index)


def _arguments(
    group: Sequence[MentionNode], field: str, entities: dict[str, TimelineEntity]
) -> list[EventArgument]:
    """Participants (or places) of a cluster: main role first, then named by most articles."""
    roles: dict[str, Counter[str]] = {}
    documents: dict[str, set[str]] = {}
    # where a report names it among the event's arguments (the subject's head before its
    # company: `Acme's chief, Jane Roe, resigned`); the smallest, whatever the input order
    position: dict[str, int] = {}
    for node in group:
        named = getattr(node, field)  # a set: `roles` keeps the report's order
        for place, entity_id in enumerate(e for e in node.roles if e in named):
            roles.setdefault(entity_id, Counter())[node.roles[entity_id]] += 1
            documents.setdefault(entity_id, set()).add(node.document)
            position[entity_id] = min(place, position.get(entity_id, place))

    def main_role(entity_id: str) -> str:
        counts = roles[entity_id]
        return max(counts, key=lambda r: (counts[r], -_ROLE_ORDER.get(r, 3), r))

    # articles, not mentions: one article repeating a name shouldn't outrank two naming another
    ordered = sorted(
        roles,
        key=lambda e: (_ROLE_ORDER.get(main_role(e), 3), -len(documents[e]), position[e], e),
    )
    return [
        EventArgument(name=entities[e].name, type=entities[e].type, entity=e, role=main_role(e))
        for e in ordered
    ]


def event_title(
    noun: str,
    participants: list[EventArgument],
    places: list[EventArgument],
    complement: str | None,
    lemma: str | None = None,
    sentence: str | None = None,
    trigger: tuple[int, int] | None = None,
    status: str = "occurred",
    verbal: bool = False,
) -> str:
    """`Sergey Lavrov visits North Korea`: who did what, where (`resolve.titles`); with no
    one named, the noun and what it is of, or the short clause that reports it. `verbal`:
    the trigger is the title's verb, so the words after it may be its object."""
    object_text = None
    if verbal and trigger and sentence:
        particle = sentence[trigger[0] : trigger[1]].split()[1:]  # `stepped down`
        object_text = " ".join([*particle, object_phrase(sentence, trigger[1]) or ""]).strip()
    title = verb_title(lemma or noun, noun, participants, places, status, object_text)
    if (
        title
        and trigger
        and lemma not in COMPLETE_VERBS
        and says_only_who(title, participants)
        and not opens_content(sentence, trigger[1])
    ):
        title = headline_clause(clause_title(sentence, *trigger)) or title  # `Libya includes`
    if title is None and complement:
        title = f"{noun} of {whole_phrase(complement, sentence)}"
    if title is None and trigger is not None:
        title = clause_title(sentence, *trigger)  # the report's own words, when short
    if title is None:
        title = noun
        if places:
            place = places[0]
            title = f"{noun} {'to' if place.role == 'destination' else 'in'} {place.name}"
    return title[0].upper() + title[1:] if title else title


def _mention_record(node: MentionNode) -> Mention:
    m = node.mention
    return Mention(
        document=node.document,
        start=m.start,
        end=m.end,
        text=m.text,
        sentence=node.sentence,
        sentence_start=m.sentence_start,
        sentence_end=m.sentence_end,
        status=m.status,
        date_text=node.date_text,
        lemma=m.lemma,
        noun=m.noun,
        complement=m.complement,
    )


def build_event(
    group: Sequence[MentionNode], entities: dict[str, TimelineEntity]
) -> tuple[Event, object]:
    """One timeline event from a cluster of mentions, and its interval for ordering."""
    types = Counter(n.mention.type for n in group)
    event_type = max(types, key=lambda t: (types[t], t != "other", t))
    typed = [n for n in group if n.mention.type == event_type]
    claims = [n.claim for n in group if n.claim is not None]
    when: When | None = refine(claims)
    interval = next(
        (c.interval for c in claims if when and c.value == when.value and c.text == when.text),
        None,
    )
    participants = _arguments(group, "participants", entities)
    places = _arguments(group, "places", entities)
    head = min(typed, key=lambda n: (n.mention.complement is None, n.document, n.mention.start))
    nouns = Counter(n.mention.noun or n.mention.lemma for n in typed)
    noun = max(nouns, key=lambda x: (nouns[x], x))
    lemmas = Counter(n.mention.lemma for n in typed)
    lemma = max(lemmas, key=lambda x: (lemmas[x], x))
    offset = head.mention.start - head.mention.sentence_start
    status = merged_status(group)
    verbal = head.mention.lemma == lemma and (
        head.mention.text.lower() != lemma or lemma not in VERB_NOUNS  # `visited`, not `visit`
    )
    mentions = sorted(
        (_mention_record(n) for n in group),
        key=lambda m: (m.document, m.start),
    )
    event = Event(
        id=event_id(group),
        type=event_type,
        title=event_title(
            noun,
            participants,
            places,
            head.mention.complement,
            lemma,
            head.sentence,
            (offset, offset + head.mention.end - head.mention.start),
            status,
            verbal,
        ),
        status=status,
        when=when,
        participants=participants,
        places=places,
        mentions=mentions,
        sources=sorted({n.document for n in group}),
        summary=event_summary(mentions, [a.name for a in participants], [a.name for a in places]),
    )
    return event, interval


def is_key(event: Event) -> bool:
    """Dated, reported by two or more articles, or a salient type with named participants.

    An event must also say what it is about: participants, a place or a complement, unless
    its report states its day (`on March 7`): the days a story is told by are its key days.
    A verb outside the taxonomy (or a bare noun) whose title can say only who (`Libya
    includes`) is never key either. What no report asserts (demanded, conditional, denied,
    claimed, generic, negated) is never key; a cancellation is news of its own (`resolve.status`).
    """
    if event.status in NEVER_KEY_STATUSES:
        return False
    if event.type == "other" and says_only_who(event.title, event.participants):
        return False  # `Libya includes`: no headline says only who
    if _stated_day(event.when) and event.type != "report":
        return True
    if event.type not in NEVER_KEY and any(is_headline(m) for m in event.mentions):
        return True  # what an article's headline reports is that article's news
    if event.type in NEVER_KEY or not (event.participants or event.places or " of " in event.title):
        return False
    if (event.when is not None and event.when.text) or len(event.sources) >= 2:
        return True
    return event.type in SALIENT_TYPES and bool(event.participants)


def _stated_day(when: When | None) -> bool:
    """Dated to a day or a time by the text itself, not by the article's own day."""
    return when is not None and bool(when.text) and when.granularity in ("day", "time")


def placed_events(
    store, groups: Iterable[list[int]], entities: dict[str, TimelineEntity], key_only: bool
) -> Iterator[tuple[tuple, str, int, Event]]:
    """The event of each group of mention keys, with its sort key: (order key of its date,
    first document, first offset, event); with `key_only`, key events only."""
    for keys in groups:
        if key_only and _never_key([store.record(key) for key in keys]):
            continue  # most groups: not even read back as nodes
        event, interval = build_event(store.nodes(keys), entities)
        if key_only and not is_key(event):
            continue  # dropped at once: holding every event's mentions peaks memory
        first = event.mentions[0]
        yield order_key(interval), first.document, first.start, event


def _never_key(records: list[NodeRecord]) -> bool:
    """Whether `is_key` fails for these mentions' event whatever the rest: all reports or
    outside the taxonomy (so is its type), or none names a participant, a place or a
    complement and no word has ` of ` (so neither does its title)."""
    if any(_stated_day_claim(record) and record.type != "report" for record in records):
        return False
    if all(record.type in NEVER_KEY for record in records):
        return True
    if any(headline_sentence(r.sentence_start, r.sentence) for r in records):
        return False
    return not any(
        record.participants
        or record.places
        or record.complement
        or " of " in (record.noun or record.lemma)
        for record in records
    )


def _stated_day_claim(record: NodeRecord) -> bool:
    """Whether a mention's own words date it to a day (`_stated_day` of its claim)."""
    claim = record.claim
    return claim is not None and bool(claim[5]) and not claim[6] and claim[3] in ("day", "time")
