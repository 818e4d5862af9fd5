"""An entity's timeline rows: events it acts in or undergoes, headlines left out."""

from __future__ import annotations

from eventline.models import Event, EventArgument, Mention
from eventline.resolve.entity_rows import entity_row, is_headline, reported_in_body

HEADLINE = "Harbour Bank cuts its rates\n"
BODY = "The Harbour Bank cut its lending rate on Monday, its board said.\n"


def _mention(sentence: str, sentence_start: int, word: str) -> Mention:
    start = sentence_start + sentence.index(word)
    return Mention(
        document="d1",
        start=start,
        end=start + len(word),
        text=word,
        sentence=sentence,
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence),
    )


def _event(mentions: list[Mention], role: str = "agent") -> Event:
    bank = EventArgument(name="Harbour Bank", type="ORG", entity="e1", role=role)
    return Event(
        id="ev-1", type="other", title="t", status="occurred", when=None,
        participants=[bank], mentions=mentions, sources=["d1"],
    )  # fmt: skip


def test_the_first_short_unpunctuated_line_is_a_headline():
    assert is_headline(_mention(HEADLINE, 0, "cuts"))
    assert not is_headline(_mention(BODY, len(HEADLINE), "cut"))
    # a first line that is a full sentence is the article's lead, not a headline
    assert not is_headline(_mention(BODY, 0, "cut"))


def test_a_headline_restating_the_body_is_left_out_of_the_row():
    head, body = _mention(HEADLINE, 0, "cuts"), _mention(BODY, len(HEADLINE), "cut")
    events = [_event([head, body]), _event([head])]
    bodies = reported_in_body(events, "e1")
    row = entity_row(events[0], "e1", bodies)
    assert row is not None and row.mentions == [body]
    assert entity_row(events[1], "e1", bodies) is None


def test_an_article_that_is_only_a_headline_keeps_its_events():
    head = _mention(HEADLINE, 0, "cuts")
    event = _event([head])
    assert entity_row(event, "e1", reported_in_body([event], "e1")) == event


def test_an_entity_named_in_passing_gets_no_row():
    body = _mention(BODY, len(HEADLINE), "cut")
    assert entity_row(_event([body], role="origin"), "e1", {"d1"}) is None
    assert entity_row(_event([body], role="patient"), "e1", {"d1"}) is not None
    assert entity_row(_event([body]), "someone else", {"d1"}) is None


def test_a_place_keeps_the_events_that_happen_there_and_partners_keep_meetings():
    body = _mention(BODY, len(HEADLINE), "cut")
    held_there = _event([body], role="origin").model_copy(
        update={"places": [EventArgument(name="Oslo", type="GPE", entity="e2", role="place")]}
    )
    assert entity_row(held_there, "e2", {"d1"}) is not None
    assert entity_row(_event([body], role="partner"), "e1", {"d1"}) is not None


def test_a_report_from_another_article_that_does_not_speak_of_the_entity_is_left_out():
    own = _mention(BODY, len(HEADLINE), "cut")
    elsewhere = "A rival cut prices of tickets last week.\n"
    other = _mention(elsewhere, 0, "cut").model_copy(update={"document": "d2"})
    lender = "The lender cut its rate again.\n"
    referred = _mention(lender, 0, "cut").model_copy(update={"document": "d3"})
    event = _event([own, other, referred])
    row = entity_row(event, "e1", set(), names=("Harbour Bank", "Harbour"))
    assert row is not None
    assert [m.document for m in row.mentions] == ["d1", "d3"]  # `the lender` refers to it
    assert entity_row(event, "e1", set()) == event  # without names, every report stays
