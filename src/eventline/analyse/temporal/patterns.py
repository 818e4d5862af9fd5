"""Regular expressions that find candidate temporal expressions, one per kind of expression.

Extents follow TimeML: determiners and modifiers (`the`, `nearly`, `early`) belong to the
expression, prepositions (`on`, `in`) and the possessive `'s` do not.
"""

from __future__ import annotations

import re

from eventline.analyse.temporal.lexicon import HOLIDAYS, NUMBER_WORDS, SEASONS, SET_ADVERBS
from eventline.analyse.temporal.more_patterns import (
    MORE_KEYWORDS,
    MORE_PATTERNS,
    OWN_LEFT_EDGE,
    ZONE_PATTERN,
)


def _alt(words: object) -> str:
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
NUMWORD = _alt(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "half"))
NUM = (
    rf"(?:\d{{1,9}}(?:\.\d{{1,9}})?(?: 1/2)?|{TENS}[- ]{NUMWORD}|{NUMWORD}(?: and a half)?|a couple of|couple of"
    r"|a dozen|half an?|an?(?! few| number)|one and a half)"
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
    r"(?:(?:early|late|mid) - |(?:early-|late-|mid-|early|late|mid|the end of|the beginning of"
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
SEASON = _alt(SEASONS)
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
ORDWORD = (
    r"(?:(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth"
    r"|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth)"
)
ZONE = rf"(?: ?{ZONE_PATTERN})"
CLOCK = (
    rf"(?:\d{{1,2}}(?::\d\d)?\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\d{{1,2}}:\d\d(?!\d)|noon"
    rf"|midday|midnight){ZONE}?"
)

# A determiner belongs to the noun phrase, not to an adjective (`the [third-quarter] loss`).
_NOT_ADJ = r"(?!(?:[\w-]{1,30} ){0,2}\w{1,30}-(?:quarter|half)\b)"

_FISCAL = r"(?:(?:the )?fiscal (?:year )?|the year )"

PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?"),
    ("slash", r"(?<![\d/])\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d\d))?(?![\d/])"),
    ("fy", r"(?-i:FY) ?(?:\d{4}|'?\d\d)"),
    (
        "month_day",
        rf"(?:(?:this coming |coming |this |next |last )?{WEEKDAY}(?: ?,)? )?(?:{EDGE})?"
        rf"(?:last )?(?:{MONTH}|{MONTH_SPACED}) (?:{DAYNUM}|(?:the )?{DAYWORD})"
        rf"(?:(?: ?,)? {YEAR_WIDE}| of {YEAR_REF})?",
    ),
    (
        "day_month",
        rf"(?:{WEEKDAY}(?: ?,)? )?(?:{DAYNUM}|the {DAYWORD}) (?:of )?{MONTH}(?:(?: ?,)? {YEAR_WIDE})?",
    ),
    ("month_year", rf"(?:{EDGE})?{MONTH}(?: ?,)? (?:of )?{YEAR_WIDE}"),
    ("month_rel", rf"(?:{EDGE})?{MONTH} (?:of )?{YEAR_REF}"),
    ("month", rf"(?:{EDGE})?(?:(?:this|last|next|this past|the previous|the following) )?{MONTH}"),
    (
        "year",
        rf"(?:{EDGE}{_FISCAL}?|{_FISCAL}?(?<![$#\d.,-])){YEAR}(?! ?%)"
        r"|the year two thousand(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine))?",
    ),
    (
        "decade",
        r"(?:the )?(?:early |late |mid-|mid - |mid )?(?:'|’)?(?:1\d|20)?\d0(?:'|’)?s\b"
        r"|the (?:early |late |mid-|mid )?(?:1\d|20)\d0 (?:'|’)s\b",  # `the late 1980 's`
    ),
    (
        "decade_word",
        r"the (?:early |late |mid-)?(?:twenties|thirties|forties|fifties|sixties|seventies"
        r"|eighties|nineties)",
    ),
    ("century", rf"(?:the )?(?:{EDGE})?(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDWORD}) century"),
    (
        "quarter",
        rf"(?:(?:the|this|last|next|(?:this|last|next) year ?'s) {_NOT_ADJ})?"
        rf"(?:{YEAR} )?"
        rf"(?:(?:latest|current|fiscal|same|comparable|year-ago|year-earlier|corresponding"
        rf"|calendar|most recent|recent|previous|first|second|third|fourth)[- ]){{0,4}}"
        rf"(?:{ORD}[- ](?:fiscal[- ])?)?(?:quarter|half)(?!-)"
        rf"(?:,? (?:of )?(?:fiscal )?{YEAR}| a year (?:ago|earlier)| (?:of )?(?:last|next|this) year)?",
    ),
    ("quarter_adj", rf"(?:fiscal[- ])?{ORD}-(?:quarter|half)"),
    (
        "period",
        rf"the (?:(?:latest|comparable|year-ago|year-earlier|corresponding|same|{YEAR}) ){{1,4}}period"
        r"(?: (?:a year (?:ago|earlier)|last year))?",
    ),
    ("year_ago", r"(?:year-earlier|year-ago|year earlier)"),
    (
        "ago",
        rf"(?:{MODIFIER} )?(?:{NUM}|{VAGUE}) (?:more )?{UNIT}(?: or so)? "
        r"(?:ago|hence|back)",  # `eight years from now`: a duration and `now` (TimeML)
    ),
    (
        "later",
        rf"(?:{MODIFIER} )?(?:{NUM}|{VAGUE}) (?:more )?{LONG_UNIT}(?: or so)? "
        r"(?:earlier|later|before(?= *[.,;)])|after(?= *[.,;)]))",
    ),
    (  # TimeBank reads `three days later` as a duration; weeks follow months when narrated
        "later_short",
        rf"(?:{MODIFIER} )?{NUM} (?:more )?weeks? (?:earlier|later)",
    ),
    (
        "duration",
        rf"(?:{MODIFIER} )?(?:the )?(?:(?:past|last|next|first|previous|coming|following|latest"
        rf"|final|remaining|recent|further|additional|other) )?(?!{YEAR} )(?:{NUM}|{VAGUE})"
        rf"(?: to {NUM})?"
        rf"(?: more| additional| straight| consecutive| full| long| trading| business"
        rf"| calendar| working)? {UNIT}(?: and a half)?(?: or so)?",
    ),
    (
        "duration_adj",
        rf"(?<!-)(?:{NUM}|several|many|few)(?:-| - ){UNIT_ADJ}(?:(?:-| - )long)?(?!-| -)"
        rf"|(?<!-)(?:{UNIT_ADJ}s?|centuries)(?:-| - )long(?!-| -)",  # `day-long`, `decades-long`
    ),
    (
        "vague_units",
        r"(?:(?:the )?(?:recent|coming|past|next|last|previous|future|earlier"
        r"|following|ensuing|upcoming) )(?:days|weeks|months|years|decades|quarters)",
    ),
    ("bare_units", r"(?:days|weeks|months|years|decades|hours|minutes|centuries)"),
    (
        "relative",
        rf"(?:(?:earlier|later|early|late|mid|the end of|the beginning of|the rest of) (?:in )?)?"
        rf"{REL} (?:fiscal )?(?:week|month|year|quarter|weekend|decade|century|{SEASON}"
        rf"|{WEEKDAY})",
    ),
    ("edge_the", r"(?:earlier|later) in the (?:week|month|year)"),
    (
        "year_end",
        r"(?:the )?(?:year's end|year-end|year end|(?:end|beginning|start|middle) of (?:the )?year)",
    ),
    (
        "edge_unit",
        r"(?:the end|the beginning|the start|the middle) of (?:the|this|that|last|next)"
        r" (?:week|month|quarter|decade|century)",
    ),
    (
        "deictic_day",
        rf"(?:(?:earlier|later|early|late) )?(?:(?:(?:early|late|mid-|mid) ?)?{PART} )?"
        rf"(?:today|yesterday|tomorrow|tonight|overnight"
        rf"|the day before yesterday|the day after tomorrow)(?: {PART})?",
    ),
    ("part_of_day", rf"(?:(?:early|late|mid-|mid) )?(?:this|last|that|mid) {PART}"),
    ("after_day", r"(?:the )?(?:next|following|previous) (?:day|morning|evening|night)"),
    (
        "that_unit",
        r"(?:(?:earlier|later) (?:in )?)?(?:that|that same|the same) (?:day|week|month|year|night"
        r"|morning)",
    ),
    (
        "weekday",
        rf"(?:(?:early|late) )?(?:(?:last|next|this|coming|this coming|this past|the previous"
        rf"|the following|past) )?{WEEKDAY}(?: {PART}s?)?",
    ),
    (
        "clock",
        rf"(?:(?:around|approximately|shortly after|shortly before) )?"
        rf"{CLOCK}(?:,? (?:{WEEKDAY}|today|yesterday|tomorrow|tonight|{MONTH} {DAYNUM}))?",
    ),
    ("clock_in", r"\d{1,2} (?:o'clock )?in the (?:morning|afternoon|evening)"),
    # `April 24 and 25`: the second day is its own expression (TimeML tags each day).
    # `June 5-7`: the second end of a range of days too.
    (
        "conj_day",
        rf"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d-)|(?<=\d–)){DAYNUM}(?![\w-])",
    ),
    (
        "season",
        rf"(?:{EDGE})?(?:(?:this|last|next|the|that|this past) )?{SEASON}(?:,? (?:of )?{YEAR})?",
    ),
    ("weekend", r"(?:the|this|last|next|that) weekend"),
    ("week_of", rf"the week of {MONTH} {DAYNUM}(?:(?: ?,)? {YEAR})?"),
    ("ahead", r"the (?:days|weeks|months|years) ahead"),
    ("year_of", r"the year(?= (?:of|when|in which)\b)"),  # `2007 was the year of the iPhone`
    # `the year ended Sept. 30`: a span counted back from a date (TimeBank reads it as P1Y)
    ("year_ended", r"the (?:fiscal )?year(?= end(?:ed|ing)\b)"),
    ("the_unit", r"the (?:full |whole |entire )?(?:fiscal )?(?:week|month|year)(?!-)"),
    ("set_adverb", _alt(SET_ADVERBS)),
    (
        "set_every",
        rf"(?:every|each|per) (?:other )?(?:(?:{NUM}) )?(?:{UNIT}|{WEEKDAY}|{MONTH}|{PART})",
    ),
    ("set_per", r"per (?:day|week|month|year|hour)"),
    (
        "ref",
        r"the (?:near |distant |foreseeable )?future|the past|now|currently|recently|lately"
        r"|then[- ]current"
        r"|nowadays|a later date|more recently|current|soon|these days"
        r"|the (?:near|short|long) term(?!-)|an? (?:little |short |long )?while(?: ago)?",
    ),
    (
        "holiday",
        _alt(HOLIDAYS) + "|(?:last |this |next )?thanksgiving(?: day)?|easter(?: sunday| week)?"
        r"|(?-i:Election Day)",
    ),
    *MORE_PATTERNS,
]


def spaced(rx: str, run: str, optional: str) -> str:
    """The pattern with each space made a run of whitespace (texts wrap lines anywhere):
    ` ?` and ` *` become `optional`, other spaces `run`, a space in a class `\\s`."""
    out, in_class, i = [], False, 0
    while i < len(rx):
        char = rx[i]
        if char == "\\":
            out.append(rx[i : i + 2])
            i += 2
            continue
        if char == " " and in_class:
            out.append(r"\s")
        elif char == " " and rx[i + 1 : i + 2] in ("?", "*"):
            out.append(optional)
            i += 1
        elif char == " ":
            out.append(run)
        else:
            in_class = (in_class or char == "[") and not (in_class and char == "]")
            out.append(char)
        i += 1
    return "".join(out)


def wrapped(rx: str, left_edge: bool = True) -> str:
    """A match starts and ends at word edges (the start unless the pattern checks it)."""
    return (r"(?<![\w'’-])" if left_edge else "") + "(?:" + rx + r")(?![\w])"


COMPILED = [
    (kind, re.compile(wrapped(spaced(rx, r"\s+", r"\s*"), kind not in OWN_LEFT_EDGE), re.I))
    for kind, rx in PATTERNS
]

# Words of which every match of a pattern holds one (`scan.py` runs a pattern only around
# them; tests/test_temporal.py checks that against full scans). Matched ignoring case,
# except words written with a capital: month and weekday names must be capitalised.
_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year")
_UNIT_WORDS += ("decade", "centur", "millenni")
_MONTH_WORDS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov")
_MONTH_WORDS += ("Dec",)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PART_WORDS = ("morning", "afternoon", "evening", "night")
_DIGITS = tuple("0123456789")
KEYWORDS: dict[str, tuple[str, ...]] = {
    "iso": ("-",),
    "slash": ("/",),
    "fy": ("FY",),
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month_rel": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": (*_DIGITS, "eighteen", "nineteen", "thousand"),
    "decade": ("0s", "0's", "0’s", "'s", "’s"),
    "decade_word": ("ties",),
    "century": ("century",),
    "quarter": ("quarter", "half"),
    "quarter_adj": ("quarter", "half"),
    "period": ("period",),
    "year_ago": ("year",),
    "ago": ("ago", "now", "hence", "back"),
    "later": ("earlier", "later", "before", "after"),
    "later_short": ("earlier", "later"),
    "duration": _UNIT_WORDS,
    "duration_adj": ("-",),
    "vague_units": _UNIT_WORDS,
    "bare_units": _UNIT_WORDS,
    "relative": (*_UNIT_WORDS, *SEASONS, *_WEEKDAYS),
    "edge_the": ("earlier", "later"),
    "year_end": ("year",),
    "edge_unit": _UNIT_WORDS,
    "deictic_day": ("today", "yesterday", "tomorrow", "tonight", "overnight"),
    "part_of_day": _PART_WORDS,
    "after_day": ("day", *_PART_WORDS),
    "that_unit": ("day", "week", "month", "year", *_PART_WORDS),
    "weekday": _WEEKDAYS,
    "clock": (*_DIGITS, "noon", "midday", "midnight"),
    "clock_in": _DIGITS,
    "conj_day": _DIGITS,
    "season": tuple(SEASONS),
    "weekend": ("weekend",),
    "week_of": ("week",),
    "ahead": ("ahead",),
    "year_of": ("year",),
    "year_ended": ("year",),
    "the_unit": ("week", "month", "year"),
    "set_adverb": tuple(SET_ADVERBS),
    "set_every": ("every", "each", "per"),
    "set_per": ("per",),
    "ref": ("future", "past", "now", "current", "recent", "lately", "date", "soon", "days")
    + ("term", "while"),
    "holiday": (*(name.split()[0] for name in HOLIDAYS), "thanksgiving", "easter", "election"),
    **MORE_KEYWORDS,
}
