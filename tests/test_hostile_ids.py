"""Ids a batch gives more than once: every holder names its place, so the order of the
arguments (or of the shards) never decides which article keeps the bare id."""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_main
from eventline.load import LoadOptions, iter_articles
from eventline.models import Article

GOOD = "The mayor of Springfield opened the new bridge on Monday, officials said."


def jsonl(path: Path, *records: dict) -> str:
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return str(path)


def loaded_ids(sources: list[str], stdin: str | None = None) -> dict[tuple[str, int | None], str]:
    """Where each article comes from -> the id it gets."""
    stream = io.StringIO(stdin) if stdin is not None else None
    items = iter_articles(sources, LoadOptions(), stream)
    found = {}
    for item in items:
        if isinstance(item, Article):
            found[item.origin.path, item.origin.line] = item.id
    return found


def test_an_id_given_in_two_files_names_both_places(tmp_path):
    first = jsonl(tmp_path / "wire.jsonl", {"id": "a1", "text": GOOD}, {"id": "b", "text": GOOD})
    second = jsonl(tmp_path / "feed.jsonl", {"id": "a1", "text": GOOD})
    ids = loaded_ids([first, second])
    assert ids == {
        (first, 1): f"a1@{first}:1",
        (first, 2): "b",
        (second, 1): f"a1@{second}:1",
    }
    assert loaded_ids([second, first]) == ids


def test_an_id_repeated_on_standard_input_and_in_a_file_names_both(tmp_path):
    wire = jsonl(tmp_path / "wire.jsonl", {"id": "a1", "text": GOOD})
    piped = json.dumps({"id": "a1", "text": GOOD}) + "\n"
    ids = loaded_ids(["-", wire], piped)
    assert ids == {("-", 1): "a1@-:1", (wire, 1): f"a1@{wire}:1"}
    assert loaded_ids([wire, "-"], piped) == ids


def test_a_file_name_that_is_another_records_id_names_both(tmp_path):
    (tmp_path / "report.txt").write_text(GOOD)
    wire = jsonl(tmp_path / "wire.jsonl", {"id": "report", "text": GOOD})
    text = str(tmp_path / "report.txt")
    assert loaded_ids([text, wire]) == {
        (text, None): f"report@{text}",
        (wire, 1): f"report@{wire}:1",
    }


ID_POOL = ["a1", "a2", "b", 7, "", None]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.lists(st.sampled_from(ID_POOL), min_size=1, max_size=4), min_size=2, max_size=4),
    st.randoms(use_true_random=False),
)
def test_argument_order_never_changes_an_id(tmp_path_factory, files, random):
    folder = tmp_path_factory.mktemp("ids")
    sources = [
        jsonl(folder / f"f{n}.jsonl", *({"id": i, "text": GOOD} for i in ids))
        for n, ids in enumerate(files)
    ]
    shuffled = random.sample(sources, len(sources))
    first, again = loaded_ids(sources), loaded_ids(shuffled)
    assert first == again
    assert len(set(first.values())) == len(first)  # still unique in the batch


def _duplicate_batch(tmp_path: Path) -> list[str]:
    record = {"id": "story-1", "text": GOOD, "published": "2023-10-09"}
    return [
        jsonl(tmp_path / "wire.jsonl", record, {"id": "story-2", "text": GOOD}),
        jsonl(tmp_path / "feed.jsonl", record | {"text": GOOD + " Traffic was heavy."}),
        jsonl(tmp_path / "late.jsonl", record | {"published": "2023-10-10"}),
    ]


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.permutations(range(3)), st.sampled_from(["json", "csv", "jsonl"]))
def test_argument_order_never_changes_the_bytes_of_a_build(tmp_path_factory, capsys, order, fmt):
    sources = _duplicate_batch(tmp_path_factory.mktemp("dupes"))
    first = run_main(capsys, "build", *sources, "--format", fmt, "--events", "all")
    again = run_main(
        capsys, "build", *[sources[i] for i in order], "--format", fmt, "--events", "all"
    )
    assert first == again and first[0] == 0


def test_shards_in_any_order_resolve_to_the_same_bytes(tmp_path, capsys):
    sources = _duplicate_batch(tmp_path)
    shards = []
    for number, source in enumerate(sources):
        shards.append(str(tmp_path / f"part-{number}.jsonl"))
        code, _, err = run_main(capsys, "extract", source, "-o", shards[-1])
        assert code == 0, err
    built = run_main(capsys, "build", *sources, "--format", "json")[1]
    forward = run_main(capsys, "resolve", *shards, "--format", "json")[1]
    backward = run_main(capsys, "resolve", *reversed(shards), "--format", "json")[1]
    assert forward == backward == built
    documents = [d["id"] for d in json.loads(built)["documents"]]
    assert sorted(documents) == sorted(
        [f"story-1@{sources[0]}:1", "story-2", f"story-1@{sources[1]}:1", f"story-1@{sources[2]}:1"]
    )
