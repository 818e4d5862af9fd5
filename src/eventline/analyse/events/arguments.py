"""Participants and places of an event trigger, read off the dependency parse."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from eventline.analyse.events.entity_index import (
    PLACE_TYPES,
    Arguments,
    EntityIndex,
)
from eventline.analyse.events.referents import (
    PERSONAL_PRONOUNS,
    description_referent,
    pronoun_referent,
)
from eventline.analyse.events.ties import (
    descriptions,
    misplaced_appositives,
    reduced_passive,
    tied_possessors,
)
from eventline.lexicon.events import (
    LIGHT_VERBS,
    SCHEDULING_VERBS,
    TOPIC_OBJECT_VERBS,
    trigger_for,
)

DESTINATION_OBJECT_VERBS = frozenset("visit tour enter reach invade attack raid bomb".split())
# Verbs whose object does what the event is, the subject going along: `Lavrov accompanied
# Putin` (on his trip) is Putin's trip, with Lavrov; so is `Putin, accompanied by Lavrov`.
COMPANION_VERBS = frozenset("accompany escort".split())
# `spoke at the reception`, `met during the summit`: the verb's subject takes part.
ATTENDANCE_PREPOSITIONS = frozenset("at during".split())

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_PREPOSITIONS = frozenset("in to at into from inside near outside across throughout".split())
PARTY_PREPOSITIONS = frozenset("with between among by against involving including of".split())
# Subtrees that belong to another clause: their names are not this event's arguments.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj"})
_LISTING_PREPOSITIONS = frozenset("including of like such".split())
RELATIVE_PRONOUNS = frozenset("who which that whom".split())
# Verbs that make their object do what their `to` clause says (`prompted Apple Corps to
# sue`), unlike `used the event to unveil ...`, where the subject does it.
OBJECT_CONTROL_VERBS = frozenset(
    "prompt force cause compel drive spur push lead urge order ask tell allow permit persuade "
    "invite encourage advise require instruct authorize authorise pressure press enable help "
    "convince oblige beg implore remind warn expect want appoint elect hire nominate".split()
)
"""Verbs whose object does what the infinitive says (`urged Congress to act`)."""


# Nouns that stand for the entity that modifies them (`Apple shares fell`, `the Nasdaq
# index rose`, `Boeing engineers warned`): its stock, its parts and the people who speak
# and act for it; the name is then what the event is about, not a passing modifier.
_STAND_FOR_MODIFIER = frozenset(
    "share shares stock stocks price prices index indices board management team "
    "government administration army forces police court executive executives official "
    "officials spokesman spokeswoman spokesperson staff employees workers engineers "
    "lawyers negotiators researchers scientists side "
    # the units of a product line are the product (`sold 21 million iPod players`)
    "player players device devices unit units handset handsets model models version "
    "versions".split()
)
# A country or city before a noun is how news names its state (`the US side`, `Russian
# forces`): only company and product names are said in passing this way.
_PASSING_MODIFIER_TYPES = frozenset({"ORG", "PRODUCT"})


def _name_as_modifier(child: Token, head: Token, index: EntityIndex) -> bool:
    """A name that only modifies a common noun (`iPod owners`, `the iPhone users`): the
    noun takes part in the event, the name is said in passing."""
    return (
        child.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.lower_ not in _STAND_FOR_MODIFIER
        and index.entity(head) is None
        and (index.entity(child) or ("", ""))[1] in _PASSING_MODIFIER_TYPES
    )


def _phrase_entities(
    token: Token,
    index: EntityIndex,
    walked: set[int] | None = None,
    skip: frozenset[Token] = frozenset(),
) -> Iterable[tuple[str, str]]:
    """Entities named in a phrase, not descending into other clauses.

    A nationality that only modifies a noun (`Russian Foreign Minister`) is no participant,
    nor is a place inside a title (`Ambassador to Pyongyang`). Below a token in `walked`
    (searched already for the same role), everything was found before: conjuncts that
    hang on one another are each searched once, not once per name of the list.
    """
    walked = set() if walked is None else walked
    stack = [token]
    while stack:
        current = stack.pop()
        found = index.entity(current)
        if found is not None and not (found[1] == "NORP" and current is not token):
            yield found
        if current.i in walked:
            continue
        walked.add(current.i)
        stack.extend(
            child
            for child in reversed(list(current.children))
            if child.dep_ not in CLAUSE_DEPS
            and child not in skip
            and not (child.dep_ == "prep" and child.lower_ not in _LISTING_PREPOSITIONS)
            and not _name_as_modifier(child, current, index)
            and not _aside(child, current)
        )


def _aside(child: Token, head: Token) -> bool:
    """Names said on the side of a phrase: under an adjective (`demonstrators supportive of
    Gadhafi`), or listed under an event noun (`protests including al-Baida and Ajdabiya`:
    where the protests were, not who acts in the clause)."""
    if child.dep_ != "prep":
        return False
    if head.dep_ == "amod" and head.pos_ == "ADJ":
        return True
    return child.lower_ in _LISTING_PREPOSITIONS - {"of"} and (
        head.pos_ == "NOUN" and trigger_for(head.lemma_.lower()) is not None
    )


def _previous_place(token: Token, index: EntityIndex) -> tuple[str, str] | None:
    """What `There, he met ...` points back to: the last place named before the sentence."""
    for position in range(token.sent.start - 1, max(-1, token.sent.start - 80), -1):
        found = index.by_token.get(position)
        if found is not None and found[1] in PLACE_TYPES:
            return found
    return None


def _add_phrase(args: Arguments, token: Token, index: EntityIndex, role: str) -> None:
    """Add what a phrase names: its entities, or what its pronoun or description refers to."""
    if token.lower_ in PERSONAL_PRONOUNS:
        referent = pronoun_referent(token, index.mentions)
        if referent is not None:
            args.add(index, referent, role)
        return
    named = [c for c in token.children if c.dep_ == "appos" and index.entity(c)]
    if token.pos_ == "NOUN" and token.i not in index.by_token and not named:
        referent = description_referent(token, index.mentions)  # `the company`, `the CEO`
        if referent is not None:
            args.add(index, referent, role)
            return
    tied = tied_possessors(token, index) | descriptions(token, index)
    if role == "patient":
        tied |= _owners(token, index)
    placed = _places_stood_for(token, index)
    for name in named:
        if name not in placed:
            args.add(index, index.by_token[name.i], role)  # `Acme's chief, Jane Roe`: Roe leads
    walked = args.walked.setdefault(role, set())
    for entity in _phrase_entities(token, index, walked, skip=tied | placed):
        args.add(index, entity, role)
    for possessor in tied - placed:  # named, but as who the actor is tied to or what describes them
        for renamed in misplaced_appositives(possessor, index):
            args.add(index, index.by_token[renamed.i], role)
        for entity in _phrase_entities(possessor, index, walked):
            args.add(index, entity, "related")
    for place in placed:
        for entity in _phrase_entities(place, index, walked):
            args.add(index, entity, "related")


def _places_stood_for(token: Token, index: EntityIndex) -> frozenset[Token]:
    """`Sen. Lindsay Graham, R-South Carolina`: the place a named person stands for, which
    only relates to what the person does."""
    if index.entity(token) is None:
        return frozenset()
    return frozenset(c for c in token.children if c.dep_ == "appos" and _a_place(c, index))


def _a_place(token: Token, index: EntityIndex) -> bool:
    """The phrase names a place and nothing else (`R-South Carolina`, `Paris`)."""
    found = {index.entity(t) for t in token.subtree} - {None}
    return bool(found) and all(entity[1] in PLACE_TYPES for entity in found)


def _owners(token: Token, index: EntityIndex) -> frozenset[Token]:
    """`Gadhafi soldiers were killed`, `rebels took Gaddafi's compound`: what happened
    happened to the soldiers and the compound; the person they belong to only relates. An
    event of theirs is theirs (`Lavrov's visit was postponed`: Lavrov takes part)."""
    if token.pos_ != "NOUN" or token.lower_ in _STAND_FOR_MODIFIER or index.entity(token):
        return frozenset()
    if trigger_for(token.lemma_.lower()) is not None:
        return frozenset()
    return frozenset(
        c
        for c in token.children
        if c.dep_ in {"poss", "compound"} and (index.entity(c) or ("", ""))[1] == "PERSON"
    )


def _coordinated_with_main_verb(token: Token) -> bool:
    """A conjunct the parser hung on a `that` clause though its tense is the main verb's."""
    head = token.head
    return (
        token.dep_ == "conj"
        and head.dep_ == "ccomp"
        and token.tag_ != head.tag_
        and token.tag_ == head.head.tag_
    )


def _subjects(token: Token) -> list[Token]:
    """Subjects of a verb, borrowed from the governing verb for `plans to visit`."""
    for _ in range(4):
        found = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found and token.dep_ == "relcl" and found[0].lower_ in RELATIVE_PRONOUNS:
            return [token.head]
        if found:
            return found + [c for f in found for c in f.conjuncts]
        called_on = _called_on(token)
        if called_on:
            return called_on
        if token.dep_ in {"relcl", "acl"}:
            return [token.head]  # `Jobs, born in San Francisco`: the noun it describes
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            objects = [c for c in token.head.children if c.dep_ == "dobj"]
            if objects:
                return objects  # `prompting Apple Corps to file suit`: the object acts
        if _coordinated_with_main_verb(token):
            token = token.head  # `X admitted that Y was failing, but dismissed ...`
        elif token.dep_ == "pcomp" and token.head.head.pos_ in {"VERB", "AUX"}:
            token = token.head  # `unveiled it by walking on stage`: the verb's subject
        elif token.dep_ not in {"xcomp", "conj", "advcl"} or token.head.i == token.i:
            return []
        token = token.head
    return []


def _called_on(token: Token) -> list[Token]:
    """`pressure on Gaddafi to quit`, `called on the army to withdraw`: an infinitive whose
    governing verb (or its object) names, after `on`, who is to act; that one acts."""
    if token.dep_ not in {"xcomp", "advcl", "acl"} or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return []
    head = token.head
    for holder in (head, *(c for c in head.children if c.dep_ == "dobj")):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "upon"):
                continue
            if holder.i < prep.i < token.i:  # `called on X to`, not `On Thursday, ... to`
                found = [c for c in prep.children if c.dep_ == "pobj" and _may_act(c)]
                if found:
                    return found
    return []


def _may_act(token: Token) -> bool:
    """A person, group or thing that can act, not a day (`on Tuesday`)."""
    return token.pos_ in {"PROPN", "NOUN", "PRON"} and token.ent_type_ not in {"DATE", "TIME"}


def _preposition_roles(
    token: Token, args: Arguments, index: EntityIndex, by_role: str = "agent"
) -> None:
    for child in token.children:
        if child.dep_ == "agent":
            for obj in child.children:
                _add_phrase(args, obj, index, by_role)
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        for obj in (c for c in child.children if c.dep_ in {"pobj", "pcomp"}):
            if prep in PLACE_PREPOSITIONS:
                role = {"to": "destination", "into": "destination", "from": "origin"}.get(
                    prep, "place"
                )
                _add_phrase(args, obj, index, role)
            if prep in PARTY_PREPOSITIONS:
                _add_phrase(args, obj, index, "agent" if prep == "by" else "partner")


def verb_arguments(token: Token, index: EntityIndex) -> Arguments:
    """Arguments of a verbal trigger: subject, object, `with X`, places."""
    args = Arguments()
    if any(c.lower_ == "there" and c.dep_ == "advmod" for c in token.children):
        place = _previous_place(token, index)
        if place is not None:
            args.add(index, place, "place")
    lemma = token.lemma_.lower()
    # the one accompanied leads; whoever goes along (subject, or `by` when passive) is partner
    companion = lemma in COMPANION_VERBS
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children) or (
        token.dep_ == "acl" and token.tag_ == "VBN"  # `Putin, accompanied by Lavrov`
    )
    reduced = reduced_passive(token)
    for subject in _subjects(token):
        if companion:
            role = "agent" if passive else "partner"
        else:
            # `Vale was convicted`: the subject of the trigger's own passive undergoes it
            undergoes = reduced or (subject.dep_ == "nsubjpass" and subject.head.i == token.i)
            role = "patient" if undergoes else "agent"
        _add_phrase(args, subject, index, role)
    if lemma not in TOPIC_OBJECT_VERBS:
        # `visited Beijing`: the object of a travel verb is where the event takes place
        role = "destination" if lemma in DESTINATION_OBJECT_VERBS else "patient"
        role = "agent" if companion else role
        for obj in (c for c in token.children if c.dep_ in {"dobj", "dative"}):
            _add_phrase(args, obj, index, role)
    if token.dep_ == "amod" and token.tag_ == "VBN":
        # `the recently announced iPhone 4`: a past participle before a noun is done to it
        # (its own words are not: `Russia-led alliances` are not led by themselves)
        args.walked.setdefault("patient", set()).add(token.i)
        _add_phrase(args, token.head, index, "patient")
    _preposition_roles(token, args, index, "partner" if companion else "agent")
    return args


def light_verb_of(token: Token) -> Token | None:
    """The verb that carries a nominal trigger: `make` in `make a visit`."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS | SCHEDULING_VERBS:
        return head
    if token.dep_ == "pobj" and head.head.lemma_.lower() in {"prepare", "plan", "go", "come"}:
        return head.head
    return None


def noun_arguments(token: Token, index: EntityIndex) -> Arguments:
    """Arguments of a nominal trigger: possessor, modifiers, `of`/`with`/`to` phrases."""
    args = Arguments()
    for child in token.children:
        if child.dep_ == "poss":
            _add_phrase(args, child, index, "agent")
        elif child.dep_ in {"compound", "amod", "nmod"}:
            entity = index.entity(child)
            if entity is not None:
                # `Beijing meetings` is where; `Russian-Chinese drills` is who
                role = "place" if entity[1] in PLACE_TYPES else "agent"
                args.add(index, entity, role)
        elif child.dep_ == "acl" and child.lemma_.lower() in {"involve", "include"}:
            for obj in (c for c in child.children if c.dep_ == "dobj"):
                _add_phrase(args, obj, index, "partner")
    _preposition_roles(token, args, index)
    carrier = light_verb_of(token) or _state_verb_of(token)
    if carrier is not None:
        for subject in _subjects(carrier):
            _add_phrase(args, subject, index, "agent")
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        # `Jobs' third period of leave`: the possessor of the governing noun
        for child in (c for c in token.head.head.children if c.dep_ == "poss"):
            _add_phrase(args, child, index, "agent")
    elif _attended_by(token) is not None:
        for subject in _subjects(_attended_by(token)):
            _add_phrase(args, subject, index, "partner")
    return args


def _attended_by(token: Token) -> Token | None:
    """The verb whose subject attends a nominal event: `speaking at the reception`."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ATTENDANCE_PREPOSITIONS:
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.i != prep.i else None


def _state_verb_of(token: Token) -> Token | None:
    """The verb whose subject is in a state named by a noun: `is on leave`, `remain in talks`."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"on", "in", "at"}:
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in {"be", "remain", "stay", "go", "return"} else None
