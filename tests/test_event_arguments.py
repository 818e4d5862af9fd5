"""Events and who takes part in them, on hand-made sentences: controlled subjects,
participles before a noun, the units of a product line, action nouns of light verbs."""

from __future__ import annotations

from eventline.analyse.article import analyse
from eventline.models import Article


def _who(nlp, text: str) -> dict[str, set[str]]:
    """Trigger text -> the names of its participants."""
    analysis = analyse(Article(id="t", text=text, published="2023-10-19"), nlp(text), "test")
    names = {e.id: e.name for e in analysis.entities}
    return {m.text: {names[p.entity] for p in m.participants} for m in analysis.events}


def test_the_object_of_a_verb_that_makes_someone_act_is_the_one_who_acts(nlp):
    who = _who(nlp, "The safety scandal forced Volkswagen to recall its diesel cars.")
    assert who["recall"] == {"Volkswagen"}


def test_a_participle_before_a_name_is_done_to_that_name(nlp):
    who = _who(nlp, "Orders for the recently unveiled Boeing 787 rose sharply.")
    assert who["unveiled"] == {"Boeing 787"}


def test_units_of_a_product_line_stand_for_the_product(nlp):
    who = _who(nlp, "Sony sold two million PlayStation units last month.")
    assert "PlayStation" in who["sold"]


def test_an_action_noun_carried_by_make_or_give_is_the_event(nlp):
    who = _who(nlp, "Angela Merkel made a brief appearance at the summit in Rome.")
    assert "appearance" in who and "made" not in who
    assert who["appearance"] == {"Angela Merkel"}


def test_choosing_to_act_is_reported_as_the_act(nlp):
    who = _who(nlp, "Angela Merkel has chosen to step down as party leader.")
    assert "chosen" not in who
    assert who["step down"] == {"Angela Merkel"}


def test_a_gerund_naming_part_of_an_event_is_no_event_of_its_own(nlp):
    who = _who(nlp, "Angela Merkel gave the opening speech at the summit in Rome.")
    assert "opening" not in who
    assert who["speech"] == {"Angela Merkel"}
