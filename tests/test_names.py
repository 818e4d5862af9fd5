"""The name table: which entity a query names, and which names of a batch are one entity."""

from __future__ import annotations

import pytest

from eventline.models import (
    ArticleAnalysis,
    ArticleEntity,
    DocumentInfo,
    EntityMention,
    TimelineEntity,
)
from eventline.resolve import ResolveOptions, resolve
from eventline.resolve.name_keys import KeyJoiner
from eventline.resolve.names import NameTable, fold


def _entity(name: str, kind: str, *aliases: str) -> TimelineEntity:
    slug = fold(name).replace(" ", "-") + "-" + kind.lower()
    return TimelineEntity(id=slug, name=name, type=kind, aliases=list(aliases))


# A made-up batch: people sharing surnames, institutions, products, markets.
BATCH = [
    (_entity("Hosni Mubarak", "PERSON"), 40),
    (_entity("Gamal Mubarak", "PERSON"), 5),
    (_entity("Conrad Murray", "PERSON", "Murray"), 30),
    (_entity("Andy Murray", "PERSON"), 4),
    (_entity("Hillary Clinton", "PERSON"), 12),
    (_entity("Bill Clinton", "PERSON"), 20),
    (_entity("René Préval", "PERSON"), 6),
    (_entity("William Henry Gates", "PERSON"), 3),
    (_entity("Stephen Fry", "PERSON"), 2),
    (_entity("Tim Cook", "PERSON", "Cook"), 9),
    (_entity("Steve Jobs", "PERSON", "Jobs"), 30),
    (_entity("SEC", "ORG"), 2),
    (_entity("Dow Jones", "ORG"), 3),
    (_entity("S&P 500", "ORG"), 3),
    (_entity("United Nations", "ORG", "U.N.", "UN"), 9),
    (_entity("European Central Bank", "ORG"), 8),
    (_entity("European Commission", "ORG"), 7),
    (_entity("International Monetary Fund", "ORG"), 3),
    (_entity("Boeing Co", "ORG"), 15),
    (_entity("737 MAX", "PRODUCT"), 11),
    (_entity("Airbus", "ORG"), 10),
    (_entity("A350", "PRODUCT"), 6),
    (_entity("iPhone", "PRODUCT"), 25),
    (_entity("iPhone 3G", "PRODUCT", "3G iPhone"), 4),
    (_entity("iPhone 4", "PRODUCT"), 9),
    (_entity("Hang Seng", "ORG"), 5),
    (_entity("Euro Stoxx 50", "ORG"), 3),
    (_entity("Nikkei", "ORG"), 4),
    (_entity("FTSE", "ORG"), 4),
    (_entity("euro", "NORP"), 2),
    (_entity("New York Stock Exchange", "ORG", "NYSE"), 3),
    (_entity("Apple Corps", "ORG", "Beatles Apple Corps"), 6),
    (_entity("Apple Inc", "ORG", "Apple"), 50),
    (_entity("iTunes Music Store", "ORG", "iTunes Store"), 8),
    (_entity("Haiti", "GPE"), 14),
    (_entity("Boeing 787 Dreamliner", "PRODUCT", "787", "Dreamliner"), 7),
    (_entity("Volkswagen", "ORG", "VW", "Volkswagen AG"), 9),
    (_entity("Galaxy S4", "PRODUCT", "S4"), 6),
    (_entity("Samsung Electronics", "ORG", "Samsung"), 8),
    (_entity("Bank of England", "ORG"), 6),
]

TABLE = NameTable([e for e, _ in BATCH], {e.id: n for e, n in BATCH})

CASES = [
    # people: full names, surnames, titles, nicknames, accents
    ("Hosni Mubarak", "Hosni Mubarak"),
    ("hosni  mubarak", "Hosni Mubarak"),
    ("Mubarak", "Hosni Mubarak"),  # shared surname: the one in more events
    ("President Mubarak", "Hosni Mubarak"),
    ("Mr Mubarak", "Hosni Mubarak"),
    ("Gamal Mubarak", "Gamal Mubarak"),
    ("Mubarak's", "Hosni Mubarak"),
    ("Dr Murray", "Conrad Murray"),
    ("Murray", "Conrad Murray"),
    ("Andy Murray", "Andy Murray"),
    ("Conrad Murray", "Conrad Murray"),
    ("Mrs Clinton", "Hillary Clinton"),
    ("Ms Clinton", "Hillary Clinton"),
    ("Mr Clinton", "Bill Clinton"),
    ("William Clinton", "Bill Clinton"),
    ("Hilary Clinton", "Hillary Clinton"),
    ("Preval", "René Préval"),
    ("Préval", "René Préval"),
    ("President Preval", "René Préval"),
    ("Bill Gates", "William Henry Gates"),
    ("William Gates", "William Henry Gates"),
    ("Steve Fry", "Stephen Fry"),
    ("Timothy D. Cook", "Tim Cook"),
    ("Steven P. Jobs", "Steve Jobs"),
    ("Mr. Jobs", "Steve Jobs"),
    # institutions: acronyms dotted or not, `the`, short forms
    ("UN", "United Nations"),
    ("U.N.", "United Nations"),
    ("the United Nations", "United Nations"),
    ("ECB", "European Central Bank"),
    ("E.C.B.", "European Central Bank"),
    ("the European Central Bank", "European Central Bank"),
    ("IMF", "International Monetary Fund"),
    ("NYSE", "New York Stock Exchange"),
    ("Securities and Exchange Commission", "SEC"),
    ("European Central Bank (ECB)", "European Central Bank"),
    ("European Commission", "European Commission"),
    # companies and products: suffixes, model numbers, makers
    ("Boeing", "Boeing Co"),
    ("The Boeing Company", "Boeing Co"),
    ("Boeing 737 MAX", "737 MAX"),
    ("737 MAX", "737 MAX"),
    ("Airbus A350 XWB", "A350"),
    ("Airbus A350", "A350"),
    ("Airbus", "Airbus"),
    ("Apple Inc.", "Apple Inc"),
    ("Apple", "Apple Inc"),
    ("Beatles Apple Corps", "Apple Corps"),
    ("iPhone 3G", "iPhone 3G"),
    ("3G iPhone", "iPhone 3G"),
    ("Apple iPhone 3G", "iPhone 3G"),
    ("iPhone 4", "iPhone 4"),
    ("Apple iPhone 4", "iPhone 4"),
    ("iPhone", "iPhone"),
    ("iTunes store", "iTunes Music Store"),
    # market indices: with or without `index`/`composite`
    ("Hang Seng Index", "Hang Seng"),
    ("the Hang Seng", "Hang Seng"),
    ("Euro Stoxx 50 index", "Euro Stoxx 50"),
    ("Nikkei 225 index", "Nikkei"),  # an index may drop its number
    ("iPhone 5", None),  # a product may not: another model
    ("Dow Jones Industrial Average", "Dow Jones"),
    ("S&P 500 Index", "S&P 500"),
    ("Nikkei index", "Nikkei"),
    ("FTSE 100", "FTSE"),
    ("Airbus A350-1000", "A350"),  # a variant of the model the articles name
    ("the euro", "euro"),
    ("Haiti", "Haiti"),
    # catalogue names of the things analysts follow
    ("Boeing 787 Dreamliner", "Boeing 787 Dreamliner"),
    ("787 Dreamliner", "Boeing 787 Dreamliner"),
    ("Dreamliner", "Boeing 787 Dreamliner"),
    ("FTSE 100 Index", "FTSE"),
    ("Volkswagen AG", "Volkswagen"),
    ("VW", "Volkswagen"),
    ("Samsung Galaxy S4", "Galaxy S4"),
    ("Galaxy S4", "Galaxy S4"),
    ("Galaxy S3", None),
    ("Samsung Electronics Co Ltd", "Samsung Electronics"),
    ("BoE", "Bank of England"),
    ("the Bank of England", "Bank of England"),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_query_names_the_expected_entity(query: str, expected: str | None) -> None:
    best = TABLE.choose(query).best
    assert (best.entity.name if best else None) == expected


def test_the_table_holds_at_least_forty_pairs() -> None:
    assert len(CASES) >= 40


def test_a_shared_surname_lists_the_other_person() -> None:
    choice = TABLE.choose("Mubarak")
    assert [m.entity.name for m in choice.matches] == ["Hosni Mubarak", "Gamal Mubarak"]
    assert choice.matches[0].reason == "surname"


def test_no_match_lists_the_nearest_names() -> None:
    choice = TABLE.choose("Mubarek")
    assert choice.best is None
    assert choice.nearest[0] in {"Hosni Mubarak", "Gamal Mubarak"}


def test_a_model_number_is_never_dropped_from_the_query() -> None:
    assert all(m.entity.name != "iPhone" for m in TABLE.choose("iPhone 3G").matches)


def _targets(*names: tuple[str, str]) -> dict[str, str]:
    joiner = KeyJoiner(names)
    return {name: joiner.target(name, kind)[1] for name, kind in names}


def test_short_forms_join_the_one_full_name_they_stand_for() -> None:
    targets = _targets(
        ("Hillary Clinton", "PERSON"),
        ("Bill Clinton", "PERSON"),
        ("Mrs Clinton", "PERSON"),
        ("Dr Murray", "PERSON"),
        ("Conrad Murray", "PERSON"),
        ("European Central Bank", "ORG"),
        ("ECB", "ORG"),
        ("European Commission", "ORG"),
        ("Commission", "ORG"),
        ("Beatles' Apple Corps", "WORK_OF_ART"),
        ("Apple Corps", "ORG"),
        ("iPods", "ORG"),
        ("iPod", "PRODUCT"),
        ("Apple Inc.", "ORG"),
        ("Apple", "ORG"),
        ("Federal Reserve", "ORG"),
        ("Fed", "ORG"),
        ("Ford", "ORG"),
        ("Fordham University", "ORG"),
    )
    assert targets["Mrs Clinton"] == "hillary clinton"
    assert targets["Dr Murray"] == "conrad murray"
    assert targets["ECB"] == "european central bank"
    assert targets["Commission"] == "european commission"
    assert targets["Beatles' Apple Corps"] == "apple corps"
    assert targets["iPods"] == "ipod"
    assert targets["Apple"] == targets["Apple Inc."] == "apple"
    assert targets["Fed"] == "federal reserve"
    assert targets["Ford"] == "ford"  # not half of `Fordham`


def test_ambiguous_or_model_short_forms_stay_apart() -> None:
    targets = _targets(
        ("Hillary Clinton", "PERSON"),
        ("Bill Clinton", "PERSON"),
        ("Clinton", "PERSON"),
        ("iPhone", "PRODUCT"),
        ("3G iPhone", "PRODUCT"),
        ("Russian-Chinese", "NORP"),
        ("Chinese", "NORP"),
    )
    assert targets["Clinton"] == "clinton"  # two full names end with it
    assert targets["iPhone"] == "iphone"
    assert targets["Chinese"] == "chinese"


def test_a_model_joins_the_product_named_with_it_and_the_maker_stays_apart() -> None:
    targets = _targets(
        ("Boeing 787 Dreamliner", "PRODUCT"),
        ("Boeing 787", "PRODUCT"),
        ("787", "PRODUCT"),
        ("Dreamliner", "PERSON"),
        ("Boeing", "ORG"),
        ("Galaxy S4", "PRODUCT"),
        ("S4", "PRODUCT"),
        ("Galaxy", "ORG"),
        ("737 MAX", "PRODUCT"),
        ("737", "PRODUCT"),
        ("Boeing 737", "PRODUCT"),
    )
    dreamliner = targets["Boeing 787 Dreamliner"]
    assert targets["Boeing 787"] == targets["787"] == targets["Dreamliner"] == dreamliner
    assert targets["Boeing"] == "boeing"
    assert targets["S4"] == targets["Galaxy S4"]
    assert targets["Galaxy"] == "galaxy"  # the family is not one of its models
    assert targets["737"] != targets["737 MAX"]  # the MAX is another model


def test_index_stems_company_words_and_aliases_join_their_full_names() -> None:
    joiner = KeyJoiner(
        [
            ("FTSE 100 index", "ORG"),
            ("FTSE 250", "ORG"),
            ("FTSE", "ORG"),
            ("Nikkei", "ORG"),
            ("Nikkei 225", "ORG"),
            ("Samsung Electronics", "ORG"),
            ("Samsung", "ORG"),
            ("Volkswagen AG", "ORG"),
            ("VW", "ORG"),
            ("Apple Corps", "ORG"),
            ("Apple Computer", "ORG"),
            ("Apple", "ORG"),
        ],
        [("VW", "Volkswagen AG", "ORG")],
    )
    assert joiner.target("FTSE", "ORG") == joiner.target("FTSE 100 index", "ORG")
    assert joiner.target("FTSE 250", "ORG") != joiner.target("FTSE", "ORG")
    assert joiner.target("Nikkei", "ORG") == joiner.target("Nikkei 225", "ORG")
    assert joiner.target("Samsung", "ORG") == joiner.target("Samsung Electronics", "ORG")
    assert joiner.target("VW", "ORG") == joiner.target("Volkswagen AG", "ORG")
    assert joiner.target("Apple", "ORG")[1] == "apple"  # `Computer` is no company word
    boe = KeyJoiner([("Bank of England", "ORG"), ("BoE", "ORG")])
    assert boe.target("BoE", "ORG") == boe.target("Bank of England", "ORG")


def test_a_website_is_never_part_of_a_country_name() -> None:
    assert fold("IAfrica.com Haiti") == "haiti"
    assert _targets(("IAfrica.com Haiti", "GPE"), ("Haiti", "GPE"))["IAfrica.com Haiti"] == "haiti"


def _analysis(doc_id: str, *names: tuple[str, str]) -> ArticleAnalysis:
    entities = [
        ArticleEntity(
            id=f"e{i}",
            name=name,
            type=kind,
            mentions=[EntityMention(start=0, end=len(name), text=name, label=kind)],
        )
        for i, (name, kind) in enumerate(names)
    ]
    return ArticleAnalysis(
        eventline_version="test",
        model="test",
        text_sha256=doc_id,
        document=DocumentInfo(id=doc_id),
        entities=entities,
    )


def test_batch_entities_join_across_articles_and_labels():
    batch = [
        _analysis("a", ("IAfrica.com Haiti", "GPE"), ("Hillary Clinton", "PERSON")),
        _analysis("b", ("Haiti", "GPE"), ("Mrs Clinton", "PERSON"), ("iTunes", "NORP")),
        _analysis("c", ("Bill Clinton", "PERSON"), ("iTunes", "ORG")),
    ]
    timeline = resolve(batch, ResolveOptions(all_entities=True))
    by_name = {e.name: e for e in timeline.entities}
    assert set(by_name) == {"Haiti", "Hillary Clinton", "Bill Clinton", "iTunes"}
    assert not [a for a in by_name["Haiti"].aliases if ".com" in a]
    choice = NameTable(timeline.entities, {}).choose("IAfrica.com Haiti")
    assert choice.best.entity.name == "Haiti"
    assert "Mrs Clinton" in by_name["Hillary Clinton"].aliases
