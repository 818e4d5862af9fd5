"""Token checks for reference words (`now`, `soon`, `current`) and deictic days (`today`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventline.analyse.temporal.anchor import tense_of
from eventline.analyse.temporal.more_checks import in_title, now_ok

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def ref_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    lowered = text.lower()
    if lowered == "soon":
        return _soon_ok(doc, first)
    if lowered == "current":
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        return nxt is None or nxt.lower_ not in ("account", "accounts", "assets", "liabilities")
    if lowered == "future":
        return first.pos_ in ("NOUN", "ADJ")
    if lowered == "now":
        return now_ok(doc, first, last)
    return True


def deictic_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`today's youth`, `the people of tomorrow`: generic, not the article's day."""
    if text.lower() not in ("today", "tomorrow"):
        return True
    if in_title(doc, first):
        return False
    prev = doc[first.i - 1].lower_ if first.i > 0 else ""
    nxt = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
    if prev == "of":
        return False
    if prev in ("in", "for") and nxt in ("'s", "’s"):  # `in today's world`: the present age
        return last.head.lemma_.lower() in _TODAYS_ISSUE
    return True


_TODAYS_ISSUE = {
    "edition", "paper", "newspaper", "issue", "column", "editorial", "quiz", "show", "program",
    "programme", "broadcast", "episode", "meeting", "session", "vote", "hearing", "game",
    "match", "race", "speech", "announcement", "deadline", "trading", "talk", "debate",
    "weather", "forecast", "news", "headline", "agenda", "schedule", "puzzle",
}  # fmt: skip
"""Things of one day that `in today's ...` dates (`in today's editions`); other nouns
(`in today's world`, `in today's NBA`) mean the present age, which is not tagged."""


def _soon_ok(doc: Doc, first: Token) -> bool:
    """`soon` looking forward; not `as soon as`, `soon after`, nor a past `was soon released`."""
    prev = doc[first.i - 1].lower_ if first.i > 0 else ""
    nxt = doc[first.i + 1].lower_ if first.i + 1 < len(doc) else ""
    if prev in ("as", "too", "how", "so") or nxt in ("after", "afterward", "afterwards", "as"):
        return False
    return tense_of(first) != "past"
