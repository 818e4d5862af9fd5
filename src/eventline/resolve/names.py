"""The batch's name table: every form by which an article or a user may name an entity, and
how a query (`--entity NAME`) is matched against those forms.

A query is folded the way every name is (case, accents, `the`, possessives, dots in
acronyms, hyphens), then compared with each entity at the strongest level that holds:

  name      1.00  the entity's own name or an alias the articles use
  form      0.90  a form the table derives: surname with or without a title, given-name
                  variant, acronym, the name without a company suffix or `index`
  words     0.85  the same words in another order (`3G iPhone` = `iPhone 3G`)
  partial   0.40-0.80  the query's distinctive words inside the name or the other way round
                  (`Airbus A350 XWB` ~ `A350`), weighted by how rare each word is among
                  the batch's names; never when the query has a model number the name lacks,
                  except an index's (`Nikkei 225 index` ~ `the Nikkei`)
            0.40-0.60  a shared model number, the rest different (`A350-1000` ~ `A350`)

Ties go to the entity in more events, then to the name in alphabetical order.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..market_names import INDICES
from ..models import TimelineEntity
from .given_names import FEMALE_GIVEN_NAMES, given_name_key

TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lady lord president vice prime minister "
    "chancellor secretary senator sen rep representative governor gov mayor judge justice "
    "general gen colonel col captain capt major lieutenant lt sergeant sgt admiral king queen "
    "prince princess pope cardinal bishop archbishop father rev reverend rabbi imam sheikh "
    "ceo chairman chairwoman chief executive director minister foreign finance defence "
    "defense interior deputy ambassador commissioner officer coach".split()
)
FEMALE_TITLES = frozenset("mrs ms miss madam dame lady queen princess chairwoman".split())
MALE_TITLES = frozenset("mr sir lord king prince father".split())
# Words a catalogue adds that the articles often leave out, or the other way round.
SUFFIX_WORDS = frozenset(
    "inc incorporated corp corporation co company ltd limited plc llc lp ag sa nv se gmbh "
    "holdings group index composite average".split()
)
_CONNECTIVES = frozenset("of the and for de du des la le el on in at to &".split())
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|co\.uk|co|info|news|tv)\b", re.IGNORECASE)
_ACRONYM_DOTS = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,})(?![\w])")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?\b")
_NOT_WORD = re.compile(r"[^\w&]+")

INDEX_NAMES = frozenset(" ".join(_NOT_WORD.sub(" ", name).split()) for name in INDICES)
_INDEX_WORDS = frozenset("index composite average".split())
# an index's name with and without its number: `ftse 100`, `ftse`
INDEX_STEMS = INDEX_NAMES | {
    " ".join(w for w in name.split() if not w.isdigit()) for name in INDEX_NAMES
}

SCORES = {"name": 1.0, "form": 0.9, "words": 0.85}


def fold(text: str) -> str:
    """Lowercase ASCII words: no accents, dots in acronyms, possessives, `the` or punctuation."""
    text = _DOMAIN.sub(" ", text)
    text = _ACRONYM_DOTS.sub(lambda m: m.group(1).replace(".", ""), text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _POSSESSIVE.sub("", text.lower())
    words = _NOT_WORD.sub(" ", text.replace("’", "'")).split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_model_number(word: str) -> bool:
    """`3g`, `737`, `a350`, `4s`: a folded word with a digit names one model of a product."""
    return any(ch.isdigit() for ch in word)


def acronym(name: str) -> str | None:
    """`European Central Bank` -> `ecb`: initials of the capitalised words, when two or more."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()]
    initials = [w[0] for w in words if w[0].isupper()]
    content = [w for w in words if w.lower() not in _CONNECTIVES]
    if len(initials) < 2 or len(initials) != len(content):
        return None
    return "".join(initials).lower()


def without_suffixes(folded: str) -> str:
    """The folded name without company suffixes and `index`/`composite` at its end."""
    words = folded.split()
    while len(words) > 1 and words[-1] in SUFFIX_WORDS:
        words = words[:-1]
    return " ".join(words)


def strip_titles(folded: str) -> tuple[str, str | None]:
    """(name without leading titles, `female`/`male`/None as the titles say)."""
    words, gender = folded.split(), None
    while len(words) > 1 and words[0] in TITLES:
        if words[0] in FEMALE_TITLES:
            gender = "female"
        elif words[0] in MALE_TITLES:
            gender = "male"
        words = words[1:]
    return " ".join(words), gender


def person_forms(folded: str) -> dict[str, str]:
    """Derived forms of a full person name -> why they name that person."""
    words = strip_titles(folded)[0].split()
    if len(words) < 2:
        return {}
    given, surname = words[0], words[-1]
    forms = {surname: "surname", f"{given_name_key(given)} {surname}": "given-name variant"}
    if len(words) > 2:
        forms[f"{given} {surname}"] = "without middle name"
    return forms


def gender_of(folded: str) -> str | None:
    """`female` when the given name is a common woman's name, else None (unknown)."""
    words = strip_titles(folded)[0].split()
    return "female" if len(words) > 1 and words[0] in FEMALE_GIVEN_NAMES else None


def entity_forms(entity: TimelineEntity) -> dict[str, tuple[str, str]]:
    """Every folded form of one entity -> (level, reason)."""
    forms: dict[str, tuple[str, str]] = {}
    for text in sorted({entity.name, *entity.aliases}):
        folded = fold(text)
        if not folded:
            continue
        level = ("name", "name") if text == entity.name else ("name", "alias")
        forms.setdefault(folded, level)
        short = without_suffixes(folded)
        forms.setdefault(short, ("form", "without suffix"))
        forms.setdefault(strip_titles(folded)[0], ("form", "without title"))
        initials = acronym(text)
        if initials and entity.type != "PERSON":
            forms.setdefault(initials, ("form", "acronym"))
        if entity.type == "PERSON":
            for form, why in person_forms(folded).items():
                forms.setdefault(form, ("form", why))
    return forms


@dataclass(frozen=True)
class NameMatch:
    """One entity a query names, how well (0-1) and why."""

    entity: TimelineEntity
    score: float
    reason: str
    events: int = 0


@dataclass(frozen=True)
class EntityChoice:
    """What a query picks: the best match, the others, or the nearest names when none."""

    query: str
    matches: tuple[NameMatch, ...]
    nearest: tuple[str, ...] = ()

    @property
    def best(self) -> NameMatch | None:
        return self.matches[0] if self.matches else None


class NameTable:
    """The forms of every entity of a batch, and the rarity of each word among them."""

    def __init__(self, entities: Sequence[TimelineEntity], events: Mapping[str, int]):
        self.entities = list(entities)
        self.events = events
        self.forms = {e.id: entity_forms(e) for e in self.entities}
        self.words = {e.id: _distinctive_words(self.forms[e.id]) for e in self.entities}
        counts = Counter(w for forms in self.words.values() for w in {w for f in forms for w in f})
        total = max(1, len(self.entities))
        self.weight = {w: math.log(1 + total / n) for w, n in counts.items()}
        # form or word -> entities, so a query reads only the entities it could name
        self.by_key: dict[str, list[TimelineEntity]] = defaultdict(list)
        for entity in self.entities:
            keys = set(self.forms[entity.id]) | {w for f in self.words[entity.id] for w in f}
            for key in keys:
                self.by_key[key].append(entity)

    def choose(self, query: str) -> EntityChoice:
        """Every entity the query names, best first; the nearest names when none does."""
        folded = fold(query)
        candidates = query_forms(query)
        gender = strip_titles(folded)[1]
        keys = [form for form, _ in candidates] + _content_words(folded)
        reachable = {e.id: e for key in keys for e in self.by_key.get(key, ())}
        matches = []
        for entity in reachable.values():
            found = self._match(folded, candidates, gender, entity)
            if found is not None:
                score, reason = found
                matches.append(NameMatch(entity, score, reason, self.events.get(entity.id, 0)))
        matches.sort(key=lambda m: (-m.score, -m.events, m.entity.name, m.entity.id))
        nearest = () if matches else self.nearest(folded)
        return EntityChoice(query=query, matches=tuple(matches), nearest=nearest)

    def _match(
        self,
        folded: str,
        candidates: Sequence[tuple[str, str | None]],
        gender: str | None,
        entity: TimelineEntity,
    ) -> tuple[float, str] | None:
        forms = self.forms[entity.id]
        for candidate, via in candidates:
            if candidate in forms:
                level, reason = forms[candidate]
                if via is not None:
                    level, reason = "form", f"{via} and {reason}" if reason != "name" else via
                fit = _gender_fit(gender, entity) if entity.type == "PERSON" else 1.0
                return (SCORES[level] * fit, reason) if fit else None
        bare = strip_titles(folded)[0]
        if entity.type == "PERSON" and gender is not None and len(bare.split()) == 1:
            return None  # `Mrs X` names a person by title and surname only
        return self._partial(folded, entity)

    def _partial(self, folded: str, entity: TimelineEntity) -> tuple[float, str] | None:
        query = set(_content_words(folded))
        if not query:
            return None
        index_query = bool(_INDEX_WORDS & set(folded.split()))
        best = None
        for words in self.words[entity.id]:
            name = set(words)
            if query == name:
                return SCORES["words"], "same words"
            shared = query & name
            if not shared:
                continue
            weight = sum(self._weight(w) for w in shared) / sum(
                self._weight(w) for w in query | name
            )
            same_model = any(is_model_number(w) for w in shared)
            dropped = any(is_model_number(w) for w in query - name)
            if not (query <= name or name <= query) or (dropped and same_model):
                if same_model:  # `A350 XWB` ~ `A350-900`, `A350-1000` ~ `A350`
                    best = max(best or (0.0, ""), (weight / 2, "same model number"))
                continue
            if dropped and not (index_query or self._index(entity)):
                continue  # `iPhone 4` is not `iPhone`; `Nikkei 225` is `the Nikkei`
            way = "query inside name" if query <= name else "name inside query"
            best = max(best or (0.0, ""), (weight, way))
        if best is None:
            return None
        return round(0.4 + 0.4 * best[0], 4), best[1]

    def _index(self, entity: TimelineEntity) -> bool:
        """A market index: its number may be left out (`Nikkei 225` is `the Nikkei`)."""
        return any(
            without_suffixes(form) in INDEX_STEMS or form.split()[-1] in _INDEX_WORDS
            for form in self.forms[entity.id]
        )

    def _weight(self, word: str) -> float:
        return self.weight.get(word, math.log(2 + len(self.entities)))

    def nearest(self, folded: str, limit: int = 5) -> tuple[str, ...]:
        """The entity names closest in spelling to a query that named none."""
        scored = []
        for entity in self.entities:
            forms = self.forms[entity.id]
            ratios = (difflib.SequenceMatcher(None, folded, form).ratio() for form in forms)
            close = max(ratios, default=0.0)
            scored.append((-close, -self.events.get(entity.id, 0), entity.name))
        scored.sort()
        return tuple(name for _, _, name in scored[:limit])


def query_forms(query: str) -> list[tuple[str, str | None]]:
    """The folded forms of a query to look up, each with how it was derived (None: as typed)."""
    folded = fold(query)
    bare = strip_titles(folded)[0]
    words = bare.split()
    first_last = f"{words[0]} {words[-1]}" if len(words) > 2 else bare
    forms = [
        (folded, None),
        (without_suffixes(folded), None),
        (bare, "title" if bare != folded else None),
        (_variant_key(bare), "title" if bare != folded else None),
        (first_last, "without middle name"),
        (_variant_key(first_last), "without middle name"),
    ]
    initials = acronym(query)
    if initials:
        forms.append((initials, "acronym of the query"))
    return list(dict.fromkeys(forms))


def _content_words(folded: str) -> list[str]:
    return [w for w in folded.split() if w not in _CONNECTIVES and w not in SUFFIX_WORDS]


def _distinctive_words(forms: Mapping[str, tuple[str, str]]) -> list[tuple[str, ...]]:
    """The content words of each surface form (not derived ones), one tuple per form."""
    found = {tuple(_content_words(f)) for f, (level, _) in forms.items() if level == "name"}
    return sorted(words for words in found if words)


def _variant_key(bare: str) -> str:
    words = bare.split()
    if len(words) < 2:
        return bare
    return " ".join([given_name_key(words[0]), *words[1:]])


def _gender_fit(gender: str | None, entity: TimelineEntity) -> float:
    """1 when a title's gender fits the person's given name, 0.95 when unknown, 0 if not."""
    if gender is None:
        return 1.0
    known = gender_of(fold(entity.name))
    if known == "female":
        return 1.0 if gender == "female" else 0.0
    return 0.95 if gender == "female" else 1.0


def choose_entity(
    query: str, entities: Iterable[TimelineEntity], events: Mapping[str, int]
) -> EntityChoice:
    """What `--entity QUERY` picks among a batch's entities (`events`: id -> event count)."""
    return NameTable(list(entities), events).choose(query)
