"""Boilerplate lines (breadcrumbs, bylines, share/comment widgets, copyright, cookies).

They are marked as spans, never cut out, so offsets stay valid. Each pattern must match a
whole, short line: a real news sentence is long, ends in a full stop and is never all of
`Share this` or `Leave a Comment`; when in doubt a line is kept.
"""

from __future__ import annotations

import re

from eventline.models import Span

_NAME = r"[A-Z][\w.'’\-]*"
_NAMES = rf"{_NAME}(?:[ ]+(?:{_NAME}|van|von|de|da|del|der|bin|al-\w+))*"
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_STAMP_WORD = (
    rf"\b(?:(?:{_MONTHS})[a-z]*|(?:{_DAYS})[a-z]*|[ap]\.?m\.?|[a-z]{{1,3}}t|utc|ago|at|on"
    r"|hours?|hrs?|mins?|minutes?|seconds?|days?|today|yesterday)\b\.?"
)
_NETWORKS = "facebook|twitter|x|linkedin|whatsapp|telegram|email|pinterest|reddit|print"
_PATTERNS = [
    # breadcrumbs: `Home » World » Asia`, `News › Politics`
    r"(?:home|homepage|start)[ ]*(?:»|›|>|/|\||→)[ ]*\S.*",
    r"[^.!?\n]{1,60}(?:[ ]+[»›][ ]+[^.!?\n]{1,60}){2,}",
    # bylines: `by Ayushi Veda`, `By Jane Doe and John Roe, Reuters`, `Posted by ...`
    rf"(?:(?:written|posted|reported|story|words)[ ]+)?by[ ]+{_NAMES}"
    rf"(?:[ ]*(?:,|and|&)[ ]*{_NAMES})*(?:[ ]*[|,–—-][ ]*[^.!?\n]{{0,40}})?",
    # comment and reaction widgets
    r"\d+[ ]*comments?(?:\(s\))?",
    r"no comments?(?:[ ]+yet)?\.?",
    r"(?:leave|post|add|write)[ ]+a[ ]+(?:comment|reply)\.?",
    r"comments?(?:[ ]+\(\d+\))?:?",
    r"(?:you[ ]+(?:may|might)[ ]+also[ ]+like|recommended(?:[ ]+for[ ]+you)?|more[ ]+stories)\.?:?",
    r"(?:related(?:[ ]+(?:articles?|posts?|stories|news|content|coverage))?"
    r"|see[ ]+also|also[ ]+read)(?::.{0,150})?",
    r"read[ ]+(?:more|also|next|the[ ]+full[ ]+story)\b.{0,120}",
    r"share(?:[ ]+(?:this|on)(?:[ ]+\w+)?)?[ ]*:?",
    rf"(?:(?:{_NETWORKS})[ ]*[|,·]?[ ]*){{2,}}",
    r"(?:tweet|advertisement|sponsored(?:[ ]+content)?|print[ ]+this[ ]+(?:page|article))",
    r"follow[ ]+us[ ]+on\b.{0,80}",
    r"(?:sign[ ]+up|subscribe)\b.{0,80}\bnewsletters?\b.{0,40}",
    r"subscribe(?:[ ]+now)?!?",
    # time stamps: `Updated 16:53 GMT`, `Last updated: 14 March 2024, 09:12 GMT`,
    # `First published on Thu 14 Mar 2024`, `Posted 2 hours ago` (nothing but a date after)
    rf"(?:(?:last|first)[ ]+)?(?:updated|published|posted|modified|edited)(?:[ ]+(?:on|at))?"
    rf"[ ]*:?[ ]*(?=[^\n]*\d)(?:{_STAMP_WORD}|[ ]+|[\d:./,|–-]+)+",
    # reporting credits and comment-section notices: `Jane Roe contributed to this report.`,
    # `Views expressed in the comments do not represent those of ...`, `| Reply`
    r".{0,250}\bcontributed[ ]+(?:reporting[ ]+)?to[ ]+(?:this|the)[ ]+(?:report|story|article)\.?",
    r"\(?(?:additional[ ]+)?reporting[ ]+by[ ]+[^.;]{1,150}"
    r"(?:;|\bediting[ ]+by\b|\bwriting[ ]+by\b).{0,150}",
    r"views[ ]+expressed[ ]+(?:in|on|here)\b.{0,80}\b(?:do|does|are)[ ]+not\b.{0,120}",
    r".{0,120}\|[ ]*reply\b.{0,600}",
    # copyright footers
    r"(?:©|copyright[ ]*(?:©|\(c\)|@)?[ ]*(?:(?:19|20)\d\d\b|©)|\(c\)[ ]*(?:19|20)\d\d\b).{0,200}",
    r"all[ ]+rights?[ ]+reserved\.?",
    r".{0,150}(?:©|copyright|\b(?:19|20)\d\d\b).{0,50}all[ ]+rights?[ ]+reserved\.?",
    # cookie notices
    r"(?:we|this[ ]+(?:web)?site|our[ ]+(?:web)?site)[ ]+uses?[ ]+cookies\b.{0,300}",
    r"(?:accept|reject|manage)(?:[ ]+all)?[ ]+cookies\.?",
    r"cookie[ ]+(?:policy|settings|preferences|consent)\.?",
]
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_BYLINE_START = re.compile(r"(?:(?:written|posted|reported|story|words)\s+)?by\s", re.IGNORECASE)
_MAX_LINE = 320


def find_boilerplate(text: str) -> list[Span]:
    """Spans of whole lines (without surrounding whitespace) that are boilerplate."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped or len(stripped) > _MAX_LINE or not is_boilerplate_line(stripped):
            continue
        start = match.start() + len(line) - len(line.lstrip())
        spans.append(Span(start=start, end=start + len(stripped)))
    return spans


def is_boilerplate_line(line: str) -> bool:
    """Whether one stripped line is entirely boilerplate: as a whole, or as a run of short
    widgets pasted onto one line (`Updated 16:53 GMT. Follow us on Twitter. Read more`)."""
    if not _BOILERPLATE.fullmatch(line):
        pieces = [p for p in _PIECE_BREAK.split(line) if p]
        return len(pieces) > 1 and all(is_boilerplate_line(p) for p in pieces)
    return _one_piece(line)


# a full stop, `!` or `?` and a space end a widget's words; `Read more:` keeps its colon
_PIECE_BREAK = re.compile(r"(?<=[.!?])\s+")


def _one_piece(line: str) -> bool:
    """Whether a line that matches a boilerplate pattern whole really is boilerplate."""
    if _BYLINE_START.match(line):
        # `By Monday, the talks had...`: names are capitalised word by word, the case
        # flag above must not let lowercase words through
        return _is_byline(line)
    return True


def _is_byline(line: str) -> bool:
    """A byline: names only (capitalised words), not a sentence that opens with `By`."""
    names = re.split(r"\s*[|–—]\s*", _BYLINE_START.sub("", line, count=1))[0]
    words = [w for w in re.split(r"[\s,&]+", names) if w and w.lower() not in _CONNECTORS]
    return 0 < len(words) <= 8 and all(w[0].isupper() for w in words)


_CONNECTORS = {"and", "van", "von", "de", "da", "del", "der", "bin"}
