"""Which time expression governs an event: same clause first, then the sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventline.analyse.events.factuality import (
    CLAIM_WORDS,
    DEMAND_WORDS,
    DENIAL_WORDS,
    THREAT_WORDS,
    base_forms,
)
from eventline.lexicon.events import LIGHT_VERBS, SCHEDULING_VERBS
from eventline.models import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependencies a date can be inherited through: `visit ... in October` (prep/pobj),
# `make a visit` (light verb), `expected to discuss` (xcomp), `during his visit` (prep).
_HOST_DEPS = frozenset({"prep", "pobj", "pcomp", "xcomp", "compound", "npadvmod", "appos"})
_SENTENCE_DEPS = frozenset({"conj", "advcl"})
DATED_TYPES = frozenset({"DATE", "TIME"})
# Governors dated by when something was said or wanted, not by when their `to` clause
# would happen: `threatened on Wednesday to strike`, `promised on Monday to cut taxes`.
_SAYING_GOVERNORS = (
    THREAT_WORDS | DEMAND_WORDS | DENIAL_WORDS | CLAIM_WORDS | frozenset("promise pledge".split())
)


def timex_attachments(doc: Doc, timexes: Sequence[Timex]) -> dict[int, list[int]]:
    """Token index of the word each dated timex modifies -> timex indices; the timex's own
    tokens under `-1 - index` (`in 2009, when ... died`: a clause hanging off a date)."""
    attached: dict[int, list[int]] = {}
    for index, timex in enumerate(timexes):
        if timex.type not in DATED_TYPES or timex.interval is None:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        attached.setdefault(-1 - span.root.i, []).append(index)
        host = _host_of(span.root, span.start, span.end)
        if host is not None and not _no_date_of(span, host):
            attached.setdefault(host.i, []).append(index)
    return attached


# Words that make `since X` the start of a record, not the event's date: `its highest level
# since 2008`, `the first such attack since 2015`, `the worst since 2005`.
_RECORD_WORDS = frozenset("first last only record".split())
# Pro-verbs of a comparison: `as he did in the 2019 final`, `as they had in 1990`.
_PRO_VERBS = frozenset("did do does had has have was were".split())
_LOOKBACK = 8


def _no_date_of(span: Span, host: Token) -> bool:
    """A time expression that does not date the word it hangs on: the start of a record
    (`highest since 2008`), the end of a term (`a contract until 2027`, `delayed until
    June`) or the date of a comparison (`scored twice, as he did in the 2019 final`)."""
    doc = span.doc
    before = doc[max(span.sent.start, span.start - _LOOKBACK) : span.start]
    preposition = span.start > 0 and doc[span.start - 1].lower_
    if preposition == "since" and any(t.tag_ == "JJS" or t.lower_ in _RECORD_WORDS for t in before):
        return True
    if preposition in {"until", "till"}:
        return True  # what lasts until a date, or is put off until it, is not on it
    return any(
        t.lower_ in _PRO_VERBS
        and doc[t.i - 1].lower_ in {"as", "than"}
        or (t.lower_ in _PRO_VERBS and doc[t.i - 2].lower_ in {"as", "than"})
        for t in before
        if t.i >= 2
    )


def _host_of(token: Token, start: int, end: int) -> Token | None:
    """Walk up from a timex, over prepositions and `scheduled for`, to the word it dates."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return current if not start <= current.i < end else None
        current = current.head
        # prepositions, also when tagged SCONJ (`since 2004`), pass the date upwards
        if start <= current.i < end or current.pos_ in {"ADP", "SCONJ"} or current.dep_ == "prep":
            continue
        if current.pos_ == "VERB" and current.lemma_.lower() in SCHEDULING_VERBS:
            if current.dep_ in {"acl", "advcl", "relcl"}:
                continue
        return current
    return None


def time_hosts(token: Token) -> list[Token]:
    """The trigger and the words above it whose date also dates this event."""
    hosts = [token]
    current = token
    for _ in range(6):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            break
        light = dep == "dobj" and head.lemma_.lower() in LIGHT_VERBS | SCHEDULING_VERBS
        if dep not in _HOST_DEPS and not light:
            break
        if dep == "xcomp" and base_forms(head) & _SAYING_GOVERNORS:
            break
        hosts.append(head)
        current = head
    return hosts


def governing_timex(token: Token, attached: dict[int, list[int]]) -> tuple[int | None, str | None]:
    """The timex that dates a trigger, and its scope (`clause` or `sentence`; `background`
    without a timex for a clause set before or after a dated verb: `in 1996 he returned
    and soon after reassumed ...` is later than 1996, and no news of the article's day)."""
    for host in time_hosts(token):
        if host.i in attached:
            return attached[host.i][0], "clause"
    dated = _clause_of_date(token, attached)
    if dated is None:
        dated = _date_of_occurrence(token, attached)
    if dated is None:
        dated = _dated_occasion(token, attached)
    if dated is not None:
        return dated, "clause"
    current, moved = token, False
    for _ in range(4):
        if current.dep_ not in _SENTENCE_DEPS or current.head.i == current.i:
            break
        moved = moved or moved_in_time(current)
        current = current.head
        for host in time_hosts(current):
            if host.i in attached:
                return (None, "background") if moved else (attached[host.i][0], "sentence")
    return None, None


# Verbs that say when their subject happens: `the summit will take place on May 5`, `the
# hearing is scheduled for April 2`, `the trial is due to start on June 1`.
# (`ended`, `continued` are not among them: a war is not dated by its end.)
OCCURRENCE_VERBS = SCHEDULING_VERBS | frozenset(
    "take go begin start open resume happen occur hold be".split()
)
# ... only with their word: `take place`, `go ahead`, `go through`
_WITH_WORD = {"take": frozenset({"place"}), "go": frozenset({"ahead", "through", "forward"})}


def occurrence_verbs(token: Token) -> list[Token]:
    """The verbs that say when and whether a nominal trigger happens, when it is their
    subject (`the summit will take place`, `is due to start`), outermost first."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verbs: list[Token] = []
    verb: Token | None = token.head
    for _ in range(3):  # `is due to start`: be -> due -> start
        if verb is None or verb.lemma_.lower() not in OCCURRENCE_VERBS:
            break
        if verb.lemma_.lower() in _WITH_WORD and not any(
            c.lower_ in _WITH_WORD[verb.lemma_.lower()] for c in verb.children
        ):
            break
        verbs.append(verb)
        verb = next((c for c in verb.children if c.dep_ in {"acomp", "xcomp"}), None)
    return verbs


def _date_of_occurrence(token: Token, attached: dict[int, list[int]]) -> int | None:
    """The date a nominal trigger's verb gives it when the trigger is that verb's subject."""
    return next((attached[v.i][0] for v in occurrence_verbs(token) if v.i in attached), None)


# Words that set a clause at another time than the verb it hangs off: `later revealing`,
# `before joining`, `and then resigned`.
OTHER_TIME_WORDS = frozenset(
    "later afterwards subsequently then eventually previously earlier before after since "
    "until once".split()
)


def moved_in_time(token: Token) -> bool:
    """Whether a clause carries a word that places it before or after its head's time."""
    return any(
        c.dep_ in {"advmod", "mark", "prep"} and c.lower_ in OTHER_TIME_WORDS
        for c in token.children
    )


# Prepositions that set a verb at an occasion: `said at a May 3 briefing`, `in an interview`.
_OCCASION_PREPOSITIONS = frozenset("at in during".split())


def _dated_occasion(token: Token, attached: dict[int, list[int]]) -> int | None:
    """`In a July 16 press conference, Jobs said ...`, `at a Wednesday event, X released`:
    a verb said or done at a dated occasion takes the occasion's date."""
    if token.pos_ != "VERB":
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPOSITIONS:
            continue
        for occasion in prep.children:
            if occasion.dep_ != "pobj" or occasion.pos_ != "NOUN":
                continue
            # the date may hang off the noun or off its compound (`a May 3 news conference`)
            for word in (occasion, *(c for c in occasion.children if c.dep_ == "compound")):
                if word.i in attached:
                    return attached[word.i][0]
    return None


def _clause_of_date(token: Token, attached: dict[int, list[int]]) -> int | None:
    """The date a relative or adverbial clause hangs off: `in 2009, when several died`."""
    current = token
    for _ in range(4):
        if current.dep_ not in {"relcl", "advcl", "acl", "xcomp", "conj"}:
            if current.dep_ not in _HOST_DEPS or current.head.i == current.i:
                return None
        head = current.head
        if head.i == current.i:
            return None
        found = attached.get(-1 - head.i)
        if found and current.dep_ in {"relcl", "advcl", "acl"}:
            return found[0]
        current = head
    return None


# Adverbs that set a past event before the news of the day: `had previously resigned`.
BACKGROUND_ADVERBS = frozenset("previously formerly once originally earlier".split())
_OCCASION_RELATIVES = frozenset({"where", "when"})


# Prepositions that set a clause in a year: `in 1960`, `since 1995`.
_YEAR_PREPOSITIONS = frozenset("in since until during by".split())


def _years_ago(clause: Token) -> bool:
    """A subordinate clause set in a year of its own (`born in 1960`, `since the war ended in
    1995`): what the main clause tells happened in that era, not on the news day."""
    return any(
        t.dep_ == "pobj"
        and t.head.lower_ in _YEAR_PREPOSITIONS
        and len(t.text) == 4
        and t.text.isdigit()
        and 1000 <= int(t.text) <= 2100
        for t in clause.subtree
    )


def is_background(token: Token) -> bool:
    """A past event told as background, not as the news: past perfect (`had died`), a past
    relative clause set off by a comma (`the singer, who died ...`, `the studio, which was
    founded by ...`), `previously`."""
    verb = token
    if token.pos_ in {"NOUN", "PROPN"}:
        verb = token.head if token.dep_ in {"dobj", "nsubj", "nsubjpass"} else token
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    children = list(verb.children)
    if any(c.lower_ == "had" and c.dep_ == "aux" for c in children) and verb.tag_ == "VBN":
        return True
    if any(c.lower_ in BACKGROUND_ADVERBS and c.dep_ == "advmod" for c in children):
        return verb.tag_ in {"VBD", "VBN"}
    if verb.tag_ in {"VBD", "VBN"} and any(c.dep_ == "advcl" and _years_ago(c) for c in children):
        return True  # `Born in 1960, she studied law`: told from that year, not the news day
    # a relative clause set off by a comma describes (`the singer, who founded the band`);
    # one without (`it was Jobs who made the decision`) may be the news itself
    past = verb.tag_ == "VBD" or (  # `, which was founded by ...`: a past passive
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in children)
    )
    return (
        verb.dep_ == "relcl"
        and past
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","
        # `at a conference, where he promoted ...`: what happened at the occasion, not
        # a description of it
        and not any(c.lower_ in _OCCASION_RELATIVES and c.dep_ == "advmod" for c in children)
    )
