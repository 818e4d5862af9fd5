"""The `eventline_timex` spaCy component gives exactly the values `eventline dates` gives."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest
import spacy

from conftest import SEEDS
from eventline.analyse.temporal import DATES_EXCLUDE
from eventline.api import extract_dates
from eventline.load import LoadOptions, iter_articles
from eventline.nlp.pipeline import DEFAULT_MODEL


@pytest.fixture(scope="module")
def timex_nlp():
    """A private pipeline (never the cached one `eventline dates` uses) with the component."""
    nlp = spacy.load(DEFAULT_MODEL, exclude=list(DATES_EXCLUDE))
    nlp.add_pipe("eventline_timex")  # by name only: found through the entry point
    return nlp


def _spans(doc) -> list[tuple[int, int, str, str, str, str | None]]:
    return [
        (s.start_char, s.end_char, s.text, s.label_, s._.timex["value"], s._.timex["mod"])
        for s in doc.spans["timex"]
    ]


def _expected(report, document: str) -> list[tuple[int, int, str, str, str, str | None]]:
    return [
        (d.start, d.end, d.text, d.type, d.value, d.mod)
        for d in report.dates
        if d.document == document
    ]


def test_entry_point_registers_the_factory():
    # A fresh interpreter: the factory must be found without importing eventline first.
    code = (
        "import sys, spacy; assert 'eventline' not in sys.modules; "
        "print(spacy.blank('en').add_pipe('eventline_timex').spans_key)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "timex"


def test_seeds_match_eventline_dates(timex_nlp):
    report, problems = extract_dates([str(SEEDS)])
    assert not problems
    articles = list(iter_articles([str(SEEDS)], LoadOptions()))
    assert articles and report.dates
    for article in articles:
        # No dct: the component reads the dateline itself, as the loader does (seed 004).
        assert _spans(timex_nlp(article.text)) == _expected(report, article.id)
        doc = timex_nlp.make_doc(article.text)
        doc._.dct = article.published
        assert _spans(timex_nlp(doc)) == _expected(report, article.id)


def test_reference_date_matches_cli_option(timex_nlp):
    reference = datetime.date(2023, 10, 19)
    report, _ = extract_dates([str(SEEDS)], _options(reference))
    nlp = spacy.load(DEFAULT_MODEL, exclude=list(DATES_EXCLUDE))
    nlp.add_pipe("eventline_timex", config={"reference_date": "2023-10-19"})
    for article in iter_articles([str(SEEDS)], LoadOptions(reference_date=reference)):
        assert _spans(nlp(article.text)) == _expected(report, article.id)


def _options(reference: datetime.date):
    from eventline.api import BuildOptions

    return BuildOptions(reference_date=reference)


def test_dct_orients_relative_dates_and_ents_untouched(timex_nlp):
    doc = timex_nlp.make_doc("The minister will visit Pyongyang next Thursday.")
    doc._.dct = datetime.date(2023, 10, 19)
    doc = timex_nlp(doc)
    assert [(s.text, s._.timex["value"]) for s in doc.spans["timex"]] == [
        ("next Thursday", "2023-10-26")
    ]
    assert doc.ents == ()


def test_year_less_dct_never_invents_a_year(timex_nlp):
    doc = timex_nlp.make_doc("He met Wang Yi on Monday.")
    doc._.dct = "XXXX-10-19"
    values = [s._.timex["value"] for s in timex_nlp(doc).spans["timex"]]
    assert values and all(v.startswith("XXXX") for v in values)


def test_bad_dct_is_a_clear_error(timex_nlp):
    doc = timex_nlp.make_doc("He met Wang Yi on Monday.")
    doc._.dct = "last week"
    with pytest.raises(ValueError, match="doc._.dct"):
        timex_nlp(doc)


def test_spans_survive_docbin(timex_nlp):
    from spacy.tokens import DocBin

    doc = timex_nlp.make_doc("Talks are set for October 2023.")
    doc = timex_nlp(doc)
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(timex_nlp.vocab))
    assert [s._.timex for s in restored.spans["timex"]] == [s._.timex for s in doc.spans["timex"]]
