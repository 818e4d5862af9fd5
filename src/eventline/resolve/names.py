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

Ties go to the entity in more events (the rows of its own timeline, `entity_pick.py`), then
to the name in alphabetical order.
"""

from __future__ import annotations

import difflib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from eventline.lexicon.market_names import INDICES
from eventline.models import TimelineEntity
from eventline.resolve.name_forms import (
    content_words,
    entity_forms,
    fold,
    gender_of,
    is_model_number,
    query_forms,
    strip_titles,
    without_suffixes,
)

INDEX_NAMES = frozenset(fold(name) for name in INDICES)
_INDEX_WORDS = frozenset("index composite average".split())
# an index's name with and without its number: `ftse 100`, `ftse`
INDEX_STEMS = INDEX_NAMES | {
    " ".join(w for w in name.split() if not w.isdigit()) for name in INDEX_NAMES
}

SCORES = {"name": 1.0, "form": 0.9, "words": 0.85}


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


def match_order(match: NameMatch) -> tuple:
    """Best first: the higher score, then more events, then the name in alphabetical order."""
    return (-match.score, -match.events, match.entity.name, match.entity.id)


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
        keys = [form for form, _ in candidates] + content_words(folded)
        reachable = {e.id: e for key in keys for e in self.by_key.get(key, ())}
        matches = []
        for entity in reachable.values():
            found = self._match(folded, candidates, gender, entity)
            if found is not None:
                score, reason = found
                matches.append(NameMatch(entity, score, reason, self.events.get(entity.id, 0)))
        matches.sort(key=match_order)
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
        query = set(content_words(folded))
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


def _distinctive_words(forms: Mapping[str, tuple[str, str]]) -> list[tuple[str, ...]]:
    """The content words of each surface form (not derived ones), one tuple per form."""
    found = {tuple(content_words(f)) for f, (level, _) in forms.items() if level == "name"}
    return sorted(words for words in found if words)


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
