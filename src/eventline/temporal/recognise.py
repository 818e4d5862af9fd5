"""Finding temporal expressions: pattern candidates, checked against spaCy's tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Span
from .lexicon import MONTHS, NAME_FOLLOWERS
from .patterns import COMPILED

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Entity labels that make a month or weekday part of a name (`Sunday Times`, `Theresa May`).
_NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "GPE", "LOC", "NORP", "LAW"}
_NAMEABLE = {"month", "weekday", "holiday", "set_adverb", "season", "ref"}
_PRIORITY = {kind: index for index, (kind, _) in enumerate(COMPILED)}


@dataclass(frozen=True)
class Candidate:
    """A span that looks temporal, and which pattern found it."""

    start: int
    end: int
    kind: str


def candidates(text: str) -> list[Candidate]:
    """Every pattern match in the text (overlapping)."""
    found = []
    for kind, pattern in COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in " \t\n":
                end -= 1
            found.append(Candidate(start, end, kind))
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Longest candidates first, then by pattern order; no overlaps; sorted by start."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    for cand in ranked:
        if any(cand.start < end and start < cand.end for start, end in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def recognise(doc: Doc, ignored: Sequence[Span] = ()) -> list[Candidate]:
    """Candidate expressions that survive the token checks, outside boilerplate."""
    text = doc.text
    kept = [
        c
        for c in candidates(text)
        if not any(c.start < s.end and s.start < c.end for s in ignored) and plausible(doc, c)
    ]
    return select(kept)


def plausible(doc: Doc, cand: Candidate) -> bool:
    """Reject matches that are not temporal in context (modal `may`, `Sunday Times`, `1990 men`)."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tail = doc.text[cand.end : span.end_char]
    if span.start_char != cand.start or tail not in ("", "."):
        return False  # inside a token: `24/7`-like strings, URLs, codes
    text = doc.text[cand.start : cand.end]
    first, last = span[0], span[-1]
    if cand.kind in _NAMEABLE and _in_name(doc, span):
        return False
    check = _CHECKS.get(cand.kind)
    return check(doc, text, first, last) if check else True


def _in_name(doc: Doc, span) -> bool:
    """The words sit inside a named entity that is not a date (when NER ran)."""
    if not doc.has_annotation("ENT_IOB"):
        return False
    return any(
        t.ent_type_ in _NAME_LABELS and not t.is_punct for t in span if t.ent_type_ != "DATE"
    )


def _month_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
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
    if word == "may" and len(text.split()) == 1:
        if prev is not None and (prev.pos_ == "PROPN" or prev.is_title) and prev.i > 0:
            return False  # `Theresa May`
    return _not_name_head(doc, last)


def _weekday_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    return _not_name_head(doc, last)


def _not_name_head(doc: Doc, last: Token) -> bool:
    """`Sunday Times`, `May Day Parade`: a capitalised name word follows."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return not (nxt is not None and nxt.is_title and nxt.lower_ in NAME_FOLLOWERS)


def _year_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    if len(text) > 4 and not text[:4].isdigit():
        return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "NNS" and last.dep_ == "nummod":
        return False  # `1990 people`
    if nxt is not None and nxt.lower_ in ("percent", "%", "to", "-") and nxt.lower_ != "to":
        return False
    prev = doc[first.i - 1] if first.i > 0 else None
    return not (prev is not None and prev.lower_ in ("$", "no.", "#", "flight", "route", "room"))


def _set_a_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    before = doc.text[max(0, first.idx - 25) : first.idx]
    return re.search(r"(\d|%|times|twice|once|cents?|dollars?|percent)\s*$", before) is not None


def _bare_units_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    before = doc.text[max(0, first.idx - 12) : first.idx].lower()
    return re.search(r"\b(for|in|over|within|after|took|takes|last(ed)?)\s+$", before) is not None


def _ref_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    lowered = text.lower()
    if lowered == "soon" and first.i > 0 and doc[first.i - 1].lower_ == "as":
        return False
    if lowered == "current":
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        return nxt is None or nxt.lower_ not in ("account", "accounts", "assets", "liabilities")
    if lowered == "future":
        return first.pos_ in ("NOUN", "ADJ")
    return True


def _season_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    if len(text.split()) > 1 or any(ch.isdigit() for ch in text):
        return last.pos_ in ("NOUN", "PROPN") or any(ch.isdigit() for ch in text)
    prev = doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.lower_ in ("in", "since", "until", "by", "during", "through")


def _slash_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    parts = [int(p) for p in text.split("/")]
    month, day = parts[0], parts[1]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if len(parts) == 2 and month < day and day in (2, 3, 4, 5, 6, 8, 10, 16, 32, 64):
        return False  # a fraction: 3/4, 5/8
    prev = doc[first.i - 1] if first.i > 0 else None
    return not (len(parts) == 2 and prev is not None and prev.like_num)


def _quarter_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    lowered = text.lower()
    if re.fullmatch(r"(quarter|half|its quarter|this half|the half)", lowered):
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return not (
        nxt is not None and nxt.lower_ in ("of", "point", "mile", "hour") and "half" in lowered
    )


def _weekday_set_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    return first.pos_ != "PROPN" or not text[0].isupper()


_CHECKS = {
    "month": _month_ok,
    "weekday": _weekday_ok,
    "year": _year_ok,
    "set_a": _set_a_ok,
    "bare_units": _bare_units_ok,
    "ref": _ref_ok,
    "season": _season_ok,
    "slash": _slash_ok,
    "quarter": _quarter_ok,
    "set_adverb": _weekday_set_ok,
}
