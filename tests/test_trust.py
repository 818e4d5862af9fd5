"""Events you can trust: merges that respect time and status, dates with their basis,
background facts, demonyms, and articles that are not English (our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.analyse.article import analyse
from eventline.models import (
    ArgumentRef,
    Article,
    ArticleAnalysis,
    ArticleEntity,
    DocumentInfo,
    EntityMention,
    EventMention,
    Interval,
    Span,
    Timex,
)
from eventline.resolve import ResolveOptions, resolve


def _entity(name: str) -> ArticleEntity:
    return ArticleEntity(
        id="e0",
        name=name,
        type="PERSON",
        mentions=[EntityMention(start=0, end=len(name), text=name, label="PERSON")],
    )


def _day(value: str) -> Timex:
    start = date.fromisoformat(value)
    return Timex(
        start=0,
        end=5,
        text=value,
        type="DATE",
        value=value,
        interval=Interval(
            start=start, end=date.fromordinal(start.toordinal() + 1), granularity="day"
        ),
    )


def _report(
    doc_id: str,
    published: str,
    status: str = "occurred",
    stated: str | None = None,
    scope: str | None = "publication",
) -> ArticleAnalysis:
    """One article reporting that Jane Roe resigned (or demanding it, ...)."""
    mention = EventMention(
        start=10,
        end=18,
        text="resigned",
        lemma="resign",
        type="personnel",
        status=status,
        sentence=Span(start=0, end=100),
        noun="resignation",
        participants=[ArgumentRef(entity="e0", role="agent")],
        timex=0 if stated else None,
        time_scope="clause" if stated else scope,
    )
    return ArticleAnalysis(
        eventline_version="test",
        model="test",
        text_sha256=doc_id,
        document=DocumentInfo(id=doc_id, published=published),
        sentences=[Span(start=0, end=100)],
        sentence_texts=["x" * 100],
        entities=[_entity("Jane Roe")],
        timexes=[_day(stated)] if stated else [],
        events=[mention],
    )


def _groups(analyses) -> list[list[str]]:
    timeline = resolve(analyses, ResolveOptions(events="all"))
    return sorted(sorted(event.sources) for event in timeline.events)


def test_incompatible_stated_dates_never_merge():
    first = _report("a", "2011-11-08", stated="2011-11-07")
    second = _report("b", "2005-06-14", stated="2005-06-13")
    assert _groups([first, second]) == [["a"], ["b"]]


def test_article_dated_reports_merge_only_within_a_short_window():
    near = [_report("a", "2020-03-01"), _report("b", "2020-03-04")]
    assert _groups(near) == [["a", "b"]]
    far = [_report("a", "2020-03-01"), _report("b", "2020-05-20")]
    assert _groups(far) == [["a"], ["b"]]


def test_a_report_published_before_the_stated_date_is_another_event():
    early = _report("a", "2011-01-25")
    stated = _report("b", "2011-02-12", stated="2011-02-11")
    assert _groups([early, stated]) == [["a"], ["b"]]


def test_an_announcement_joins_the_event_it_announces_never_an_earlier_one():
    done = _report("b", "2011-02-12", stated="2011-02-11")
    before = _report("a", "2011-02-01", status="planned", scope=None)
    assert _groups([before, done]) == [["a", "b"]]
    after = _report("c", "2011-03-02", status="planned", scope=None)
    assert _groups([after, done]) == [["b"], ["c"]]


def test_a_demand_never_merges_with_the_occurrence():
    demand = _report("a", "2011-02-10", status="demanded", scope=None)
    done = _report("b", "2011-02-11")
    timeline = resolve([demand, done], ResolveOptions(events="all"))
    assert sorted(e.status for e in timeline.events) == ["demanded", "occurred"]


def test_a_background_fact_merges_with_its_stated_date_and_is_not_dated_by_its_article():
    background = _report("a", "2011-11-08", scope="background")
    alone = resolve([background], ResolveOptions(events="all")).events[0]
    assert alone.when is None
    stated = _report("b", "2009-06-26", stated="2009-06-25")
    merged = resolve([background, stated], ResolveOptions(events="all")).events
    assert len(merged) == 1
    assert merged[0].when.value == "2009-06-25"
    assert merged[0].when.basis == "stated"


def test_when_says_how_the_date_is_known():
    article = resolve([_report("a", "2020-03-01")], ResolveOptions(events="all")).events[0]
    assert article.when.basis == "article"
    stated = resolve([_report("a", "2020-03-05", stated="2020-03-02")]).events[0]
    assert stated.when.basis == "stated"


_POOL = [
    _report("a", "2011-01-25"),
    _report("b", "2011-02-12", stated="2011-02-11"),
    _report("c", "2011-02-11"),
    _report("d", "2011-02-10", status="demanded", scope=None),
    _report("e", "2011-11-08", scope="background"),
    _report("f", "2011-02-13"),
    _report("g", "2005-06-14", stated="2005-06-13"),
    _report("h", "2011-02-01", status="planned", scope=None),
    _report("i", "2011-03-02", status="planned", scope=None),
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(_POOL))
def test_input_order_never_changes_the_merge(order):
    assert _groups(order) == _groups(_POOL)


def _analysis(nlp, text: str, published: str = "2011-11-08"):
    return analyse(Article(id="t", text=text, published=published), nlp(text), "test")


def _status_of(nlp, sentence: str, trigger: str) -> str:
    """The status of the first event triggered by `trigger` in a one-sentence article."""
    analysis = _analysis(nlp, f"Desk\n\n{sentence}")
    return next(m for m in analysis.events if m.text == trigger).status


def test_a_past_perfect_background_fact_is_not_dated_by_the_article(nlp):
    text = (
        "Court hears doctor case\n\nThe doctor appeared in court on Monday. "
        "The singer had died of an overdose at his home."
    )
    died = next(m for m in _analysis(nlp, text).events if m.text == "died")
    assert died.timex is None and died.time_scope == "background"


def test_a_descriptive_relative_clause_is_background_a_cleft_is_news(nlp):
    text = "Music news\n\nThe band will tour with Ann Lee, who founded the label."
    founded = next(m for m in _analysis(nlp, text).events if m.text == "founded")
    assert founded.time_scope == "background"
    text = "Film news\n\nThe deal covers the studio, which was founded by Ann Lee."
    founded = next(m for m in _analysis(nlp, text).events if m.text == "founded")
    assert founded.time_scope == "background"
    text = "Board news\n\nInsiders said it was the chairman who made the decision."
    decision = next(m for m in _analysis(nlp, text).events if m.text == "decision")
    assert decision.time_scope == "publication"


def test_a_year_told_as_background_does_not_date_the_next_sentence(nlp):
    text = (
        "Port news\n\nThe port, which opened in 1994, handles grain. "
        "Dockers walked out at the port.\n\nThe minister resigned in 2015. "
        "Her deputy took over the ministry."
    )
    analysis = _analysis(nlp, text, "2024-05-02")
    for word in ("walked", "took"):
        event = next(m for m in analysis.events if m.text.startswith(word))
        assert event.timex is None or analysis.timexes[event.timex].value not in {"1994", "2015"}


def test_a_narrated_day_carries_on_to_the_next_sentence(nlp):
    text = "Summit news\n\nOn Monday the envoy flew to Oslo. He signed the accord at the palace."
    analysis = _analysis(nlp, text, "2024-05-02")
    signed = next(m for m in analysis.events if m.text == "signed")
    assert analysis.timexes[signed.timex].value == "2024-04-29"


def test_a_relative_clause_is_dated_by_its_own_time_expression(nlp):
    text = (
        "Outbreak news\n\nThe last major outbreak was in 2009, when several people died "
        "in the town."
    )
    analysis = _analysis(nlp, text, "2019-07-01")
    died = next(m for m in analysis.events if m.text == "died")
    assert died.timex is not None and analysis.timexes[died.timex].value == "2009"


def test_a_demonym_becomes_its_country_or_is_dropped(nlp):
    text = (
        "Drills news\n\nRussia and China held talks. Officials said Russian-Chinese drills "
        "took place last week, and Brazilian drills were planned."
    )
    analysis = _analysis(nlp, text)
    names = {e.id: (e.name, e.type) for e in analysis.entities}
    for mention in analysis.events:
        kinds = {names[p.entity][1] for p in mention.participants}
        assert "NORP" not in kinds
    drills = next(m for m in analysis.events if m.text == "drills")
    assert {names[p.entity][0] for p in drills.participants} == {"Russia", "China"}


def test_the_companion_of_a_visit_is_a_participant(nlp):
    text = "Trip news\n\nThe minister Anna Berg accompanied President Tom Hale on his trip to Oslo."
    names = {}
    analysis = _analysis(nlp, text)
    names = {e.id: e.name for e in analysis.entities}
    accompanied = next(m for m in analysis.events if m.text == "accompanied")
    who = {names[p.entity] for p in accompanied.participants}
    assert {"Anna Berg", "Tom Hale"} <= who
    roles = {names[p.entity]: p.role for p in accompanied.participants}
    assert (roles["Tom Hale"], roles["Anna Berg"]) == ("agent", "partner")  # his trip, with her


def test_an_article_in_another_language_gives_no_events_and_one_warning(nlp, caplog):
    text = (
        "Die Regierung hat am Montag beschlossen, die Steuern für kleine Firmen zu senken. "
        "Der Minister sagte, die Maßnahme werde im nächsten Jahr gelten und solle die "
        "Wirtschaft nach der Krise stärken. Kritiker warnten vor neuen Schulden im Land."
    )
    with caplog.at_level("WARNING"):
        analysis = analyse(Article(id="de", text=text), nlp(text), "test")
    assert analysis.events == []
    assert len(caplog.records) == 1 and "de" in caplog.records[0].getMessage()


IDIOMS = [
    ("The court ruling dealt a blow to the rebels.", "dealt"),
    ("The builder met the deadline for the new bridge.", "met"),
    ("The mayor is fighting crime in the old town.", "fighting"),
    ("The developers killed the module after the update.", "killed"),
    ("Viewers were left to wonder what had happened.", "left"),
    ("The crew shot the video in a single afternoon.", "shot"),
    ("The shop offers a free trial of its software.", "trial"),
    ("The two firms struck a deal on Monday.", "struck"),
]


@pytest.mark.parametrize(("sentence", "word"), IDIOMS)
def test_an_idiom_or_light_verb_gives_no_event(nlp, sentence, word):
    analysis = _analysis(nlp, "Business news\n\n" + sentence)
    assert word not in {m.text.split()[0] for m in analysis.events}


def test_fighting_a_disease_is_no_battle(nlp):
    analysis = _analysis(nlp, "Health news\n\nDoctors are fighting the disease in the north.")
    assert next(m for m in analysis.events if m.text == "fighting").type == "other"


def test_a_retort_after_a_quote_is_speech_not_a_shooting(nlp):
    analysis = _analysis(nlp, 'Campaign news\n\n"That is simply false," Maria Lopez shot back.')
    shot = next(m for m in analysis.events if m.text.startswith("shot"))
    assert shot.type == "report"


def test_the_headline_main_word_is_always_a_candidate(nlp):
    analysis = _analysis(nlp, "Study Published On Sleep\n\nScientists in Oslo wrote it.")
    found = {m.text: m.type for m in analysis.events}
    assert found.get("Published") == "other"
    assert "Study" not in found


def test_unlike_x_is_not_the_subject_of_the_participle(nlp):
    text = (
        "History notes\n\nRichard Nixon was a divisive figure. Unlike Adolf Hitler, he left "
        "office peacefully, having resigned the presidency on August 9, 1974."
    )
    analysis = _analysis(nlp, text)
    names = {e.id: e.name for e in analysis.entities}
    resigned = next(m for m in analysis.events if m.text == "resigned")
    assert {names[p.entity] for p in resigned.participants} == {"Richard Nixon"}
    assert resigned.status == "occurred"
    assert analysis.timexes[resigned.timex].value == "1974-08-09"


def test_times_publishers_and_page_furniture_are_no_entities(nlp):
    text = (
        "Talks resume in Cairo\n\nUpdated 9:14 GMT. Egypt and Israel resumed talks in Cairo, "
        "the Telegraph reported. Privacy Policy"
    )
    article = Article(
        id="t", text=text, published="2023-10-19", url="https://www.telegraph.co.uk/news/1"
    )
    analysis = analyse(article, nlp(text), "test")
    names = {e.name for e in analysis.entities}
    assert not names & {"GMT", "9:14 GMT", "Telegraph", "Privacy Policy"}
    assert {"Egypt", "Israel", "Cairo"} <= names


def test_a_trend_up_to_now_is_not_dated_to_the_article(nlp):
    text = (
        "Border news\n\nOfficials said the army has stepped up pressure on the region, "
        "staging raids almost every night."
    )
    analysis = _analysis(nlp, text)
    raids = next(m for m in analysis.events if m.text == "staging")
    assert raids.timex is None and raids.time_scope == "near"
    text = "Stage news\n\nThe singer took the stage, waving to the crowd."
    waving = next(m for m in _analysis(nlp, text).events if m.text == "waving")
    assert waving.time_scope == "publication"


def test_a_planned_visit_does_not_take_up_a_past_one_in_the_same_article(nlp):
    text = (
        "Minister news\n\nLast week, the minister Anna Berg accompanied President Tom Hale "
        "during his visit to Oslo. Berg will also discuss her visit with reporters."
    )
    analysis = _analysis(nlp, text)
    hers = next(m for m in analysis.events if m.text == "visit" and m.status == "planned")
    assert hers.corefers_with is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "status", "value"),
    [
        ("A hearing is scheduled for April 2.", "hearing", "planned", "2024-04-02"),
        ("The summit will take place on May 5.", "summit", "planned", "2024-05-05"),
        ("The trial is due to start on June 1.", "trial", "planned", "2024-06-01"),
        ("The meeting may take place in June.", "meeting", "possible", "2024-06"),
        ("The talks resumed on Monday.", "talks", "occurred", "2024-04-29"),
    ],
)
def test_an_event_named_as_subject_takes_the_date_and_status_its_verb_gives(
    nlp, sentence, trigger, status, value
):
    analysis = _analysis(nlp, f"Diary\n\n{sentence}", "2024-05-02")
    event = next(m for m in analysis.events if m.text == trigger)
    assert event.status == status
    assert analysis.timexes[event.timex].value == value


def test_a_war_is_not_dated_by_its_end_and_a_month_is_no_march(nlp):
    analysis = _analysis(nlp, "Diary\n\nThe strike ended last March. It was held on March 3.")
    assert next(m for m in analysis.events if m.text == "strike").timex is None
    assert not any(m.text == "March" for m in analysis.events)


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("No one was arrested after the march.", "arrested", "negated"),
        ("Nobody was injured in the blast.", "injured", "negated"),
        ("Neither side signed the accord.", "signed", "negated"),
        ("Police foiled an attack on the embassy.", "attack", "negated"),
        ("The strike was averted at the last minute.", "strike", "negated"),
        ("The regulator ruled out a recall of the cars.", "recall", "negated"),
        ("Had the deal gone through, the plant would have closed.", "deal", "conditional"),
        ("Had the firm collapsed, thousands would have lost jobs.", "collapsed", "conditional"),
        ("Police arrested one man after the march.", "arrested", "occurred"),
    ],
)
def test_what_a_sentence_says_did_not_happen_is_never_occurred(nlp, sentence, trigger, status):
    assert _status_of(nlp, sentence, trigger) == status


def test_an_event_with_a_year_of_its_own_is_not_the_article_s_undated_event(nlp):
    text = "Storm news\n\nThe storm hit the coast at dawn. The 1987 storm was far worse."
    analysis = _analysis(nlp, text, "2024-05-02")
    first, second = [m for m in analysis.events if m.text == "storm"][:2]
    assert second.corefers_with is None
    assert first.timex is None or analysis.timexes[first.timex].value != "1987"


def test_an_article_whose_news_names_no_one_still_gives_its_headline_event():
    from eventline.api import BuildOptions, build_timeline_from_texts

    text = (
        "Minister survives confidence vote\n\nLawmakers rejected a motion of no confidence "
        "by 201 votes to 150. The opposition had accused the ministry of waste."
    )
    timeline, _ = build_timeline_from_texts(
        [{"id": "a", "text": text, "published": "2025-06-20"}], BuildOptions()
    )
    assert [e.title for e in timeline.events] == ["Minister survives confidence vote"]


def test_a_participle_clause_of_a_past_event_happened_too(nlp):
    text = "Flood news\n\nHeavy rain caused floods on Tuesday, killing at least 40 people."
    killing = next(m for m in _analysis(nlp, text).events if m.text == "killing")
    assert killing.status == "occurred"


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("The minister reportedly resigned on Monday.", "resigned", "claimed"),
        ("The singer is said to have married in secret.", "married", "claimed"),
        ("The rebels were reported to have fled the town.", "fled", "claimed"),
        ("The firm plans to build and sell cars.", "sell", "planned"),
        ("The company announced the deal and closed it on Friday.", "closed", "occurred"),
    ],
)
def test_hearsay_is_claimed_and_a_conjunct_shares_only_the_modality(nlp, sentence, trigger, status):
    assert _status_of(nlp, sentence, trigger) == status


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("He is known to have met the envoy in secret.", "met", "occurred"),
        ("The group claimed to have downed a drone.", "downed", "claimed"),
    ],
)
def test_a_perfect_infinitive_happened_unless_it_is_only_claimed(nlp, sentence, trigger, status):
    assert _status_of(nlp, sentence, trigger) == status
