"""People named by their tie to someone else, and passives without a subject of their own:
who is not the actor of an event although the parse puts them near its subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventline.analyse.events.entity_index import EntityIndex

# Nouns for someone known by their tie to another (`Porter's predecessor`, `the singer's
# doctor`): the possessor is who they are tied to, not who acts or undergoes the event.
RELATIONAL_NOUNS = frozenset(
    "predecessor successor brother sister son daughter wife husband mother father parent "
    "parents widow widower family relatives nephew niece cousin uncle aunt grandson "
    "granddaughter fiance fiancee girlfriend boyfriend friend friends rival rivals doctor "
    "physician nurse bodyguard driver assistant aide aides adviser advisers killer killers "
    "attacker attackers victim victims ex-wife ex-husband".split()
)


def misplaced_appositives(possessor: Token, index: EntityIndex) -> list[Token]:
    """`the doctor of the singer Max Bell, Ann Vale`: the parser hangs the doctor's name on
    the nearest name, but one name is never put in apposition to rename another."""
    named = [t for t in possessor.subtree if index.entity(t) is not None]
    return [
        t
        for t in named
        if t.dep_ == "appos" and index.entity(t.head) not in (None, index.entity(t))
    ]


def descriptions(token: Token, index: EntityIndex) -> frozenset[Token]:
    """What describes a named actor (`Jane Porter, the chief of Acme Logistics`): the names
    in it are said of her, they are not arrested with her."""
    if index.entity(token) is None:
        return frozenset()
    return frozenset(
        c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not index.entity(c)
    )


def tied_possessors(token: Token, index: EntityIndex) -> frozenset[Token]:
    """The possessor of a noun that names someone by a tie (`Porter's predecessor`), or of
    a noun whose own name follows (`Porter's deputy, Tom Hale`): not the actor, nor is
    what it is `of`."""
    if token.pos_ != "NOUN" or index.entity(token) is not None:
        return frozenset()
    # `Porter's doctor` and `the doctor of Porter`
    possessors = [
        c for c in token.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
    ]
    if not possessors:
        return frozenset()
    if token.lower_ in RELATIONAL_NOUNS:
        return frozenset(possessors)
    # `Acme's chief, Jane Roe` acts for Acme, `Porter's deputy, Tom Hale` not for Porter
    named = any(c.dep_ == "appos" and index.entity(c) is not None for c in token.children)
    people = [p for p in possessors if (index.entity(p) or ("", ""))[1] == "PERSON"]
    return frozenset(people) if named else frozenset()


def reduced_passive(token: Token) -> bool:
    """`faces prison if convicted`, `was freed after being held`: a participle with no
    subject or `have` of its own undergoes what it says to the main verb's subject."""
    if token.tag_ != "VBN" or token.dep_ not in {"advcl", "xcomp"}:
        return False
    return not any(
        c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "aux" and c.lemma_ == "have")
        for c in token.children
    )
