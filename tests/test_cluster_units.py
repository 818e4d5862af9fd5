"""Byte ranges of JSON Lines files read on workers load exactly like the whole file."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from eventline.load import LoadOptions, iter_articles
from eventline.load.sources import _unique
from eventline.models import Article
from eventline.run.dask_units import (
    count_newlines,
    load_unit,
    plan_units,
    with_line_offsets,
)

OPTIONS = LoadOptions()


def _record(text: str, article_id: str) -> str:
    return json.dumps({"id": article_id, "text": text})


def _load_in_ranges(path, block_bytes: int, workers: int = 2) -> list:
    units = plan_units([str(path)], OPTIONS, None, block_bytes, workers)
    units = with_line_offsets(units, [count_newlines(u) for u in units])
    return [item for unit in units for item in load_unit(unit, OPTIONS)]


def _corpus(tmp_path, lines: list[str]):
    path = tmp_path / "feed.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n")
    return path


def test_a_big_file_is_split_in_about_four_ranges_per_worker(tmp_path):
    record = json.dumps({"text": "Lavrov visited Pyongyang on Thursday. " * 40})
    path = _corpus(tmp_path, [record] * 400)  # ~600 KB
    units = plan_units([str(path)], OPTIONS, None, workers=2)
    assert len(units) == 8 and units[-1].end == path.stat().st_size
    assert len(plan_units([str(path)], OPTIONS, None, workers=1)) == 4


def test_small_files_and_other_kinds_stay_whole(tmp_path):
    small = _corpus(tmp_path, [json.dumps({"text": "A short one."})])
    text = tmp_path / "article.txt"
    text.write_text("x" * 100_000)
    units = plan_units([str(small), str(text), str(tmp_path / "missing.txt")], OPTIONS, None)
    assert [(u.path, u.end) for u in units] == [
        (str(small), None),
        (str(text), None),
        (str(tmp_path / "missing.txt"), None),
    ]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.builds(
                lambda t, i: json.dumps({"id": i, "text": t}), st.text(min_size=1), st.text()
            ),
            st.builds(lambda t: json.dumps({"text": t}), st.text(min_size=1)),
            st.sampled_from(["", "   ", "{broken", "[1]", '{"id": "x", "text": "dup"}']),
        ),
        min_size=1,
        max_size=30,
    ),
    st.integers(min_value=1, max_value=300),
)
def test_ranges_load_like_the_whole_file(tmp_path_factory, lines, block_bytes):
    path = _corpus(tmp_path_factory.mktemp("ranges"), lines)
    whole, ranged = list(iter_articles([str(path)], OPTIONS)), _load_in_ranges(path, block_bytes)
    # a whitespace-only file split in ranges is not reported as empty (no range can tell)
    if block_bytes < path.stat().st_size:
        whole = [i for i in whole if "empty file" not in str(i)]
    # duplicate ids are renamed after the map (`unique_documents`), by the loader's rule
    ids = Counter(i.id for i in ranged if isinstance(i, Article))
    seen, repeated = set(), {i for i, count in ids.items() if count > 1}
    ranged = [_unique(i, seen, repeated) if isinstance(i, Article) else i for i in ranged]
    assert [i.model_dump() for i in ranged] == [i.model_dump() for i in whole]


def test_an_empty_record_does_not_make_its_id_a_repeat(tmp_path):
    path = _corpus(tmp_path, [_record("Talks resumed on Monday.", "0"), _record("\r", "0")])
    loaded = [i for i in iter_articles([str(path)], OPTIONS) if isinstance(i, Article)]
    assert [a.id for a in loaded] == ["0"]
    assert [i.model_dump() for i in _load_in_ranges(path, 10)][:1] == [loaded[0].model_dump()]
