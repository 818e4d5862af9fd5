"""Whether a word is an event trigger, and of what type: the trigger table read through
the idioms (`left to wonder` is no departure), light verbs (`made a visit`: the visit) and
the headline's main word (`Study published`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.analyse.events.markets import market_trigger
from eventline.lexicon.events import (
    IDIOM_LEMMAS,
    LIGHT_VERBS,
    SCHEDULING_VERBS,
    WEAK_NOUNS,
    idiom_reading,
    trigger_for,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Auxiliary-like verbs that are never events by themselves.
_NON_EVENT_VERBS = frozenset("be have do get become seem appear".split())
# Verbs that only choose the event of their `to` clause (`chose to step down`).
_CHOICE_VERBS = frozenset("choose opt".split())
# Verbs that carry another word's event (`gave a speech`) or none: never a lead's event.
_NOT_LEAD_EVENTS = _NON_EVENT_VERBS | LIGHT_VERBS | SCHEDULING_VERBS | _CHOICE_VERBS


_IDIOM_DEPS = frozenset(
    {"prt", "dobj", "nsubjpass", "amod", "compound", "xcomp", "advcl", "advmod"}
)


def _idiom_words(token: Token) -> set[str]:
    """The words an idiom may pair a trigger with: particle, object, passive subject,
    modifier, `to`-complement (`left to wonder`), and the verb of a nominal object."""
    related = [c for c in token.children if c.dep_ in _IDIOM_DEPS]
    if token.dep_ in {"dobj", "nsubjpass", "xcomp", "advcl"}:
        related.append(token.head)
    return {form for word in related for form in (word.lemma_.lower(), word.lower_)}


def main_predicate(root: Token) -> int:
    """A sentence's main predicate: `Study published` is headlinese for `a study was
    published`, so a noun root's participle is the predicate."""
    if root.pos_ in {"NOUN", "PROPN"}:
        for child in root.children:
            if child.dep_ == "acl" and child.pos_ == "VERB":
                return child.i
    return root.i


def trigger_type(token: Token, in_entity: bool, lead: bool = False) -> tuple[str, str] | None:
    """(type, lemma) when the token is an event trigger, read through the idiom lexicon;
    with `lead` (the main word of the headline or lead), any verb or noun is a candidate."""
    found = _lexicon_type(token, in_entity)
    lemma = token.lemma_.lower()
    if found is None and lead and not in_entity and lemma not in _NOT_LEAD_EVENTS:
        found = ("other", lemma)  # `Study Published`: the news, untyped
    if found is None:
        return None
    if found[1] not in IDIOM_LEMMAS:
        return found
    applies, idiom_type = idiom_reading(found[1], _idiom_words(token))
    if applies:
        return None if idiom_type is None else (idiom_type, found[1])
    return found


def _lexicon_type(token: Token, in_entity: bool) -> tuple[str, str] | None:
    """(type, lemma) from the trigger table, `other` for verbs outside it."""
    lemma = token.lemma_.lower()
    if token.lower_ == "born":
        lemma = "born"  # `bear` would also catch `bear the cost`
    if token.pos_ == "PROPN" and not in_entity:
        lemma = token.lower_.rstrip("s") if token.lower_ not in {"talks", "drills"} else lemma
        lemma = token.lower_ if trigger_for(token.lower_) else lemma
    entry = trigger_for(lemma) or market_trigger(lemma, token.pos_)
    if token.pos_ == "VERB":
        if lemma in _NON_EVENT_VERBS or lemma in SCHEDULING_VERBS:
            return None
        if lemma in _CHOICE_VERBS and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children
        ):
            return None  # `has chosen to step down`: the step down is the event
        if lemma in LIGHT_VERBS and any(
            c.dep_ == "dobj" and (trigger_for(c.lemma_) or _carried_action(c))
            for c in token.children
        ):
            return None  # `make a visit`, `made an appearance`: the noun is the trigger
        if entry is not None:
            return entry.type, lemma
        return ("other", lemma)  # unknown triggers are kept with a generic type
    if entry is None and not in_entity and _carried_action(token):
        return "other", lemma
    if token.pos_ in {"NOUN", "PROPN"} and not in_entity and entry is not None:
        if lemma in WEAK_NOUNS and token.pos_ == "NOUN":
            return None
        if _classifies_event_noun(token):
            return None
        return entry.type, lemma
    return None


def _classifies_event_noun(token: Token) -> bool:
    """`the opening keynote`, `a closing ceremony`: a gerund naming which part of another
    event is meant, not an event of its own."""
    head = token.head
    return (
        token.dep_ in {"compound", "amod"}
        and token.lower_.endswith("ing")
        and head.pos_ == "NOUN"
        and trigger_for(head.lemma_) is not None
    )


# `made an appearance`, `gave an explanation`: verbs that only carry an action noun.
_ACTION_CARRIERS = frozenset({"make", "give"})
_ACTION_SUFFIXES = ("ance", "ence", "ment", "tion", "sion")


def _carried_action(token: Token) -> bool:
    """An action noun carried by `make` or `give` (`made an appearance`): the event."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in _ACTION_CARRIERS
        and len(token.lower_) > 6
        and token.lower_.endswith(_ACTION_SUFFIXES)
    )
