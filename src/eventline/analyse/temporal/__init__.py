"""Temporal expressions: find them in a parsed article and give their TIMEX3 values.

Relative expressions are resolved against the article date (which may lack a year), the
tense of the clause and the date under discussion; a year is never invented.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy

from eventline.analyse.temporal.amount_ranges import split_amount_range
from eventline.analyse.temporal.anchor import counted_from, parse_published, reading_of
from eventline.analyse.temporal.clock_days import attach_clock_days
from eventline.analyse.temporal.context import Context
from eventline.analyse.temporal.normalise import normalise
from eventline.analyse.temporal.recognise import recognise
from eventline.analyse.temporal.reported import said_on
from eventline.models import Interval, Span, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DATES_EXCLUDE", "find_timexes"]

DATES_EXCLUDE: tuple[str, ...] = ("ner",)
"""Pipeline components `eventline dates` can skip: NER is only a hint against names."""

_SETTLED = re.compile(r"\b(?:ended|since)\s+$", re.I)
"""A period that ended on a date, or a state since one: that date lies in the past."""
_ONWARD = re.compile(r"\b(?:starting|beginning|effective)\s+(?:(?:on|in|from)\s+)?$", re.I)
_EDGE_AFTER = re.compile(r"\s*,?\s*at the (?:earliest|latest)\b", re.I)
"""`starting March 1`, `in March at the earliest`: outside a past clause, a time still ahead."""

_COMPARED = re.compile(r"\b(?:since|than)\s+(?:the\s+)?$", re.I)
"""A date a record is measured from (`the highest since August 2008`) is no day the story
moves to: later clock times and `that day` keep the day they had."""

LEAD_SENTENCES = 3
"""How many opening sentences count as the lead (they report the article's own day)."""


def find_timexes(
    doc: Doc, published: str | None, ignored: Sequence[Span] = (), text: str | None = None
) -> list[Timex]:
    """Temporal expressions of an article, sorted, non-overlapping, with TIMEX3 values.

    `text` is the Doc's text when the caller has it (`Doc.text` joins every token)."""
    ctx = Context(parse_published(published))
    lead_end = _lead_end(doc, ignored)
    found = []
    told: list[tuple[Token, Interval]] = []
    full_text = doc.text if text is None else text
    breaks, ctx.reach = _paragraphs(doc, full_text)
    pieces = [
        p for c in recognise(doc, ignored, full_text) for p in split_amount_range(c, full_text)
    ]
    for cand, text in pieces:
        ctx.paragraph = bisect_right(breaks, cand.start)
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        _orient(ctx, span.root, full_text, (cand.start, cand.end), told)
        ctx.lead = cand.start < lead_end
        ctx.possessive = full_text[cand.end : cand.end + 2] in ("'s", "’s")
        narrated = ctx.ref_day, ctx.focus
        result = _normalised(cand.kind, text, ctx)
        if result is None:
            continue
        ctx.note(result)
        if _COMPARED.search(full_text, max(0, cand.start - 12), cand.start):
            ctx.ref_day, ctx.focus = (
                narrated  # `the highest since August 2008`: not the story's day
            )
        if result.interval is not None:
            told.append((span.root, result.interval))
        end = cand.start + result.length if result.length else cand.end
        found.append(
            Timex(
                start=cand.start,
                end=end,
                text=full_text[cand.start : end],
                type=result.type,
                value=result.value,
                mod=result.mod,
                interval=result.interval,
            )
        )
    return attach_clock_days(found, full_text)


def _orient(
    ctx: Context, root: Token, text: str, where: tuple[int, int], told: list[tuple[Token, Interval]]
) -> None:
    """Set the tense, the look ahead and the saying day an expression is read with."""
    start, end = where
    ctx.tense, ahead = reading_of(root)
    ctx.settled = _SETTLED.search(text, max(0, start - 8), start) is not None or counted_from(root)
    ctx.prospective = ahead and not ctx.settled
    if ctx.settled:
        ctx.tense = "past"
    elif ctx.tense != "past" and (
        _ONWARD.search(text, max(0, start - 20), start) or _EDGE_AFTER.match(text, end)
    ):
        ctx.tense = "future"
    ctx.since = None
    if (ctx.tense == "future" or ctx.prospective) and ctx.anchor:
        ctx.since = said_on(root, told, ctx.anchor.day)  # unparsed: no verb above, None


def _normalised(kind: str, text: str, ctx: Context):
    """The expression's value, or None when it falls outside the calendar (years 1-9999):
    `999999 days ago`, `tomorrow` on 9999-12-31 are left untagged rather than raising."""
    try:
        return normalise(kind, text, ctx)
    except (OverflowError, ValueError):
        return None


def _paragraphs(doc: Doc, text: str) -> tuple[list[int], int]:
    """Paragraph starts and their reach; without blank lines, sentences (the previous counts)."""
    if "\n\n" in text:
        return [m.end() for m in re.finditer(r"\n\s*\n", text)], 0
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        # the sentence starts read from one array: walking `doc.sents` makes every Token
        starts = numpy.flatnonzero(doc.to_array("SENT_START") == 1)
        return [doc[int(i)].idx for i in starts if i > 0], 1
    return [m.end() for m in re.finditer(r"\n", text)], 1


def _lead_end(doc: Doc, ignored: Sequence[Span]) -> int:
    """Character offset where the lead (the first sentences outside boilerplate) ends."""
    if not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return min(len(doc.text), 300)  # no sentence boundaries: roughly a lead paragraph
    count, end = 0, 0
    for sent in doc.sents:
        if any(s.start <= sent.start_char and sent.end_char <= s.end for s in ignored):
            continue
        if not sent.text.strip():
            continue
        end = sent.end_char
        count += 1
        if count >= LEAD_SENTENCES:
            break
    return end
