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
