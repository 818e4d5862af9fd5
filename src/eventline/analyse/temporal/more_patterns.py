"""Patterns for ranges, time stamps, race times, frequencies and edges of a period.

Kept apart from `patterns.py`, which appends them to its list. A range written with a dash
or a slash (`2009-2010`, `June 5-7`, `Monday-Friday`) is two expressions, as TimeML tags
each end: the first end is found by the ordinary patterns, the second by a pattern that
looks back over the dash (`OWN_LEFT_EDGE`: they supply their own left edge).
"""

from __future__ import annotations

# Time zones and stamp words after a clock time written without a colon (`1653 GMT`).
ZONE_WORDS = (
    "GMT", "UTC", "ET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET",
    "CEST", "EET", "EEST", "IST", "JST", "HKT", "SGT", "AEST", "AEDT", "WIB", "Zulu", "hrs",
)  # fmt: skip
# Not `MT`, `CT`, `PT`: in news `2000 MT of wheat` is metric tonnes more often than a zone.
_ZONE = "(?-i:" + "|".join(sorted(ZONE_WORDS, key=len, reverse=True)) + ")"
LOCAL_THEN = (
    "on", "in", "at", "and", "or", "to", "from", "when", "as", "after", "before", "today",
    "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
)  # fmt: skip
"""Words after `0930 local` that show it is a time (a noun would make `1990 local elections`)."""
_LOCAL_THEN = "|".join(LOCAL_THEN)
ZONE_PATTERN = rf"(?:{_ZONE}|local time|local(?![\w-]| (?!(?:{_LOCAL_THEN})\b)[a-z]))"
"""A zone after a clock time; `local` alone only when no noun follows."""

_YEAR4 = r"(?:1[6-9]|20)\d\d"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_MONTH_ABBR = r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_UNIT1 = r"(?:second|minute|hour|day|night|week|month|quarter|year)"
_PART = r"(?:morning|afternoon|evening|night)"
_SEASON = r"(?:spring|summer|fall|autumn|winter|season)"

MORE_PATTERNS: list[tuple[str, str]] = [
    # `1653 GMT`, `0930 local time`, `2215 hrs`: a time of day, never a year.
    ("clock_stamp", rf"(?:[01]\d|2[0-3])[0-5]\d {ZONE_PATTERN}"),
    # `3:07:35` in a race result: hours, minutes and seconds of a duration.
    ("clock_duration", r"(?<![\d:.])\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?![\d:])"),
    # the second end of `2009-2010`, `1957-58`, `2010/11`
    (
        "year_to",
        rf"(?:(?<={_YEAR4}[-–/])|(?<={_YEAR4}[ ][-–][ ]))(?:{_YEAR4}|\d\d)(?![\d,]\d|[-/]\d)",
    ),
    # the second end of `Monday-Friday`, `June-July`
    (
        "name_to",
        rf"(?:(?<=(?-i:day)[-–]){_WEEKDAY}"
        rf"|(?<=(?-i:uary|arch|pril|\sMay|June|July|gust|mber|ober)[-–]){_MONTH})",
    ),
    # the second end of `Jan. 5-Feb. 10`
    ("date_to", rf"(?<=\d[-–])(?:{_MONTH}|{_MONTH_ABBR}) (?:[12]\d|3[01]|0?[1-9])(?!\d)"),
    (
        "frequency",
        rf"(?:once|twice|thrice|\w{{1,12}} times) (?:a|an|per|each|every) (?:{_UNIT1}|{_PART})",
    ),
    ("set_season", rf"(?:every|each) {_SEASON}"),
    (
        "turn",
        r"the turn of the (?:(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first) )?"
        r"(?:century|millennium)",
    ),
    # `at the time` (then): not `at the time of the vote`, a time named by what follows
    ("at_the_time", r"(?<=\bat\s)the time(?!\s(?:of|when|that|being|to|for|and)\b)"),
    # `over the years`, `through the decades`: an unspecified stretch of them up to then
    (
        "the_years",
        r"(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bacross\s))the (?:years|decades|centuries)"
        r"(?!\s(?:of|ahead|to|before|after|since)\b)",
    ),
    # `at the moment`, `at present`: now
    (
        "at_present",
        r"(?<=\bat\s)(?:the moment|present|this (?:[a-z]{1,20} )?moment)"
        r"(?!\s(?:of|when|that|to|for)\b)",
    ),
    # `the second and fourth quarters`: each quarter is an expression; `the` is the whole pair's
    (
        "quarter_pair",
        r"(?:first|second|third)(?= and (?:the )?(?:second|third|fourth)[- ]quarters\b)"
        r"|(?<=\band\s)(?:second|third|fourth) quarters(?: of (?:19|20)\d\d)?",
    ),
    # `in the morning`: that part of the day under discussion (not `the morning of May 2`)
    (
        "in_the_part",
        r"(?<=\bin\s)the (?:morning|afternoon|evening)(?!\s(?:of|after|before|when|that|hours)\b)",
    ),
    # `Q3 2014`, `Q4'13`, `3Q14`, `H1 2015`, `Q2`: the short forms of company reports
    (
        "quarter_code",
        rf"(?-i:(?:Q[1-4]|[1-4]Q|H[12]|[12]H)(?:[ ']?{_YEAR4}|'?\d\d| ?FY ?(?:{_YEAR4}|\d\d))?)",
    ),
]

OWN_LEFT_EDGE = {"year_to", "name_to", "date_to", "conj_day"}
"""Kinds whose pattern looks back over a dash itself, without the usual word-edge check."""

MORE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "clock_stamp": tuple("0123456789"),
    "clock_duration": (":",),
    "year_to": ("-", "–", "/"),
    "name_to": ("-", "–"),
    "date_to": ("-", "–"),
    "frequency": ("once", "twice", "thrice", "times"),
    "set_season": ("every", "each"),
    "turn": ("turn",),
    "at_the_time": ("time",),
    "at_present": ("moment", "present"),
    "quarter_pair": ("first", "second", "third", "fourth"),
    "in_the_part": ("morning", "afternoon", "evening"),
    "quarter_code": ("Q1", "Q2", "Q3", "Q4", "1Q", "2Q", "3Q", "4Q", "H1", "H2", "1H", "2H"),
    "the_years": ("years", "decades", "centuries"),
}
