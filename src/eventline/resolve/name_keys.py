"""Which names of a batch are one entity: the keys that join articles' entities.

A name's own key is its folded form without company suffixes, in one of two namespaces
(places, everything else: spaCy often calls a company a person or a product an
organisation). Short forms then join the one longer name they stand for in the batch, and
never when two longer names would fit:

  `Mrs Clinton`, `Dr Murray`  title and surname -> the full name with that surname (a
                              woman's title prefers a woman's given name)
  `Murray`                    surname -> the one full name ending with it
  `Beatles' Apple Corps`      possessor's thing -> the thing (`Apple Corps`)
  `ECB`                       acronym -> the one name whose initials it is
  `iPods`                     plural -> the singular
  `the Commission`            the end of one institution's name -> that name
  `iTunes Store`              the same first and last words -> `iTunes Music Store`
  `787`, `Dreamliner`         a model's number or its own name -> the one product named
                              with it (`Boeing 787 Dreamliner`); the maker (`Boeing`) stays
  `FTSE`                      an index's stem -> the index it usually means (`FTSE 100`)
  `VW`                        a name an article gives as another's alias -> that other
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from eventline.lexicon.gazetteer import canonical_country
from eventline.lexicon.market_names import USUAL_INDEX
from eventline.resolve.model_keys import COMPANY_WORDS, extends, index_stems, model_words
from eventline.resolve.name_forms import (
    acronyms,
    fold,
    gender_of,
    is_model_number,
    strip_titles,
    without_suffixes,
)
from eventline.resolve.name_variants import spelling_variants

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_JOINABLE_SHORT = frozenset({"PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART"})
_INSTITUTION_TYPES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT"})
_INNER_POSSESSIVE = re.compile(r"\w\s?['’]s?\s+\w")

NameKey = tuple[str, str]


def own_key(name: str, kind: str) -> NameKey:
    """(namespace, folded name without suffixes) of one surface name."""
    country = canonical_country(name) or canonical_country(fold(name))
    if country:
        return ("place", country.lower())
    space = "place" if kind in PLACE_TYPES else "named"
    folded = without_suffixes(fold(name))
    if any(is_model_number(word) for word in folded.split()):
        folded = " ".join(sorted(folded.split()))  # `3G iPhone` = `iPhone 3G`
    return (space, folded)


def possessed_part(name: str) -> str | None:
    """`Beatles' Apple Corps` -> `Apple Corps`: what a possessor's name is attached to."""
    matches = list(_INNER_POSSESSIVE.finditer(name))
    return name[matches[-1].end() - 1 :] if matches else None


class KeyJoiner:
    """Short keys -> the one longer key of the batch they stand for."""

    def __init__(
        self, names: Iterable[tuple[str, str]], aliases: Iterable[tuple[str, str, str]] = ()
    ):
        """`names`: (name, kind) of every article entity; `aliases`: (alias, name, kind)."""
        self.kinds: dict[NameKey, set[str]] = defaultdict(set)
        self.surface: dict[NameKey, set[str]] = defaultdict(set)
        self.count: Counter[NameKey] = Counter()
        for name, kind in names:
            key = own_key(name, kind)
            self.kinds[key].add(kind)
            self.surface[key].add(name)
            self.count[key] += 1
        full = [
            k
            for k in self.kinds
            if len(k[1].split()) > 1 and not all(possessed_part(n) for n in self.surface[k])
        ]
        self.persons = [
            k
            for k in full
            if "PERSON" in self.kinds[k]
            and k[0] == "named"
            and len(strip_titles(k[1])[0].split()) > 1  # `Dr Murray` is no full name
        ]
        self.others = [k for k in full if k[0] == "named" and k not in self.persons]
        self.acronyms = _unique(
            (initials, k) for k in self.others for n in self.surface[k] for initials in acronyms(n)
        )
        # indexes, so that each lookup reads a few candidates, not every name of the batch
        self.by_surname: dict[str, list[NameKey]] = defaultdict(list)
        for k in self.persons:
            self.by_surname[strip_titles(k[1])[0].split()[-1]].append(k)
        self.by_ends: dict[tuple[str, str], list[NameKey]] = defaultdict(list)
        self.by_prefix: dict[str, list[NameKey]] = defaultdict(list)
        self.by_first: dict[str, list[NameKey]] = defaultdict(list)
        for k in self.others:
            if self.kinds[k] & _INSTITUTION_TYPES:
                words = k[1].split()
                self.by_first[words[0]].append(k)
                for n in range(1, len(words)):
                    self.by_ends[("", " ".join(words[n:]))].append(k)  # its proper suffixes
                self.by_ends[(words[0], words[-1])].append(k)
                for n in range(3, len(words[0]) // 2 + 1):
                    self.by_prefix[words[0][:n]].append(k)
        self.models = model_words(self.surface)
        self.indices = index_stems(self.kinds, own_key)
        self.aliases = _other_names(aliases)
        self.variants = spelling_variants(sorted(self.kinds), self.count)
        self._targets: dict[tuple[str, str], NameKey] = {}

    def target(self, name: str, kind: str) -> NameKey:
        """The key this name joins: its own, or the one longer name it is short for."""
        if (name, kind) not in self._targets:
            self._targets[(name, kind)] = self._follow(name, kind)
        return self._targets[(name, kind)]

    def _follow(self, name: str, kind: str) -> NameKey:
        key = self._direct(name, kind)
        for _ in range(3):  # `Mrs X` -> `X` -> `Jane X`: follow a short chain
            names = sorted(self.surface.get(key, ()))
            further = self._direct(names[0], kind) if names else key
            if further == key:
                break
            key = further
        return key

    def _direct(self, name: str, kind: str) -> NameKey:
        key = own_key(name, kind)
        if key[0] != "named" or kind not in _JOINABLE_SHORT:
            return key
        rules = (
            self._variant,
            self._person,
            self._possessed,
            self._acronym,
            self._plural,
            self._shorter,
            self._clipped,
            self._company,
            self._model,
            self._index_stem,
            self._alias,
        )
        for rule in rules:
            found = rule(name, key)
            if found is not None and found != key:
                return found
        return key

    def _variant(self, name: str, key: NameKey) -> NameKey | None:
        """`Moammar Gadhafi` -> `Muammar Gaddafi`: another spelling of a name more used."""
        return self.variants.get(key)

    def _person(self, name: str, key: NameKey) -> NameKey | None:
        bare, gender = strip_titles(key[1])
        if len(bare.split()) != 1:
            return ("named", bare) if bare != key[1] and ("named", bare) in self.kinds else None
        # spellings of one full name (`Moammar Gadhafi`, `Muammar Gadhafi`) are one owner
        owners = sorted({self.variants.get(k, k) for k in self.by_surname.get(bare, [])})
        if gender and len(owners) > 1:
            fits = [k for k in owners if (gender_of(k[1]) == "female") == (gender == "female")]
            owners = fits or owners
        if len(owners) > 1:  # one of them named far more often across the batch
            ranked = sorted(owners, key=lambda k: (-self.count[k], k))
            if self.count[ranked[0]] >= 3 * self.count[ranked[1]]:
                return ranked[0]
        return owners[0] if len(owners) == 1 else None

    def _possessed(self, name: str, key: NameKey) -> NameKey | None:
        part = possessed_part(name)
        target = ("named", without_suffixes(fold(part))) if part else None
        return target if target in self.kinds else None

    def _acronym(self, name: str, key: NameKey) -> NameKey | None:
        return self.acronyms.get(key[1]) if len(key[1].split()) == 1 else None

    def _plural(self, name: str, key: NameKey) -> NameKey | None:
        if key[1] in self.by_surname:
            return None  # `Williams` is a surname, not more than one `William`
        singular = ("named", key[1][:-1])
        return singular if key[1].endswith("s") and singular in self.kinds else None

    def _shorter(self, name: str, key: NameKey) -> NameKey | None:
        kinds = self.kinds.get(key, set())
        if "NORP" in kinds or key[1] in self.by_surname or key in self.persons:
            return None  # `Chinese` is not short for `Russian-Chinese`, nor a person for a firm
        words = key[1].split()
        candidates = self.by_ends.get(("", key[1]), [])
        if len(words) > 1:
            candidates = candidates + self.by_ends.get((words[0], words[-1]), [])
        longer = {
            k for k in candidates if len(k[1].split()) > len(words) and _shortens(words, k[1])
        }
        return next(iter(longer)) if len(longer) == 1 else None

    def _clipped(self, name: str, key: NameKey) -> NameKey | None:
        """`the Fed` -> `Federal Reserve`: a clipped first word, at most half of it."""
        short = key[1]
        if " " in short or len(short) < 3 or not name[:1].isupper():
            return None
        longer = self.by_prefix.get(short, [])
        return longer[0] if len(longer) == 1 else None

    def _company(self, name: str, key: NameKey) -> NameKey | None:
        """`Samsung` -> `Samsung Electronics`: the one company named with it and words
        that only say what kind of company it is."""
        if " " in key[1] or key in self.persons:
            return None
        longer = {
            k
            for k in self.by_first.get(key[1], ())
            if all(w in COMPANY_WORDS for w in k[1].split()[1:])
        }
        return next(iter(longer)) if len(longer) == 1 else None

    def _model(self, name: str, key: NameKey) -> NameKey | None:
        """`787`, `S4`, `Dreamliner`, `Boeing 787` -> the one product whose name holds
        these model words and more."""
        words = key[1].split()
        if len(words) == 1:
            return self.models.get(key[1])
        if not any(is_model_number(w) for w in words):
            return None
        longer = {k for k in self.models.values() if k != key and extends(k, words)}
        return next(iter(longer)) if len(longer) == 1 else None

    def _index_stem(self, name: str, key: NameKey) -> NameKey | None:
        """`FTSE` -> `FTSE 100` (the index the stem usually means), else the one index of
        the batch with that stem."""
        usual = USUAL_INDEX.get(key[1])
        if usual is not None and own_key(usual, "ORG") in self.kinds:
            return own_key(usual, "ORG")
        return self.indices.get(key[1])

    def _alias(self, name: str, key: NameKey) -> NameKey | None:
        target = self.aliases.get(key[1])
        return target if target in self.kinds else None


def _other_names(aliases: Iterable[tuple[str, str, str]]) -> dict[str, NameKey]:
    """Alias -> the one key whose articles give it: other names for a thing (`VW`), not a
    part of its name (`iPhone` of `iPhone 4`, whose family an article names as the model;
    other rules judge those)."""
    return _unique(
        (own_key(alias, kind)[1], own_key(name, kind))
        for alias, name, kind in aliases
        if not set(own_key(alias, kind)[1].split()) <= set(own_key(name, kind)[1].split())
    )


def _shortens(words: list[str], longer: str) -> bool:
    """`commission` ends `european commission`; `itunes store` keeps the ends of
    `itunes music store`."""
    full = longer.split()
    if any(is_model_number(w) for w in full if w not in words):
        return False  # `iPhone` is not short for `3G iPhone`: a model is another product
    if full[-len(words) :] == words:
        return True
    if len(words) < 2 or full[0] != words[0] or full[-1] != words[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in words)  # a subsequence


def _unique(pairs: Iterable[tuple[str, NameKey]]) -> dict[str, NameKey]:
    found: dict[str, set[NameKey]] = defaultdict(set)
    for short, key in pairs:
        found[short].add(key)
    return {short: next(iter(keys)) for short, keys in found.items() if len(keys) == 1}
