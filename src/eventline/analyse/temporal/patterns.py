"""Regular expressions that find candidate temporal expressions, one per kind of expression.

Extents follow TimeML: determiners and modifiers (`the`, `nearly`, `early`) belong to the
expression, prepositions (`on`, `in`) and the possessive `'s` do not.
"""

from __future__ import annotations

import re

from eventline.analyse.temporal.lexicon import HOLIDAYS, SET_ADVERBS
from eventline.analyse.temporal.more_patterns import MORE_PATTERNS, OWN_LEFT_EDGE
from eventline.analyse.temporal.pattern_parts import (
    CLOCK,
    DAYNUM,
    DAYWORD,
    EDGE,
    FISCAL,
    LONG_UNIT,
    MODIFIER,
    MONTH,
    MONTH_SPACED,
    NOT_ADJ,
    NUM,
    ORD,
    ORDWORD,
    PART,
    REL,
    SEASON,
    UNIT,
    UNIT_ADJ,
    VAGUE,
    WEEKDAY,
    YEAR,
    YEAR_REF,
    YEAR_WIDE,
    alternation,
)

PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?"),
    ("slash", r"(?<![\d/])\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d\d))?(?![\d/])"),
    # `12.03.2014`: day, month and year with dots (never without a year: `2.5` is a number)
    ("dotted", r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\d.]\d)"),
    ("fy", r"(?-i:FY) ?(?:\d{4}|'?\d\d)"),
    (
        "month_day",
        rf"(?:(?:this coming |coming |this |next |last )?{WEEKDAY}(?: ?,)? )?(?:{EDGE})?"
        rf"(?:last |next )?(?:{MONTH}|{MONTH_SPACED}) (?:{DAYNUM}|(?:the )?{DAYWORD})"
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
        rf"(?:{EDGE}{FISCAL}?|{FISCAL}?(?<![$#\d.,-])){YEAR}(?! ?%)"
        r"|the year two thousand(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine))?",
    ),
    (
        "decade",
        r"(?:the )?(?:early |late |mid-|mid - |mid )?(?:'|’)?(?:1\d|20)?\d0(?:'|’)?s\b"
        r"|the (?:early |late |mid-|mid )?(?:1\d|20)\d0 (?:'|’)s\b",  # `the late 1980 's`
    ),
    (
        "decade_word",
        r"the (?:early |late |mid-)?(?:(?:eighteen|nineteen) )?(?:twenties|thirties|forties"
        r"|fifties|sixties|seventies"
        r"|eighties|nineties)",
    ),
    ("century", rf"(?:the )?(?:{EDGE})?(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDWORD}) century"),
    (
        "quarter",  # `the end of the second quarter`: the edge is part of it (mod END)
        rf"(?:(?:the end|the beginning|the start|the middle) of (?=the {ORD}))?"
        rf"(?:(?:the|this|last|next|(?:this|last|next) year ?'s) {NOT_ADJ})?"
        rf"(?:{YEAR} )?"
        rf"(?:(?:latest|current|fiscal|same|comparable|year-ago|year-earlier|corresponding"
        rf"|calendar|most recent|recent|previous|last|first|second|third|fourth)[- ]){{0,4}}"
        rf"(?:{ORD}[- ](?:fiscal[- ])?)?(?:quarter|half)(?!-)"
        rf"(?:,? (?:of )?(?:fiscal )?{YEAR}| a year (?:ago|earlier)| (?:of )?(?:last|next|this) year)?",
    ),
    ("quarter_adj", rf"(?:fiscal[- ])?{ORD}-(?:quarter|half)"),
    (
        "period",
        rf"the (?:(?:latest|comparable|year-ago|year-earlier|corresponding|same|{YEAR}) ){{1,4}}period"
        r"(?: (?:a year (?:ago|earlier)|last year))?"
        r"|the (?:year-ago|year-earlier) (?:six|nine) months",  # last year's half, nine months
    ),
    ("year_ago", r"(?:year-earlier|year-ago|year earlier)"),
    (
        "ago",  # `months ago` with no amount is a past time all the same
        rf"(?:(?:{MODIFIER} )?(?:{NUM}|{VAGUE}) (?:more )?{UNIT}|(?:days|weeks|months|years"
        r"|decades))(?: or so)? (?:ago|hence|back)",  # `eight years from now`: two (TimeML)
    ),
    # `will one day be`, `may one day return`: some time ahead, not a day's length
    (
        "some_day",
        r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmay\s)|(?<=\bmight\s)"
        r"|(?<=\bcan\s)|(?<=\bshall\s)|(?<=\bmust\s))one day(?! (?:later|earlier|after|before"
        r"|ago|of|off|to|in|a)\b)",
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
        rf"|final|remaining|recent|further|additional|other) )?(?!{YEAR} )"
        rf"(?:between {NUM} and (?={NUM} )|{NUM}(?: to | or |-| - )(?={NUM} ))?(?:{NUM}|{VAGUE})"
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
        r"|following|ensuing|upcoming) )(?:days|weeks|months|years|decades|quarters)"
        r"|the (?:first|final|opening) (?:hours|days|weeks|months|years)(?= of\b)"
        r"|the early (?:years|decades)(?= of\b| ?[,.;])",  # not `the early hours`: a night
    ),
    ("bare_units", r"(?:days|weeks|months|years|decades|hours|minutes|centuries)"),
    (
        "relative",
        rf"(?:(?:earlier|later|early|late|mid|the end of|the beginning of|the rest of) (?:in )?)?"
        rf"{REL} (?:fiscal )?(?:week|month|year|quarter|weekend|decade|century|{SEASON}"
        rf"|{WEEKDAY})(?:(?<=year) or so)?",
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
    ("part_of_day", rf"(?:(?:early|late|earlier|later|mid-|mid) )?(?:this|last|that|mid) {PART}"),
    ("after_day", r"(?:the )?(?:next|following|previous) (?:day|morning|evening|night)"),
    (
        "that_unit",
        r"(?:(?:earlier|later) (?:in )?)?(?:that|that same|the same) (?:day|week|month|year|night"
        r"|morning)",
    ),
    (
        "weekday",
        rf"(?:(?:early|late) )?(?:(?:last|next|this|coming|this coming|this past|the previous"
        rf"|the following|past) )?{WEEKDAY}(?: {PART}s?)?(?: (?:of )?(?:last|next|this) week)?",
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
        rf"(?:the (?=early|late|mid))?(?:{EDGE})?(?:(?:this|last|next|the|that|this past) )?{SEASON}"
        rf"(?:,? (?:of )?{YEAR})?",  # `the early summer`: the determiner of the whole phrase
    ),
    ("weekend", r"(?:the|this|last|next|that) weekend"),
    ("week_of", rf"the week (?:of|to|ending|ended) {MONTH} {DAYNUM}(?:(?: ?,)? {YEAR})?"),
    (
        "week_in_month",
        rf"the (?:first|second|third|fourth|last|final) (?:full )?(?:week|weekend) (?:of|in)"
        rf" {MONTH}(?:(?: ?,)? {YEAR})?",
    ),
    ("ahead", r"the (?:days|weeks|months|years) ahead"),
    ("year_of", r"the year(?= (?:of|when|in which)\b)"),  # `2007 was the year of the iPhone`
    # `the year ended Sept. 30`: a span counted back from a date (TimeBank reads it as P1Y)
    ("year_ended", r"the (?:fiscal )?year(?= end(?:ed|ing)\b)"),
    ("the_unit", r"the (?:full |whole |entire )?(?:fiscal )?(?:week|month|year)(?!-)"),
    ("set_adverb", alternation(SET_ADVERBS)),
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
        alternation(HOLIDAYS)
        + "|(?:last |this |next )?thanksgiving(?: day)?|easter(?: sunday| monday| week)?"
        r"|(?-i:Election Day|Good Friday|Black Friday|Cyber Monday)",
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
