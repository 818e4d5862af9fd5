"""Event titles that say who did what, where: `Sergey Lavrov visits North Korea`.

The main actor leads: the agent, else the one the event happened to (`Conrad Murray
sentenced`), else the parties together (`North Korea and United States hold dialogue`).
Nouns that are not verbs take `holds` (`Lavrov holds talks with Ri Son Gwon`); an event
with no one named is its noun and what it is of, its phrase never cut in the middle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventline.lexicon.events import trigger_for
from eventline.models import EventArgument

VERB_NOUNS = frozenset(
    "visit tour stay report claim comment address request hint vote attack strike clash raid "
    "capture test arrest sentence appeal release launch raise order trade crash collapse fire "
    "flood protest march rally riot boycott freeze ban support aid bid spill travel journey "
    "fly".split()
)
"""Trigger lemmas spelt the same as their noun that are also verbs (`visit`, `arrest`)."""

NOT_VERBS = frozenset(
    "discussion negotiation consultation layoff ipo quake blaze casualty talk drill exercise "
    "maneuver manoeuvre wargame".split()
)
"""Lemmas with a noun of their own that are still not verbs in a title (`talk` -> `talks`
reads better as `holds talks`)."""

COMPLETE_VERBS = frozenset(
    "die resign collapse crash explode erupt flee surrender retire riot protest rally march "
    "arrive depart quit fall rise sink drown escape disappear abdicate".split()
)
"""Verbs that make a headline with no object (`Mubarak resigns`); other verbs with no
object say too little (`Libya includes`), and the report's own clause is read instead."""

PLACE_AS_OBJECT = frozenset({"visit", "tour"})
"""Verbs whose destination is their object: `visits North Korea`, not `visits to`."""

COMPANION_VERBS = frozenset({"accompany", "escort"})
"""Verbs that tell of another's event (`accompanied Putin during his visit`): the title
says that event, with its noun as the verb (`Putin visits Beijing with Lavrov`)."""

TRAVEL = "visit"
"""The type of travel events: one travels with a partner, never to them (`with Lavrov`)."""

_IRREGULAR = {
    "meet": ("meets", "met"),
    "hold": ("holds", "held"),
    "take": ("takes", "taken"),
    "strike": ("strikes", "struck"),
    "shoot": ("shoots", "shot"),
    "hit": ("hits", "hit"),
    "sell": ("sells", "sold"),
    "buy": ("buys", "bought"),
    "win": ("wins", "won"),
    "lose": ("loses", "lost"),
    "give": ("gives", "given"),
    "make": ("makes", "made"),
    "begin": ("begins", "begun"),
    "fight": ("fights", "fought"),
    "fly": ("flies", "flown"),
    "tell": ("tells", "told"),
    "say": ("says", "said"),
    "leave": ("leaves", "left"),
    "swear": ("swears", "sworn"),
    "cut": ("cuts", "cut"),
    "lay": ("lays", "laid"),
    "sink": ("sinks", "sunk"),
    "wound": ("wounds", "wounded"),
    "be": ("is", "been"),
    "have": ("has", "had"),
}
_PAST_ONLY = {
    "took": "take",
    "gave": "give",
    "began": "begin",
    "flew": "fly",
    "swore": "swear",
    "sank": "sink",
    "was": "be",
    "were": "be",
}
BASE_FORMS = {forms[1]: verb for verb, forms in _IRREGULAR.items() if forms[1] != verb}
BASE_FORMS.update(_PAST_ONLY)
"""Irregular past forms -> the verb (`met` -> `meet`)."""
_VOWELS = "aeiou"
TITLE_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


def is_verb(lemma: str, noun: str) -> bool:
    """Whether a trigger lemma can head a title as a verb (`meet`, `visit`, `describe`;
    not `session`): words outside the taxonomy are only ever verb triggers."""
    if lemma in NOT_VERBS or lemma.endswith(("tion", "sion", "ment")) or not lemma.isalpha():
        return False
    return lemma in VERB_NOUNS or lemma != noun or trigger_for(lemma) is None


HOLDING_TYPES = frozenset({"meeting", "military_exercise", "election"})
"""Events one holds (`holds talks`, `holds a session`); other nouns read `war by Libya`."""


def third_person(verb: str) -> str:
    """`visit` -> `visits`, `discuss` -> `discusses`, `deny` -> `denies`."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb][0]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def past_participle(verb: str) -> str:
    """`sentence` -> `sentenced`, `arrest` -> `arrested`, `ban` -> `banned`, `meet` -> `met`."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb][1]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ied"
    syllables = len(re.findall(f"[{_VOWELS}]+", verb))
    if (
        syllables == 1
        and len(verb) >= 3
        and verb[-1] not in _VOWELS + "wxy"
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
    ):
        return verb + verb[-1] + "ed"  # one syllable ending consonant-vowel-consonant
    return verb + "ed"


def _named(arguments: Sequence[EventArgument]) -> list[EventArgument]:
    """Who may stand in a title: not someone named only by a tie (`Porter's predecessor`)."""
    arguments = [a for a in arguments if a.role != "related"]
    return [a for a in arguments if a.type in TITLE_TYPES] or arguments


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _place_phrase(verb: str | None, places: Sequence[EventArgument], named: list[str]) -> str:
    place = next((p for p in places if p.name not in named), None)
    if place is None:
        return ""
    if place.role == "destination":
        return f" {place.name}" if verb in PLACE_AS_OBJECT else f" to {place.name}"
    return f" in {place.name}"


def _tensed(verb: str, plural: bool, status: str) -> str:
    """A headline's verb: `visits` (it happened), `to visit` (planned), `may visit`."""
    if status == "planned":
        return f"to {verb}"
    if status == "possible":
        return f"may {verb}"
    return verb if plural else third_person(verb)


PARTICIPLE_LEMMAS = frozenset({"born"})
"""Triggers that are participles already (`born in Benghazi`): a title says them as they are."""


def _passive(verb: str, status: str) -> str:
    participle = verb if verb in PARTICIPLE_LEMMAS else past_participle(verb)
    return {"planned": f"to be {participle}", "possible": f"may be {participle}"}.get(
        status, participle
    )


def verb_title(
    lemma: str,
    noun: str,
    participants: Sequence[EventArgument],
    places: Sequence[EventArgument],
    status: str = "occurred",
    object_text: str | None = None,
) -> str | None:
    """`Agent verbs patient/partner place`, or `Patient verbed`, or None if no one is named;
    in headline tense (`Putin may visit North Korea`, `Lavrov to hold talks`). With no
    one acted on, `object_text` (the report's words after the verb) is the object."""
    people = _named(participants)
    if not people:
        return None
    agents = [p.name for p in people if p.role == "agent"]
    patients = [p.name for p in people if p.role == "patient"]
    others = [p.name for p in people if p.role not in ("agent", "patient")]
    if lemma in COMPANION_VERBS and noun in VERB_NOUNS:
        lemma = noun
    verb = lemma if is_verb(lemma, noun) else None
    named = [p.name for p in people]
    where = _place_phrase(verb, places, named)
    if not agents and patients and verb is not None:
        return f"{_and(patients[:2])} {_passive(verb, status)}{where}"
    subject = agents[:1] or (others + patients)[:2]
    if verb in PARTICIPLE_LEMMAS:
        return f"{_and(subject)} {_passive(verb, status)}{where}"  # not `X borns`
    rest = [n for n in (patients + others) if n not in subject][:1]
    plural = len(subject) > 1
    if (
        verb is None
        and (trigger_for(lemma) or trigger_for(noun) or (None,))[0] not in HOLDING_TYPES
    ):
        return _noun_phrase(noun, agents, patients, others, where)
    if verb is None:
        action = f"{_tensed('hold', plural, status)} {noun}"
        obj = f" with {rest[0]}" if rest else ""
    else:
        action = _tensed(verb, plural, status)
        obj = f" {rest[0]}" if rest else _object(object_text, verb, where, people, places)
        if rest and rest[0] in others and lemma in ("talk", "meet", "negotiate", "agree"):
            obj = f" with {rest[0]}" if lemma != "meet" else obj
        if rest and _companion(rest[0], people, verb):
            return f"{_and(subject)} {action}{where} with {rest[0]}"
    return f"{_and(subject)} {action}{obj}{where}"


def _object(
    text: str | None,
    verb: str,
    where: str,
    people: Sequence[EventArgument],
    places: Sequence[EventArgument],
) -> str:
    """` all schools`: the report's object, unless a place is the object already
    (`visits Beijing`) or it repeats a name the title gives."""
    if not text or (where and verb in PLACE_AS_OBJECT):
        return ""
    lowered = text.lower()
    if any(a.name.lower() in lowered for a in [*people, *places]):
        return ""
    return f" {text}"


def _companion(name: str, people: Sequence[EventArgument], verb: str) -> bool:
    """Whether a name goes along on a trip (`visits Beijing with Lavrov`): a partner of a
    travel verb, not a person visited (a destination) or acted on."""
    role = next(p.role for p in people if p.name == name)
    return role == "partner" and (trigger_for(verb) or (None,))[0] == TRAVEL


def _noun_phrase(
    noun: str, agents: list[str], patients: list[str], others: list[str], where: str
) -> str:
    """`War by Libya in Iraq`, `Sanctions against Syria`, `Fighting involving A and B`."""
    if agents:
        return f"{noun} by {agents[0]}{where}"
    if patients:
        return f"{noun} against {_and(patients[:2])}{where}"
    return f"{noun} involving {_and(others[:2])}{where}"


_COORDINATED = re.compile(
    r"^((?:,\s*[a-z][\w-]*)*,?\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)


def whole_phrase(phrase: str, sentence: str | None) -> str:
    """A complement as the sentence goes on with it: `trade` + `, economic and technological
    cooperation`, so that a title never stops in the middle of a list."""
    if not sentence:
        return phrase
    at = sentence.find(phrase)
    if at < 0:
        return phrase
    rest = sentence[at + len(phrase) :]
    match = _COORDINATED.match(rest)
    return phrase + match[1] if match else phrase


# a comma or colon between digits is part of a number or a time (`2,400`, `14:05`)
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()\u2014\u2013\"\u201c\u201d]|\s-\s")
MAX_CLAUSE_WORDS = 18
_FRAME = re.compile(
    r"^(?:[\w'.-]+\s+){1,4}(?:said|says|told reporters|reported|announced)\s+(?:that\s+)?"
)


def clause_title(sentence: str | None, start: int, end: int) -> str | None:
    """The clause around a trigger (`start`, `end` in the sentence) when it is short enough
    to be a title whole: for events that name no one."""
    if not sentence or not (0 <= start < end <= len(sentence)):
        return None
    before = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK.search(sentence, end)
    first = before[-1] if before else 0
    last = after.start() if after else len(sentence)
    clause = " ".join(sentence[first:last].split()).rstrip(".!? ")
    clause = _FRAME.sub("", clause, count=1)  # `officials said that ...`: what they said
    clause = re.sub(r"^(?:and|but|or|while|as|when|after|that|which|who)\s+", "", clause)
    words = clause.split()
    if len(words) < 3 or len(words) > MAX_CLAUSE_WORDS:
        return None
    return clause
