"""Names of one article that are one entity though spaCy's clusters keep them apart: a
capitals abbreviation and the organisation it shortens (`VW`, `Volkswagen AG`), and a
product family named as one thing in an article about one model of it (`the new iPhone`
where the article is about the iPhone 4).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventline.models import EntityMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

ClusterKey = tuple[str, str]

_MODEL_WORD = re.compile(r"\d")
# `the original iPhone`, `the older iPod`: another model than the one the article is about
_OTHER_MODEL = frozenset(
    "original first old older earlier previous last former first-generation rival".split()
)
_DETERMINERS = frozenset("the its this that".split())
_ADJECTIVE_ENDINGS = ("al", "an", "ic", "ese", "ish", "ive", "ary", "ern", "ous")


def abbreviates(short: str, name: str) -> bool:
    """`VW` abbreviates `Volkswagen`: its capitals are letters of the name's first word, in
    order, the first one first (initials of several words are acronyms, matched later)."""
    word = name.split()[0].lower()
    letters = short.lower()
    if word[:1] != letters[:1] or len(word) < 2 * len(letters) or not word.isalpha():
        return False
    if word.startswith(letters) or word.endswith(_ADJECTIVE_ENDINGS):
        return False  # `GOPer` is not what `GOP` shortens, nor `National` `NA`
    rest = iter(word[1:])
    return all(letter in rest for letter in letters[1:])


def join_abbreviations(clusters: dict[ClusterKey, list[EntityMention]]) -> None:
    """An organisation's capitals abbreviation joins the one organisation of the article it
    abbreviates (`VW` after `Volkswagen AG`)."""
    names = [key for key in clusters if key[0] in {"ORG", "PRODUCT"}]
    for key in names:
        short = key[1]
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 4):
            continue
        owners = [k for k in names if k != key and abbreviates(short, k[1])]
        if len({k[1].split()[0] for k in owners}) == 1:  # `Volkswagen`, `Volkswagen AG`
            owner = max(owners, key=lambda k: (len(k[1].split()), k))
            clusters[owner] += clusters.pop(key)


def family_of(model: str) -> str | None:
    """`iPhone 4` -> `iPhone`, `3G iPhone` -> `iPhone`: the name a model shares with its
    family (the words before its number, or after it when the number leads)."""
    words = model.split()
    numbered = [i for i, w in enumerate(words) if _MODEL_WORD.search(w)]
    if not numbered or len(words) < 2:
        return None
    family = words[: numbered[0]] or words[numbered[-1] + 1 :]
    return " ".join(family) or None


def join_family_mentions(doc: Doc, clusters: dict[ClusterKey, list[EntityMention]]) -> None:
    """`the new iPhone` in an article about the iPhone 4 is the iPhone 4: a family named
    as one thing (with `the`, not as a modifier) joins the one model the article is about,
    the model it names at least twice and three times as often as any other."""
    _join_word_orders(clusters)
    models: dict[str, list[ClusterKey]] = {}
    for key in clusters:
        family = family_of(key[1]) if key[0] == "PRODUCT" else None
        if family is not None:
            models.setdefault(family, []).append(key)
    taken = [(m.start, m.end) for members in clusters.values() for m in members]
    for family, keys in sorted(models.items()):
        ranked = sorted(keys, key=lambda k: (-len(clusters[k]), k))
        top = len(clusters[ranked[0]])
        if top < 2 or (len(ranked) > 1 and top < 3 * len(clusters[ranked[1]])):
            continue
        named = [(k, m) for k in clusters if k[1] == family for m in clusters[k]]
        named += [(None, m) for m in _untagged(doc, family, taken)]  # spaCy missed them
        specific = [(k, m) for k, m in named if _names_one_thing(doc, m)]
        for key, mention in specific:
            clusters[ranked[0]].append(mention)
            if key is not None:
                clusters[key].remove(mention)
                if not clusters[key]:
                    del clusters[key]
        clusters[ranked[0]].sort(key=lambda m: (m.start, m.end))


def _join_word_orders(clusters: dict[ClusterKey, list[EntityMention]]) -> None:
    """`3G iPhone` and `iPhone 3G`: one model, its words in either order."""
    by_words: dict[frozenset[str], list[ClusterKey]] = {}
    for key in clusters:
        if key[0] == "PRODUCT" and _MODEL_WORD.search(key[1]):
            by_words.setdefault(frozenset(key[1].lower().split()), []).append(key)
    for keys in by_words.values():
        keys.sort(key=lambda k: (-len(clusters[k]), k))
        for other in keys[1:]:
            clusters[keys[0]] += clusters.pop(other)
        clusters[keys[0]].sort(key=lambda m: (m.start, m.end))


def _untagged(doc: Doc, family: str, taken: list[tuple[int, int]]) -> list[EntityMention]:
    """The family's name where spaCy tagged nothing (`The new iPhone was praised`)."""
    found = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(family)}(?![\w-])", doc.text):
        start, end = match.span()
        if not any(start < e and s < end for s, e in taken):
            found.append(EntityMention(start=start, end=end, text=family, label="PRODUCT"))
    return found


def _names_one_thing(doc: Doc, mention: EntityMention) -> bool:
    """`the new iPhone was praised`, `promoted the iPhone`: the family's name heads a phrase
    led by `the` or `its`, not `iPhone users` nor `the original iPhone`."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span[-1].dep_ == "compound":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return False
    i = span.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        if doc[i].lower_ in _OTHER_MODEL:
            return False
        i -= 1
    return i >= 0 and doc[i].lower_ in _DETERMINERS
