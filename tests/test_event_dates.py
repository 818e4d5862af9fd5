"""When an article's events happened, read from its clauses and its discourse: participles,
dated occasions, the lead's news day, and what a date in the previous sentence may date."""

from __future__ import annotations

from eventline.analyse.article import analyse
from eventline.models import Article


def _dates(nlp, text: str, published: str = "2023-10-19") -> dict[str, str | None]:
    """Trigger text -> the value of the time expression that dates it (last one wins)."""
    analysis = analyse(Article(id="t", text=text, published=published), nlp(text), "test")
    return {
        m.text: analysis.timexes[m.timex].value if m.timex is not None else None
        for m in analysis.events
    }


def test_a_participle_clause_happens_when_its_verb_does(nlp):
    dates = _dates(
        nlp,
        "Carmakers show new models\n"
        "Yesterday, Renault unveiled an electric van at its factory near Paris.\n"
        "While presenting the van, the chief executive started by joking about the delays, "
        "saying the wait was worth it.",
    )
    assert dates["presenting"] == "2023-10-18"
    assert dates["joking"] == "2023-10-18"
    assert dates["saying"] == "2023-10-18"


def test_a_participle_with_its_own_time_word_keeps_its_own_time(nlp):
    dates = _dates(nlp, "The singer retired in 2009, later revealing that she had been ill.")
    assert dates["retired"] == "2009"
    assert dates["revealing"] != "2009"


def test_a_participle_clause_of_a_dated_verb_takes_that_date(nlp):
    dates = _dates(nlp, "On Tuesday the bank cut its key rate, citing weaker exports.")
    assert dates["citing"] == dates["cut"] == "2023-10-17"


def test_a_verb_at_a_dated_occasion_takes_the_occasions_date(nlp):
    dates = _dates(
        nlp, "In a May 3 news conference, the minister said that the bridge would reopen."
    )
    assert dates["said"] == "2023-05-03"
    dates = _dates(nlp, "At a Wednesday media event, Globex released a new tablet.")
    assert dates["released"] == "2023-10-18"


def test_a_month_in_the_previous_sentence_does_not_date_the_next_one(nlp):
    dates = _dates(
        nlp,
        "Airlines await the new jet\n"
        "In April, engineers found a crack in a wing of the prototype.\n"
        "The chief executive called the design the safest in the industry.",
    )
    assert dates["found"] == "2023-04"
    assert dates["called"] is None


def test_a_day_in_the_previous_sentence_still_dates_the_next_one(nlp):
    dates = _dates(
        nlp,
        "Ministers meet in Oslo\n"
        "Officials reported on March 3 that the foreign minister flew to Oslo on Monday.\n"
        "There, she met her Norwegian counterpart.",
    )
    assert dates["met"] == dates["flew"]


def test_a_past_perfect_does_not_take_the_previous_sentences_day(nlp):
    dates = _dates(
        nlp,
        "Ministers meet in Oslo\n"
        "Officials reported on March 3 that the foreign minister flew to Oslo on Monday.\n"
        "She had already resigned from the board.",
    )
    assert dates["resigned"] is None


def test_the_lead_is_found_past_a_dateline_and_a_fragment(nlp):
    dates = _dates(
        nlp,
        "Tributes pour in for the mayor\n"
        "October 19, 2023\n"
        "A sad day for the city.\n"
        "The mayor of Lyon died yesterday at the age of 80.\n"
        "She had led the city since 2001.\n"
        "Her deputy described her as a tireless public servant.",
    )
    assert dates["died"] == "2023-10-18"
    assert dates["described"] == "2023-10-18"


def test_what_happened_at_an_occasion_named_in_a_where_clause_is_news(nlp):
    dates = _dates(
        nlp,
        "Phone makers gather in Paris\n"
        "Yesterday, Acme announced a folding phone at a trade fair in Paris, where its "
        "chief executive praised the hinge.",
    )
    assert dates["praised"] == "2023-10-18"


def test_an_event_set_against_what_was_done_is_negated_and_takes_no_borrowed_date(nlp):
    from eventline.resolve.dates import mention_claim

    text = (
        "Rather than recall the phones, the chief executive said on Friday that owners "
        "would get free cases."
    )
    analysis = analyse(Article(id="t", text=text, published="2023-10-19"), nlp(text), "test")
    recall = next(m for m in analysis.events if m.text == "recall")
    said = next(m for m in analysis.events if m.text == "said")
    assert recall.status == "negated"
    assert mention_claim(recall, analysis) is None
    assert mention_claim(said, analysis).value == "2023-10-13"
