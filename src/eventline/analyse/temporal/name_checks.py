"""Token checks for month and weekday names: `they March`, `Theresa May`, `Sunday Times`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.analyse.temporal.lexicon import MONTHS, NAME_FOLLOWERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def month_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    word = last.text.rstrip(".").lower()
    if word not in MONTHS:
        return True
    if not last.text.endswith(".") and len(word) <= 3 and word not in ("may",):
        return False  # a bare `Jan` or `Mar` is a name or a word, not a month
    if last.tag_ == "MD" or last.pos_ in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "aux", "dobj") for c in last.children) or last.dep_ == "ROOT":
        return False  # `They March on`: a verb
    prev = doc[first.i - 1] if first.i > 0 else None
    if len(text.split()) == 1 and prev is not None and prev.tag_ in ("PRP", "NNS", "MD", "TO"):
        return False  # `they March`, `will March`, `to March`
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if prev is not None and prev.lower_ in ("the", "annual", "a") and nxt is not None:
        if nxt.lower_ in ("of", "for", "against", "on", "to"):
            return False  # `the March for Life`: an event's name
    if nxt is not None and nxt.lower_ == "of" and _titled_after(doc, nxt):
        return False  # `the "March of the Mothers"`: a name
    if word == "may" and len(text.split()) == 1:
        if prev is not None and (prev.pos_ == "PROPN" or prev.is_title) and prev.i > 0:
            return False  # `Theresa May`
    return _not_name_head(doc, last)


def _titled_after(doc: Doc, word: Token) -> bool:
    """`of the Mothers`, `of Hope`: a capitalised word after `of` (and `the`)."""
    following = [t for t in doc[word.i + 1 : word.i + 3] if t.lower_ != "the"]
    return bool(following) and following[0].is_title and not following[0].is_sent_start


def weekday_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    return _not_name_head(doc, last)


def _not_name_head(doc: Doc, last: Token) -> bool:
    """`Sunday Times`, `May Day Parade`: a capitalised name word follows."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return not (nxt is not None and nxt.is_title and nxt.lower_ in NAME_FOLLOWERS)


def name_to_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`Friday` of `Monday-Friday`, `July` of `June-July`: the checks of a weekday or month."""
    check = weekday_ok if text.endswith("day") else month_ok
    return check(doc, text, first, last)
