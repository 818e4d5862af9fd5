"""Which entity each token names, and the participants found for one trigger."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventline.analyse.events.referents import CONTRAST_PREPOSITIONS, Mention, titles_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventline.nlp.token_view import DocView

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PARTICIPANT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})


@dataclass
class EntityIndex:
    """Token index -> (entity id, entity type), plus entity mentions in reading order."""

    by_token: dict[int, tuple[str, str]]
    mentions: list[Mention] = field(default_factory=list)
    """Entity mentions in reading order, for pronouns and descriptions."""
    demonyms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """Demonym (NORP) entity id -> the article's country entities it names (`Russian` ->
    Russia): a nationality takes part only as its country, and not at all when the
    article never names the country."""

    def entity(self, token: Token) -> tuple[str, str] | None:
        return self.by_token.get(token.i)


@dataclass
class Arguments:
    """Participants and places found for one trigger, as (entity id, role) pairs."""

    participants: list[tuple[str, str]] = field(default_factory=list)
    places: list[tuple[str, str]] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    """Entity ids in either list (a set: a list of thousands of names stays linear)."""
    walked: dict[str, set[int]] = field(default_factory=dict)
    """Per role, the tokens whose phrases were already searched for names."""

    def add(self, index: EntityIndex, entity: tuple[str, str], role: str) -> None:
        entity_id, entity_type = entity
        if entity_type == "NORP":
            for country in index.demonyms.get(entity_id, ()):
                self.add(index, country, "agent" if role == "place" else role)
            return
        if entity_id in self.known:
            return
        if entity_type in PLACE_TYPES and role in {"place", "destination", "origin"}:
            self.places.append((entity_id, role))
            self.known.add(entity_id)
        elif entity_type in PARTICIPANT_TYPES:
            if role in {"place", "destination", "origin"}:
                role = "related"  # `across the Valencia region` tagged a person: not an actor
            self.participants.append((entity_id, role))
            self.known.add(entity_id)


def build_entity_index(view: DocView, spans: Iterable[tuple[int, int, str, str]]) -> EntityIndex:
    """Index entity mention spans `(start, end, entity id, type)` by token."""
    by_token: dict[int, tuple[str, str]] = {}
    mentions: list[Mention] = []
    for start, end, entity_id, entity_type in spans:
        span = view.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            by_token[i] = (entity_id, entity_type)
        root = view[span.root.i]
        is_subject = root.dep_ in {"nsubj", "nsubjpass"}
        titles = titles_of(root, span.start) if entity_type == "PERSON" else frozenset()
        contrasted = root.dep_ == "pobj" and root.head.lower_ in CONTRAST_PREPOSITIONS
        last = view[span.end - 1].lower_
        mentions.append(
            Mention(span.start, entity_id, entity_type, is_subject, titles, contrasted, last)
        )
    mentions.sort(key=lambda m: m.start)
    return EntityIndex(by_token=by_token, mentions=mentions)
