"""What pronouns and descriptions point to: `he`, `the company`, `the CEO`."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING

from eventline.lexicon.market_names import INDEX_HEADS, MARKET_HEADS
from eventline.lexicon.referring import (
    COMPANY_NOUNS,
    INDEX_NOUNS,
    PERSONAL_PRONOUNS,
    PRODUCT_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PERSONAL_PRONOUNS", "Mention", "description_referent", "pronoun_referent"]

_THING_TYPES = {"ORG", "PRODUCT"}
ROLE_NOUNS = frozenset(
    "ceo president chairman chairwoman founder co-founder minister diplomat leader "
    "executive spokesman spokeswoman director secretary premier chancellor governor "
    "senator mayor king queen coach manager general commander boss officer".split()
)
# A description word also matches these title words (`the CEO` ~ `chief executive`).
_TITLE_SYNONYMS = {
    "ceo": {"executive"},
    "executive": {"ceo"},
    "boss": {"ceo", "chairman"},
    "diplomat": {"minister", "ambassador", "envoy"},  # `the top diplomat`: a foreign minister
}
_LOOKBACK = 150  # tokens
_APPOSITION_TOKENS = 100


@dataclass
class Mention:
    """An entity mention as reference resolution sees it."""

    start: int
    entity: str
    type: str
    subject: bool
    titles: frozenset[str] = field(default_factory=frozenset)
    contrasted: bool = False
    """Named only to be set apart (`Unlike Hitler, he ...`): never what `he` refers to."""
    head: str = ""
    """The name's last word, lower case: what `the store` repeats of `the Apple Store`."""


CONTRAST_PREPOSITIONS = frozenset("unlike like except besides".split())


def titles_of(root: Token, start: int) -> frozenset[str]:
    """Title words around a name (`root`: its head word; `start`: its first token): `Apple CEO
    Steve Jobs`, `Jobs, the chief executive`."""
    # the words before the name hang on its left: walking the right subtrees too would
    # cost a whole list of coordinated names for every name in it (quadratic)
    before = (t for left in root.lefts for t in left.subtree)
    words = {t.lower_ for t in before if t.i < start and t.pos_ in {"NOUN", "PROPN"}}
    for appos in (c for c in root.children if c.dep_ == "appos"):
        # a title is said in a few words; a list of names parsed as appositions is not
        near = itertools.islice(appos.subtree, _APPOSITION_TOKENS)
        words |= {t.lower_ for t in near if t.pos_ == "NOUN"}
    if root.dep_ == "appos":
        words |= {t.lower_ for t in root.head.lefts if t.pos_ == "NOUN"} | {root.head.lower_}
    return frozenset(words)


def _earlier(token: Token, mentions: list[Mention], types: set[str]) -> list[Mention]:
    """Mentions of these types in the tokens before this one (`mentions` sorted by start)."""
    low = bisect_left(mentions, token.i - _LOOKBACK, key=attrgetter("start"))
    high = bisect_left(mentions, token.i, lo=low, key=attrgetter("start"))
    return [m for m in mentions[low:high] if m.type in types]


def pronoun_referent(token: Token, mentions: list[Mention]) -> tuple[str, str] | None:
    """A personal pronoun's referent: a PERSON earlier in the sentence, else a recent subject;
    for `it`, a company or product."""
    if token.lower_ == "it":
        return _thing_referent(token, mentions)
    earlier = _earlier(token, mentions, {"PERSON"})
    in_sentence = [m for m in earlier if m.start >= token.sent.start and not m.contrasted]
    in_sentence = [m for m in in_sentence if m.subject] or in_sentence
    if in_sentence:
        return (in_sentence[-1].entity, "PERSON")
    subjects = [m for m in earlier if m.subject]
    return (subjects[-1].entity, "PERSON") if subjects else None


def _thing_referent(token: Token, mentions: list[Mention]) -> tuple[str, str] | None:
    """What `it` stands for as a subject: the company or product that is the subject of
    the sentence or the one before; not `it` that only opens a clause (`it is likely`)."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or _anticipatory(token):
        return None
    start = token.sent.start
    previous = token.doc[start - 1].sent.start if start > 0 else start
    subjects = [
        m for m in _earlier(token, mentions, _THING_TYPES) if m.subject and m.start >= previous
    ]
    return (subjects[-1].entity, subjects[-1].type) if subjects else None


def _anticipatory(token: Token) -> bool:
    """`it is expected that`, `it was reported`, `it seems`: `it` stands for a clause."""
    verb = token.head
    clauses = {"ccomp", "xcomp", "csubj", "advcl"}
    if verb.lemma_ in {"seem", "appear", "take", "happen", "rain"}:
        return True
    if verb.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} for c in verb.children):
        return any(c.dep_ in clauses for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ in clauses for c in verb.children)


def description_referent(token: Token, mentions: list[Mention]) -> tuple[str, str] | None:
    """`the company` -> the last ORG subject; `the CEO` -> the person titled CEO; `the
    store` -> the last name ending in `Store`."""
    word, company = token.lower_, token.lemma_.lower() in COMPANY_NOUNS
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
        return None
    named = _same_head(token, mentions)
    if named is not None:
        return named
    if word in PRODUCT_NOUNS or word in INDEX_NOUNS:
        return _named_thing(token, mentions, word in INDEX_NOUNS)
    if not (company or word in ROLE_NOUNS):
        return None
    if company:
        if any(c.dep_ == "compound" for c in token.children):
            return None  # `the computer maker`: which one, the words before it tell
        earlier = [m for m in _earlier(token, mentions, {"ORG"}) if m.head not in MARKET_HEADS]
        in_sentence = [m for m in earlier if m.start >= token.sent.start]
        if in_sentence:  # `Shares of Tesla rose after the carmaker said`
            return (in_sentence[-1].entity, "ORG")
        subjects = [m for m in earlier if m.subject]
        return (subjects[-1].entity, "ORG") if subjects else None  # no index or currency
    wanted = {word} | _TITLE_SYNONYMS.get(word, set())
    titled = [m for m in _earlier(token, mentions, {"PERSON"}) if m.titles & wanted]
    return (titled[-1].entity, "PERSON") if titled else None


def _named_thing(token: Token, mentions: list[Mention], index: bool) -> tuple[str, str] | None:
    """`the phone` -> the last product named; `the index` -> the last market index named."""
    if any(c.dep_ == "compound" for c in token.children):
        return None  # `the camera phone`, `the bond index`: another kind of thing
    for mention in reversed(_earlier(token, mentions, _THING_TYPES)):
        if (mention.head in INDEX_HEADS) if index else mention.type == "PRODUCT":
            return (mention.entity, mention.type)
    return None


def _same_head(token: Token, mentions: list[Mention]) -> tuple[str, str] | None:
    """The last earlier name whose last word is the description's noun (`the store` after
    `the iTunes Music Store`, `the commission` after `the European Commission`)."""
    if token.pos_ != "NOUN" or any(c.dep_ == "compound" for c in token.children):
        return None
    word = token.lower_
    for mention in reversed(_earlier(token, mentions, {"ORG", "PRODUCT", "FAC"})):
        if mention.head == word:
            return (mention.entity, mention.type)
    return None
