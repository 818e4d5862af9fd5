"""An event's summary: the one sentence of its reports that states it best, trimmed.

Best is what an editor would pick: a sentence that names the event's participants and
places, from an article's opening where the news is told, whole (not a fragment cut out of
a quotation), and of a readable length; the same sentence whatever the input order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventline.models import Mention

_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,}(?:,[^.()/\n]{0,40}?)?\s*(?:\([^)]{1,30}\))?\s*"
    r"(?:[-\u2013\u2014]+|\.\s*/[A-Za-z]+/\s*\.?)\s*"
)
"""`PYONGYANG, October 19. /TASS/.`, `CAIRO (Reuters) -`: the wire's dateline, not news."""
_QUOTES = re.compile(r"[\"\u201c\u201d]")
LEAD_CHARS = 400
"""A sentence starting this close to the top of its article is part of the lead."""
READABLE_WORDS = (8, 40)


_CLOSING = {"\u201c": "\u201d", '"': '"'}


def trimmed(sentence: str) -> str:
    """A sentence on one line, without a leading dateline, and with the closing quotation
    mark that sentence splitting left on the next line (`... agreements.` + `"`)."""
    text = _DATELINE.sub("", " ".join(sentence.split()), count=1) or sentence.strip()
    marks = _QUOTES.findall(text)
    if len(marks) % 2 and text.endswith((".", "!", "?")):
        opening = next((m for m in reversed(marks) if m in _CLOSING), '"')
        text += _CLOSING[opening]
    return text


def _fault(text: str) -> int:
    """0 for a whole sentence; more for a quotation's fragment or a broken one."""
    fault = 0
    if len(_QUOTES.findall(text)) % 2:
        fault += 2  # an unbalanced quotation mark: a fragment of a quote
    if text[:1].islower() or text[:1] in "\"'\u201c\u2018":
        fault += 1
    if not text.endswith((".", "!", "?", '"', "\u201d")):
        fault += 1
    return fault


def _length_penalty(text: str) -> int:
    words = len(text.split())
    low, high = READABLE_WORDS
    return max(0, low - words) + max(0, words - high) // 4


def _forms(names: Sequence[str]) -> list[set[str]]:
    """Each name in its full form and by its last word (`Lavrov` for `Sergey Lavrov`)."""
    return [
        {n.lower(), n.split()[-1].lower()} if len(n.split()[-1]) > 3 else {n.lower()}
        for n in names
        if n.strip()
    ]


def _count(forms: list[set[str]], lowered: str) -> int:
    return sum(1 for name in forms if any(form in lowered for form in name))


def event_summary(
    mentions: Sequence[Mention], names: Sequence[str], places: Sequence[str] = ()
) -> str | None:
    """The sentence that states the event best (see the module doc), or None without one:
    the most participants named, whole, from a lead, then the most places named."""
    forms, place_forms = _forms(names), _forms(places)
    best, best_key, seen = None, None, set()
    for mention in mentions:
        where = (mention.document, mention.sentence_start)
        if not mention.sentence or where in seen:
            continue  # a sentence with several mentions is weighed once
        seen.add(where)
        text = " ".join(mention.sentence.split())
        if text.count(" ") < 2:
            continue
        lowered = text.lower()
        lead = mention.sentence_start is not None and mention.sentence_start < LEAD_CHARS
        key = (
            -_count(forms, lowered),
            _fault(text),
            not lead,
            -_count(place_forms, lowered),
            _length_penalty(text),
            mention.document,
            mention.start,
        )
        if best_key is None or key < best_key:
            best, best_key = mention.sentence, key
    return trimmed(best) if best is not None else None  # only the chosen one is trimmed
