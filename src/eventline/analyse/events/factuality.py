"""Factuality from the clause that governs a trigger: conditions, demands, threats, denials,
accusations, negation by `instead of`/`without`/`failed to`, and generic present tense.

`embedding_status` walks from the trigger up the parse through the relations that embed one
event in another (`xcomp`, `ccomp`, `advcl`, prepositional complements, objects of demand
and denial verbs); the first governor that makes the event a non-assertion decides. The
word classes below are the documented cue lexicon (README, "Status").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventline.analyse.events.clauses import (
    INSTEAD_WORDS,
    clause_cue,
    conditioned_subject,
    reason_clause,
)
from eventline.analyse.events.hedges import HEDGE_WORDS, feared_status, indefinite, unconfirmed
from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs and nouns whose complement or object is wanted, not done: `demanded his
# resignation`, `called for elections`, `urged him to step down`, `support for dialogue`.
DEMAND_WORDS = frozenset(
    "demand urge call press push appeal ask request insist advocate lobby petition order "
    "command plead beg campaign implore exhort support".split()
)
# Demand verbs whose direct object is what is wanted (`called the vote` is no demand).
DEMAND_OBJECTS = frozenset("demand request advocate seek petition urge".split())
# Prepositions after which a demand word names what is wanted (`call for`, `push for`).
DEMAND_PREPOSITIONS = frozenset({"for"})
THREAT_WORDS = frozenset("threaten threat vow warn warning ultimatum".split())
# `warned of an attack`, `threatened with a lawsuit` (not `threatens strike as talks stall`)
THREAT_PREPOSITIONS = frozenset("of about against with".split())
DENIAL_WORDS = frozenset("deny denial dispute refute".split())
# `accused Washington of conducting drills`, `allegedly`, `claims that he was beaten`,
# `the man suspected of killing`
CLAIM_WORDS = frozenset("accuse accusation allege allegation claim suspect suspicion".split())
# Governors whose complement did not happen: `failed to win`, `refused to attend`.
FAILURE_WORDS = frozenset("fail refuse decline avoid neglect forget omit refusal failure".split())
# Prepositions whose complement did not happen: `without asking`, `instead of talking`.
NEGATING_PREPOSITIONS = frozenset({"without"})
HOPE_WORDS = frozenset("hope wish want try attempt seek aim dream".split())
# Modifiers that put an event in someone's mouth: `the alleged attack`.
CLAIM_MODIFIERS = frozenset(
    "alleged allegedly purported purportedly reported reportedly supposed supposedly "
    "reputedly".split()
)
# Verbs of saying whose passive passes hearsay on: `is said to have married`
HEARSAY_PASSIVES = frozenset("say report believe rumour rumor think understand".split())

_KNOWN = (
    (DEMAND_WORDS | DEMAND_OBJECTS | THREAT_WORDS | DENIAL_WORDS | CLAIM_WORDS | FAILURE_WORDS)
    | HOPE_WORDS
    | INSTEAD_WORDS
    | HEDGE_WORDS
)

# Relations through which a governor's meaning reaches the event it embeds.
_EMBEDDING = frozenset(
    {"xcomp", "ccomp", "pcomp", "pobj", "dobj", "advcl", "conj", "prep", "acl", "relcl"}
)
_MAX_STEPS = 8


_SUFFIXES = ("ing", "ed", "es", "s", "d")


def base_forms(token: Token) -> frozenset[str]:
    """The token's lemma and its spelling without a regular ending: the lemmatizer
    sometimes errs (`hopes` -> `hop`), so word lists are checked against both."""
    return _forms(token.lower_, token.lemma_)


@lru_cache(maxsize=4096)
def _forms(word: str, lemma: str) -> frozenset[str]:
    forms = {lemma.lower(), word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.update((stem, stem + "e"))
    return frozenset(forms)


def _lexical_status(governor: Token, dep: str, via: Token) -> EventStatus | None:
    """What a governing word makes of the event it embeds through `dep` (`via` is the child
    on the path, so `for` in `call for` can be checked)."""
    if (dep == "ccomp" or (dep == "prep" and via.lower_ == "of")) and unconfirmed(governor):
        return "claimed"  # `unconfirmed reports said the general was killed`
    forms = base_forms(governor)
    lemma = next((f for f in sorted(forms) if f in _KNOWN), governor.lemma_.lower())
    if lemma in DENIAL_WORDS and dep in {"ccomp", "dobj", "pcomp", "xcomp"}:
        return "denied"
    if lemma in CLAIM_WORDS and dep in {"ccomp", "prep", "dobj"}:
        # `a suspect in the bombing` is a person, not a suspicion: the bombing happened
        return None if lemma == "suspect" and governor.pos_ != "VERB" else "claimed"
    if lemma in THREAT_WORDS and (
        dep in {"xcomp", "ccomp", "dobj"} or (dep == "prep" and via.lower_ in THREAT_PREPOSITIONS)
    ):
        return "threatened"
    if dep == "dobj" and lemma in DEMAND_OBJECTS:
        return "demanded"
    if lemma in DEMAND_WORDS and (
        dep in {"xcomp", "ccomp"} or (dep == "prep" and via.lower_ in DEMAND_PREPOSITIONS)
    ):
        return "demanded"
    if lemma in FAILURE_WORDS and dep == "xcomp":
        return "negated"
    if dep == "prep" and (
        via.lower_ in NEGATING_PREPOSITIONS
        or lemma in INSTEAD_WORDS
        or any(c.lower_ in INSTEAD_WORDS for c in via.children)
    ):
        return "negated"  # `without consulting`, `instead of trying` (either parse)
    if dep == "xcomp" and lemma in HOPE_WORDS:
        return "possible"
    return feared_status(governor, lemma, dep, via)


def embedding_status(token: Token) -> EventStatus | None:
    """The non-assertive status a governing clause gives an event, if any; a hope or an
    attempt (`possible`) yields to a wrapper further up (`instead of trying to talk`)."""
    if any(c.lower_ in CLAIM_MODIFIERS for c in token.children if c.dep_ in {"amod", "advmod"}):
        return "claimed"
    if _hearsay(token):
        return "claimed"
    if conditioned_subject(token):
        return "conditional"
    hedged = None
    current = token
    for _ in range(_MAX_STEPS):
        if current.pos_ in {"VERB", "AUX"}:
            status = clause_cue(current)
            if status is not None:
                return status
        dep, head = current.dep_, current.head
        if head.i == current.i or dep not in _EMBEDDING:
            return hedged
        # a prepositional phrase is judged at the word it hangs from, via the preposition
        nested = current
        if dep in {"pobj", "pcomp"} and head.dep_ == "prep" and head.head.i != head.i:
            dep, current, head = "prep", head, head.head
        if dep == "relcl" and not _to_clause(current):
            return hedged  # `the man who was arrested`: a relative clause is its own
        if dep in {"acl", "relcl"}:
            # `his refusal to resign`, `claims that troops fired`, `calls to resign`: as a verb's
            dep = _noun_clause(current, head)
            if dep is None:
                return hedged  # `the demand enjoyed by the player`: a description
        status = _lexical_status(head, dep, current)
        if status == "possible":
            hedged = hedged or status
        elif status is not None:
            return status
        if dep == "ccomp" or (dep == "advcl" and (current.tag_ == "VBD" or reason_clause(current))):
            return hedged  # a reported, past or causal clause keeps its own factuality
        if status is None and _topic_of_noun(nested, dep, current, head):
            return hedged  # `an inquiry into the crash`: the crash is real, the inquiry wanted
        if status is None and _known_object(nested, dep, head):
            return hedged  # `refused to condemn the bombing`: the bombing is real
        current = head
    return hedged


# Verbs that react to an event already there (`condemn the bombing`, `stop the attack`),
# unlike those that bring their object about (`hold the election`, `ensure the delivery`).
REACTION_VERBS = frozenset(
    "condemn denounce criticise criticize stop halt end investigate probe protest mourn "
    "survive witness recognise recognize blame commemorate condone justify defend praise "
    "welcome applaud celebrate regret avenge explain discuss describe".split()
)


def _known_object(noun: Token, dep: str, verb: Token) -> bool:
    """A known event as the object of a verb that reacts to it (`condemn the bombing`, not
    `hold the election` or `ensure the delivery`): what wraps the verb does not reach it."""
    return (
        dep == "dobj"
        and noun.pos_ in {"NOUN", "PROPN"}
        and not indefinite(noun)
        and bool(base_forms(verb) & REACTION_VERBS)
    )


def _to_clause(clause: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


def _noun_clause(clause: Token, noun: Token) -> str | None:
    """A noun's `to` clause read as `xcomp`, its `that` clause as `ccomp`; None for others."""
    if noun.pos_ not in {"NOUN", "PROPN"} or (noun.lower_ == "order" and noun.head.lower_ == "in"):
        return None  # `in order to guarantee`: a purpose, no one's order
    children = list(clause.children)
    if _to_clause(clause):
        return "xcomp"
    if any(c.dep_ == "mark" for c in children) and any(
        c.dep_.startswith("nsubj") for c in children
    ):
        return "ccomp"
    return None


def _topic_of_noun(nested: Token, dep: str, via: Token, head: Token) -> bool:
    """A known event hung by a preposition other than `of` from a noun: `an inquiry into the
    crash`, `an end to the fighting`. It keeps its own status, whatever wants the noun."""
    return (
        dep == "prep"
        and via.lower_ != "of"
        and head.pos_ in {"NOUN", "PROPN"}
        and nested.pos_ in {"NOUN", "PROPN"}
        and not indefinite(nested)
    )


def _hearsay(token: Token) -> bool:
    """`The singer is said to have married`, `claims to have seen`: the `to` clause right
    under a verb of claiming or a passive verb of saying (only there: `is claimed to be ...
    as stated on its website` does not make the website's statement a claim)."""
    head = token.head
    if token.dep_ != "xcomp" or head.i == token.i:
        return False
    lemma = head.lemma_.lower()
    if lemma in CLAIM_WORDS or lemma in {"purport", "profess"}:
        return True  # `claims to have seen`, `purports to show`
    return lemma in HEARSAY_PASSIVES and any(c.dep_ == "auxpass" for c in head.children)
