"""A range of amounts is two expressions: `two to three days` is `two` (P2D) and `three days`
(P3D), as TimeML marks each end (`18-36 months`, `four or five months`, `between four and six
months`). A range under a determiner or a modifier (`the next 12 to 18 months`, `up to two or
three weeks`) is one noun phrase and stays whole, with an unspecified amount."""

from __future__ import annotations

import re

from eventline.analyse.temporal.pattern_parts import NUM
from eventline.analyse.temporal.patterns import spaced
from eventline.analyse.temporal.recognise import Candidate


def _compiled(rx: str) -> re.Pattern[str]:
    return re.compile(spaced(rx, r"\s+", r"\s*"), re.IGNORECASE)


_RANGES = (
    _compiled(rf"(?P<first>{NUM})(?: to | or |-| - |–)(?P<rest>(?P<second>{NUM}) .+)"),
    _compiled(rf"between (?P<first>{NUM}) and (?P<rest>(?P<second>{NUM}) .+)"),
)


def split_amount_range(cand: Candidate, text: str) -> list[tuple[Candidate, str]]:
    """The candidate and the words to read its value from; a bare range gives its two ends,
    the first read with the second's unit (`two` of `two to three days`: `two days`)."""
    words = text[cand.start : cand.end]
    if cand.kind != "duration":
        return [(cand, words)]
    for pattern in _RANGES:
        found = pattern.fullmatch(words)
        if found is not None:
            break
    else:
        return [(cand, words)]
    units = found["rest"][found.end("second") - found.start("rest") :]
    first = Candidate(
        cand.start + found.start("first"), cand.start + found.end("first"), "duration"
    )
    second = Candidate(cand.start + found.start("rest"), cand.end, "duration")
    return [(first, found["first"] + units), (second, found["rest"])]
