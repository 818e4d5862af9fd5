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

from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

# `if convicted`, `unless he resigns`, `provided that ...`
CONDITION_MARKS = frozenset("if unless provided providing whether".split())
# Verbs and nouns whose complement or object is wanted, not done: `demanded his
# resignation`, `called for elections`, `urged him to step down`, `support for dialogue`.
DEMAND_WORDS = frozenset(
    "demand urge call press push appeal ask request insist advocate lobby petition order "
    "command plead beg campaign implore exhort support".split()
)
# Demand verbs whose direct object is what is wanted (`called the vote` is no demand).
DEMAND_OBJECTS = frozenset("demand request advocate seek petition".split())
# Prepositions after which a demand word names what is wanted (`call for`, `push for`).
DEMAND_PREPOSITIONS = frozenset({"for"})
THREAT_WORDS = frozenset("threaten threat vow warn warning ultimatum".split())
DENIAL_WORDS = frozenset("deny denial dispute refute".split())
# `accused Washington of conducting drills`, `allegedly`, `claims that he was beaten`
CLAIM_WORDS = frozenset("accuse accusation allege allegation claim".split())
# Governors whose complement did not happen: `failed to win`, `refused to attend`.
FAILURE_WORDS = frozenset("fail refuse decline avoid neglect forget omit".split())
# Prepositions whose complement did not happen: `without asking`, `instead of talking`.
NEGATING_PREPOSITIONS = frozenset({"without"})
INSTEAD_WORDS = frozenset({"instead", "rather"})
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
)

# Relations through which a governor's meaning reaches the event it embeds.
_EMBEDDING = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "dobj", "advcl", "conj", "prep"})
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
    forms = base_forms(governor)
    lemma = next((f for f in sorted(forms) if f in _KNOWN), governor.lemma_.lower())
    if lemma in DENIAL_WORDS and dep in {"ccomp", "dobj", "pcomp", "xcomp"}:
        return "denied"
    if lemma in CLAIM_WORDS and dep in {"ccomp", "prep", "dobj"}:
        return "claimed"
    if lemma in THREAT_WORDS and dep in {"xcomp", "ccomp", "prep", "dobj"}:
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
    return None


def _instead_clause(verb: Token) -> bool:
    """`Rather than recall the phones, ...`: a clause set against what was done instead."""
    children = list(verb.children)
    return any(c.lower_ in INSTEAD_WORDS and c.dep_ == "advmod" for c in children) and any(
        c.lower_ == "than" and c.dep_ == "mark" for c in children
    )


def _condition_mark(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def _has_condition(verb: Token) -> bool:
    """A main clause with an `if`/`unless` clause, and not itself in the past tense."""
    if verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and _condition_mark(c) for c in verb.children)


def embedding_status(token: Token) -> EventStatus | None:
    """The non-assertive status a governing clause gives an event, if any; a hope or an
    attempt (`possible`) yields to a wrapper further up (`instead of trying to talk`)."""
    if any(c.lower_ in CLAIM_MODIFIERS for c in token.children if c.dep_ in {"amod", "advmod"}):
        return "claimed"
    if _hearsay(token):
        return "claimed"
    hedged = None
    current = token
    for _ in range(_MAX_STEPS):
        if current.pos_ in {"VERB", "AUX"}:
            if _condition_mark(current) or _has_condition(current):
                return "conditional"
            if _instead_clause(current):
                return "negated"
        dep, head = current.dep_, current.head
        if head.i == current.i or dep not in _EMBEDDING:
            return hedged
        # a prepositional phrase is judged at the word it hangs from, via the preposition
        if dep in {"pobj", "pcomp"} and head.dep_ == "prep" and head.head.i != head.i:
            dep, current, head = "prep", head, head.head
        status = _lexical_status(head, dep, current)
        if status == "possible":
            hedged = hedged or status
        elif status is not None:
            return status
        if dep == "ccomp" or (dep == "advcl" and current.tag_ == "VBD"):
            return hedged  # a reported or past clause keeps its own factuality
        current = head
    return hedged


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
