"""Pieces the patterns are built from: month and day names, numbers, units, modifiers."""

from __future__ import annotations

import re

from eventline.analyse.temporal.lexicon import NUMBER_WORDS, SEASONS
from eventline.analyse.temporal.more_patterns import ZONE_PATTERN


def alternation(words: object) -> str:
    """Alternation of words, longest first so that `September` wins over `Sep`."""
    items = sorted({re.escape(str(w)) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(items) + ")"


# Month and weekday names must be capitalised: `may`, `march` and `sat` are common words.
MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# Days read out in broadcast transcripts and quotes: `March eighth`, `the twenty-first of May`.
_DAY_ORDINALS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
)
DAYWORD = (
    rf"(?:(?:twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|thirty[- ]first|thirtieth|{_DAY_ORDINALS})(?![\w-]))"
)
ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# Years read out in broadcast transcripts: `nineteen ninety-six`, `eighteen sixty-one`.
YEAR_WORDS = rf"(?:(?:eighteen|nineteen) (?:hundred|oh[- ]{ONES}|{TENS}(?:[- ]{ONES})?|{TEENS}))"
YEAR = rf"(?:1[6-9]\d\d|20\d\d(?![\d,]\d)|{YEAR_WORDS}\b(?!-))"
# Beside a month any four-digit year is one (`October 14, 1066`, `March 5, 2100`).
YEAR_WIDE = rf"(?:{YEAR}|[12]\d\d\d(?![\d,]\d))"
NUMWORD = alternation(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "half"))
NUM = (
    r"(?:(?:a|one|three) quarters? of an?|a quarter(?= century| hour)"  # before `a`, `three`
    rf"|\d{{1,9}}(?:\.\d{{1,9}})?(?: 1/2)?|{TENS}[- ]{NUMWORD}|{NUMWORD}(?: and a half)?"
    rf"|(?:{NUMWORD}|an?) (?:hundred|thousand)"  # `two thousand years`, `a hundred years`
    r"|a couple of|couple of|a dozen|half an?|an?(?! few| number)|one and a half)"
)
VAGUE = r"(?:several|a few|few|many|some|a couple of|a number of|a couple|numerous)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?"
    r"|decades?|century|centuries|millenni(?:um|a))"
)
# `three days later` is a duration in TimeBank; `a year earlier` names a date.
LONG_UNIT = r"(?:months?|quarters?|years?|decades?|century|centuries)"
UNIT_ADJ = r"(?:second|minute|hour|day|night|week|month|year|decade|century)"
# `over`, `under`, `some`, `all` before `the` are prepositions or quantifiers, not modifiers.
# `about`, `only`, `just`, `barely` modify the clause, not the expression: TimeBank leaves them out.
MODIFIER = (
    r"(?:around|roughly|approximately|nearly|almost|more than|less than|fewer than"
    r"|at least|at most|up to|no more than|no less than|as many as"
    r"|as much as|well over|a mere|a scant|a whopping|(?:over|under|some|all)(?! the\b))"
)
EDGE = (
    r"(?:(?:early|late|mid) - |(?:early-|late-|mid-|end-|start-|early|late|mid|the end of"
    r"|the beginning of"
    r"|the start of|the middle of) ?)"
)
# Token-joined text (Wikinews, ECB+) spaces out the abbreviation's period: `Sept . 20`.
MONTH_SPACED = r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec) \.)"
# `that year`, `the following year`: the year of the date under discussion.
YEAR_REF = r"(?:this|last|next|that|that same|the same|the following|the previous) year"
PART = r"(?:morning|afternoon|evening|night)"
REL = (
    r"(?:this|last|next|past|coming|previous|current|this past|the past|the coming|the previous"
    r"|the last|the next|the following|that|the same|the current|the latest|the first)"
)
SEASON = alternation(SEASONS)
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
ORDWORD = (
    r"(?:(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth"
    r"|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth)"
)
ZONE = rf"(?: ?{ZONE_PATTERN})"
CLOCK = (
    rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\d{{1,2}}:\d\d(?!\d)|noon"
    rf"|midday|midnight){ZONE}?"
)

# A determiner belongs to the noun phrase, not to an adjective (`the [third-quarter] loss`).
NOT_ADJ = r"(?!(?:[\w-]{1,30} ){0,2}\w{1,30}-(?:quarter|half)\b)"

FISCAL = r"(?:(?:the )?fiscal (?:year )?|the year )"
