"""Entities of one article: spaCy's mentions cleaned up into clusters with canonical names.

spaCy's small model often tags a bare surname as ORG (`Lavrov` 12 of 15 times in a seed
article), so a surname takes the type and identity of a full PERSON name seen in the same
article; country aliases (`DPRK`, `North Korea`) share one entity; the dateline city is a place.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from eventline.analyse.brand_mentions import PLACES_OF_TRADE, untagged_brand_mentions
from eventline.analyse.entity_joins import join_abbreviations, join_family_mentions
from eventline.analyse.furniture import is_furniture, publisher_keys
from eventline.lexicon.gazetteer import NON_COUNTRY_CANONICAL, canonical_country
from eventline.lexicon.market_names import product_and_market_mentions
from eventline.lexicon.model_versions import model_name
from eventline.models import Article, ArticleEntity, EntityMention, Span
from eventline.nlp.token_arrays import token_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Sentence

DATELINE_LABEL = "DATELINE_GPE"
KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_A = re.compile(r"^(?:a|A|an|An)\s+(?=[A-Z]\w*\s+[A-Z])")
"""`A World Health Organization`: spaCy takes in the article of `a WHO spokesman`."""
_ARTICLE_LED = frozenset({"ORG", "GPE", "FAC", "LOC"})
_FIRST_NAME = re.compile(r"^[A-Z][a-z]{2,}$")
_TITLES = frozenset(
    "president minister prime foreign chief general king queen prince pope mrs miss sir lady "
    "lord saint judge senator governor mayor".split()
)
# The last word of an institution's name, never of a person's (`App Store`).
_INSTITUTION_HEADS = frozenset(
    "store stores bank company corporation corp inc ltd plc group exchange agency ministry "
    "commission council court university institute association union fund".split()
)
_MODEL_NUMBER = re.compile(r"\b[A-Za-z]{0,3}\d")
_DATELINE_PLACE = re.compile(r"^\s*([A-Z][A-Za-z.'’ -]{1,40}?)\s*(?:,|\(|\s[-–—])")
_AGENCY_PLACE = re.compile(
    r"(?:\b(?:[A-Z]{2,4}T|GMT|UTC)\s+)?\b([A-Z][\w.'’\-]*(?:,?\s+[A-Z][\w.'’\-]*){0,3}?)"
    r"\s*\([^)]*\)\s*(?:—|–|--|-)\s*$"
)
"""The city before the agency when a stamp runs into the dateline (`... EDT LONDON (Reuters) -`)."""


_PARTICLES = frozenset("al el de du da di del der den van von le la bin ibn".split())


def _leading_adjective(word: str, following: str) -> bool:
    """`older` before `Galaxy S3`: a lower-case word before a capitalised name, not a
    particle of the name (`al Qaeda`) nor a common noun phrase (`chamber of commerce`)."""
    if not (word.isalpha() and word.islower()) or word in _PARTICLES:
        return False
    return following[:1].isupper() or following[1:2].isupper()  # `Galaxy`, `iPhone`


def clean_name(text: str, label: str = "") -> str:
    """A mention's text without possessive `’s`, a leading `the`, a leading lower-case
    adjective of a thing's name (`older Galaxy S3`) and surrounding spaces."""
    name = _POSSESSIVE.sub("", text.strip())
    name = _LEADING_THE.sub("", name)
    if label in _ARTICLE_LED:
        name = _LEADING_A.sub("", name)  # `A World Health Organization spokesman`
    words = name.split()
    if label != "PERSON":  # a person's particles stay (`de Gaulle`)
        while len(words) > 1 and _leading_adjective(words[0], words[1]):
            words = words[1:]
    return " ".join(words).strip(" ,.;:")


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < span.end and span.start < end for span in spans)


_INNER_POSSESSIVE = re.compile(r"(?<=\w)\s?['’]s?\s+(?=\w)")


def _without_inner_possessive(name: str) -> str:
    """`Beatles ' Apple Corps` -> `Beatles Apple Corps`: the name as lists often spell it."""
    return _INNER_POSSESSIVE.sub(" ", name)


def _raw_mentions(
    doc: Doc, text: str, ignored: Sequence[Span], publishers: frozenset[str] = frozenset()
) -> list[EntityMention]:
    mentions = []
    for ent in _uncoordinated(doc.ents):
        if ent.label_ not in KEPT_LABELS or _overlaps(ent.start_char, ent.end_char, ignored):
            continue
        if _portfolio(doc, ent):
            continue
        name = clean_name(ent.text, ent.label_)
        if not name or not any(ch.isalpha() for ch in name) or is_furniture(name, publishers):
            continue
        offset = ent.text.find(name)
        start = ent.start_char + max(offset, 0)
        end, label = start + len(name), ent.label_
        after = text[ent.end_char : ent.end_char + 8].lower().split()[:1]
        if name == ent.text and after and after[0].strip(".,;:!?)'\"") in PLACES_OF_TRADE:
            end = doc[ent.end].idx + len(doc[ent.end])  # `the iTunes store` is its name
            name, label = f"{name} {doc[ent.end].text}", "ORG"
        mentions.append(EntityMention(start=start, end=end, text=name, label=label))
    return mentions


_OFFICES = frozenset("secretary minister ministry department undersecretary".split())


def _portfolio(doc: Doc, ent: Sentence) -> bool:
    """`State` of `Secretary of State`, `Defence` of `Minister of Defence`: a word of a title,
    which would otherwise join any organisation whose name ends in it (`Morehead State`)."""
    return (
        len(ent) == 1
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in _OFFICES
    )


def _uncoordinated(ents: Iterable[Sentence]) -> Iterator[Sentence]:
    """spaCy's entity spans, two names it joined with `and the` split apart (`the Model 3
    and the Model Y`); `Securities and Exchange Commission` stays one name."""
    for ent in ents:
        if " and the " not in ent.text.lower():
            yield ent
            continue
        words = [t.lower_ for t in ent]
        cut = next((i for i in range(1, len(ent) - 2) if words[i : i + 2] == ["and", "the"]), None)
        if cut is None:
            yield ent
        else:
            yield ent[:cut]
            yield ent[cut + 2 :]


def _dateline_mention(article: Article) -> EntityMention | None:
    """The dateline city (`PYONGYANG, October 19.`) as a place mention."""
    if article.dateline is None:
        return None
    head = article.text[article.dateline.start : article.dateline.end]
    match = _DATELINE_PLACE.match(head) or _AGENCY_PLACE.search(head)
    if not match:
        return None
    raw = match.group(1).strip()
    start = article.dateline.start + head.find(raw)
    return EntityMention(start=start, end=start + len(raw), text=raw, label=DATELINE_LABEL)


def _display(mention: EntityMention) -> str:
    """The name to show: an all-caps dateline city is title-cased (`PYONGYANG`)."""
    if mention.label == DATELINE_LABEL:
        return " ".join(part.capitalize() for part in mention.text.split())
    return model_name(mention.text) if mention.label == "PRODUCT" else mention.text


def _cluster_key(mention: EntityMention, full_names: dict[str, str]) -> tuple[str, str]:
    """(type, canonical name) that a mention belongs to."""
    name = _display(mention)
    label = "GPE" if mention.label == DATELINE_LABEL else mention.label
    country = canonical_country(name)
    if country and label in {"GPE", "ORG", "LOC", "PERSON"}:
        return ("ORG" if country in NON_COUNTRY_CANONICAL else "GPE", country)
    if label in {"PERSON", "ORG", "NORP", "GPE"} and name in full_names:
        return ("PERSON", full_names[name])
    if label == "PERSON" and _MODEL_NUMBER.search(name):
        return ("PRODUCT", name)  # `Galaxy S4` is no one's name
    if label == "PERSON" and name.split()[-1].lower() in _INSTITUTION_HEADS:
        return ("ORG", name)  # nor `App Store`
    return (label, name)


def _surname_table(mentions: Sequence[EntityMention]) -> dict[str, str]:
    """Map surnames and first names of PERSON names to their full name (if unique)."""
    candidates: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        parts = mention.text.split()
        if (
            len(parts) < 2
            or _MODEL_NUMBER.search(mention.text)
            or _cluster_key(mention, {})[0] != "PERSON"
        ):
            continue  # `Galaxy S4`: `Galaxy` and `S4` are no given name and surname
        candidates[mention.text].add(mention.text)
        candidates[parts[-1]].add(mention.text)
        if _FIRST_NAME.match(parts[0]) and parts[0].lower() not in _TITLES:
            candidates[parts[0]].add(mention.text)  # `Steve` for `Steve Jobs`
    table = {short: next(iter(full)) for short, full in candidates.items() if len(full) == 1}
    return table | _dominant_owners(mentions, candidates, table)


def _dominant_owners(
    mentions: Sequence[EntityMention], candidates: dict[str, set[str]], unique: dict[str, str]
) -> dict[str, str]:
    """A shared first name or surname -> the full name the article names at least three
    times as often as any other (`Steve` is Steve Jobs in an obituary that quotes Steve
    Ballmer once)."""
    counts = Counter(unique.get(m.text, m.text) for m in mentions)
    owners = {}
    for short, fulls in candidates.items():
        if len(fulls) < 2:
            continue
        ranked = sorted(fulls, key=lambda full: (-counts[full], full))
        if counts[ranked[0]] >= 3 * max(1, counts[ranked[1]]):
            owners[short] = ranked[0]
    return owners


def _title_case_line(sentence: Sentence) -> bool:
    """A headline in title case, where any word may be capitalised."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.6 * len(words)


def _tokens_spelled(doc: Doc, spellings: Iterable[str]) -> Iterator[Token]:
    """The tokens whose text is one of `spellings`."""
    from spacy.attrs import ORTH
    from spacy.strings import get_string_id

    for i in token_indices(doc, ORTH, (get_string_id(text) for text in spellings)):
        yield doc[i]


def _name_part_mentions(
    doc: Doc, mentions: Sequence[EntityMention], names: dict[str, str], ignored: Sequence[Span]
) -> list[EntityMention]:
    """Capitalised words that spaCy missed but that are a person's name part (`Jobs said`)."""
    if not names:
        return []
    taken = {i for span in [*mentions, *ignored] for i in range(span.start, span.end)}
    found = []
    for token in _tokens_spelled(doc, names):
        if not token.is_title or token.pos_ not in {"PROPN", "NOUN"}:
            continue
        if token.idx in taken or _title_case_line(token.sent):
            continue
        end = token.idx + len(token)
        found.append(EntityMention(start=token.idx, end=end, text=token.text, label="PERSON"))
    return found


# Capitals that name a thing, not an organisation (`the CEO`, `GDP grew`).
_COMMON_CAPITALS = frozenset(
    "CEO CFO COO CTO GDP IPO AI EV EVS SUV TV PC DNA HIV AIDS USB GPS CPU LED OK AM PM ID VAT "
    "PR HR IT RAM SMS MP CD DVD HD FM UK US USA EU".split()
)
_CAPITALS = re.compile(r"(?<![\w.&-])[A-Z]{2,5}(?![\w.&-])")


def _acronym_mentions(
    doc: Doc, text: str, mentions: Sequence[EntityMention], ignored: Sequence[Span]
) -> list[EntityMention]:
    """Capitalised acronyms that spaCy left untagged (`The ECB left rates unchanged`):
    an organisation, when the word stands as a name in the sentence."""
    found = []
    for match in _CAPITALS.finditer(text):
        if match.group() in _COMMON_CAPITALS:
            continue
        start, end = match.span()
        if _overlaps(start, end, mentions) or _overlaps(start, end, ignored):
            continue
        span = doc.char_span(start, end)
        if span is None or len(span) != 1 or span[0].pos_ != "PROPN" or span[0].ent_type_:
            continue
        if _title_case_line(span[0].sent) and span[0].sent.text.isupper():
            continue
        found.append(EntityMention(start=start, end=end, text=match.group(), label="ORG"))
    return found


def _canonical_name(key_name: str, forms: Counter[str]) -> str:
    """The longest form (a full name beats a surname); ties broken alphabetically."""
    best = max(forms, key=lambda form: (len(form.split()), forms[form], -len(form), form))
    return key_name if key_name in forms or canonical_country(key_name) else best


def find_entities(doc: Doc, article: Article) -> list[ArticleEntity]:
    """Cluster one article's entity mentions into entities with canonical names."""
    publishers = publisher_keys(article.source, article.url)
    mentions = product_and_market_mentions(
        doc,
        article.text,
        _raw_mentions(doc, article.text, article.ignored, publishers),
        article.ignored,
    )
    mentions += _acronym_mentions(doc, article.text, mentions, article.ignored)
    mentions += untagged_brand_mentions(doc, article.text, mentions, article.ignored)
    dateline = _dateline_mention(article)
    if dateline is not None:
        mentions.append(dateline)
    full_names = _surname_table(mentions)
    mentions += _name_part_mentions(doc, mentions, full_names, article.ignored)
    mentions.sort(key=lambda m: (m.start, m.end))
    clusters: dict[tuple[str, str], list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        clusters[_cluster_key(mention, full_names)].append(mention)
    join_abbreviations(clusters)
    join_family_mentions(doc, clusters)
    entities = []
    for (label, key_name), members in clusters.items():
        forms = Counter(_display(m) for m in members)
        name = _canonical_name(key_name, forms)
        aliases = {form for form in forms if form != name}
        aliases |= {_without_inner_possessive(form) for form in forms} - {name}
        aliases = sorted(aliases)
        entities.append(
            ArticleEntity(id="", name=name, type=label, aliases=aliases, mentions=members)
        )
    entities.sort(key=lambda e: (e.mentions[0].start, e.name))
    return [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(entities)]
