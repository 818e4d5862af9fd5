"""Who an event is about: the one acting or undergoing it, never someone named in passing
(a relative, an employer in a description, the city the report was filed from)."""

from __future__ import annotations

import pytest

from eventline.analyse.article import analyse
from eventline.api import BuildOptions, build_timeline_from_texts
from eventline.models import Article


def _roles(nlp, text: str, trigger: str) -> dict[str, str]:
    """Entity name -> role for the first event whose trigger starts with `trigger`."""
    analysis = analyse(Article(id="t", text=text, published="2024-05-02"), nlp(text), "test")
    names = {e.id: e.name for e in analysis.entities}
    event = next(m for m in analysis.events if m.text.startswith(trigger))
    return {names[ref.entity]: ref.role for ref in event.participants}


TIES = [
    ("Porter's predecessor, Tom Hale, died in 2019.", "died", "Tom Hale", "Porter"),
    (
        "The doctor of the singer Max Bell, Ann Vale, was convicted.",
        "convicted",
        "Ann Vale",
        "Max Bell",
    ),
    (
        "Jane Porter, the chief executive of Acme Logistics, was arrested.",
        "arrested",
        "Jane Porter",
        "Acme Logistics",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "actor", "tied"), TIES)
def test_someone_named_by_a_tie_is_related_not_the_actor(nlp, sentence, trigger, actor, tied):
    roles = _roles(nlp, f"Court news\n\n{sentence}", trigger)
    assert roles[actor] in {"agent", "patient"}
    assert all(role == "related" for name, role in roles.items() if tied in name)


def test_a_relative_named_only_by_the_tie_is_not_the_one_arrested(nlp):
    roles = _roles(nlp, "Court news\n\nMax Bell's brother was arrested in Leeds.", "arrested")
    assert roles == {"Max Bell": "related"}


def test_the_subject_of_a_passive_undergoes_it(nlp):
    roles = _roles(nlp, "Court news\n\nAnn Vale was convicted of fraud on Monday.", "convicted")
    assert roles == {"Ann Vale": "patient"}
    roles = _roles(nlp, "Court news\n\nAnn Vale faces prison if convicted of fraud.", "convicted")
    assert roles == {"Ann Vale": "patient"}


def test_an_employer_in_a_possessive_stays_a_participant_after_the_person(nlp):
    roles = _roles(nlp, "Board news\n\nAcme's chief executive, Jane Roe, resigned.", "resigned")
    assert list(roles) == ["Jane Roe", "Acme"]
    assert roles["Acme"] == "agent"


def test_the_dateline_city_is_where_the_report_was_filed_not_a_subject():
    text = (
        "Fire news\n\nLONDON (Wire) - Police on Wednesday arrested Jane Porter, the chief "
        "executive of Acme Logistics, over a fire that destroyed a warehouse in Leeds."
    )
    timeline, _ = build_timeline_from_texts(
        [{"id": "a", "text": text, "published": "2024-05-02"}], BuildOptions(events="all")
    )
    arrest = next(e for e in timeline.events if e.mentions[0].text == "arrested")
    assert [(p.name, p.role) for p in arrest.participants][0] == ("Jane Porter", "patient")
    assert "London" not in {p.name for p in arrest.participants}
    assert arrest.title == "Jane Porter arrested"


def test_titles_lead_with_the_actor():
    text = (
        "Board news\n\nLONDON (Wire) - Acme's chief executive, Jane Roe, resigned on Wednesday. "
        "Roe's predecessor, Tom Hale, died in 2019. Police arrested Ann Vale on Tuesday."
    )
    timeline, _ = build_timeline_from_texts(
        [{"id": "a", "text": text, "published": "2024-05-02"}], BuildOptions(events="all")
    )
    titles = {event.title for event in timeline.events}
    assert {"Jane Roe resigns", "Tom Hale dies", "Ann Vale arrested"} <= titles
    assert not any(title.startswith(("Acme", "London", "Jane Roe dies")) for title in titles)


def test_a_name_in_a_place_phrase_is_never_the_actor():
    text = (
        "Flood news\n\nHeavy rain on Tuesday caused floods across the Valencia region, "
        "officials said."
    )
    timeline, _ = build_timeline_from_texts(
        [{"id": "a", "text": text, "published": "2024-05-02"}], BuildOptions(events="all")
    )
    caused = next(e for e in timeline.events if e.mentions[0].text == "caused")
    assert not any(p.role == "agent" for p in caused.participants)
    assert not caused.title.startswith("Valencia")


CONTROL = [
    # the one told, pressed or called on to act is the one who would act
    ("Senator Ann Vale urged Max Bell to resign.", "resign", "Max Bell", "Ann Vale"),
    ("Judge Ann Vale ordered Acme Logistics to pay damages.", "pay", "Acme Logistics", "Ann Vale"),
    (
        "Ann Vale stepped up the pressure on Max Bell to quit on Tuesday.",
        "quit",
        "Max Bell",
        "Ann Vale",
    ),
    (
        "The council called on Acme Logistics to withdraw the plan.",
        "withdraw",
        "Acme Logistics",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "actor", "asker"), CONTROL)
def test_whoever_is_asked_to_act_is_the_actor(nlp, sentence, trigger, actor, asker):
    roles = _roles(nlp, f"Politics\n\n{sentence}", trigger)
    assert roles.get(actor) == "agent", roles
    assert asker is None or roles.get(asker) != "agent", roles


def test_a_word_of_an_office_title_is_no_organisation(nlp):
    """`State` of `Secretary of State` would join `Morehead State` in another article."""
    text = (
        "Politics\n\nSecretary of State Ann Vale flew to Paris. The Minister of Defence resigned."
    )
    analysis = analyse(Article(id="t", text=text, published="2024-05-02"), nlp(text), "test")
    names = {e.name for e in analysis.entities}
    assert "Ann Vale" in names
    assert not names & {"State", "Defence"}


def test_whose_thing_it_was_does_not_undergo_it(nlp):
    """`Rebels took Max Bell's compound`: the compound was taken, Bell only relates."""
    roles = _roles(nlp, "Politics\n\nRebels took Max Bell's compound in the capital.", "took")
    assert roles.get("Max Bell") == "related", roles


def test_whose_event_it_was_still_takes_part(nlp):
    """`Ann Vale's visit was postponed`: the visit is hers, so she takes part."""
    roles = _roles(nlp, "Politics\n\nOfficials postponed Ann Vale's visit to Paris.", "postponed")
    assert roles.get("Ann Vale") == "patient", roles


def test_names_said_on_the_side_of_the_subject_do_not_act(nlp):
    """Places listed under an event noun and a name under an adjective are no agents of the
    verb (`protests including X erupted`, `demonstrators supportive of Y`)."""
    text = (
        "World news\n\nProtests including Ajdabiya and Misratah erupted on Tuesday, led by "
        "students supportive of Ann Vale."
    )
    roles = _roles(nlp, text, "erupted")
    assert not {name for name, role in roles.items() if role == "agent"}, roles


def test_the_place_a_person_stands_for_only_relates(nlp):
    """`Sen. Ann Vale, R-South Carolina, praised ...`: Vale acts, South Carolina does not."""
    text = "Politics\n\nSen. Ann Vale, R-South Carolina, praised the efforts of Max Bell."
    roles = _roles(nlp, text, "praised")
    assert roles.get("Ann Vale") == "agent", roles
    assert roles.get("South Carolina") != "agent", roles


def test_an_article_spacy_took_into_a_name_is_dropped():
    from eventline.analyse.entities import clean_name

    assert clean_name("A World Health Organization", "ORG") == "World Health Organization"
    assert clean_name("An Post", "ORG") == "An Post"  # one word after: may be the name
