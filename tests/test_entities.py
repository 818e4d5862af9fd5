"""Entity clean-up on hand-made sentences: surnames, possessives, aliases, the dateline city."""

from __future__ import annotations

from eventline.analyse.entities import clean_name, find_entities
from eventline.models import Article, Span


def _entities(nlp, text: str, dateline: Span | None = None):
    article = Article(id="t", text=text, dateline=dateline)
    return {e.name: e for e in find_entities(nlp(text), article)}


def test_bare_surname_takes_the_type_and_identity_of_the_full_name(nlp):
    text = (
        "Foreign Minister Sergey Lavrov arrived in Pyongyang. Lavrov’s visit follows talks "
        "in Beijing. Lavrov met officials."
    )
    entities = _entities(nlp, text)
    assert entities["Sergey Lavrov"].type == "PERSON"
    assert "Lavrov" in entities["Sergey Lavrov"].aliases
    assert "Lavrov" not in entities  # no separate ORG entity for the surname


def test_country_aliases_share_one_entity(nlp):
    entities = _entities(nlp, "The DPRK said on Monday that North Korea will respond.")
    assert "North Korea" in entities
    assert entities["North Korea"].type == "GPE"
    assert "DPRK" in entities["North Korea"].aliases


def test_dateline_city_is_a_place(nlp):
    text = "PYONGYANG, October 19. /TASS/. The minister arrived."
    entities = _entities(nlp, text, dateline=Span(start=0, end=30))
    assert entities["Pyongyang"].type == "GPE"


def test_ignored_boilerplate_gives_no_entities(nlp):
    text = "Copyright Scoop360 Media. All Right Reserved.\nBarack Obama spoke in Paris."
    article = Article(id="t", text=text, ignored=[Span(start=0, end=45)])
    names = {e.name for e in find_entities(nlp(text), article)}
    assert "Scoop360 Media" not in names and "Barack Obama" in names


def test_clean_name_drops_possessives_and_leading_article():
    assert clean_name("Lavrov’s") == "Lavrov"
    assert clean_name("the Russian Foreign Ministry's") == "Russian Foreign Ministry"


def test_inner_possessive_gives_an_alias_without_it():
    from eventline.analyse.entities import _without_inner_possessive

    assert _without_inner_possessive("Beatles ' Apple Corps") == "Beatles Apple Corps"
    assert _without_inner_possessive("Beatles’ Apple Corps") == "Beatles Apple Corps"
    assert _without_inner_possessive("McDonald's") == "McDonald's"


def test_untagged_surname_and_unique_first_name_join_the_full_name(nlp):
    text = "Tim Cook opened the show. Later, Cook spoke. Tim thanked the staff."
    entities = _entities(nlp, text)
    assert {"Cook", "Tim"} <= set(entities["Tim Cook"].aliases)
    assert "Tim" not in entities and "Cook" not in entities


def test_shared_first_name_stays_unresolved(nlp):
    text = "Steve Jobs and Steve Wozniak founded Apple. Steve thanked them."
    entities = _entities(nlp, text)
    assert "Steve Jobs" in entities
    assert all("Steve" not in entity.aliases for entity in entities.values())


def _mentioned(entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_a_capitals_abbreviation_joins_the_company_it_shortens(nlp):
    text = "Volkswagen AG recalled 20,000 cars on Monday. VW shares fell 2% in Frankfurt."
    entities = _entities(nlp, text)
    assert "VW" in _mentioned(entities["Volkswagen AG"])
    assert "VW" not in entities


def test_the_family_named_as_one_thing_is_the_model_the_article_is_about(nlp):
    text = (
        "Apple unveiled the iPhone 4 on Monday. The iPhone 4 has a glass back. "
        "The new iPhone was praised by reviewers. It replaces the iPhone 3GS. "
        "The original iPhone came out in 2007. iPhone users queued for the iPhone 4."
    )
    entities = _entities(nlp, text)
    model = entities["iPhone 4"]
    assert model.type == "PRODUCT"
    new_iphone = text.index("iPhone was")
    assert any(m.start == new_iphone for m in model.mentions)
    original = text.index("iPhone came")
    users = text.index("iPhone users")
    assert not any(m.start in {original, users} for m in model.mentions)


def test_a_model_name_is_no_persons_name_and_a_store_is_a_name(nlp):
    text = (
        "Samsung said the Galaxy S4 will sell well. Galaxy S4 buyers get a case. "
        "Songs bought from the iTunes store play on any device."
    )
    entities = _entities(nlp, text)
    assert all(e.type != "PERSON" for name, e in entities.items() if "S4" in name)
    assert "Galaxy" not in {a for e in entities.values() for a in e.aliases}
    assert "iTunes store" in entities


def test_a_model_named_again_alone_is_the_same_product(nlp):
    text = (
        "An airline ordered 30 Boeing 787 Dreamliner jets on Monday. "
        "The 787 will replace older planes from 2027."
    )
    entities = _entities(nlp, text)
    assert "Boeing 787 Dreamliner" in entities
    assert "787" in {e.name for e in entities.values()} | set(
        entities["Boeing 787 Dreamliner"].aliases
    )


def test_a_model_said_as_a_version_of_its_brand_is_that_model(nlp):
    text = (
        "Apple today launched a 3G version of its iPhone. The 3G iPhone will be faster. "
        "Rivals sold 2008 versions of their phones."
    )
    entities = _entities(nlp, text)
    model = entities["3G iPhone"]
    assert text.index("3G version") in {m.start for m in model.mentions}
    assert not any("2008" in name for name in entities)


def test_only_an_adjective_before_a_name_is_dropped():
    assert clean_name("older Galaxy S3", "WORK_OF_ART") == "Galaxy S3"
    assert clean_name("al Qaeda", "ORG") == "al Qaeda"
    assert clean_name("chamber of commerce", "ORG") == "chamber of commerce"
    assert clean_name("de Villiers", "PERSON") == "de Villiers"


def test_a_word_that_starts_with_the_capitals_is_not_what_they_abbreviate():
    from eventline.analyse.entity_joins import abbreviates

    assert abbreviates("VW", "Volkswagen AG")
    assert not abbreviates("GOP", "GOPer")
    assert not abbreviates("NA", "National Assembly")


def test_a_camel_case_name_tagged_once_is_found_where_spacy_missed_it(nlp):
    text = (
        "Apple said the iPod sold well. Sales of the iPod rose again in March. "
        "Analysts expect iPod sales to slow. Apple also runs the iTunes store."
    )
    entities = _entities(nlp, text)
    ipod = next(e for name, e in entities.items() if name == "iPod")
    assert len(ipod.mentions) == 3
    assert "iTunes store" in entities
