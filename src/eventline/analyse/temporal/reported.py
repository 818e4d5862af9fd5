"""When a looked-ahead clause was said: a future told in the past counts from that day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from eventline.models import Interval

if TYPE_CHECKING:
    from spacy.tokens import Token

_FINE = {"day", "week", "month"}
"""Granularities that place a saying well enough to count a month forward from it."""


def said_on(root: Token, told: Sequence[tuple[Token, Interval]], article: date) -> date | None:
    """The day a past verb above `root` was dated before the article (`In December the city
    said the museum would reopen in February`: February after December), else None."""
    past = {a.i for a in root.ancestors if _is_past(a)}
    if not past:
        return None
    first = root.sent.start
    for head, interval in reversed(told):
        if head.i < first:
            break
        verb = _governing_verb(head)
        fine = interval.granularity in _FINE and interval.year_known
        if verb is not None and verb.i in past and fine and interval.start < article:
            return interval.start
    return None


def _is_past(verb: Token) -> bool:
    """A verb in the simple past or with a past auxiliary (`said`, `had announced`)."""
    if verb.tag_ == "VBD":
        return True
    return any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in verb.children)


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token (the one a date phrase is attached to)."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
