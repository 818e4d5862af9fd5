"""Event status from tense, aspect, modality and cue words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.analyse.events.arguments import light_verb_of
from eventline.analyse.events.factuality import base_forms, embedding_status
from eventline.analyse.events.negation import (
    inverted_condition,
    negated_verb,
    no_object,
    no_subject,
    yes_no_question,
)
from eventline.analyse.events.nouns import noun_status
from eventline.analyse.events.participles import (
    bare_gerund,
    participle_of_past,
    perfect_infinitive,
    present_perfect,
    to_infinitive,
)
from eventline.analyse.events.undone import CANCELLED_LEMMAS, undone_by_head
from eventline.lexicon.events import trigger_for
from eventline.models import EventStatus

if TYPE_CHECKING:
    from spacy.tokens import Token

POSSIBLE_MODALS = frozenset("may might could would should".split())
# `can` states an ability or a rule (`users can download songs`), not an event
GENERIC_MODALS = frozenset({"can"})
# Verbs of state and attitude: their present tense says what holds now, not a habit.
STATIVE_VERBS = frozenset(
    "own possess believe think know want love like hate fear need prefer feel doubt "
    "understand remember mean seem appear belong hope wish conclude agree disagree".split()
)
# Types whose present tense is news, not habit: `says`, `announces`.
_REPORTING_TYPES = frozenset({"report", "statement"})
FUTURE_AUX = frozenset("will shall 'll wo".split())
PLANNED_LEMMAS = frozenset(
    "schedule plan expect intend set slate due prepare aim agree decide promise pledge "
    "announce invite suppose".split()
)
# `was about to launch`, `is poised to win`: on the point of happening, not yet happened
IMMINENT_WORDS = frozenset("about poised".split())
# `must pay`: an obligation still to be met; `must have started`: an inference, not a fact
OBLIGATION_MODALS = frozenset({"must"})
POSSIBLE_LEMMAS = frozenset("hope want propose seek consider offer suggest try".split())


def _chain(token: Token) -> list[Token]:
    """The verbs that govern a trigger's modality: `is expected to discuss`, `plans to visit`."""
    chain = [token]
    carrier = light_verb_of(token) if token.pos_ in {"NOUN", "PROPN"} else None
    if carrier is not None:
        chain.append(carrier)
        token = carrier
    while _shares_modality(token) and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _shares_modality(verb: Token) -> bool:
    """Whether a verb takes its modality from its head: `expected to discuss`, `will allow
    developers to create`, `will create and distribute`."""
    if verb.dep_ in {"xcomp", "auxpass"}:
        return True
    if verb.dep_ == "ccomp" and to_infinitive(verb):
        return True
    return _bare_conjunct(verb)


def _bare_conjunct(verb: Token) -> bool:
    """`will create and distribute`: a conjunct verb without its own subject, auxiliary or
    past tense shares the first verb's modality."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
    )


def _cue_status(chain: list[Token], negation: bool = True) -> EventStatus | None:
    """The status cue words give (`negation`: whether a negated verb counts: not for a
    noun in its phrase, as `did not attend the summit` leaves the summit real)."""
    conjoined = False  # `has not mentioned it, but said ...`: a conjunct keeps no negation
    for position, verb in enumerate(chain):
        # `promised to visit` governs the visit; in `promised ... but cancelled` the
        # conjunct shares only the auxiliaries, not what the first verb means
        governs = position > 0 and chain[position - 1].dep_ != "conj"
        if (
            negation
            and not conjoined
            and (negated_verb(verb) or no_subject(verb) or no_object(verb) or _yet_to(verb))
        ):
            return "negated"
        if yes_no_question(verb):
            return "possible"  # `did the aide leak the memo?` asks, it does not say
        if inverted_condition(verb):
            return "conditional"  # `had the deal gone through, ...`
        conjoined = conjoined or verb.dep_ == "conj"
        forms = base_forms(verb)
        if forms & CANCELLED_LEMMAS and governs:
            return "cancelled"
        words = auxiliary_words(verb)
        if words & OBLIGATION_MODALS:
            # `must have left`, `must be joking`: an inference; `must pay`: an obligation
            return "possible" if words & _HAVE or verb.tag_ == "VBG" else "planned"
        if "would" in words and _reported(verb):
            return "planned"  # `said it would release`: the future seen from the past
        if words & POSSIBLE_MODALS:
            return "possible"
        if words & GENERIC_MODALS:
            return "generic"
        if words & FUTURE_AUX or "going" in words:
            return "planned"
        if governs and (forms & PLANNED_LEMMAS or verb.lower_ in IMMINENT_WORDS | {"going"}):
            return "planned"
        if governs and forms & POSSIBLE_LEMMAS:
            return "possible"
    return None


def auxiliary_words(verb: Token) -> set[str]:
    """A verb's auxiliaries, with those the parser hangs on another auxiliary (`may` in
    `may have stolen` can hang from `have`)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    nested = [g for a in auxes for g in a.children if g.dep_ in {"aux", "auxpass"}]
    return {a.lower_ for a in auxes + nested}


def _yet_to(verb: Token) -> bool:
    """`has yet to publish`, `is yet to decide`: not done so far."""
    return (
        verb.lemma_.lower() in {"have", "be"}
        and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in verb.children)
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)
    )


# `should have resigned after the crash`: an event a past verb is timed by happened
_AFTER_WORDS = frozenset("after since following".split())


def _earlier_anchor(noun: Token, verb: Token) -> bool:
    """A noun that times a past or perfect verb from before (`should have resigned after the
    crash`): it happened, whatever the verb's modality."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _AFTER_WORDS
        and any(c.dep_ == "aux" and c.lower_ in _HAVE for c in verb.children)
    )


def _reported(verb: Token) -> bool:
    """A clause reported by a past-tense verb: `said (that) it would ...`."""
    return verb.dep_ == "ccomp" and verb.head.tag_ == "VBD"


def simple_present(verb: Token) -> bool:
    """`sells`, `is sold`: the present tense that states habits and rules in news prose."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxes
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].dep_ == "auxpass"
        and auxes[0].tag_ in {"VBZ", "VBP"}
    )


_HAVE = frozenset("have has had having 've".split())


def _tense_status(verb: Token) -> EventStatus:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" or any(
        a.tag_ == "VBD" or a.lemma_ == "have" or a.lower_ in _HAVE for a in auxes
    ):
        return "occurred"
    if verb.tag_ == "VBN" and not auxes:
        return "occurred"
    return "ongoing"


def _bare_infinitive(verb: Token) -> bool:
    """A `to`-infinitive that no verb governs (it hangs off a noun or adjective)."""
    return verb.dep_ in {"acl", "relcl", "amod", "advcl"} and to_infinitive(verb)


def _headline_infinitive(verb: Token) -> bool:
    """`Apple to cut prices`: a `to`-infinitive heading its own sentence announces a plan."""
    return verb.dep_ == "ROOT" and to_infinitive(verb)


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


def mention_status(token: Token, dated: bool = False) -> tuple[EventStatus, bool]:
    """Status of the event a trigger names, and whether a cue (not a default) decided it.

    `dated`: a time expression governs the trigger, so a present tense is no habit."""
    undone = undone_by_head(token)
    if undone is not None:
        return undone, True
    embedded = embedding_status(token)
    status, cued, verb = _clause_status(token, dated)
    if embedded is not None and (embedded != "claimed" or status in {"occurred", "ongoing"}):
        # a claim marks what its source asserts; a plan or hedge it reports stays as said
        return embedded, True
    if status == "ongoing" and verb is not None and _generic(token, verb, dated):
        # a reading of the tense, not a cue: it never keeps two reports apart
        return "generic", False
    return status, cued


def _headline(verb: Token) -> bool:
    """The first sentence, or a line without closing punctuation: a title or headline,
    whose present tense reports news (`Police foil bank raid`)."""
    sentence = verb.sent
    if sentence.start == 0:
        return True
    last = sentence.end - 1  # by index: a span's tokens are made one by one
    doc = sentence.doc
    while last > sentence.start and doc[last].is_space:
        last -= 1
    return doc[last].text not in _CLOSING


_CLOSING = frozenset(". ! ? \" ” ’ ' ) …".split())


def _generic(token: Token, verb: Token, dated: bool) -> bool:
    """An undated simple present of an action verb outside the headline and outside
    reported speech (`the player stores songs`); `owns`, `believes` state what holds now."""
    if dated or token.pos_ != "VERB" or _headline(verb) or not simple_present(verb):
        return False
    if base_forms(verb) & STATIVE_VERBS or verb.dep_ == "ccomp":
        return False
    entry = trigger_for(verb.lemma_) or trigger_for(token.lemma_)
    return entry is None or entry.type not in _REPORTING_TYPES


def _clause_status(token: Token, dated: bool) -> tuple[EventStatus, bool, Token | None]:
    """Status from the trigger's own clause: cues, else tense; and the verb whose tense
    decided (None when a cue did)."""
    is_noun = token.pos_ in {"NOUN", "PROPN"}
    if is_noun:
        status = noun_status(token)
        if status is not None:
            return status, True, None
    chain = _chain(token)
    status = _cue_status(chain)
    if status is not None:
        return status, True, None
    if perfect_infinitive(chain[0]):
        return "occurred", True, None  # `is known to have met`: done before the main verb
    verb = chain[-1]
    if _headline_infinitive(verb):
        return "planned", True, None
    if _bare_infinitive(verb):
        # `an invitation to visit`, `the chance to meet`: not yet real, and no cue says more;
        # `a summit to be held on Friday`: dated, so scheduled
        return ("planned", True, None) if dated else ("possible", False, None)
    if verb.pos_ in {"VERB", "AUX"}:
        # a bare gerund has no tense of its own: it shares its governor's time (`took the
        # stage, saying`), and under a present perfect it tells of a trend up to now (`has
        # opted for increasing pressure, conducting drills`), no one dated event
        timeless = bare_gerund(verb) and present_perfect(verb.head)
        cued = (not is_noun or len(chain) > 1) and not timeless
        if participle_of_past(verb):
            return "occurred", cued, verb  # `caused floods, killing 51 people`
        return _tense_status(verb), cued, verb
    verb = _verb_above(verb)
    if verb is None:
        return "ongoing", False, None
    # `will be reviewed during the session`: a noun in a verb's phrase shares its
    # modality; a noun that is the verb's subject (`the visit may help`) does not.
    if token.dep_ not in {"nsubj", "nsubjpass"} and not _earlier_anchor(token, verb):
        status = _cue_status([verb], negation=False)
        # `did Russia hack the election?` asks about the hacking, not the election
        if status is not None and not yes_no_question(verb):
            return status, True, None
    return _tense_status(verb), False, verb
