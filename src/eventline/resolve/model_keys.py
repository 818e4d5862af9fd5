"""Which product and index names of a batch are one: a model's words (`787`,
`Dreamliner`) and the longest product name holding them, an index's stem and its index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from eventline.lexicon.market_names import INDICES, MODEL_SUFFIXES
from eventline.resolve.name_forms import fold, is_model_number

NameKey = tuple[str, str]
# Words that say what kind of company a name is (`Samsung Electronics`, `Toyota Motor`).
COMPANY_WORDS = frozenset(
    "electronics motor motors group holdings holding industries international airlines "
    "airways technologies technology systems energy financial pharmaceuticals petroleum "
    "steel telecom communications semiconductor entertainment".split()
)


def model_words(surface: dict[NameKey, set[str]]) -> dict[str, NameKey]:
    """Model word -> the product key with it: its number (`787`) and the capitalised words
    after the number (`Dreamliner`), never the maker or family before it; of names that
    extend one another (`Boeing 787`, `Boeing 787 Dreamliner`), the longest."""
    found: dict[str, set[NameKey]] = defaultdict(set)
    for key, names in surface.items():
        if key[0] != "named" or " " not in key[1]:
            continue
        for name in names:
            words = fold(name).split()
            numbered = [i for i, w in enumerate(words) if is_model_number(w)]
            if numbered:
                # `3G iPhone`: a name led by its number is followed by the family's name
                first = numbered[0] if numbered[0] > 0 else len(words)
                for word in [words[numbered[0]], *words[first + 1 :]]:
                    found[word].add(key)
    models = {}
    for word, keys in found.items():
        longest = [k for k in keys if not any(o != k and extends(o, k[1].split()) for o in keys)]
        if len(longest) == 1:
            models[word] = longest[0]
    return models


def extends(longer: NameKey, words: list[str]) -> bool:
    """`boeing 787 dreamliner` extends `boeing 787` by the model's own name; not
    `737 max` `737` (another model) nor `iphone 3g` `iphone` (a number more)."""
    extra = set(longer[1].split()) - set(words)
    if not extra or not set(words) <= set(longer[1].split()):
        return False
    return not any(is_model_number(w) or w in MODEL_SUFFIXES for w in extra)


def index_stems(
    kinds: dict[NameKey, set[str]], own_key: Callable[[str, str], NameKey]
) -> dict[str, NameKey]:
    """An index's name without its number (`nikkei`) -> the one index key of the batch."""
    stems = {}
    for name in INDICES:
        words = fold(name).split()
        if any(is_model_number(w) for w in words):
            stems[own_key(name, "ORG")] = " ".join(w for w in words if not is_model_number(w))
    return _unique((stem, key) for key, stem in stems.items() if key in kinds)


def _unique(pairs: Iterable[tuple[str, NameKey]]) -> dict[str, NameKey]:
    found: dict[str, set[NameKey]] = defaultdict(set)
    for short, key in pairs:
        found[short].add(key)
    return {short: next(iter(keys)) for short, keys in found.items() if len(keys) == 1}
