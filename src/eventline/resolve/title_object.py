"""What a title's verb acts on, read from the report's own words: `Mexico closes` says
nothing, `Mexico closes all schools` is a headline; and whether a title says more than who.

Resolving has no parse, so the object is the short run of words that follows the verb up
to the first word that starts something else: a preposition, a conjunction, a verb, a time
or punctuation. A run that does not look like a noun phrase gives no object.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventline.models import EventArgument

AUXILIARIES = frozenset(
    "is are was were be been being am has have had will would can could may might shall "
    "should must do does did".split()
)
"""Auxiliaries and copulas: after a noun, the start of that noun's own verb."""
_ENDS_OBJECT = AUXILIARIES | frozenset(
    # prepositions: where, when, with whom, why (`of` stays: `the use of force`)
    "in on at to for from with by after before during over since until till into onto as "
    "than about against between among under through across within without amid amidst "
    "around near toward towards upon per via despite following including like unlike "
    # conjunctions, relatives and clause openers
    "and but or nor that which who whom whose when where while because if unless whether "
    "although though so yet then how what why "
    # with the auxiliaries, adverbs of another clause's verb
    "not never also however still even just already instead too "
    # times (`closed Tuesday`) and deictic words
    "today yesterday tomorrow tonight now earlier later ago again last next this "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_DANGLING = frozenset("of the a an its his her their our my your".split())
_PARTICLES = frozenset("up down out off back away".split())
"""Words that belong to the verb (`stepped down`): the title keeps them."""
_NO_OBJECT = frozenset(
    "it them him her us me you this that these those more less much hard well".split()
)
"""Words that, alone, say nothing of what was acted on (`denies it`, `hits hard`)."""
"""Words an object cannot end on: a run cut after them stops in the middle of a phrase."""
_BREAK = re.compile(r"[,;:()\[\]\u2014\u2013\"\u201c\u201d!?]|\s-\s|\.\s*$")
_WORD = re.compile(r"[A-Za-z][\w'\u2019.&-]*|\$?\d[\d.,]*%?")
MAX_OBJECT_WORDS = 5


def object_phrase(sentence: str | None, end: int) -> str | None:
    """The object that follows a verb ending at `end` in `sentence`, if a short one does
    (`the use of force`, `all schools`); None when the next words start something else."""
    if not sentence or not 0 < end <= len(sentence):
        return None
    stop = _BREAK.search(sentence, end)
    rest = sentence[end : stop.start() if stop else len(sentence)].split()
    if len(rest) > 1 and rest[0].lower() == "up" and rest[1].lower() == "to":
        return None  # `faces up to ten years`: an amount, not a particle and an object
    particle = rest.pop(0) if rest and rest[0].lower() in _PARTICLES else ""
    if rest and rest[0].lower() == "of":
        return None  # `signs of illness`: the trigger was a noun
    words: list[str] = []
    for word in rest:
        if word.lower() == "ago":
            words = []  # `three weeks ago`: a time, not an object
        if word.lower() in AUXILIARIES and words:
            return None  # `said the army would ...`: the subject of what was said
        if word.lower() in _ENDS_OBJECT or not _WORD.fullmatch(word):
            break
        words.append(word)
        if len(words) > MAX_OBJECT_WORDS:
            return None  # a long run: a clause, not an object a title can carry
    if words and words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # `citizens.` before a closing quote; not `U.S.`
    while words and (
        words[-1].lower() in _DANGLING or (len(words) > 1 and words[-1].endswith("ed"))
    ):
        words.pop()  # nor on `an alliance based`: the participle opens another phrase
    if len(words) == 1 and words[0].lower() in _NO_OBJECT:
        words = []
    if all(w.lower().endswith("ly") for w in words):
        words = []  # only an adverb (`relied heavily`)
    return " ".join([particle, *words]).strip() or None


_CONTENT_OPENERS = frozenset("that whether if how what why".split())


def opens_content(sentence: str | None, end: int) -> bool:
    """Whether the verb ending at `end` goes on with what was said or thought (`stressed
    that ...`, `asked whether ...`): that clause reports other events, not this one."""
    following = (sentence or "")[end:].lstrip(" ,:").split(maxsplit=1)
    if not following:
        return False
    return following[0].lower() in _CONTENT_OPENERS or following[0][0] in '"\u201c'


def says_only_who(title: str, participants: Sequence[EventArgument]) -> bool:
    """Whether a title is who and at most one word (`Libya includes`, `Suspect`): it says
    neither what happened nor to what, so it is no headline. What happened to someone
    (`Conrad Murray sentenced`) is one."""
    roles = {p.role for p in participants}
    if "patient" in roles and "agent" not in roles:
        return False
    rest = title.lower()
    longest_first = sorted((p.name.lower() for p in participants), key=len, reverse=True)
    while True:  # the subject: the names the title opens with
        rest = rest.lstrip(" ,")
        rest = rest[4:] if rest.startswith("and ") else rest
        name = next((n for n in longest_first if n and rest.startswith(n)), None)
        if name is None:
            return len(rest.split()) <= 1
        rest = rest[len(name) :]


_NO_SUBJECT = AUXILIARIES | frozenset(
    "only as if while when because although though since after before he she it "
    "they we i you this that these those".split()
)
"""First words of a clause whose subject is elsewhere or unknown (`were reached by ...`,
`he stressed ...`, `as ... has said`): no headline starts so."""


def headline_clause(clause: str | None) -> str | None:
    """A report's clause if it can stand as a headline: it opens with its subject (not an
    auxiliary, a participle, a pronoun or a subordinating word) and ends on a full word."""
    words = (clause or "").split()
    while words and words[-1].lower() in ("and", "or", "but"):
        words.pop()
    if len(words) < 3:
        return None
    first = words[0].lower()
    if first in _NO_SUBJECT or first.endswith("ing"):
        return None
    return " ".join(words)
