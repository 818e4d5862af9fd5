"""The load stage: files, folders, JSON Lines, stdin, encodings, datelines, boilerplate."""

from __future__ import annotations

import datetime
import errno
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from eventline.load import LoadOptions, iter_articles
from eventline.load.boilerplate import find_boilerplate
from eventline.load.dateline import find_dateline
from eventline.models import Article, InputProblem

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "load"
SEED_000 = SEEDS / "000_43cc2088f30f6874.txt"
SEED_004 = SEEDS / "004_9a9e0a5e596b010b.txt"
REFERENCE = LoadOptions(reference_date=datetime.date(2023, 10, 19))


def load(*sources: str | Path, options: LoadOptions | None = None, stdin=None) -> list:
    """Everything `iter_articles` yields for the sources."""
    return list(iter_articles([str(s) for s in sources], options or LoadOptions(), stdin))


def articles(items: list) -> list[Article]:
    """The articles among loaded items."""
    return [item for item in items if isinstance(item, Article)]


def problems(items: list) -> list[InputProblem]:
    """The problems among loaded items."""
    return [item for item in items if isinstance(item, InputProblem)]


def only_article(*sources: str | Path, options: LoadOptions | None = None, stdin=None) -> Article:
    """The one article the sources hold (and no problem)."""
    items = load(*sources, options=options, stdin=stdin)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_problem(*sources: str | Path, options: LoadOptions | None = None, stdin=None):
    """The one problem the sources hold (and no article)."""
    items = load(*sources, options=options, stdin=stdin)
    assert len(items) == 1 and isinstance(items[0], InputProblem), items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def texts(article: Article, spans) -> list[str]:
    """The text under each span."""
    return [article.text[span.start : span.end] for span in spans]


# ---- the seeds ----


def test_seed_000_boilerplate_is_exactly_the_boilerplate_lines():
    article = only_article(SEED_000)
    assert texts(article, article.ignored) == [
        "Home » Russian Foreign Minister Sergey Lavrov Plans October Visit to North Korea",
        "by Ayushi Veda",
        "0 comment",
        "You may also like",
        "Leave a Comment",
        "Copyright @2022 – Scoop360 | All Right Reserved.",
    ]


def test_seed_000_has_no_date_and_copyright_year_gives_none():
    article = only_article(SEED_000)
    assert article.published is None and article.published_source is None
    assert article.dateline is None
    assert article.text == SEED_000.read_text(encoding="utf-8")


def test_seed_000_title_skips_the_breadcrumb():
    assert only_article(SEED_000).title == (
        "Russian Foreign Minister Sergey Lavrov Plans October Visit to North Korea"
    )


def test_seed_004_dateline():
    article = only_article(SEED_004)
    assert article.published == "XXXX-10-19" and article.published_source == "dateline"
    assert texts(article, [article.dateline]) == ["PYONGYANG, October 19. /TASS/."]
    assert article.ignored == []
    assert article.id == "004_9a9e0a5e596b010b"


def test_seeds_with_reference_date_get_2023():
    found = {a.id: a for a in articles(load(SEEDS, options=REFERENCE))}
    assert found["000_43cc2088f30f6874"].published == "2023-10-19"
    assert found["000_43cc2088f30f6874"].published_source == "reference"
    assert found["004_9a9e0a5e596b010b"].published == "2023-10-19"
    assert found["004_9a9e0a5e596b010b"].published_source == "dateline"


# ---- datelines ----


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("PYONGYANG, October 19. /TASS/.", "XXXX-10-19"),
        ("WASHINGTON (Reuters) -", None),
        ("Oct 19 (AP) —", "XXXX-10-19"),
        ("MOSCOW, Oct. 19, 2023 (Reuters) -", "2023-10-19"),
        ("LONDON, 19 October 2023 —", "2023-10-19"),
        ("SEOUL, South Korea, Oct. 19 (Yonhap) --", "XXXX-10-19"),
        ("KYIV, Ukraine (AP) —", None),
        ("WASHINGTON —", None),
        ("NEW YORK, Sept. 5 (Reuters) -", "XXXX-09-05"),
        ("OCT. 19 (AP) —", "XXXX-10-19"),
    ],
)
@pytest.mark.parametrize("headline", ["", "A headline\n\n"])
def test_datelines(tmp_path, dateline, published, headline):
    text = f"{headline}{dateline} The talks went on."
    if headline and dateline == "WASHINGTON —":
        # a bare `PLACE —` is only trusted on the first line
        assert find_dateline(text) is None
        return
    article = only_article(write(tmp_path / "a.txt", text))
    assert texts(article, [article.dateline]) == [dateline]
    assert article.published == published
    assert article.published_source == ("dateline" if published else None)


@pytest.mark.parametrize(
    "text",
    [
        "NATO said on Monday that it would meet.",
        "US-China talks resumed on Monday.",
        "AI - the future of everything is here.",
        "October 19 was a quiet day in Pyongyang.",
        "MOSCOW, February 30 (TASS) The talks.",
        "Russian Foreign Minister Sergey Lavrov arrived.",
        "WASHINGTON-based groups said so.",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "reference", "published"),
    [
        ("PYONGYANG, October 19. /TASS/. x", datetime.date(2023, 10, 19), "2023-10-19"),
        ("MOSCOW, December 30 (TASS) - x", datetime.date(2024, 1, 2), "2023-12-30"),
        ("MOSCOW, January 2 (TASS) - x", datetime.date(2023, 12, 30), "2024-01-02"),
        ("MOSCOW, Oct. 19, 2021 (Reuters) - x", datetime.date(2024, 1, 2), "2021-10-19"),
    ],
)
def test_dateline_year_from_reference_date(tmp_path, text, reference, published):
    options = LoadOptions(reference_date=reference)
    article = only_article(write(tmp_path / "a.txt", text), options=options)
    assert (article.published, article.published_source) == (published, "dateline")


def test_metadata_date_beats_dateline(tmp_path):
    record = {"id": "a", "text": "MOSCOW, Oct. 19 (TASS) - x", "published": "2023-10-18T23:00:00Z"}
    article = only_article(write(tmp_path / "a.jsonl", json.dumps(record)), options=REFERENCE)
    assert (article.published, article.published_source) == ("2023-10-18", "metadata")
    assert article.dateline is not None


# ---- time stamps (`Published:`, `Updated:`, a date line under the headline) ----


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        # a stamp beats the dateline and the reference date
        ("Published: 2023-10-18\nMOSCOW, Oct. 19 (TASS) - x", "2023-10-18", "stamp"),
        ("Talks resume\nOctober 17, 2023\n\nThe talks went on.", "2023-10-17", "stamp"),
        # `Published` beats `Updated`, whatever their order
        ("Updated: Oct 20, 2023\nPosted on Oct 18, 2023\n\nx", "2023-10-18", "stamp"),
        # an update alone: the publication is no later than it
        ("Talks resume\nLast updated 20/10/2023\n\nThe talks went on.", "2023-10-20", "updated"),
        # ... but a dateline's day before the update is the filing day, its year from the update
        ("Updated: Jan 2, 2024\nMOSCOW, December 30 (TASS) - x", "2023-12-30", "dateline"),
        ("Updated: Oct 18, 2023\nMOSCOW, Oct. 19 (TASS) - x", "2023-10-18", "updated"),
        # no full date in the stamp: the dateline and the reference date as before
        ("Posted 2 hours ago\nMOSCOW, Oct. 19 (TASS) - x", "2023-10-19", "dateline"),
        ("Published in 2013, the report found that rents doubled.", "2023-10-19", "reference"),
    ],
)
def test_publication_date_from_stamps(tmp_path, text, published, source):
    article = only_article(write(tmp_path / "a.txt", text), options=REFERENCE)
    assert (article.published, article.published_source) == (published, source)


def test_front_matter_date_beats_a_stamp(tmp_path):
    text = "---\ndate: 2023-10-16\n---\nPublished: 2023-10-18\n\nThe talks went on."
    article = only_article(write(tmp_path / "a.md", text))
    assert (article.published, article.published_source) == ("2023-10-16", "metadata")


def test_stamp_lines_stay_boilerplate(tmp_path):
    text = "Talks resume\nFirst published on Wed 18 Oct 2023 09.12 GMT\n\nThe talks went on."
    article = only_article(write(tmp_path / "a.txt", text))
    assert texts(article, article.ignored) == ["First published on Wed 18 Oct 2023 09.12 GMT"]
    assert article.published == "2023-10-18" and article.dateline is None


def test_reference_date_when_nothing_else(tmp_path):
    article = only_article(write(tmp_path / "a.txt", "Talks went on."), options=REFERENCE)
    assert (article.published, article.published_source) == ("2023-10-19", "reference")


# ---- boilerplate ----


@pytest.mark.parametrize(
    "line",
    [
        "Home » World » Asia",
        "by Ayushi Veda",
        "By Jane Doe and John Roe, Reuters",
        "0 comment(s)",
        "12 comments",
        "You may also like",
        "Leave a Reply",
        "Share this",
        "Related: Lavrov visits Pyongyang",
        "Read more: Lavrov visits Pyongyang",
        "© 2023 Example News",
        "Copyright @2022 – Scoop360 | All Right Reserved.",
        "All rights reserved.",
        "We use cookies to improve your experience on our site.",
        "Accept all cookies",
        "Updated 16:53 GMT",
        "Last updated: 14 March 2024, 09:12 GMT",
        "First published on Thu 14 Mar 2024 09.12 GMT",
        "Posted 2 hours ago",
        "Published: 3/14/2024 9:12 a.m. ET",
        "Updated 16:53 GMT. Follow us on Twitter. Read more: Markets live.",
    ],
)
def test_boilerplate_lines(line):
    text = f"Lavrov arrived in Pyongyang on Wednesday.\n{line}\nHe met Kim.\n"
    spans = find_boilerplate(text)
    assert [text[s.start : s.end] for s in spans] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "By Monday the talks had stalled, officials said.",
        "by the end of the year the plant will close.",
        "Shares rose 5% on Tuesday.",
        "Copyright holders sued the company in 2022 and won.",
        "Google said it would phase out cookies by 2024.",
        "Home prices rose for the third month in a row.",
        "Foreign minister",
        "Russian Foreign Minister Sergey Lavrov Plans October Visit to North Korea",
        "Read the statement below, the ministry said, and draw conclusions.",
        "Updated figures showed inflation at 3% in March.",
        "Published reports on 12 May said the minister would resign.",
        "Posted guards stood at the gate on Monday.",
        "Shares fell 3% on Monday. Read more: Markets live.",
    ],
)
def test_news_sentences_are_not_boilerplate(line):
    assert find_boilerplate(line) == []


# ---- sources: files, folders, JSON Lines, stdin ----


def test_folder_is_walked_recursively_in_sorted_order(tmp_path):
    write(tmp_path / "b.txt", "Second.")
    write(tmp_path / "a" / "z.md", "First.")
    write(tmp_path / "c.html", (FIXTURES / "page.html").read_bytes())
    write(tmp_path / "c" / "d.jsonl", '{"id": "r1", "text": "Record."}\n')
    write(tmp_path / "notes.csv", "skipped")
    write(tmp_path / ".hidden" / "x.txt", "skipped")
    ids = [a.id for a in articles(load(tmp_path))]
    assert ids == ["z", "b", "r1", "c"]  # sorted name by name: folder `c` before `c.html`


def test_sources_keep_their_given_order(tmp_path):
    first, second = write(tmp_path / "z.txt", "Z."), write(tmp_path / "a.txt", "A.")
    assert [a.id for a in articles(load(first, second))] == ["z", "a"]


def test_missing_path_is_a_problem_and_the_rest_loads(tmp_path):
    good = write(tmp_path / "good.txt", "Talks went on.")
    items = load(tmp_path / "missing.txt", good)
    assert problems(items)[0].path.endswith("missing.txt")
    assert "no such file" in problems(items)[0].message
    assert [a.id for a in articles(items)] == ["good"]


def test_jsonl_fields(tmp_path):
    record = {
        "id": "a1",
        "text": "Lavrov arrived.",
        "published": "2023-10-19",
        "title": "Lavrov in Pyongyang",
        "source": "TASS",
        "url": "https://tass.com/1",
    }
    article = only_article(write(tmp_path / "batch.jsonl", json.dumps(record) + "\n"))
    assert article.id == "a1" and article.text == "Lavrov arrived."
    assert (article.published, article.published_source) == ("2023-10-19", "metadata")
    assert (article.title, article.source, article.url) == (
        "Lavrov in Pyongyang",
        "TASS",
        "https://tass.com/1",
    )
    assert article.origin.line == 1


def test_jsonl_missing_id_uses_stem_and_line(tmp_path):
    path = write(tmp_path / "batch.jsonl", '\n{"text": "One."}\n{"text": "Two."}\n')
    assert [a.id for a in articles(load(path))] == ["batch:2", "batch:3"]


def test_jsonl_bad_lines_are_problems_and_good_lines_load(tmp_path):
    lines = [
        '{"id": "ok1", "text": "Fine."}',
        '{"id": "broken", "text": ',
        '{"id": "notext"}',
        '{"id": "numtext", "text": 42}',
        "[1, 2]",
        '{"id": "ok2", "text": "Also fine."}',
    ]
    items = load(write(tmp_path / "b.jsonl", "\n".join(lines)))
    assert [a.id for a in articles(items)] == ["ok1", "ok2"]
    found = [(p.line, p.message) for p in problems(items)]
    assert [line for line, _ in found] == [2, 3, 4, 5]
    assert "malformed JSON" in found[0][1]
    assert "no `text`" in found[1][1]
    assert "not a string" in found[2][1]
    assert "JSON object" in found[3][1]
    assert problems(items)[0].describe().startswith(str(tmp_path / "b.jsonl") + ":2: ")


def test_jsonl_text_is_kept_exactly(tmp_path):
    text = "Line one\r\nLine two\u2028still two\n\nend "
    article = only_article(write(tmp_path / "b.jsonl", json.dumps({"id": "x", "text": text})))
    assert article.text == text


def test_jsonl_bad_published_is_ignored_or_refused_when_strict(tmp_path):
    path = write(tmp_path / "b.jsonl", json.dumps({"id": "x", "text": "T.", "published": "soon"}))
    assert only_article(path).published is None
    assert "published" in only_problem(path, options=LoadOptions(strict=True)).message


def test_duplicate_ids_get_the_path_suffix(tmp_path):
    write(tmp_path / "a" / "report.txt", "One.")
    write(tmp_path / "b" / "report.txt", "Two.")
    write(tmp_path / "c.jsonl", '{"id": "report", "text": "Three."}')
    ids = [a.id for a in articles(load(tmp_path))]
    # files sharing a stem all say where they come from, whatever the order of the
    # arguments; an id a record gives itself is kept
    assert ids == [
        f"report@{tmp_path / 'a' / 'report.txt'}",
        f"report@{tmp_path / 'b' / 'report.txt'}",
        "report",
    ]


def test_same_file_twice_still_unique(tmp_path):
    path = write(tmp_path / "a.txt", "One.")
    ids = [a.id for a in articles(load(path, path, path))]
    assert ids == ["a", f"a@{path}", f"a@{path}#2"]


def test_stdin_plain_text_bytes():
    article = only_article("-", stdin=io.BytesIO(b"Talks went on.\r\n"))
    assert (article.id, article.text) == ("stdin", "Talks went on.\r\n")
    assert article.origin.path == "-"


def test_stdin_text_stream():
    article = only_article("-", stdin=io.StringIO("\ufeffTalks went on."))
    assert article.text == "Talks went on."


def test_stdin_jsonl():
    data = '{"id": "s1", "text": "One."}\n{"text": "Two."}\nnot json\n'
    items = load("-", stdin=io.BytesIO(data.encode()))
    assert [a.id for a in articles(items)] == ["s1", "stdin:2"]
    assert [(p.path, p.line) for p in problems(items)] == [("-", 3)]


def test_stdin_empty():
    assert "empty" in only_problem("-", stdin=io.BytesIO(b"  \n")).message


def test_stdin_html():
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    article = only_article("-", stdin=io.StringIO(page))
    assert article.id == "stdin" and article.text.startswith("Lavrov visits Pyongyang")


# ---- front matter and titles ----


def test_front_matter_is_metadata_and_text_is_the_body(tmp_path):
    content = (
        '---\ndate: 2023-10-19\ntitle: "Lavrov\'s visit"\nsource: TASS\n'
        "url: https://tass.com/1\n---\nLavrov arrived.\n"
    )
    article = only_article(write(tmp_path / "a.md", content))
    assert article.text == "Lavrov arrived.\n"
    assert (article.published, article.published_source) == ("2023-10-19", "metadata")
    assert (article.title, article.source, article.url) == (
        "Lavrov's visit",
        "TASS",
        "https://tass.com/1",
    )


def test_dashes_that_are_not_front_matter_are_left_alone(tmp_path):
    content = "---\nThis is a horizontal rule, not front matter.\n---\nText."
    assert only_article(write(tmp_path / "a.md", content)).text == content


def test_front_matter_without_body_is_a_problem(tmp_path):
    problem = only_problem(write(tmp_path / "a.md", "---\ntitle: x\n---\n\n"))
    assert "no article text" in problem.message


def test_title_from_first_line(tmp_path):
    article = only_article(write(tmp_path / "a.md", "# Lavrov in Pyongyang\n\nLavrov arrived."))
    assert article.title == "Lavrov in Pyongyang"
    sentence = only_article(write(tmp_path / "b.txt", "Lavrov arrived.\nHe met Kim."))
    assert sentence.title is None


# ---- encodings ----


TEXT = "Zakharova said «Lavrov’s visit» — café — naïve.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be-bom", "utf16-le-no-bom", "cp1252"],
)
def test_encodings_decode_to_the_same_text(tmp_path, data):
    assert only_article(write(tmp_path / "a.txt", data)).text == TEXT


def test_latin1_text(tmp_path):
    text = "Señor Muñoz visitó Zürich.\n"
    assert only_article(write(tmp_path / "a.txt", text.encode("latin-1"))).text == text


def test_crlf_is_kept(tmp_path):
    assert only_article(write(tmp_path / "a.txt", "One.\r\nTwo.\r\n")).text == "One.\r\nTwo.\r\n"


# ---- robustness: every bad input is one problem, the rest still loads ----


def test_bad_files_are_problems_and_good_ones_load(tmp_path):
    write(tmp_path / "1_empty.txt", b"")
    write(tmp_path / "2_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    write(tmp_path / "3_undecodable.txt", b"caf\xe9 \x81\x8d\x8f\x90\x9d")
    write(tmp_path / "4_good.txt", "Talks went on.")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "5_dangling.txt")
    items = load(tmp_path)
    assert [a.id for a in articles(items)] == ["4_good"]
    messages = {Path(p.path).name: p.message for p in problems(items)}
    assert "empty" in messages["1_empty.txt"]
    assert "binary" in messages["2_binary.txt"]
    assert "undecodable" in messages["3_undecodable.txt"]
    assert "dangling symlink" in messages["5_dangling.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "Hidden.")
    path.chmod(0)
    try:
        assert "permission denied" in only_problem(path).message
    finally:
        path.chmod(0o644)


def test_permission_denied_is_a_problem(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", "Hidden.")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in only_problem(path).message


def test_folder_without_articles(tmp_path):
    write(tmp_path / "data.csv", "a,b")
    problem = only_problem(tmp_path)
    assert problem.path == str(tmp_path) and "no article files" in problem.message


def test_article_longer_than_max_chars(tmp_path):
    options = LoadOptions(max_chars=10)
    problem = only_problem(write(tmp_path / "a.txt", "x" * 11), options=options)
    assert "11 characters" in problem.message and problem.setting == "max_chars"
    record = json.dumps({"id": "r", "text": "y" * 20})
    problem = only_problem(write(tmp_path / "b.jsonl", record), options=options)
    assert problem.line == 1 and "20 characters" in problem.message


def test_huge_file_is_refused_unread(tmp_path):
    problem = only_problem(write(tmp_path / "a.txt", "x" * 100), options=LoadOptions(max_chars=10))
    assert "100 bytes" in problem.message and problem.setting == "max_chars"


def test_empty_jsonl_file(tmp_path):
    assert "empty" in only_problem(write(tmp_path / "a.jsonl", "\n\n")).message


# ---- HTML ----


def test_html_page_main_text_title_and_date():
    article = only_article(FIXTURES / "page.html")
    assert article.id == "page"
    assert article.title == "Lavrov visits Pyongyang"
    assert (article.published, article.published_source) == ("2023-10-18", "metadata")
    assert article.source == "Example News"
    assert "arrived in Pyongyang on Wednesday" in article.text
    for noise in ("Great article", "Sports", "Copyright"):
        assert noise not in article.text


def test_html_page_without_text(tmp_path):
    page = "<html><head><title>T</title></head><body><script>var a = 1;</script></body></html>"
    path = write(tmp_path / "a.html", page)
    assert "no article text" in only_problem(path).message


# ---- properties ----


@given(st.text(max_size=300))
@settings(deadline=None)
def test_spans_lie_within_the_text_and_text_is_the_input(text):
    assume(not text.lstrip().startswith(("---", "{", "<")))  # front matter, JSONL, HTML
    items = load("-", stdin=io.StringIO(text))
    for article in articles(items):
        assert article.text == text.removeprefix("\ufeff")
        for span in [*article.ignored, *([article.dateline] if article.dateline else [])]:
            assert 0 <= span.start < span.end <= len(article.text)


@given(st.text(alphabet=st.sampled_from("ABCOct ,.—-()/19\nby©Home»2023"), max_size=200))
def test_dateline_and_boilerplate_spans_are_in_bounds(text):
    """Texts made of the characters datelines and boilerplate are made of."""
    found = find_dateline(text)
    spans = find_boilerplate(text) + ([found.span] if found else [])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
@settings(deadline=None)
def test_file_text_is_the_decoded_input(tmp_path_factory, text, encoding):
    assume(not text.startswith("---"))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    if encoding == "cp1252" and not data.isascii():
        # cp1252 bytes that are also valid UTF-8 (`Â¡`) are read as UTF-8, by design
        assume(not _is_utf8(data))
    path = write(tmp_path_factory.mktemp("p") / "a.txt", data)
    for article in articles(load(path)):
        assert article.text == text.removeprefix("\ufeff")
        for span in [*article.ignored, *([article.dateline] if article.dateline else [])]:
            assert 0 <= span.start < span.end <= len(article.text)


# ---- more sources and pages ----


def test_unknown_suffix_is_sniffed(tmp_path):
    jsonl = write(tmp_path / "batch.json", '{"id": "j1", "text": "One."}\n')
    page = write(tmp_path / "page.xhtml", (FIXTURES / "page.html").read_bytes())
    plain = write(tmp_path / "notes", "Plain text.")
    ids = [a.id for a in articles(load(jsonl, page, plain))]
    assert ids == ["j1", "page", "notes"]


def test_dangling_symlink_given_directly(tmp_path):
    link = tmp_path / "link.txt"
    os.symlink(tmp_path / "gone.txt", link)
    assert "dangling symlink" in only_problem(link).message


def test_unreadable_subfolder_is_a_problem_and_the_walk_goes_on(tmp_path, monkeypatch):
    write(tmp_path / "a" / "x.txt", "Hidden.")
    write(tmp_path / "b.txt", "Visible.")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "a":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = load(tmp_path)
    assert [a.id for a in articles(items)] == ["b"]
    assert [(Path(p.path).name, p.message) for p in problems(items)] == [("a", "permission denied")]


def test_html_declared_charset(tmp_path):
    page = (
        '<html><head><meta charset="windows-1251"><title>Лавров</title></head><body>'
        "<article><p>Министр иностранных дел России Сергей Лавров прибыл в Пхеньян "
        "с официальным визитом, сообщило министерство в среду вечером.</p></article>"
        "</body></html>"
    )
    article = only_article(write(tmp_path / "ru.html", page.encode("cp1251")))
    assert "Сергей Лавров прибыл в Пхеньян" in article.text


def test_html_footer_year_is_not_a_date(tmp_path):
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    page = page.replace(
        '<meta property="article:published_time" content="2023-10-18T09:00:00Z">', ""
    )
    article = only_article(write(tmp_path / "a.html", page))
    assert article.published is None


def test_html_never_touches_the_network(tmp_path, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    link_page = write(tmp_path / "a.html", "https://example.com/news/article")
    only_problem(link_page)  # a page that is just a URL is refused, not downloaded
    assert only_article(FIXTURES / "page.html").published == "2023-10-18"


def _is_utf8(data: bytes) -> bool:
    """Whether bytes are valid UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@given(st.binary(max_size=300), st.sampled_from([".txt", ".md", ".jsonl", ".html", ""]))
@settings(deadline=None, max_examples=150)
def test_any_bytes_load_without_raising(tmp_path_factory, data, suffix):
    path = write(tmp_path_factory.mktemp("b") / f"a{suffix}", data)
    items = load(path)
    assert items and all(isinstance(item, (Article, InputProblem)) for item in items)
