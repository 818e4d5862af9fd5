"""Names that are never participants: time zones and clock times, the article's own
publisher or site, and page furniture (`Privacy Policy`, `Sign Up`).

spaCy tags these as ORG or GPE on web pages (`GMT`, `9:14 Cairo`, `Telegraph`,
`CNN iReport`); they say where the page came from, not who took part in anything.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

TIME_ZONES = frozenset(
    "gmt utc bst cet cest eet eest wet msk ist jst kst hkt sgt aest aedt nzst nzdt "
    "et est edt ct cst cdt mt mst mdt pt pst pdt akst hst".split()
)
# Page furniture: menus, footers, sharing and sign-up boxes.
FURNITURE_PHRASES = (
    "privacy policy", "cookie policy", "terms of use", "terms of service", "sign up", "log in",
    "all rights reserved", "contact us", "about us",
)  # fmt: skip
FURNITURE_WORDS = frozenset("newsletter ireport copyright sitemap rss login".split())
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_SITE = re.compile(r"\.(?:com|net|org|co\.uk|co|info|news|tv|io)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")


def _squashed(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


def publisher_keys(source: str | None, url: str | None) -> frozenset[str]:
    """The article's publisher as squashed names: its source, its web site's name."""
    keys = set()
    if source:
        keys.add(_squashed(source))
    host = urlsplit(url).hostname if url else None
    if host:
        labels = [label for label in host.split(".") if label not in {"www", "m", "edition"}]
        if labels:
            keys.add(_squashed(labels[0]))
    keys.discard("")
    return frozenset(keys)


def is_furniture(name: str, publishers: frozenset[str] = frozenset()) -> bool:
    """Whether a name is a time, a time zone, a site or publisher, or page furniture."""
    words = name.lower().replace(",", " ").split()
    if not words or _CLOCK.search(name):
        return True
    if len(words) == 1 and words[0].strip(".") in TIME_ZONES:
        return True
    lowered = " ".join(words)
    if any(phrase in lowered for phrase in FURNITURE_PHRASES):
        return True
    if sum(word in FURNITURE_WORDS for word in words) * 2 >= len(words):
        return True
    squashed = _squashed(_SITE.sub("", name))  # `IAfrica.com` on iafrica.com
    the_less = squashed[3:] if squashed.startswith("the") else squashed
    return bool(publishers) and (squashed in publishers or the_less in publishers)
