"""What a page says about where and by whom a story was filed names no participant: an agency
dateline run into a page stamp, reporting credits, comment-section notices. Our own words."""

from __future__ import annotations

import pytest

from eventline.analyse.article import analyse
from eventline.load.boilerplate import find_boilerplate
from eventline.load.dateline import find_dateline
from eventline.models import Article


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "LONDON | Mon Mar 21, 2011 8:58 pm EDT LONDON (Reuters) - Few Britons back the plan.",
            "LONDON | Mon Mar 21, 2011 8:58 pm EDT LONDON (Reuters) -",
        ),
        ("Benghazi, Libya (CNN) -- Rebel leaders welcomed the envoy.", "Benghazi, Libya (CNN) --"),
        (
            "Ports reopen By Ann Vale WASHINGTON, April 30 (Reuters) - Two ports reopened.",
            "Ports reopen By Ann Vale WASHINGTON, April 30 (Reuters) -",
        ),
    ],
)
def test_an_agency_dateline_inside_the_first_line(text, dateline):
    found = find_dateline(text)
    assert found is not None and text[found.span.start : found.span.end] == dateline


def test_a_ticker_in_brackets_is_no_dateline():
    assert find_dateline("Shares of Acme Inc (ACME) - the freight group - fell.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Ann Vale and Max Bell contributed to this report.",
        "Views expressed in the comments do not represent those of the publisher.",
        "(Additional reporting by Ann Vale in Paris; Editing by Max Bell)",
        "March 3, 2011 at 5:11 am | Reply (required, but will not be displayed)",
    ],
)
def test_credits_and_comment_notices_are_boilerplate(line):
    assert find_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the agency found that the fire started early.",
        "Officials said the reply came late on Tuesday.",
    ],
)
def test_sentences_about_reporting_stay(line):
    assert not find_boilerplate(line)


def test_no_one_named_in_the_dateline_takes_part(nlp):
    text = (
        "LONDON | Mon Mar 21, 2011 8:58 pm EDT LONDON (Reuters) - Only one in three Britons "
        "agree with the decision to send troops, a poll showed on Monday."
    )
    dateline = find_dateline(text)
    article = Article(id="t", text=text, published="2011-03-21", dateline=dateline.span)
    analysis = analyse(article, nlp(article.text), "test")
    names = {e.id: e.name for e in analysis.entities}
    actors = {names[a.entity] for ev in analysis.events for a in ev.participants}
    assert not actors & {"Reuters", "London", "LONDON"}
    assert not any("2011" in name for name in actors)
