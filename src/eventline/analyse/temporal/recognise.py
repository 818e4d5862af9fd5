"""Finding temporal expressions: pattern candidates, checked against spaCy's tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventline.analyse.temporal.absolute import explicit_year
from eventline.analyse.temporal.amount_checks import (
    bare_units_ok,
    decade_ok,
    duration_ok,
    not_speed,
)
from eventline.analyse.temporal.extents import over_is_preposition
from eventline.analyse.temporal.lexicon import MONTHS, SEASONS
from eventline.analyse.temporal.more_checks import (
    clock_duration_ok,
    clock_stamp_ok,
    frequency_ok,
    measured,
    part_ok,
    range_end_ok,
    range_tail,
    year_range_start,
    zoned,
)
from eventline.analyse.temporal.name_checks import month_ok, name_to_ok, weekday_ok
from eventline.analyse.temporal.patterns import COMPILED
from eventline.analyse.temporal.proper_names import part_of_name
from eventline.analyse.temporal.scan import pattern_matches
from eventline.analyse.temporal.word_checks import deictic_ok, ref_ok
from eventline.models import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Entity labels that make a month or weekday part of a name (`Sunday Times`, `Theresa May`).
_NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "GPE", "LOC", "NORP", "LAW"}
_NAMEABLE = {"month", "weekday", "set_adverb", "season", "ref"}
_UNITS = {"week", "month", "year", "quarter", "weekend", "decade", "century"}
_ADJECTIVE_SETS = {"quarterly", "semiannually", "fortnightly", "annual"}
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
    for kind, match in pattern_matches(text):
        start, end = match.span()
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        found.append(Candidate(start, end, kind))
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Longest candidates first, then by pattern order; no overlaps; sorted by start."""
    from bisect import bisect_left, insort

    chosen: list[Candidate] = []
    # The chosen spans never overlap, so sorted by (start, end) their ends rise too: only the
    # last one starting before a candidate ends can reach into it (n log n on any text).
    taken: list[tuple[int, int]] = []
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    for cand in ranked:
        before = bisect_left(taken, (cand.end,))
        if before and taken[before - 1][1] > cand.start:
            continue
        chosen.append(cand)
        insort(taken, (cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def recognise(doc: Doc, ignored: Sequence[Span] = (), text: str | None = None) -> list[Candidate]:
    """Candidate expressions that survive the token checks, outside boilerplate."""
    text = doc.text if text is None else text
    kept = [
        _trimmed(doc, c, text)
        for c in candidates(text)
        if not any(c.start < s.end and s.start < c.end for s in ignored) and plausible(doc, c)
    ]
    return select(kept)


def _trimmed(doc: Doc, cand: Candidate, text: str) -> Candidate:
    """The candidate without a leading preposition `over` (`used [over] three years`)."""
    if cand.kind not in ("duration", "ago", "later"):
        return cand
    cut = over_is_preposition(doc, cand.start, text[cand.start : cand.end])
    return Candidate(cand.start + cut, cand.end, cand.kind) if cut else cand


def plausible(doc: Doc, cand: Candidate) -> bool:
    """Reject matches that are not temporal in context (modal `may`, `Sunday Times`, `1990 men`)."""
    if cand.kind == "year_to":
        return range_end_ok(doc, cand.start, cand.end)  # `11` of `2010/11` is inside a token
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if span.start_char != cand.start:
        return False  # inside a token: `24/7`-like strings, URLs, codes
    whole = span.text  # `doc.text` joins every token: slice the span instead
    rest = whole[cand.end - cand.start :]
    if rest not in ("", ".") and not (cand.kind == "year" and range_tail(rest)):
        return False
    text = whole[: cand.end - cand.start]
    first, last = span[0], span[-1]
    if cand.kind in _NAMEABLE and _in_name(doc, span):
        return False
    if cand.kind == "holiday" and _inside_longer_name(doc, span):
        return False  # `Christmas Island`, `Easter Parade`: a holiday is itself a name
    if part_of_name(doc, span):
        return False  # `the Six-Day War`, `the Winter Olympics`, `Super Tuesday`
    check = _CHECKS.get(cand.kind)
    return check(doc, text, first, last) if check else True


def _in_name(doc: Doc, span) -> bool:
    """The words sit inside a named entity that is not a date (none when NER did not run)."""
    return any(
        t.ent_type_ in _NAME_LABELS and not t.is_punct for t in span if t.ent_type_ != "DATE"
    )


def _inside_longer_name(doc: Doc, span) -> bool:
    """A named entity starts before the span or continues after it."""
    after = doc[span.end] if span.end < len(doc) else None
    inside = [t for t in (span[0], after) if t is not None and t.ent_iob_ == "I"]
    return any(t.ent_type_ not in ("DATE", "TIME") for t in inside)  # `the May Day weekend`


def _year_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    if len(text) > 4 and not text[:4].isdigit():
        return True
    if zoned(doc, last) or measured(doc, last):
        return False  # `1653 GMT` (a time of day), `2000 MT of wheat` (an amount)
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    dated = prev is not None and prev.lower_ in ("in", "since", "until", "during")
    dated = dated or prev is not None and (prev.lower_ in _DETERMINERS or prev.tag_ == "POS")
    if nxt is not None and nxt.text in ("-", "–") and year_range_start(doc, last):
        return True  # the first end of `2009-2010`
    if nxt is not None and nxt.tag_ == "NNS" and last.dep_ == "nummod" and not dated:
        return False  # `1990 people`, but `in 2001 phones (were sold)`, `the 1992 protests`
    if _counts_people(last) and not dated:
        return False  # `interviewed 2028 British adults`
    if nxt is not None and nxt.lower_ in _COUNTED and not dated:
        return False  # `2015 million yuan`, `employs 2014 staff`: a count
    if nxt is not None and nxt.lower_ in ("percent", "%", "to", "-") and nxt.lower_ != "to":
        return False
    return not (prev is not None and prev.lower_ in _NUMBERED)


_DETERMINERS = {"the", "its", "their", "his", "her", "our", "this", "that"}


def _counts_people(number: Token) -> bool:
    """The number counts a plural noun through adjectives (`2028 British adults`)."""
    head = number.head
    return (
        number.dep_ == "nummod"
        and head.tag_ == "NNS"
        and head.i > number.i + 1
        and all(t.pos_ == "ADJ" for t in number.doc[number.i + 1 : head.i])
    )


_NUMBERED = {
    "$", "no.", "no", "#", "flight", "route", "room", "resolution", "resolutions", "article",
    "section", "chapter", "clause", "paragraph", "bill", "page", "item", "number",
    "highway", "interstate", "channel", "gate", "platform", "bus", "apartment", "suite", "box",
    "lot", "case", "form", "rule", "model", "version", "unit", "grade", "level", "exit",
}  # fmt: skip
"""Words that a number names an item of (`UN Resolution 1973`, `Route 2010`): no year."""
_NOT_AT_THAT_HOUR = {
    "prayer", "prayers", "regulation", "regulations", "rule", "rules", "action", "actions",
    "pardon", "pardons", "appointment", "appointments", "snack", "oil", "blue",
}  # fmt: skip
_COUNTED = {"million", "billion", "trillion", "thousand", "hundred", "staff", "personnel"}


def _season_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.lower_ == "fall" and nxt is not None and nxt.lower_ in ("of", "in", "from", "to"):
        return False  # `the fall of the regime`, `the fall in prices`: a drop, not autumn
    if len(text.split()) > 1 or any(ch.isdigit() for ch in text):
        return last.pos_ in ("NOUN", "PROPN") or explicit_year(text) is not None
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.lower_ in ("and", "or") and prev.i > 0:
        return doc[prev.i - 1].lower_ in SEASONS  # `in autumn and winter`
    return prev is not None and prev.lower_ in ("in", "since", "until", "by", "during", "through")


def _slash_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    parts = [int(p) for p in text.replace(".", "/").split("/")]
    month, day = parts[0], parts[1]
    if len(parts) == 3 and 1 <= day <= 12 and 1 <= month <= 31:
        month, day = day, month  # `19/10/2023`: day first is the only reading
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if len(parts) == 2 and month < day and day in (2, 3, 4, 5, 6, 8, 10, 16, 32, 64):
        return False  # a fraction: 3/4, 5/8
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.lower_ in ("version", "v", "release", "build", "update"):
        return False  # `version 2.4.2014`: a number of a release
    return not (len(parts) == 2 and prev is not None and prev.like_num)


def _quarter_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    lowered = text.lower()
    if re.fullmatch(r"(quarter|half|its quarter|this half|the half)", lowered):
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return not (
        nxt is not None and nxt.lower_ in ("of", "point", "mile", "hour") and "half" in lowered
    )


def _conj_day_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`April 24 and 25`: a month and a day come before, no noun after (`5 and 6 percent`)."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if first.i < 3 or not doc[first.i - 2].like_num or nxt is not None and nxt.pos_ == "NOUN":
        return False
    return doc[first.i - 3].text.rstrip(".").lower() in MONTHS


def _clock_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`high noon` is a figure of speech (or a film), `noon prayers` a kind of prayer."""
    if first.lower_ in ("noon", "midday", "midnight") and last.i + 1 < len(doc):
        if doc[last.i + 1].lower_ in _NOT_AT_THAT_HOUR:
            return False  # `noon prayers`, `midnight regulations`: a kind, not a time
    return not (first.lower_ == "noon" and first.i > 0 and doc[first.i - 1].lower_ == "high")


def _relative_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`ABC's "This Week"`: a capitalised unit inside a lower-case sentence is a title."""
    if last.lower_ not in _UNITS or not last.text.istitle() or first.is_sent_start:
        return True
    words = [t for t in first.sent if t.is_alpha]
    return sum(t.is_title for t in words) * 2 >= len(words)  # a headline: all title case


def _weekday_set_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`held annually`; not `its quarterly dividend` (an adjective of a noun: no time named)."""
    if first.dep_ == "amod" and first.lower_ in _ADJECTIVE_SETS:
        return False
    return first.pos_ != "PROPN" or not text[0].isupper()


def _unit_ok(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """`Coach of the Year`, `Player of the Month`: a capitalised unit is part of a title."""
    return not last.text[:1].isupper()


_CHECKS = {
    "the_unit": _unit_ok,
    "year_ended": _unit_ok,
    "year_of": _unit_ok,
    "month": month_ok,
    "weekday": weekday_ok,
    "year": _year_ok,
    "bare_units": bare_units_ok,
    "duration": duration_ok,
    "ref": ref_ok,
    "deictic_day": deictic_ok,
    "season": _season_ok,
    "slash": _slash_ok,
    "dotted": _slash_ok,
    "quarter": _quarter_ok,
    "set_adverb": _weekday_set_ok,
    "set_per": not_speed,
    "set_every": not_speed,
    "conj_day": _conj_day_ok,
    "clock": _clock_ok,
    "relative": _relative_ok,
    "decade": decade_ok,
    "clock_duration": clock_duration_ok,
    "clock_stamp": clock_stamp_ok,
    "date_to": month_ok,
    "frequency": frequency_ok,
    "name_to": name_to_ok,
    "in_the_part": part_ok,
}
