"""Is an article English? A cheap test on the parsed tokens, so that an English pipeline
never reads German `die` as the English verb.

English prose is about two fifths function words (`the`, `of`, `and`, `to`, ...); German,
French or Spanish text run through the English pipeline has few of them, and text in another
script none.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_WORDS = 30
"""Shorter texts (a headline, a caption) are too short to judge: taken as English."""
MIN_STOP_SHARE = 0.2
"""English news sits near 0.4 and other Latin-script languages near 0.1 on this measure."""

_log = logging.getLogger("eventline.language")


def looks_english(doc: Doc) -> bool:
    """Whether enough of the article's words are English function words."""
    from spacy.attrs import IS_ALPHA, IS_STOP

    flags = doc.to_array([IS_ALPHA, IS_STOP])
    alpha = flags[:, 0] == 1
    words = int(alpha.sum())
    if words < MIN_WORDS:
        return True
    return int((flags[:, 1][alpha] == 1).sum()) / words >= MIN_STOP_SHARE


def warn_not_english(document: str) -> None:
    """One stderr line (silenced by `--quiet`) for an article whose events are skipped."""
    _log.warning("eventline: %s: does not look like English; no events extracted from it", document)
