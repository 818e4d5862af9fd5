"""Event status from tense, aspect, modality and cue words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.analyse.events.arguments import light_verb_of
from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

POSSIBLE_MODALS = frozenset("may might could can would should".split())
FUTURE_AUX = frozenset("will shall 'll wo".split())
PLANNED_LEMMAS = frozenset(
    "schedule plan expect intend set slate due prepare aim agree decide promise pledge "
    "announce invite".split()
)
POSSIBLE_LEMMAS = frozenset("hope want propose seek consider offer suggest try".split())
CANCELLED_LEMMAS = frozenset("cancel postpone scrap abandon suspend delay".split())
POSSIBLE_ADJ = frozenset("possible potential proposed likely probable prospective".split())
PLANNED_ADJ = frozenset(
    "planned upcoming forthcoming scheduled expected future next coming prospective "
    "impending".split()
)
ONGOING_ADJ = frozenset("current ongoing continuing present".split())
OCCURRED_ADJ = frozenset("recent last previous past former earlier".split())


def _chain(token: Token) -> list[Token]:
    """The verbs that govern a trigger's modality: `is expected to discuss`, `plans to visit`."""
    chain = [token]
    carrier = light_verb_of(token) if token.pos_ in {"NOUN", "PROPN"} else None
    if carrier is not None:
        chain.append(carrier)
        token = carrier
    while token.dep_ in {"xcomp", "auxpass"} and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _noun_status(token: Token) -> EventStatus | None:
    for child in token.children:
        word = child.lower_
        if child.dep_ in {"amod", "compound", "advmod"}:
            if word in POSSIBLE_ADJ:
                return "possible"
            if word in PLANNED_ADJ:
                return "planned"
            if word in ONGOING_ADJ:
                return "ongoing"
            if word in OCCURRED_ADJ:
                return "occurred"
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in {"schedule", "plan", "set"}:
            return "planned"
    return None


def _cue_status(chain: list[Token]) -> EventStatus | None:
    for verb in chain:
        children = list(verb.children)
        if any(c.dep_ == "neg" for c in children):
            return "negated"
        lemma = verb.lemma_.lower()
        if lemma in CANCELLED_LEMMAS and verb is not chain[0]:
            return "cancelled"
        words = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
        if words & POSSIBLE_MODALS:
            return "possible"
        if words & FUTURE_AUX or "going" in words:
            return "planned"
        if verb is not chain[0] and lemma in PLANNED_LEMMAS:
            return "planned"
        if verb is not chain[0] and lemma in POSSIBLE_LEMMAS:
            return "possible"
    return None


def _tense_status(verb: Token) -> EventStatus:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return "occurred"
    if verb.tag_ == "VBN" and not auxes:
        return "occurred"
    return "ongoing"


def _cancelled_by_head(token: Token) -> bool:
    """`the summit was cancelled`, `postponed the election`, `called off the strike`."""
    head = token.head
    if token.dep_ not in {"dobj", "nsubjpass", "xcomp"} or head.i == token.i:
        return False
    lemma = head.lemma_.lower()
    called_off = lemma == "call" and any(c.lower_ == "off" for c in head.children)
    return lemma in CANCELLED_LEMMAS or called_off


def _bare_infinitive(verb: Token) -> bool:
    """A `to`-infinitive that no verb governs (it hangs off a noun or adjective)."""
    return (
        verb.tag_ == "VB"
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
        and verb.dep_ in {"acl", "relcl", "amod", "advcl"}
    )


def _verb_above(token: Token) -> Token | None:
    """The nearest verb governing a noun, over prepositions."""
    current = token
    for _ in range(5):
        if current.head.i == current.i:
            return None
        previous, current = current, current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
        # `the issue of trilateral drills`: climb over `of` phrases, not other nouns
        if current.pos_ != "ADP" and not (previous.dep_ == "prep" and previous.lower_ == "of"):
            return None
    return None


def mention_status(token: Token) -> tuple[EventStatus, bool]:
    """Status of the event a trigger names, and whether a cue (not a default) decided it."""
    is_noun = token.pos_ in {"NOUN", "PROPN"}
    if _cancelled_by_head(token):
        return "cancelled", True
    if is_noun:
        status = _noun_status(token)
        if status is not None:
            return status, True
    chain = _chain(token)
    status = _cue_status(chain)
    if status is not None:
        return status, True
    verb = chain[-1]
    if _bare_infinitive(verb):
        # `an invitation to visit`, `the chance to meet`: not yet real, and no cue says more
        return "possible", False
    if verb.pos_ in {"VERB", "AUX"}:
        return _tense_status(verb), not is_noun or len(chain) > 1
    verb = _verb_above(verb)
    if verb is None:
        return "ongoing", False
    # `will be reviewed during the session`: a noun in a verb's phrase shares its
    # modality; a noun that is the verb's subject (`the visit may help`) does not.
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        status = _cue_status([verb])
        if status is not None and status != "negated":
            return status, True
    return _tense_status(verb), False
