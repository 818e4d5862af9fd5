"""Bounded time, memory and output on pathological texts: long articles in pieces,
punctuation runs, endless sentences and lists of thousands of names."""

from __future__ import annotations

import json
import time

from hypothesis import given
from hypothesis import strategies as st

from conftest import run_main
from eventline.nlp.long_texts import PIECE_CHARS, parse_long, pieces
from eventline.nlp.punctuation_runs import RUN_LIMIT, neutralised
from eventline.resolve.sentence_window import WINDOW_CHARS

PARAGRAPH = (
    "The council of Springfield met on Monday to discuss the new bridge, officials said. "
    "Mayor Ann Lee told reporters that work would start next month.\n\n"
)


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(min_value=5, max_value=60))
def test_pieces_join_back_to_the_text_and_respect_the_size(text, size):
    found = pieces(text, size)
    assert "".join(found) == text
    assert all(len(piece) <= size for piece in found)


def test_a_long_article_parsed_in_pieces_keeps_text_tokens_and_offsets(nlp):
    text = PARAGRAPH * (PIECE_CHARS // len(PARAGRAPH) + 20)
    doc = parse_long(nlp, text, batch_size=16)
    whole = nlp(text)
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]
    assert [(e.start_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.label_) for e in whole.ents
    ]


def test_punctuation_runs_keep_length_and_ordinary_rulers():
    ruler = "-" * 80
    assert neutralised(f"A\n{ruler}\nB") == f"A\n{ruler}\nB"
    text = "Talks began. " + "$" * 20_000 + " They ended."
    blanked = neutralised(text)
    assert len(blanked) == len(text) and "$" * (RUN_LIMIT + 1) not in blanked


def test_an_article_of_punctuation_runs_is_analysed_quickly(tmp_path, capsys):
    runs = "".join(f"The mayor spoke on Monday. {c * 20_000} " for c in "$'(")
    article = tmp_path / "runs.txt"
    article.write_text(runs)
    started = time.perf_counter()
    code, out, err = run_main(capsys, "build", str(article), "--no-cache", "--format", "json")
    assert code == 0, err
    assert time.perf_counter() - started < 30  # minutes before the runs were blanked


def test_an_endless_sentence_gives_bounded_evidence(tmp_path, capsys):
    clause = "Ann Lee said that the council met on Monday and "
    text = clause * 400 + "the mayor left."
    article = tmp_path / "endless.txt"
    article.write_text(text)
    code, out, err = run_main(
        capsys, "build", str(article), "--no-cache", "--events", "all", "--format", "json"
    )
    assert code == 0, err
    mentions = [m for e in json.loads(out)["events"] for m in e["mentions"]]
    assert mentions
    for mention in mentions:
        assert len(mention["sentence"]) <= WINDOW_CHARS
        assert text[mention["sentence_start"] : mention["sentence_end"]] == mention["sentence"]
        assert mention["sentence_start"] <= mention["start"] < mention["sentence_end"]
    assert len(out) < 200 * len(text)


def test_a_sentence_of_thousands_of_names_stays_fast(tmp_path, capsys):
    first = "Ann Bob Carla David Elena Farid Grace Hiro".split()
    last = "Smith Jones Garcia Chen Okafor Novak Silva Kim".split()
    names = [f"{f} {s}{n}" for n in range(40) for f in first for s in last[:4]]
    article = tmp_path / "names.txt"
    article.write_text(
        "Officials said on Monday that " + ", ".join(names) + " met the mayor on Tuesday."
    )
    started = time.perf_counter()
    code, _, err = run_main(capsys, "build", str(article), "--no-cache")
    assert code == 0, err
    assert time.perf_counter() - started < 60
