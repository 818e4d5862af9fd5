"""Name forms: how a name is folded for comparison, and the forms derived from it.

Folding drops case, accents, dots in acronyms, possessives, a leading `the`, websites and
punctuation; derived forms are what people write instead of the full name: the surname
alone or with a title, a given-name variant, the name without middle names, an acronym, the
name without a company suffix or `index`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from eventline.models import TimelineEntity
from eventline.resolve.given_names import FEMALE_GIVEN_NAMES, given_name_key

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


@lru_cache(maxsize=1 << 16)  # a batch folds the same few names for every mention of them
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
    if any(ch.isdigit() for ch in name):
        return None  # `Galaxy S4` and `Galaxy S3` are models, not initials
    initials = [w[0] for w in words if w[0].isupper()]
    content = [w for w in words if w.lower() not in _CONNECTIVES]
    if len(initials) < 2 or len(initials) != len(content):
        return None
    return "".join(initials).lower()


def acronyms(name: str) -> list[str]:
    """`Bank of England` -> `be`, `boe`: initials without and with its small words' own."""
    plain = acronym(name)
    if plain is None:
        return []
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()]
    if not any(w.lower() in _CONNECTIVES for w in words[1:-1]):
        return [plain]
    return [plain, "".join(w[0] for w in words if w.lower() != "the").lower()]


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
        for initials in acronyms(text) if entity.type != "PERSON" else ():
            forms.setdefault(initials, ("form", "acronym"))
        if entity.type == "PERSON":
            for form, why in person_forms(folded).items():
                forms.setdefault(form, ("form", why))
    return forms


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
        (variant_key(bare), "title" if bare != folded else None),
        (first_last, "without middle name"),
        (variant_key(first_last), "without middle name"),
    ]
    initials = acronym(query)
    if initials:
        forms.append((initials, "acronym of the query"))
    return list(dict.fromkeys(forms))


def content_words(folded: str) -> list[str]:
    return [w for w in folded.split() if w not in _CONNECTIVES and w not in SUFFIX_WORDS]


def variant_key(bare: str) -> str:
    words = bare.split()
    if len(words) < 2:
        return bare
    return " ".join([given_name_key(words[0]), *words[1:]])
