"""Token checks for amounts of time (`two years`, `for weeks`) and decades (`the 1990s`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def duration_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`$1.76 a year` is a rate, `52 years old` an age, `a second term` an ordinal."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    after = doc[last.i + 2].lower_ if last.i + 2 < len(doc) else ""
    spaced_old = nxt is not None and nxt.text == "-" and last.whitespace_ and after == "old"
    if nxt is not None and nxt.lower_ == "old" or spaced_old:
        return False  # `52 years old`, `a decades - old practice` (token-joined text)
    if re.fullmatch(r"an?\s+day", text.lower()) and nxt is not None and nxt.lower_ == "when":
        return False  # `there came a day when`: not a duration
    if re.search(r"\b(a|one|three) (quarters?|half)$", text.lower()) and fraction_of(doc, last):
        return False  # `a quarter of the market`: a fraction, not three months
    if re.search(r"\ban?\s+(?!few|couple|dozen|number)[a-z]+s$", text.lower()):
        return False  # `a years-old slump`: `a` belongs to the noun, not to `years`
    if not re.fullmatch(r"(a|an|per)\s+\w+", text.lower()):
        return True
    before = text_before(doc, first, 25)
    if re.search(r"(\d|%|times|twice|once|cents?|dollars?|percent|seats|flights)\s*$", before):
        return False
    if re.search(r"\b(hours|minutes|days|million|billion)\s*$", before):
        return False  # `24 hours a day`, `$2 million a year`
    if speed_before(doc, first):
        return False
    return not (last.lower_ == "second" and nxt is not None and _ordinal_follows(doc, nxt))


def _ordinal_follows(doc: Doc, nxt: Token) -> bool:
    """`a second term`, `a second U.S. official`, `a second or third wave`: an ordinal."""
    if nxt.pos_ in ("NOUN", "ADJ", "PROPN", "NUM"):
        return True
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt.lower_ in ("or", "and") and after is not None and after.lower_ in _AFTER_ORDINAL


_AFTER_ORDINAL = {"third", "fourth", "fifth", "sixth", "later", "potentially", "even", "possibly"}


_SPEED_NOUNS = re.compile(
    r"(miles|kilometers|kilometres|km|feet|meters|metres|knots|instructions|bits|megabits"
    r"|bytes|megabytes|words|revolutions|rotations|beats|frames|cycles|operations)\s*$"
)


def speed_before(doc: Doc, first: Token) -> bool:
    """`60 miles an hour`, `15 million instructions per second`: a speed, which TimeML
    does not mark (the time unit measures something else)."""
    return _SPEED_NOUNS.search(text_before(doc, first, 20).lower()) is not None


def not_speed(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`15 million instructions per second` is a speed, not a set of times."""
    return not (first.lower_ == "per" and speed_before(doc, first))


def fraction_of(doc: Doc, last: Token) -> bool:
    """`quarter of the shares` (a fraction), but `a quarter of a century` (an amount of time)."""
    words = [t.lower_ for t in doc[last.i + 1 : last.i + 4]]
    if not words or words[0] != "of":
        return False
    rest = [w for w in words[1:] if w not in ("a", "an", "the")]
    return not (rest and re.fullmatch(r"(century|decade|year|hour|day|month)s?|\d+", rest[0]))


def bare_units_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`for years`, `took months`; not `after hours trading` (a compound noun)."""
    before = text_before(doc, first, 12).lower()
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if re.search(r"\bafter\s+$", before) and nxt is not None and nxt.pos_ in ("NOUN", "VERB"):
        return False
    if re.search(r"\b(early|small|wee)\s+$", before) and text.lower() == "hours":
        return False  # `in the early hours of Sunday`: a time of night, not a span of hours
    if nxt is not None and nxt.lower_ in ("before", "after", "later", "earlier", "of", "since"):
        return True  # `days after the attack`, `in the weeks before`, `months of talks`
    if nxt is not None and nxt.lower_ in ("that", "which") and _followed(doc, nxt):
        return True  # `in the years that followed`
    return re.search(_BARE_UNIT_BEFORE, before) is not None


def _followed(doc: Doc, word: Token) -> bool:
    """`that followed`, `which followed`: the span runs on from what was just told."""
    return word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "followed"


_BARE_UNIT_BEFORE = (
    r"\b(for|in|over|within|after|took|takes|take|taking|spent|spend|waited|wait"
    r"|last(ed|s|ing)?)\s+$"
)


def text_before(doc: Doc, first: Token, chars: int) -> str:
    """Up to `chars` characters of text before a token (without building `doc.text`)."""
    return doc[max(0, first.i - chars // 2) : first.i].text_with_ws[-chars:]


def decade_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`in his 30s` is an age, not the 1930s."""
    prev = doc[first.i - 1].lower_ if first.i > 0 else ""
    return not (prev in _POSSESSIVES and re.fullmatch(r"(early |late |mid-)?[1-9]0'?s", text))


_POSSESSIVES = {"his", "her", "their", "my", "our", "your", "its"}
