"""Factuality per mention: what the governing clause says of each event (our own sentences)."""

from __future__ import annotations

import pytest

from eventline.analyse.article import analyse
from eventline.models import Article

# A first line, so that the sentence under test is not read as a headline.
_TITLE = "News of the day.\n\n"


def _status(nlp, sentence: str, trigger: str) -> str:
    text = _TITLE + sentence
    analysis = analyse(Article(id="t", text=text, published="2023-10-19"), nlp(text), "test")
    found = [m.status for m in analysis.events if m.text.split()[0] == trigger]
    assert found, f"no event `{trigger}` in {sentence!r}"
    return found[0]


FACTUALITY = [
    # asserted
    ("The senator resigned on Tuesday after a long scandal.", "resigned", "occurred"),
    ("Rebels attacked the convoy near the border.", "attacked", "occurred"),
    ("The company has closed three factories this year.", "closed", "occurred"),
    ("Firefighters are battling a blaze in the hills.", "battling", "ongoing"),
    ("Police said the suspect fled the scene.", "fled", "occurred"),
    ("The mayor has not commented yet, but said she would speak soon.", "said", "occurred"),
    # planned / future
    ("The minister will visit Lagos next month.", "visit", "planned"),
    ("The union plans to strike in December.", "strike", "planned"),
    ("The trial is set to begin on Monday.", "begin", "planned"),
    ("The board is expected to approve the merger.", "approve", "planned"),
    ("The firm said it would open a plant in Ohio.", "open", "planned"),
    ("The two leaders are going to meet in Oslo.", "meet", "planned"),
    # possible / hedged
    ("The strike could spread to other ports.", "spread", "possible"),
    ("Officials might postpone the vote.", "postpone", "possible"),
    ("The mayor hopes to open the bridge before winter.", "open", "possible"),
    ("The club wants to sign the striker.", "sign", "possible"),
    # negated
    ("The army did not attack the town.", "attack", "negated"),
    ("The president never signed the decree.", "signed", "negated"),
    ("The team failed to win a single match.", "win", "negated"),
    ("Instead of meeting the strikers, the owner closed the mine.", "meeting", "negated"),
    ("The company raised prices without consulting its customers.", "consulting", "negated"),
    ("The minister refused to resign.", "resign", "negated"),
    # conditional
    ("If convicted, the singer faces ten years in prison.", "convicted", "conditional"),
    ("If convicted, the singer faces ten years in prison.", "faces", "conditional"),
    ("The rebels will attack unless the army leaves the city.", "leaves", "conditional"),
    ("If the talks collapse, the ceasefire will end.", "collapse", "conditional"),
    # demanded
    ("Protesters demanded the resignation of the prime minister.", "resignation", "demanded"),
    ("The opposition called for early elections.", "elections", "demanded"),
    ("The council urged the mayor to resign.", "resign", "demanded"),
    ("Moscow has expressed support for the resumption of talks.", "talks", "demanded"),
    ("Unions are pushing for a strike in the spring.", "strike", "demanded"),
    ("The court ordered the company to recall the cars.", "recall", "demanded"),
    # threatened
    ("The rebels threatened to attack the capital.", "attack", "threatened"),
    ("The minister warned of a strike at the ports.", "strike", "threatened"),
    # denied
    ("The army denied that soldiers fired on the crowd.", "fired", "denied"),
    ("The government denied the attack.", "attack", "denied"),
    # claimed
    ("Beijing accused Washington of conducting drills near the island.", "drills", "claimed"),
    ("The alleged attack took place at night.", "attack", "claimed"),
    ("The activist claims that guards beat him.", "beat", "claimed"),
    # a claim keeps the future it reports
    ("The firm claims that its phone will double battery life.", "double", "planned"),
    # generic and habitual present
    ("The device stores up to ten thousand songs.", "stores", "generic"),
    ("Users can download films from the store.", "download", "generic"),
    ("The bakery sells bread to restaurants across the city.", "sells", "generic"),
    # present of state or of a report is not a habit
    ("The judge says he owns a music player.", "says", "ongoing"),
    ("The judge says he owns a music player.", "owns", "ongoing"),
]


@pytest.mark.parametrize(("sentence", "trigger", "status"), FACTUALITY)
def test_status_comes_from_the_governing_clause(nlp, sentence, trigger, status):
    assert _status(nlp, sentence, trigger) == status


def test_the_table_covers_every_non_assertion(nlp):
    statuses = {status for _, _, status in FACTUALITY}
    assert len(FACTUALITY) >= 40
    assert {"conditional", "demanded", "threatened", "denied", "claimed", "generic"} <= statuses


def test_headline_present_tense_reports_news(nlp):
    text = "Carmaker recalls a million cars\n\nThe recall covers models built since 2019."
    analysis = analyse(Article(id="t", text=text, published="2023-10-19"), nlp(text), "test")
    first = next(m for m in analysis.events if m.text == "recalls")
    assert first.status == "ongoing"


def test_headline_infinitive_announces_a_plan(nlp):
    text = "Carmaker to cut prices in Europe\n\nThe company made the decision on Monday."
    analysis = analyse(Article(id="t", text=text, published="2023-10-19"), nlp(text), "test")
    assert next(m for m in analysis.events if m.text == "cut").status == "planned"
