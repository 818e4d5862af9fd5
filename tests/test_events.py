"""Event mentions on hand-made sentences: triggers, arguments, status, time, coreference."""

from __future__ import annotations

import pytest

from eventline.analyse.article import analyse
from eventline.models import Article


def _events(nlp, text: str, published: str | None = "2023-10-19"):
    analysis = analyse(Article(id="t", text=text, published=published), nlp(text), "test")
    names = {e.id: e.name for e in analysis.entities}
    rows = []
    for mention in analysis.events:
        when = analysis.timexes[mention.timex].value if mention.timex is not None else None
        rows.append(
            {
                "text": mention.text,
                "type": mention.type,
                "status": mention.status,
                "who": {names[p.entity] for p in mention.participants},
                "where": {names[p.entity] for p in mention.places},
                "when": when,
                "corefers_with": mention.corefers_with,
            }
        )
    return rows


def _find(rows, text):
    return next(row for row in rows if row["text"] == text)


def test_nominal_visit_with_light_verb_gets_subject_place_time_and_planned(nlp):
    rows = _events(
        nlp,
        "Foreign Minister Sergey Lavrov is scheduled to make an official visit to "
        "North Korea in October.",
    )
    visit = _find(rows, "visit")
    assert visit["type"] == "visit"
    assert visit["who"] == {"Sergey Lavrov"}
    assert visit["where"] == {"North Korea"}
    assert visit["when"] == "2023-10"
    assert visit["status"] == "planned"


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Angela Merkel visited Paris last week.", "visited", "occurred"),
        ("Angela Merkel will visit Paris next week.", "visit", "planned"),
        ("Angela Merkel may visit Paris next week.", "visit", "possible"),
        ("Angela Merkel did not visit Paris.", "visit", "negated"),
        ("Angela Merkel is visiting Paris.", "visiting", "ongoing"),
        ("Angela Merkel plans to visit Paris.", "visit", "planned"),
    ],
)
def test_status_from_tense_modality_and_cues(nlp, sentence, trigger, status):
    assert _find(_events(nlp, sentence), trigger)["status"] == status


def test_with_phrase_and_apposition_give_participants(nlp):
    rows = _events(
        nlp,
        "Sergey Lavrov held talks with North Korean officials, including his "
        "counterpart, Ri Son Gwon.",
    )
    talks = _find(rows, "talks")
    assert {"Sergey Lavrov", "Ri Son Gwon"} <= talks["who"]


def test_topic_of_discussion_is_not_a_participant(nlp):
    rows = _events(
        nlp,
        "On Thursday, Sergey Lavrov is expected to discuss Vladimir Putin’s possible "
        "visit to Pyongyang.",
    )
    discuss = _find(rows, "discuss")
    assert discuss["who"] == {"Sergey Lavrov"}
    assert discuss["when"] == "2023-10-19"
    visit = _find(rows, "visit")
    assert visit["who"] == {"Vladimir Putin"} and visit["status"] == "possible"
    assert visit["when"] is None  # the discussion is on Thursday, not the visit


def test_definite_noun_refers_back_and_inherits_the_date(nlp):
    rows = _events(
        nlp, "Angela Merkel will visit Paris in November. The visit is meant to ease tensions."
    )
    second = [r for r in rows if r["text"] == "visit"][1]
    assert second["corefers_with"] is not None
    assert second["when"] == "2023-11"


def test_there_and_pronoun_take_place_and_person_from_previous_sentence(nlp):
    rows = _events(
        nlp, "Earlier this week, Sergey Lavrov travelled to Beijing. There, he met with Wang Yi."
    )
    met = _find(rows, "met")
    assert met["who"] == {"Sergey Lavrov", "Wang Yi"}
    assert met["where"] == {"Beijing"}
    assert met["when"] is not None


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The summit between Joe Biden and Xi Jinping was cancelled.", "summit", "cancelled"),
        ("Unions called off the strike at the port.", "strike", "cancelled"),
        ("Officials postponed the election in Mali.", "election", "cancelled"),
        ("Joe Biden has an invitation to visit Kyiv.", "visit", "possible"),
        ("The scheduled talks with Iran will resume.", "talks", "planned"),
    ],
)
def test_status_cues_of_nominal_and_infinitive_triggers(nlp, sentence, trigger, status):
    assert _find(_events(nlp, sentence), trigger)["status"] == status


def test_coordinated_subjects_are_all_participants(nlp):
    rows = _events(nlp, "Angela Merkel and Emmanuel Macron met in Berlin on Monday.")
    met = _find(rows, "met")
    assert met["who"] == {"Angela Merkel", "Emmanuel Macron"}
    assert met["where"] == {"Berlin"}


def test_possessive_names_who_visits(nlp):
    rows = _events(nlp, "Emmanuel Macron’s visit to Beijing ended on Friday.")
    visit = _find(rows, "visit")
    assert visit["who"] == {"Emmanuel Macron"} and visit["where"] == {"Beijing"}


def test_participle_describing_a_person_takes_that_person(nlp):
    rows = _events(nlp, "Steve Jobs, born in San Francisco in 1955, founded Apple.", "2011-10-06")
    born = _find(rows, "born")
    assert born["who"] == {"Steve Jobs"} and born["when"] == "1955"


def test_since_phrase_dates_the_event(nlp):
    rows = _events(nlp, "Steve Jobs has been fighting cancer since 2004.", "2011-10-06")
    assert _find(rows, "fighting")["when"] == "2004"


def test_bare_surname_and_first_name_refer_to_the_full_name(nlp):
    rows = _events(
        nlp, "Tim Cook unveiled the phone in Cupertino. Later, Cook said sales were strong."
    )
    assert "Tim Cook" in _find(rows, "said")["who"]
    rows = _events(nlp, "Steve Jobs opened the conference. Steve announced a new laptop.")
    assert "Steve Jobs" in _find(rows, "announced")["who"]


def test_gerund_after_by_takes_the_subject_of_its_verb(nlp):
    rows = _events(nlp, "Angela Merkel opened the summit by praising the hosts.")
    assert _find(rows, "praising")["who"] == {"Angela Merkel"}


def test_noun_in_a_state_phrase_takes_the_subject(nlp):
    rows = _events(nlp, "Angela Merkel was in talks with Emmanuel Macron.")
    assert {"Angela Merkel", "Emmanuel Macron"} <= _find(rows, "talks")["who"]


def test_noun_under_of_takes_the_possessor_of_its_head(nlp):
    rows = _events(nlp, "It was Angela Merkel's second day of talks in Paris.")
    assert "Angela Merkel" in _find(rows, "talks")["who"]


def test_particle_is_part_of_the_trigger(nlp):
    rows = _events(nlp, "Joe Biden stepped down on Monday.")
    assert any(row["text"] == "stepped down" for row in rows)


def test_give_a_speech_makes_the_noun_the_trigger(nlp):
    rows = _events(nlp, "Joe Biden gave a speech in Berlin.")
    assert not any(row["text"] == "gave" for row in rows)
    assert _find(rows, "speech")["who"] == {"Joe Biden"}


def test_role_description_refers_to_the_titled_person(nlp):
    rows = _events(nlp, "Apple CEO Tim Cook visited Paris. The CEO met Emmanuel Macron on Monday.")
    assert {"Tim Cook", "Emmanuel Macron"} <= _find(rows, "met")["who"]


def test_the_company_refers_to_the_last_organisation_subject(nlp):
    rows = _events(nlp, "Siemens reported record profits. The company announced 2,000 job cuts.")
    assert "Siemens" in _find(rows, "announced")["who"]


def test_conjunct_hung_on_a_that_clause_takes_the_main_subject(nlp):
    rows = _events(
        nlp,
        'Angela Merkel conceded that " a tiny number of farmers " were facing price problems , '
        "but rejected the idea of a crisis .",
    )
    assert _find(rows, "rejected")["who"] == {"Angela Merkel"}


def test_pronoun_prefers_the_subject_of_its_sentence(nlp):
    rows = _events(nlp, "Angela Merkel praised Emmanuel Macron during her visit to Paris.")
    assert _find(rows, "visit")["who"] == {"Angela Merkel"}


def test_a_description_repeating_the_last_word_of_a_name_refers_to_it(nlp):
    text = (
        "The European Commission opened an inquiry into Nordbank in May. "
        "The commission fined the lender 40 million euros on Friday."
    )
    rows = _events(nlp, text)
    assert "European Commission" in _find(rows, "fined")["who"]


def test_a_name_that_only_modifies_a_noun_is_no_participant(nlp):
    rows = _events(nlp, "Microsoft customers complained about the new prices on Monday.")
    assert "Microsoft" not in _find(rows, "complained")["who"]
    rows = _events(nlp, "Boeing engineers warned the regulator in March.")
    assert "Boeing" in _find(rows, "warned")["who"]
    rows = _events(nlp, "Toyota shares fell sharply in Tokyo on Monday.")
    assert "Toyota" in _find(rows, "fell")["who"]


def test_later_past_events_take_the_day_the_lead_gives_its_news(nlp):
    text = (
        "Carmakers unveil a cheaper battery\n"
        "Yesterday, Tesla unveiled a new battery at its plant in Texas.\n"
        "The company said the cells cost less to make.\n"
        "Engineers also demonstrated a faster charger."
    )
    rows = _events(nlp, text)
    assert _find(rows, "unveiled")["when"] == "2023-10-18"
    assert _find(rows, "demonstrated")["when"] == "2023-10-18"


def test_a_lead_date_in_digits_is_history_not_the_news_day(nlp):
    text = (
        "Carmakers look back\n"
        "On 3 May 1999, Tesla unveiled a new battery at its plant in Texas.\n"
        "The company said the cells cost less to make.\n"
        "Engineers also demonstrated a faster charger."
    )
    assert _find(_events(nlp, text), "demonstrated")["when"] is None
