"""Long runs of one punctuation character (`$$$$...`, `''''...`) made harmless for spaCy.

spaCy's tokenizer peels prefixes and suffixes off a whitespace-free chunk one at a time,
copying the rest each time: a run of n identical symbols costs n² (20,000 in a row: close to
a minute). A run past `RUN_LIMIT` keeps its first character and the rest becomes spaces, so
the text keeps its length and every offset holds; what the parser sees there is blank space.
"""

from __future__ import annotations

import re

RUN_LIMIT = 200
"""No real text repeats one symbol this often (a ruler line of dashes is under 100)."""

_RUN = re.compile(rf"([^\w\s])\1{{{RUN_LIMIT},}}")


def neutralised(text: str) -> str:
    """The text, with each run of one symbol longer than `RUN_LIMIT` blanked after its first."""
    if not _RUN.search(text):
        return text
    return _RUN.sub(lambda run: run.group(1) + " " * (len(run.group()) - 1), text)
