"""Products with model names and market names as entities that take part in events."""

from __future__ import annotations

import pytest

from eventline.analyse.entities import find_entities
from eventline.analyse.events import find_event_mentions
from eventline.analyse.events.markets import market_trigger
from eventline.analyse.temporal import find_timexes
from eventline.models import Article, Span


def _entities(nlp, text: str):
    return {e.name: e for e in find_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Shoppers queued for hours before the iPhone 3G went on sale.", "iPhone 3G"),
        ("Reviewers said the 3G iPhone is faster than the first model.", "3G iPhone"),
        ("Ryanair has ordered more Boeing 737 MAX jets this spring.", "Boeing 737 MAX"),
        ("The airline took delivery of its first A350 last week.", "A350"),
        ("Qatar Airways will fly the A350 XWB to Perth from June.", "A350 XWB"),
        ("Regulators grounded the 737 MAX after a second crash.", "737 MAX"),
    ],
)
def test_a_model_designator_makes_a_product(nlp, text, product):
    entities = _entities(nlp, text)
    assert product in entities
    assert entities[product].type == "PRODUCT"


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 21 percent in March 2008 at the company.",
        "The firm sold 21 iPods in one hour, it said on March 3.",
        "The court filed for Chapter 11 protection in 2009.",
    ],
)
def test_counts_dates_and_years_are_no_models(nlp, text):
    names = [e.name for e in _entities(nlp, text).values() if e.type == "PRODUCT"]
    assert not [name for name in names if any(ch.isdigit() for ch in name)]


def test_indices_and_currencies_named_as_markets(nlp):
    text = (
        "The Hang Seng Index fell 2 percent on Tuesday, while the euro rose against the dollar. "
        "The Euro Stoxx 50 closed lower. Ten euros buys less in the euro zone."
    )
    entities = _entities(nlp, text)
    assert {"Hang Seng Index", "euro", "dollar", "Euro Stoxx 50"} <= set(entities)
    assert len(entities["euro"].mentions) == 1  # not `ten euros`, not `the euro zone`


def test_currency_words_in_other_uses_are_no_markets(nlp):
    text = "The team won the final, and the real question is what the Japanese yen will do."
    entities = _entities(nlp, text)
    assert "won" not in entities and "real" not in entities
    assert "yen" in entities


def test_market_moves_and_product_milestones_have_types_of_their_own(nlp):
    text = "The Nikkei 225 plunged on Friday. Boeing delayed deliveries of the 737 MAX."
    doc = nlp(text)
    article = Article(id="t", text=text, published="2024-03-01")
    entities = find_entities(doc, article)
    names = {e.id: e.name for e in entities}
    timexes = find_timexes(doc, article.published, [], text)
    sentences = [Span(start=s.start_char, end=s.end_char) for s in doc.sents]
    found = {
        (m.type, m.lemma): {names[p.entity] for p in m.participants}
        for m in find_event_mentions(doc, entities, timexes, sentences)
    }
    assert found[("market_move", "plunge")] == {"Nikkei 225"}
    assert "Boeing" in found[("product", "delay")]
    assert "737 MAX" in found[("product", "delivery")]


def test_market_nouns_are_triggers_only_when_they_always_report_an_event():
    assert market_trigger("delivery", "NOUN").type == "product"
    assert market_trigger("ground", "NOUN") is None  # `on the ground`
    assert market_trigger("ground", "VERB").type == "product"
    assert market_trigger("fall", "NOUN") is None  # the season
