"""Governing words that make an event feared, talked about, fallen short of, escaped,
charged, instructed, inferred or conditioned by a noun: `fears of a collapse`, `talks about a
merger`, `stopped short of endorsing`, `escaped injury`, `acquitted of murder`, `in the event
of a strike`. Read by `factuality.embedding_status`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

# What someone fears may happen: `fears of a collapse`, `the risk of flooding`.
FEAR_WORDS = frozenset(
    "fear risk danger prospect possibility chance likelihood spectre specter".split()
)
# `on the verge of capturing`, `on the brink of collapse`: about to happen, not happened.
VERGE_WORDS = frozenset("verge brink".split())
# `came close to collapsing`: it did not.
CLOSE_TO = frozenset({"close"})
# `escaped injury`, `narrowly escaped a recession`: what was escaped did not happen.
ESCAPE_WORDS = frozenset("escape evade dodge".split())
# `acquitted of murder`, `cleared of fraud`, `charges of assault`: alleged, not found.
CHARGE_WORDS = frozenset("acquit clear exonerate absolve charges".split())
# Hearsay named by a noun: `rumours of a takeover bid`, `speculation about a merger`.
RUMOUR_WORDS = frozenset("rumour rumor speculation".split())
# Talks whose topic is not yet real: `talks about a merger`, `negotiations on a ceasefire`.
TALK_WORDS = frozenset("talk negotiation negotiate discussion discuss".split())
TALK_PREPOSITIONS = frozenset("about on over".split())
# `stopped short of endorsing`, `fell short of winning`: the complement did not happen.
SHORT_OF = frozenset({"short"})
# `in the event of a strike`, `in case of war`: a condition named by a noun.
CONDITION_NOUNS = frozenset({"event", "case"})
# `appears to be running`, `seems to have lost`: the writer's inference, not a fact.
SEEM_WORDS = frozenset("seem appear likely unlikely probable".split())
# What is weighed or put forward, not done: `considering a ban`, `proposed a recount`.
PROPOSAL_WORDS = frozenset("consider propose suggest mull weigh contemplate".split())
# `prevented the march from reaching the square`: what it was kept from did not happen.
KEPT_FROM_WORDS = frozenset("prevent stop bar ban block keep deter discourage prohibit".split())
# `told people to call back`, `advised them to leave`: an instruction, wanted not done
# (only with a `to` clause: `told reporters that ...` reports).
DIRECTIVE_WORDS = frozenset("tell instruct advise encourage remind".split())
# `capable of holding 1,000 songs`: an ability, no one event (as `can`).
ABILITY_WORDS = frozenset({"capable"})

HEDGE_WORDS = (
    FEAR_WORDS
    | TALK_WORDS
    | SHORT_OF
    | CONDITION_NOUNS
    | SEEM_WORDS
    | RUMOUR_WORDS
    | VERGE_WORDS
    | CLOSE_TO
    | ESCAPE_WORDS
    | CHARGE_WORDS
    | PROPOSAL_WORDS
    | KEPT_FROM_WORDS
    | DIRECTIVE_WORDS
    | ABILITY_WORDS
)
"""Every governing word `feared_status` reads."""


_UNCONFIRMED = frozenset("unconfirmed unverified uncorroborated unsubstantiated".split())


def unconfirmed(governor: Token) -> bool:
    """`unconfirmed reports (said)`: the source, or the subject of the saying, is unverified."""
    words = [governor, *(c for c in governor.children if c.dep_ == "nsubj")]
    return any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _UNCONFIRMED
        for w in words
        for c in w.children
    )


def feared_status(governor: Token, lemma: str, dep: str, via: Token) -> EventStatus | None:
    """Events named as feared, talked about, fallen short of or conditioned by a noun:
    `fears of a collapse`, `talks about a merger`, `stopped short of endorsing`, `in the event
    of a strike`."""
    of = dep == "prep" and via.lower_ == "of"
    if lemma in SHORT_OF and of:
        return "negated"
    if lemma in VERGE_WORDS and of:
        return "possible"
    came = governor.head.lower_ in {"come", "came", "comes", "coming"}
    if lemma in CLOSE_TO and dep == "prep" and via.lower_ == "to" and came:
        return "negated"  # `came close to collapsing`
    if lemma in CHARGE_WORDS and of and (governor.pos_ == "VERB" or lemma == "charges"):
        return "claimed"
    if lemma in ESCAPE_WORDS and dep == "dobj" and indefinite(via):
        return "negated"
    if lemma in ABILITY_WORDS and of:
        return "generic"
    if dep == "xcomp" and lemma in DIRECTIVE_WORDS:
        return "demanded"
    if dep == "xcomp" and lemma in SEEM_WORDS:
        return "possible"
    if dep == "dobj" and lemma in PROPOSAL_WORDS:
        return "possible"
    if dep == "prep" and via.lower_ == "from" and lemma in KEPT_FROM_WORDS:
        return "negated"
    if lemma in CONDITION_NOUNS and of and governor.dep_ == "pobj":
        return "conditional" if governor.head.lower_ == "in" else None
    if lemma in RUMOUR_WORDS and (of or dep == "ccomp" or via.lower_ == "about"):
        return "claimed"
    if lemma in FEAR_WORDS and (of or dep in {"dobj", "ccomp", "xcomp"}):
        return "possible"
    if lemma in TALK_WORDS and (
        (dep == "prep" and via.lower_ in TALK_PREPOSITIONS) or dep == "dobj"
    ):
        return "possible" if indefinite(via if dep == "dobj" else _object(via)) else None
    return None


def _object(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None)


def indefinite(noun: Token | None) -> bool:
    """`a merger`, `ceasefire`: not one already known (`the attack`, `his arrest`)."""
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an", "any"})
        for c in noun.children
    )
