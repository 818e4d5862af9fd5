"""Event triggers and their types: a documented taxonomy of news event types.

Each trigger lemma maps to a type and a display noun (used in titles: `met` -> `meeting`).
Verbs whose direct object is a topic rather than a participant (`discuss the visit`) are
listed so that the topic's names are not taken for participants.
"""

from __future__ import annotations

from typing import NamedTuple


class Trigger(NamedTuple):
    type: str
    noun: str


# type -> {lemma: display noun}; verbs and nouns share the table, lemmas are lowercase
_TAXONOMY: dict[str, dict[str, str]] = {
    "visit": {
        "visit": "visit",
        "trip": "trip",
        "tour": "tour",
        "travel": "trip",
        "accompany": "visit",
        "arrive": "arrival",
        "arrival": "arrival",
        "depart": "departure",
        "fly": "trip",
        "journey": "trip",
        "stay": "stay",
    },
    "meeting": {
        "talk": "talks",
        "talks": "talks",
        "meet": "meeting",
        "meeting": "meeting",
        "discuss": "talks",
        "discussion": "discussions",
        "negotiate": "negotiations",
        "negotiation": "negotiations",
        "summit": "summit",
        "session": "session",
        "conference": "conference",
        "consultation": "consultations",
        "host": "meeting",
        "forum": "forum",
        "dialogue": "dialogue",
        "reception": "reception",
        "convene": "meeting",
        "gathering": "gathering",
        "congress": "congress",
    },
    # Reporting verbs: how news attributes what it says; events in their own right only
    # for coreference, never on a story timeline.
    "report": {
        "say": "statement",
        "tell": "statement",
        "state": "statement",
        "insist": "statement",
        "report": "report",
        "claim": "claim",
        "note": "statement",
        "stress": "statement",
        "recall": "statement",
        "add": "statement",
        "comment": "comment",
        "explain": "statement",
    },
    "statement": {
        "keynote": "keynote",
        "address": "address",
        "decision": "decision",
        "decide": "decision",
        "request": "request",
        "ask": "request",
        "acknowledge": "acknowledgement",
        "hint": "hint",
        "reject": "rejection",
        "dismiss": "dismissal",
        "announce": "announcement",
        "announcement": "announcement",
        "declare": "declaration",
        "declaration": "declaration",
        "statement": "statement",
        "confirm": "confirmation",
        "deny": "denial",
        "warn": "warning",
        "warning": "warning",
        "urge": "appeal",
        "call": "appeal",
        "criticize": "criticism",
        "criticise": "criticism",
        "condemn": "condemnation",
        "reveal": "disclosure",
        "disclose": "disclosure",
        "speech": "speech",
        "interview": "interview",
        "invite": "invitation",
        "invitation": "invitation",
    },
    "agreement": {
        "sign": "signing",
        "agree": "agreement",
        "agreement": "agreement",
        "deal": "deal",
        "treaty": "treaty",
        "pact": "pact",
        "ratify": "ratification",
        "memorandum": "memorandum",
        "ceasefire": "ceasefire",
        "truce": "truce",
    },
    "election": {
        "election": "election",
        "vote": "vote",
        "elect": "election",
        "referendum": "referendum",
        "poll": "vote",
        "ballot": "ballot",
        "reelect": "re-election",
        "primary": "primary",
    },
    "conflict": {
        "attack": "attack",
        "strike": "strike",
        "bomb": "bombing",
        "bombing": "bombing",
        "shoot": "shooting",
        "shooting": "shooting",
        "clash": "clash",
        "war": "war",
        "invade": "invasion",
        "invasion": "invasion",
        "fight": "fighting",
        "fighting": "fighting",
        "shell": "shelling",
        "shelling": "shelling",
        "raid": "raid",
        "offensive": "offensive",
        "assault": "assault",
        "explode": "explosion",
        "fire": "firing",
        "seize": "seizure",
        "capture": "capture",
        "hijack": "hijacking",
        "kidnap": "kidnapping",
        "siege": "siege",
        "massacre": "massacre",
    },
    "military_exercise": {
        "drill": "drills",
        "drills": "drills",
        "exercise": "exercises",
        "maneuver": "manoeuvres",
        "manoeuvre": "manoeuvres",
        "test": "test",
        "wargame": "war games",
    },
    "legal": {
        "arrest": "arrest",
        "charge": "charges",
        "indict": "indictment",
        "indictment": "indictment",
        "trial": "trial",
        "convict": "conviction",
        "conviction": "conviction",
        "sentence": "sentence",
        "verdict": "verdict",
        "sue": "lawsuit",
        "lawsuit": "lawsuit",
        "acquit": "acquittal",
        "plead": "plea",
        "detain": "detention",
        "detention": "detention",
        "extradite": "extradition",
        "investigate": "investigation",
        "investigation": "investigation",
        "probe": "probe",
        "jail": "jailing",
        "imprison": "imprisonment",
        "ruling": "ruling",
        "appeal": "appeal",
        "hearing": "hearing",
        "testify": "testimony",
        "inquiry": "inquiry",
        "fraud": "fraud",
    },
    "life": {
        "birth": "birth",
        "born": "birth",
        "marry": "marriage",
        "marriage": "marriage",
        "wedding": "wedding",
        "divorce": "divorce",
        "graduate": "graduation",
    },
    "personnel": {
        "leave": "leave",
        "absence": "absence",
        "farewell": "farewell",
        "appoint": "appointment",
        "appointment": "appointment",
        "resign": "resignation",
        "resignation": "resignation",
        "dismiss": "dismissal",
        "sack": "dismissal",
        "hire": "hiring",
        "nominate": "nomination",
        "nomination": "nomination",
        "retire": "retirement",
        "retirement": "retirement",
        "succeed": "succession",
        "step": "resignation",
        "oust": "ouster",
        "inauguration": "inauguration",
        "inaugurate": "inauguration",
        "swear": "swearing-in",
        "promote": "promotion",
    },
    "business": {
        "acquire": "acquisition",
        "acquisition": "acquisition",
        "merge": "merger",
        "merger": "merger",
        "buy": "purchase",
        "purchase": "purchase",
        "sell": "sale",
        "sale": "sale",
        "takeover": "takeover",
        "bid": "bid",
        "invest": "investment",
        "investment": "investment",
        "earnings": "earnings",
        "profit": "profit",
        "cut": "cuts",
        "layoff": "layoffs",
        "lay": "layoffs",
        "release": "release",
        "unveil": "unveiling",
        "launch": "launch",
        "introduce": "introduction",
        "ipo": "IPO",
        "bankruptcy": "bankruptcy",
        "file": "filing",
        "raise": "raise",
        "close": "closure",
        "open": "opening",
        "opening": "opening",
        "ship": "shipment",
        "order": "order",
        "price": "pricing",
        "trade": "trade",
        "export": "exports",
        "import": "imports",
        "recession": "recession",
    },
    "disaster": {
        "earthquake": "earthquake",
        "quake": "earthquake",
        "flood": "flood",
        "flooding": "flooding",
        "hurricane": "hurricane",
        "storm": "storm",
        "typhoon": "typhoon",
        "tsunami": "tsunami",
        "crash": "crash",
        "collapse": "collapse",
        "fire": "fire",
        "blaze": "fire",
        "wildfire": "wildfire",
        "explosion": "explosion",
        "blast": "blast",
        "accident": "accident",
        "derail": "derailment",
        "sink": "sinking",
        "eruption": "eruption",
        "erupt": "eruption",
        "outbreak": "outbreak",
        "spill": "spill",
        "landslide": "landslide",
        "drought": "drought",
        "collide": "collision",
        "collision": "collision",
    },
    "protest": {
        "protest": "protest",
        "demonstration": "demonstration",
        "demonstrate": "demonstration",
        "rally": "rally",
        "march": "march",
        "riot": "riot",
        "boycott": "boycott",
        "walkout": "walkout",
        "unrest": "unrest",
    },
    "death_injury": {
        "die": "death",
        "death": "death",
        "kill": "killing",
        "killing": "killing",
        "injure": "injury",
        "wound": "injury",
        "murder": "murder",
        "assassinate": "assassination",
        "assassination": "assassination",
        "execute": "execution",
        "execution": "execution",
        "funeral": "funeral",
        "suicide": "suicide",
        "casualty": "casualties",
    },
    "sanction": {
        "sanction": "sanctions",
        "sanctions": "sanctions",
        "embargo": "embargo",
        "ban": "ban",
        "impose": "imposition",
        "freeze": "freeze",
        "blacklist": "blacklisting",
    },
    "cooperation": {
        "cooperate": "cooperation",
        "cooperation": "cooperation",
        "support": "support",
        "aid": "aid",
        "assist": "assistance",
        "partnership": "partnership",
        "alliance": "alliance",
        "join": "accession",
    },
}

TRIGGERS: dict[str, Trigger] = {}
for _type, _lemmas in _TAXONOMY.items():
    for _lemma, _noun in _lemmas.items():
        TRIGGERS.setdefault(_lemma, Trigger(_type, _noun))

EVENT_TYPES = tuple(_TAXONOMY) + ("other",)
"""Every type an event can have; `other` keeps unknown triggers rather than dropping them."""

# Types a reader wants on a story timeline when they have named participants.
SALIENT_TYPES = frozenset(EVENT_TYPES) - {"report", "statement", "other", "cooperation", "business"}

# Verbs whose object is what is talked about, not who takes part.
TOPIC_OBJECT_VERBS = frozenset(
    "discuss talk say tell announce state declare note stress urge warn claim report confirm "
    "deny review recall reveal disclose criticize criticise condemn consider raise".split()
)

# Verbs that carry a nominal event as their object without being events themselves:
# `make a visit`, `hold talks`, `pay a visit`, `conduct drills`.
LIGHT_VERBS = frozenset(
    "make hold pay conduct have take carry stage begin start launch resume continue end "
    "finish complete attend host organize organise plan schedule prepare undertake give "
    "deliver extend issue".split()
)

# Verbs that set an event in time or modality but are not events of their own.
SCHEDULING_VERBS = frozenset("schedule slate set plan expect due intend prepare suppose".split())

# Nouns that name events only in some uses; they are triggers only with an event argument.
WEAK_NOUNS = frozenset(
    "state order trade release file close open price raise support help aid call note "
    "sentence charge test fire ship cut rule step stay claim report appeal lay cooperation "
    "partnership alliance".split()
)


def trigger_for(lemma: str) -> Trigger | None:
    """The trigger entry for a lemma, if it names an event."""
    return TRIGGERS.get(lemma.lower())


# Words that can name the same event: `the trip` can take up `visited`; `the talks`, `met`.
_SYNONYM_GROUPS = (
    frozenset("visit trip tour travel journey stay arrive arrival accompany".split()),
    frozenset(
        "talk talks meet meeting discuss discussion negotiate negotiation "
        "consultation dialogue".split()
    ),
    frozenset("drill drills exercise maneuver manoeuvre wargame".split()),
    frozenset("attack strike bomb bombing assault raid".split()),
    frozenset("kill killing murder assassinate assassination".split()),
    frozenset("die death".split()),
    frozenset("elect election vote poll ballot".split()),
    frozenset("arrest detain detention".split()),
    frozenset("acquire acquisition buy purchase takeover".split()),
    frozenset("merge merger".split()),
    frozenset("resign resignation".split()),
    frozenset("appoint appointment nominate nomination".split()),
    frozenset("protest demonstration demonstrate rally march".split()),
    frozenset("earthquake quake".split()),
)
_GROUP_OF = {lemma: group for group in _SYNONYM_GROUPS for lemma in group}


def same_event_words(first: str, second: str) -> bool:
    """Whether two trigger lemmas can name the same event (`visit`/`trip`, `talks`/`met`)."""
    if first == second:
        return True
    group = _GROUP_OF.get(first)
    return group is not None and second in group


def event_word_class(lemma: str) -> str:
    """One name per synonym group (the groups are disjoint): equal exactly when
    `same_event_words` holds, so blocks can be split by it without losing a pair."""
    group = _GROUP_OF.get(lemma)
    return min(group) if group else lemma


# Multiword expressions in which a trigger word names no event of its type: the trigger
# with a particle, object, subject or modifier lemma -> the type it has instead, or None for
# no event (`dealt a blow`, `met the deadline`, `fight the disease`, `a free trial`).
_NO_EVENT = None
IDIOMS: dict[tuple[str, str], str | None] = {
    ("shoot", "back"): "report",  # `"Not true," she shot back`: a retort
    ("fire", "back"): "report",
    ("hit", "back"): "report",
    ("strike", "deal"): _NO_EVENT,  # `struck a deal`: the deal is the event
    ("strike", "agreement"): _NO_EVENT,
    **{("deal", word): _NO_EVENT for word in ("blow", "hand", "card", "setback")},
    **{("strike", word): _NO_EVENT for word in "blow balance chord tone note pose".split()},
    **{
        ("meet", word): _NO_EVENT
        for word in "standard target deadline demand need requirement expectation criterion "
        "criteria goal obligation threshold quota condition".split()
    },
    # `fighting cancer` is an illness, not a battle; `fighting crime` no one event
    **{
        ("fight", word): "other"
        for word in "disease cancer virus illness infection addiction pandemic epidemic".split()
    },
    **{
        ("fight", word): _NO_EVENT
        for word in "crime corruption inflation poverty obesity hunger".split()
    },
    **{
        ("kill", word): _NO_EVENT
        for word in "module bill plan deal proposal feature time process app switch "
        "idea project story rumour rumor".split()
    },
    **{
        ("shoot", word): _NO_EVENT
        for word in "video film scene photo movie footage picture episode".split()
    },
    **{("attack", word): _NO_EVENT for word in "problem issue question".split()},
    ("break", "news"): "report",  # `broke the news`: told it (`broke the record` is an event)
    ("break", "ice"): _NO_EVENT,
    ("leave", "wonder"): _NO_EVENT,  # `fans were left to wonder`
    ("wonder", "leave"): _NO_EVENT,
    **{("trial", word): _NO_EVENT for word in "free clinical drug vaccine field time beta".split()},
}
"""The documented lexicon of idioms and light-verb readings (README, "Event types")."""


IDIOM_LEMMAS = frozenset(lemma for lemma, _ in IDIOMS)
"""Trigger lemmas that head some idiom: only these are checked."""


def idiom_reading(lemma: str, words: set[str]) -> tuple[bool, str | None]:
    """(whether an idiom applies, the type it gives or None for no event)."""
    for word in sorted(words):
        if (lemma, word) in IDIOMS:
            return True, IDIOMS[(lemma, word)]
    return False, None
