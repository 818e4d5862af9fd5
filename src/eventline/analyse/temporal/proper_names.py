"""Time words inside proper names: `the Six-Day War`, `the Winter Olympics`, `Arab Spring`.

TimeML leaves an expression untagged when it is part of a name; a tagger that dates `the
Winter Olympics` to last winter, or `Super Tuesday` to the nearest Tuesday, puts a wrong day
on a timeline. These checks use only the shape of the words around a candidate (capitals and a
closed list of name heads), so they hold when the parser or NER mislabels the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventline.analyse.temporal.lexicon import NAME_FOLLOWERS, SEASONS, WORD_ORDINALS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME_HEADS = NAME_FOLLOWERS | {
    "war", "wars", "agreement", "accord", "accords", "revolution", "uprising", "offensive",
    "rising", "incident", "riots", "olympics", "olympiad", "paralympics", "games", "festival",
    "network", "football", "live", "street", "avenue", "square", "road", "bridge", "stadium",
    "standard", "show", "declaration", "coalition", "alliance", "brigade", "brigades",
    "memorial", "museum", "crusade", "manifesto", "treaty", "fund", "limited",
}  # fmt: skip
"""Capitalised words that close a name holding a time word (`Six-Day War`, `Winter Games`)."""

NAMED_DAY_WORDS = {
    "black", "cyber", "super", "bloody", "blue", "ash", "palm", "maundy", "holy", "shrove",
    "giving", "mega", "manic", "good", "easter",
}  # fmt: skip
"""Capitalised words that make a weekday a named day (`Super Tuesday`, `Bloody Sunday`): the
nearest such weekday is not that day."""

_TIME_MODIFIERS = {
    "last", "next", "this", "that", "early", "late", "mid", "each", "every", "the", "a", "of",
    "in", "by", "since", "until", "during", "through", "from", "on", "before", "after",
}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "this", "that"}
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def part_of_name(doc: Doc, span: Span) -> bool:
    """The candidate's words are part of a longer proper name."""
    if _named_before(doc, span):
        return True
    words = [t for t in span if not t.is_punct]
    return bool(words) and _capitalised(words) and _name_head_follows(doc, span)


def _capitalised(words: list[Token]) -> bool:
    """Words capitalised (numbers aside, and a leading determiner: `the Winter`), one at least."""
    content = [t for t in words if t.lower_ not in _DETERMINERS or t.i != words[0].i]
    if not any(t.text[:1].isupper() for t in content):
        return False  # `the 2000 Olympics`: a year before a name still dates it
    return all(t.text[:1].isupper() or t.text[:1].isdigit() for t in content)


def _name_head_follows(doc: Doc, span: Span) -> bool:
    """`Six-Day War`, `Hundred Years' War`, `May Fourth Movement`, `20th Century Fox`."""
    after = _next_word(doc, span.end)
    while after is not None and _date_word(after):
        after = _next_word(doc, after.i + 1)  # `May [Fourth] Movement`, `April [6] Movement`
    if after is None or not after.text[:1].isupper():
        return False
    if after.lower_ in NAME_HEADS:
        return True
    # `20th Century Fox`: a capitalised `Century` mid-sentence starts a name of its own
    return span[-1].text == "Century" and not after.is_sent_start and after.is_alpha


def _date_word(token: Token) -> bool:
    """A day number or ordinal that continues a date (`Fourth`, `6`, `17th`)."""
    return (
        token.like_num
        or token.lower_ in WORD_ORDINALS
        or _ORDINAL.fullmatch(token.lower_) is not None
    )


def _next_word(doc: Doc, index: int) -> Token | None:
    """The token at `index`, skipping a possessive mark (`Years' War`)."""
    if index < len(doc) and doc[index].text in ("'", "’", "'s", "’s"):
        index += 1
    return doc[index] if index < len(doc) else None


def _named_before(doc: Doc, span: Span) -> bool:
    """`Arab Spring`, `Prague Spring`, `Super Tuesday`, `Bloody Sunday`."""
    first = span[0]
    if first.i == 0 or first.is_sent_start:
        return False
    before = doc[first.i - 1]
    if before.lower_ in NAMED_DAY_WORDS and before.text[:1].isupper():
        return first.lower_.endswith("day")
    if first.lower_ == "sunday" and before.lower_ == "on" and first.i >= 2:
        paper = doc[first.i - 2]  # `the Mail on Sunday`, `the Independent on Sunday`
        return paper.text in ("Mail", "Independent")
    if first.lower_ not in SEASONS or not first.text[:1].isupper():
        return False
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and not before.is_sent_start
        and before.lower_ not in _TIME_MODIFIERS
    )
