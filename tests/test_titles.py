"""Titles that say who did what, summaries from the reports, and dates in words."""

from __future__ import annotations

import pytest

from eventline.models import Event, EventArgument, Mention, When
from eventline.render.readable import readable_date
from eventline.resolve.events import event_title, is_key
from eventline.resolve.summary import event_summary, trimmed
from eventline.resolve.title_object import headline_clause, object_phrase, says_only_who
from eventline.resolve.titles import past_participle, third_person, whole_phrase


def _who(name: str, role: str, kind: str = "PERSON") -> EventArgument:
    return EventArgument(name=name, type=kind, entity=name.lower(), role=role)


def test_the_main_actor_leads_the_title():
    murray = _who("Conrad Murray", "patient")
    jackson = _who("Michael Jackson", "other")
    assert event_title("sentence", [murray, jackson], [], None, "sentence") == (
        "Conrad Murray sentenced"
    )
    lavrov, korea = _who("Sergey Lavrov", "agent"), _who("North Korea", "destination", "GPE")
    assert (
        event_title("visit", [lavrov], [korea], None, "visit") == "Sergey Lavrov visits North Korea"
    )
    army, parliament = _who("Egypt's army", "agent", "ORG"), _who("parliament", "patient", "ORG")
    assert event_title("dissolution", [army, parliament], [], None, "dissolve") == (
        "Egypt's army dissolves parliament"
    )


@pytest.mark.parametrize(
    ("status", "title"),
    [
        ("occurred", "Vladimir Putin visits Pyongyang"),
        ("planned", "Vladimir Putin to visit Pyongyang"),
        ("possible", "Vladimir Putin may visit Pyongyang"),
    ],
)
def test_titles_are_in_headline_tense(status, title):
    putin, city = _who("Vladimir Putin", "agent"), _who("Pyongyang", "destination", "GPE")
    assert event_title("visit", [putin], [city], None, "visit", status=status) == title


def test_nouns_that_are_not_verbs_are_held_or_named():
    lavrov, ri = _who("Sergey Lavrov", "agent"), _who("Ri Son Gwon", "partner")
    talks = event_title("talks", [lavrov, ri], [], None, "talk", status="planned")
    assert talks == "Sergey Lavrov to hold talks with Ri Son Gwon"
    both = event_title(
        "dialogue",
        [_who("North Korea", "partner", "GPE"), _who("United States", "partner", "GPE")],
        [],
        None,
        "dialogue",
    )
    assert both == "North Korea and United States hold dialogue"
    assert event_title("war", [_who("Libya", "agent", "GPE")], [], None, "war") == "War by Libya"


def test_a_title_never_stops_in_the_middle_of_a_list():
    sentence = (
        "Matters will be reviewed during the session of the commission on trade, economic "
        "and technological cooperation, scheduled for November."
    )
    title = event_title("session", [], [], "the commission on trade", "session", sentence)
    assert title == "Session of the commission on trade, economic and technological cooperation"
    assert whole_phrase("trade", "trade and shipping, mostly") == "trade and shipping"


def test_an_event_naming_no_one_is_titled_by_its_short_clause():
    sentence = "Officials said that thousands marched through the capital, police said."
    start = sentence.index("marched")
    title = event_title("march", [], [], None, "march", sentence, (start, start + 7))
    assert title == "Thousands marched through the capital"


@pytest.mark.parametrize(
    ("verb", "third", "participle"),
    [
        ("visit", "visits", "visited"),
        ("discuss", "discusses", "discussed"),
        ("deny", "denies", "denied"),
        ("ban", "bans", "banned"),
        ("meet", "meets", "met"),
        ("sentence", "sentences", "sentenced"),
    ],
)
def test_verb_forms(verb, third, participle):
    assert third_person(verb) == third and past_participle(verb) == participle


def _mention(sentence: str, document: str = "a", start: int = 900) -> Mention:
    return Mention(
        document=document,
        start=start,
        end=start + 4,
        text="x",
        sentence=sentence,
        sentence_start=start - 10,
    )


def test_the_summary_is_the_whole_sentence_that_names_the_most():
    mentions = [
        _mention('"We will go," he said of the visit to'),
        _mention("The minister arrived in Pyongyang on Thursday for talks.", "b"),
        _mention("Sergey Lavrov arrived in Pyongyang on Thursday for talks with Ri Son Gwon.", "c"),
    ]
    summary = event_summary(mentions, ["Sergey Lavrov", "Pyongyang", "Ri Son Gwon"])
    assert summary == "Sergey Lavrov arrived in Pyongyang on Thursday for talks with Ri Son Gwon."
    assert event_summary(list(reversed(mentions)), ["Sergey Lavrov", "Pyongyang"]) == summary


def test_the_summary_drops_the_dateline_and_closes_a_quotation():
    assert trimmed("PYONGYANG, October 19. /TASS/. Lavrov is in\nPyongyang.") == (
        "Lavrov is in Pyongyang."
    )
    assert trimmed("CAIRO (Reuters) - Crowds gathered.") == "Crowds gathered."
    assert trimmed('He said the talks "went well.') == 'He said the talks "went well."'


def _when(value: str, granularity: str, start=None, end=None, text=None, known=True) -> When:
    return When(
        value=value, start=start, end=end, granularity=granularity, text=text, year_known=known
    )


@pytest.mark.parametrize(
    ("when", "reported", "words"),
    [
        (_when("2023-10-19", "day", "2023-10-19", "2023-10-19"), None, "Thursday 19 October 2023"),
        (_when("2023-W42", "week", "2023-10-16", "2023-10-22"), None, "Week of 16 October 2023"),
        (
            _when("2011-01-28TMO", "time", "2011-01-28", "2011-01-28"),
            None,
            "Morning of Friday 28 January 2011",
        ),
        (_when("XXXX-10", "month", known=False), None, "October (year unknown)"),
        (_when("XXXX-10-19", "day", known=False), None, "19 October (year unknown)"),
        (_when("194", "decade", "1940-01-01", "1949-12-31"), None, "The 1940s"),
        (
            _when("XXXX-WXX", "week", text="earlier this week", known=False),
            "2011-01-28",
            "“earlier this week”, reported 28 January 2011",
        ),
        (None, "2011-01-28", "Reported 28 January 2011"),
    ],
)
def test_dates_are_written_for_people(when, reported, words):
    assert readable_date(when, reported) == words


def test_a_clause_title_keeps_numbers_and_clock_times_whole():
    from eventline.resolve.titles import clause_title

    sentence = "Officials said 2,400 homes lost power, and flights resumed at 14:05 BST."
    lost = sentence.index("lost")
    resumed = sentence.index("resumed")
    assert clause_title(sentence, lost, lost + 4) == "2,400 homes lost power"
    assert clause_title(sentence, resumed, resumed + 7) == "flights resumed at 14:05 BST"


def test_who_goes_along_on_a_trip_follows_the_one_who_makes_it():
    varga = _who("Tomas Varga", "agent")
    berg = _who("Anna Berg", "partner")
    vienna = _who("Vienna", "destination", "GPE")
    title = event_title("visit", [varga, berg], [vienna], None, "accompany")
    assert title == "Tomas Varga visits Vienna with Anna Berg"
    assert event_title("trip", [varga, berg], [vienna], None, "travel") == (
        "Tomas Varga travels to Vienna with Anna Berg"
    )
    # a person visited is the visit's object, not a companion
    host = _who("Lena Holt", "destination")
    assert event_title("visit", [varga, host], [], None, "visit") == "Tomas Varga visits Lena Holt"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the minister Anna Berg accompanied President Tomas Varga during his visit "
        "to Vienna.",
        "President Tomas Varga, accompanied by his minister Anna Berg, arrived in Vienna on "
        "Monday.",
        "Anna Berg accompanied Tomas Varga to Vienna on Monday.",
    ],
)
def test_the_one_accompanied_leads_the_title_of_the_trip(nlp, text):
    from eventline.analyse.article import analyse
    from eventline.models import Article
    from eventline.resolve import ResolveOptions, resolve

    analysis = analyse(Article(id="t", text=text, published="2024-05-20"), nlp(text), "test")
    timeline = resolve([analysis], ResolveOptions(events="all"))
    trip = next(e for e in timeline.events if e.type == "visit")
    assert trip.title.startswith("Tomas Varga ")
    assert "with Anna Berg" in trip.title


def _verbal_title(
    sentence: str, trigger: str, lemma: str, who: list[EventArgument], noun: str = ""
) -> str:
    start = sentence.index(trigger)
    span = (start, start + len(trigger))
    return event_title(noun or lemma, who, [], None, lemma, sentence, span, verbal=True)


def test_a_verb_title_takes_its_object_from_the_report():
    council = [_who("Harbour Council", "agent", "ORG")]
    sentence = "On Friday the Harbour Council closed every public pool in the district."
    assert _verbal_title(sentence, "closed", "close", council, "closure") == (
        "Harbour Council closes every public pool"
    )
    sentence = "The Harbour Council stepped down on Friday after the audit."
    assert (
        _verbal_title(sentence, "stepped", "step", council, "resignation")
        == "Harbour Council steps down"
    )


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The mayor announced on Monday that the bridge would reopen.", "announced"),
        ("The mayor denied it.", "denied"),
        ("The mayor resigned three weeks ago.", "resigned"),
        ("The ministry will decide how it responds.", "decide"),
        ("Nurses saw signs of strain in the wards.", "signs"),
        ("The mayor relied heavily on donors.", "relied"),
    ],
)
def test_words_after_a_verb_that_are_no_object_give_none(sentence, verb):
    assert object_phrase(sentence, sentence.index(verb) + len(verb)) is None


def test_a_title_that_says_only_who_reads_the_reports_clause_and_is_not_key():
    ruritania = [_who("Ruritania", "agent", "GPE")]
    sentence = "The new budget of Ruritania includes, as expected, more for schools."
    title = _verbal_title(sentence, "includes", "include", ruritania)
    assert title == "The new budget of Ruritania includes"  # its clause, not `Ruritania includes`
    assert says_only_who("Ruritania includes", ruritania)
    assert not says_only_who("Ruritania includes more for schools", ruritania)
    resigned = [_who("Tom Hale", "agent")]
    assert event_title("resignation", resigned, [], None, "resign") == "Tom Hale resigns"
    sentenced = [_who("Tom Hale", "patient")]
    assert not says_only_who("Tom Hale sentenced", sentenced)  # what happened to him


def _other_event(title: str, who: list[EventArgument]) -> Event:
    day = When(value="2024-03-07", start="2024-03-07", end="2024-03-07", granularity="day", text="")
    return Event(
        id="ev-1",
        type="other",
        title=title,
        status="occurred",
        when=day.model_copy(update={"text": "on March 7"}),
        participants=who,
        mentions=[Mention(document="a", start=0, end=8, text="includes")],
        sources=["a"],
    )


def test_an_event_whose_title_says_only_who_is_never_key():
    ruritania = [_who("Ruritania", "agent", "GPE")]
    assert not is_key(_other_event("Ruritania includes", ruritania))
    assert is_key(_other_event("Ruritania includes more for schools", ruritania))


def test_a_verb_that_goes_on_with_what_was_said_keeps_its_own_title():
    mayor = [_who("Ada Roe", "agent")]
    sentence = "Ada Roe stressed that instead of building a bridge, the city chose a ferry."
    title = _verbal_title(sentence, "stressed", "stress", mayor, "statement")
    assert title == "Ada Roe stresses"  # not the words of what she said


def test_a_verb_keeps_its_particle():
    mayor = [_who("Ada Roe", "agent")]
    sentence = "Protesters demanded that Ada Roe stepped down."
    start = sentence.index("stepped")
    span = (start, start + len("stepped down"))
    title = event_title("resignation", mayor, [], None, "step", sentence, span, verbal=True)
    assert title == "Ada Roe steps down"


def test_a_birth_reads_born_not_borns():
    oslo = _who("Oslo", "place", "GPE")
    assert event_title("birth", [_who("Tom Hale", "agent")], [oslo], None, "born") == (
        "Tom Hale born in Oslo"
    )


@pytest.mark.parametrize(
    ("clause", "headline"),
    [
        ("The new budget of Ruritania includes", "The new budget of Ruritania includes"),
        ("were agreed by the two mayors and", None),  # its subject is elsewhere
        ("Speaking at the harbour opening", None),
        ("he stressed that the ferry stays", None),  # whose `he`?
        ("The two mayors signed the deal and", "The two mayors signed the deal"),
    ],
)
def test_a_reports_clause_stands_as_a_title_only_with_its_subject(clause, headline):
    assert headline_clause(clause) == headline


@pytest.mark.parametrize(
    ("sentence", "verb", "phrase"),
    [
        ("The premier said the army would be deployed.", "said", None),
        ("Ms Porter faces up to ten years in prison.", "faces", None),
        ("The mayor closed all schools on Friday.", "closed", "all schools"),
    ],
)
def test_a_title_object_is_never_the_subject_of_what_was_said(sentence, verb, phrase):
    assert object_phrase(sentence, sentence.index(verb) + len(verb)) == phrase
