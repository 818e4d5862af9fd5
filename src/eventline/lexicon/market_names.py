"""Products with model names and market names as entity mentions of one article.

spaCy's small model tags `iPhone` but seldom `iPhone 3G` or `the 3G iPhone`, and it rarely
tags `the Hang Seng` or `the euro`: yet an analyst asks for exactly these. A model
designator (`3G`, `4`, `A350`, `737 MAX`) next to a name the article already uses for a
company or product makes one product name; a market index, exchange or currency from the
small table below (facts about markets, not about any story) is a name when the text uses
it as one (`the euro rose`, not `euro zone` or `ten euros`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventline.lexicon.model_versions import version_mentions
from eventline.models import EntityMention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a word with a digit: `3G`, `4`, `A350`, `737`, `2.0` (not `1,000` or `3.5%` parts)
_MODEL_WORD = re.compile(
    r"(?<![\w.,-])(?=[\w.-]*\d)[A-Za-z]{0,3}-?\d{1,4}(?:\.\d|-\d{1,4})?[A-Za-z]{0,3}"
    r"(?![\w-]|[.,]\d)"
)
_CODE = re.compile(r"^[A-Z]{1,2}-?\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,3}$")  # `A350-900`, `F-35`
_CAPACITY = re.compile(r"^\d+(?:\.\d)?(?:gb|tb|mb|kb|mp|mm|cm|in|hz|ghz|mhz|mah|w|kw|v)$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
MODEL_SUFFIXES = frozenset("max xwb neo ng er lr pro plus ultra xl se mini".split())
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]+$")  # `iPhone`, `eBay`
_NOT_PRODUCT_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
# what spaCy calls a model's own name after its number (`787 Dreamliner`), when it tags it
_MODEL_NAME_TYPES = frozenset({"", "ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "NORP"})
_NAMED_NUMBER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_BRAND_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "PERSON"})

INDICES = (
    "dow jones industrial average|dow jones|s&p 500|standard & poor's 500|nasdaq composite|"
    "nasdaq 100|russell 2000|ftse 100|ftse 250|ftse all-share|dax|cac 40|euro stoxx 50|"
    "stoxx europe 600|stoxx 600|ibex 35|ftse mib|aex|smi|nikkei 225|nikkei|topix|"
    "hang seng|hang seng china enterprises|shanghai composite|shenzhen component|csi 300|"
    "kospi|sensex|nifty 50|asx 200|all ordinaries|taiex|bovespa|ibovespa|merval|"
    "s&p/tsx composite|tsx|moex|rts|bist 100|tadawul|vix"
).split("|")
# The index a bare stem means in market reports (`the FTSE` is the FTSE 100, not the 250).
USUAL_INDEX = {
    "ftse": "ftse 100",
    "nikkei": "nikkei 225",
    "dow": "dow jones industrial average",
    "dow jones": "dow jones industrial average",
    "s&p": "s&p 500",
    "cac": "cac 40",
    "ibex": "ibex 35",
    "stoxx": "stoxx europe 600",
    "euro stoxx": "euro stoxx 50",
    "csi": "csi 300",
    "nifty": "nifty 50",
    "asx": "asx 200",
    "nasdaq": "nasdaq composite",
}
CURRENCY_WORDS = frozenset(
    "euro dollar yen pound sterling yuan renminbi franc rupee rouble ruble won peso lira "
    "rand real ringgit baht rupiah krona krone zloty forint shekel dirham riyal bitcoin".split()
)
# the last word of an index's name, as a description's referent reads it (`the index`)
INDEX_HEADS = frozenset(
    {name.split()[-1] for name in INDICES}
    | {name.split()[0] for name in INDICES} - {"all"}  # `the Nasdaq`, `the Dow`
    | {"index", "composite", "average"}
)
CURRENCIES = CURRENCY_WORDS
MARKET_HEADS = INDEX_HEADS | CURRENCY_WORDS
"""The last word of a market's name: an index or a currency, never a company."""
# `the euro zone`, `the dollar amount`: the currency word is only a modifier there.
_NOT_AFTER_CURRENCY = frozenset("zone area bloc amount value sign bill bills store stores".split())
_INDEX_TAILS = frozenset("index composite average".split())


def _phrases() -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in INDICES:
        words = tuple(name.replace("/", " / ").split())  # spaCy keeps `S&P` one token
        by_first.setdefault(words[0], []).append(words)
    for words in by_first.values():
        words.sort(key=len, reverse=True)  # the longest name first
    return by_first


_INDEX_PHRASES = _phrases()
# the first word of every index and every currency, found in the text before any token is read
_MARKET_WORD = re.compile(
    r"(?<![\w&])(?:"
    + "|".join(re.escape(w) for w in sorted({*_INDEX_PHRASES, *CURRENCIES}, key=len, reverse=True))
    + r")(?![\w&])",
    re.IGNORECASE,
)


def product_and_market_mentions(
    doc: Doc, text: str, mentions: Sequence[EntityMention], ignored: Sequence[Span]
) -> list[EntityMention]:
    """`mentions` with product model names and market names added (longer spans win);
    `text` is the Doc's text (reading `Doc.text` would join every token again)."""
    found = _product_mentions(doc, text, mentions) + _market_mentions(doc, text)
    found = version_mentions(doc, text, mentions) + found  # the longest, kept first
    found = [m for m in found if not _overlaps(m, ignored)]
    if not found:
        return list(mentions)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[EntityMention] = []
    for mention in found:
        if not any(_overlaps(mention, [other]) for other in kept):
            kept.append(mention)
    return kept + [m for m in mentions if not _overlaps(m, kept)]


def _overlaps(mention: EntityMention | Span, spans: Sequence[EntityMention | Span]) -> bool:
    return any(mention.start < s.end and s.start < mention.end for s in spans)


def _neighbour(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


def _is_brand(token: Token | None, brands: set[str], code: bool = False) -> bool:
    """A name the article uses for a company or product, or a camel-case name (`iPhone`);
    before a model code (`S10`), any capitalised proper noun (`Galaxy`)."""
    if token is None or token.ent_type_ in _NOT_PRODUCT_TYPES:
        return False
    if code and token.pos_ == "PROPN" and token.is_title and not token.is_sent_start:
        return True
    return token.text in brands or bool(_CAMEL.match(token.text))


def _product_mentions(
    doc: Doc, text: str, mentions: Sequence[EntityMention]
) -> list[EntityMention]:
    """A model designator next to a brand (`iPhone 3G`, `3G iPhone`), or a model code alone."""
    brands = {m.text for m in mentions if m.label in _BRAND_LABELS and " " not in m.text}
    covered = [(m.start, m.end) for m in mentions if m.label not in _BRAND_LABELS]
    found = []
    for word in _MODEL_WORD.finditer(text):  # far fewer than the tokens
        if not _may_be_model(text, word, brands):
            continue
        span = doc.char_span(word.start(), word.end())
        if span is None or _YEAR.match(span.text) or span[0].ent_type_ in _NOT_PRODUCT_TYPES:
            continue
        if _CAPACITY.match(span.text):
            continue  # `the 30GB iPod` is an iPod with that much room, not a model
        i, last = span.start, span.end - 1
        before, after = _neighbour(doc, i - 1), _neighbour(doc, last + 1)
        code = bool(_CODE.match(span.text))
        if _is_brand(before, brands, code) and not _is_quantity(doc, last):
            start, end = i - 1, last
        elif _is_brand(after, brands) and any(c.isalpha() for c in span.text):
            start, end = i, last + 1  # `the 3G iPhone`; `21 iPods` is a count
        elif _standalone_model(doc, i, last) and not any(s <= word.start() < e for s, e in covered):
            start, end = i, last
        else:
            continue
        found.append(_mention(doc, start, _model_end(doc, end), "PRODUCT"))
    return found + _repeated_models(doc, text, found)


def _model_end(doc: Doc, end: int) -> int:
    """The last token of a model's name: with its suffix (`737 MAX`) and its own
    capitalised name (`787 Dreamliner`)."""
    tail = _neighbour(doc, end + 1)
    if tail is not None and tail.lower_ in MODEL_SUFFIXES:
        end += 1
        tail = _neighbour(doc, end + 1)
    if tail is not None and tail.pos_ == "PROPN" and tail.is_title and tail.is_alpha:
        if tail.ent_type_ in _MODEL_NAME_TYPES:
            end += 1
    return end


def _repeated_models(doc: Doc, text: str, found: list[EntityMention]) -> list[EntityMention]:
    """A model the article has named with its brand, named again alone (`the 787`, `the S4`)."""
    models = {w for m in found for w in m.text.split() if any(c.isdigit() for c in w)}
    if not models:
        return []
    again = []
    for word in _MODEL_WORD.finditer(text):
        if word.group() not in models or _overlaps_any(word.start(), word.end(), found):
            continue
        span = doc.char_span(word.start(), word.end())
        if span is not None and len(span) == 1:
            again.append(_mention(doc, span.start, _model_end(doc, span.start), "PRODUCT"))
    return again


def _overlaps_any(start: int, end: int, mentions: Sequence[EntityMention]) -> bool:
    return any(start < m.end and m.start < end for m in mentions)


def _may_be_model(text: str, word: re.Match, brands: set[str]) -> bool:
    """A cheap look at the words around a number before reading tokens: a bare number
    (`300 people`, `March 3`) is a model only after a brand or before a model suffix."""
    if _YEAR.match(word.group()):
        return False
    if not word.group().isdigit():
        return True
    before = text[max(0, word.start() - 40) : word.start()].split()[-1:]
    after = text[word.end() : word.end() + 12].split()[:1]
    if before and (before[0] in brands or _CAMEL.match(before[0])):
        return True
    if before and before[0].lower() == "the" and 3 <= len(word.group()) <= 4:
        return True  # `the 787`, read as a name when it heads its phrase (`_named_number`)
    return bool(after) and after[0].strip('.,;:!?)"').lower() in MODEL_SUFFIXES


def _standalone_model(doc: Doc, first: int, last: int) -> bool:
    """A model code (`A350`), or a number with a model suffix (`737 MAX`)."""
    tail = _neighbour(doc, last + 1)
    suffixed = tail is not None and tail.lower_ in MODEL_SUFFIXES and tail.is_upper
    code = bool(_CODE.match(doc[first : last + 1].text))
    return code or (suffixed and doc[first].like_num) or _named_number(doc, first, last)


def _named_number(doc: Doc, first: int, last: int) -> bool:
    """`the 787 was delayed`: a three- or four-digit number after `the` that heads its
    phrase, as a model's name does (`the 300 passengers` counts them)."""
    token = doc[first]
    before = _neighbour(doc, first - 1)
    return (
        first == last
        and token.is_digit
        and 3 <= len(token) <= 4
        and before is not None
        and before.lower_ == "the"
        and token.dep_ in _NAMED_NUMBER_DEPS
        and token.ent_type_ not in _NOT_PRODUCT_TYPES
    )


def _is_quantity(doc: Doc, i: int) -> bool:
    following = _neighbour(doc, i + 1)
    return following is not None and following.lower_ in {"%", "percent", "per", "million"}


def _mention(doc: Doc, first: int, last: int, label: str) -> EntityMention:
    span = doc[first : last + 1]
    return EntityMention(start=span.start_char, end=span.end_char, text=span.text, label=label)


def _market_mentions(doc: Doc, text: str) -> list[EntityMention]:
    """Market indices from the table, and currencies named as markets (`the euro`)."""
    found = []
    for word in _MARKET_WORD.finditer(text):
        span = doc.char_span(word.start(), word.end())
        if span is None:
            continue
        i = span.start
        index = _index_at(doc, i)
        if index is not None:
            found.append(_mention(doc, i, index, "ORG"))
        elif doc[i].lower_ in CURRENCIES and _names_currency(doc[i]):
            found.append(_mention(doc, i, i, "ORG"))
    return found


def _index_at(doc: Doc, i: int) -> int | None:
    """The last token of a market index name starting at token `i`, if one does."""
    for words in _INDEX_PHRASES.get(doc[i].lower_, ()):
        if [t.lower_ for t in doc[i : i + len(words)]] == list(words):
            end = i + len(words) - 1
            if end + 1 < len(doc) and doc[end + 1].lower_ in _INDEX_TAILS:
                end += 1
            return end
    return None


def _names_currency(token: Token) -> bool:
    """`the euro rose`, `the U.S. dollar`, `the South Korean won`: a currency as a market,
    not an amount (`ten euros`), a modifier (`the euro zone`) or a verb (`the team won`)."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
        return False
    if token.ent_type_ in {"MONEY", "CARDINAL", "QUANTITY"}:
        return False
    following = _neighbour(token.doc, token.i + 1)
    if following is not None and following.lower_ in _NOT_AFTER_CURRENCY:
        return False
    i = token.i - 1
    while i >= 0 and token.i - i <= 3 and token.doc[i].text[:1].isupper():
        i -= 1  # `U.S.`, `Japanese`, `South Korean`
    return i >= 0 and token.doc[i].lower_ == "the"
