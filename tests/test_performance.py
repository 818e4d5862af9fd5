"""Speed features that must not change output: lazy imports, `--jobs`, the analysis cache."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from eventline.api import BuildOptions, build_timeline, extract_dates
from eventline.cli.main import cli


def test_importing_the_cli_does_not_import_spacy_dateparser_or_the_models():
    code = "import sys, eventline.cli.main; print(sorted(sys.modules))"
    process = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    modules = {m.split(".")[0] for m in json.loads(process.stdout.replace("'", '"'))}
    # `eventline --help` stays instant: pydantic (the models) loads only for a real run
    assert not modules & {"spacy", "dateparser", "trafilatura", "thinc", "pydantic"}


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory):
    """A JSON Lines batch of eight short articles cut from the seeds."""
    paragraphs = [
        part.strip()
        for path in sorted(SEEDS.glob("*.txt"))
        for part in path.read_text(encoding="utf-8").split("\n\n")
        if len(part.strip()) > 200
    ]
    assert len(paragraphs) >= 8
    path = tmp_path_factory.mktemp("batch") / "batch.jsonl"
    lines = [
        json.dumps({"id": f"p{i}", "text": text, "published": "2023-10-19"})
        for i, text in enumerate(paragraphs[:8])
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _timeline_json(sources, **options) -> str:
    timeline, _ = build_timeline(sources, BuildOptions(events="all", batch_size=2, **options))
    return timeline.model_dump_json()


def test_jobs_2_gives_the_same_timeline_and_dates_as_jobs_1(many_articles, monkeypatch):
    serial = _timeline_json([many_articles], jobs=1)
    serial_dates = extract_dates([many_articles], BuildOptions(batch_size=2, jobs=1))[0]

    def no_in_process(*_args):
        raise AssertionError("enough articles for a pool, yet analysed in-process")

    monkeypatch.setattr("eventline.run.parallel._InProcess.submit", no_in_process)
    assert _timeline_json([many_articles], jobs=2) == serial
    parallel_dates = extract_dates([many_articles], BuildOptions(batch_size=2, jobs=2))[0]
    assert parallel_dates == serial_dates


def test_jobs_option_leaves_the_cli_output_unchanged(monkeypatch):
    monkeypatch.chdir(ROOT)
    one = CliRunner().invoke(cli, ["build", "seeds/", "--format", "json", "-j", "1", "--no-cache"])
    two = CliRunner().invoke(cli, ["build", "seeds/", "--format", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output


def test_a_cached_run_gives_the_same_bytes_without_spacy(tmp_path, many_articles, monkeypatch):
    cache = tmp_path / "cache"
    first = _timeline_json([many_articles], cache_dir=cache)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 8

    def no_spacy(*_args):
        raise AssertionError("spaCy was called for a cached article")

    with monkeypatch.context() as patch:
        patch.setattr("eventline.run.parallel.load_pipeline", no_spacy)
        assert _timeline_json([many_articles], cache_dir=cache) == first

    entries[0].write_text("{not json", encoding="utf-8")  # a corrupt entry is recomputed
    entries[1].write_bytes(b"")
    assert _timeline_json([many_articles], cache_dir=cache, jobs=1) == first
    assert entries[0].read_text(encoding="utf-8").startswith('{"format_version"')


def test_a_cache_hit_keeps_the_article_own_metadata(tmp_path):
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    for name in ("first", "second"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    build_timeline([str(tmp_path / "first.txt")], BuildOptions(cache_dir=cache))
    second, _ = build_timeline([str(tmp_path / "second.txt")], BuildOptions(cache_dir=cache))
    assert len(list(cache.rglob("*.json"))) == 1  # the second article was a hit
    fresh, _ = build_timeline([str(tmp_path / "second.txt")])
    assert [d.id for d in second.documents] == ["second"]
    assert second.model_dump_json() == fresh.model_dump_json()


def test_a_library_build_leaves_no_object_of_the_caller_frozen():
    import gc

    assert gc.get_freeze_count() == 0
    timeline, _ = build_timeline([str(SEEDS)], BuildOptions(jobs=1))
    assert timeline.events and gc.get_freeze_count() == 0


def test_the_cache_folder_is_the_platforms_unless_eventline_cache_dir_says(monkeypatch, tmp_path):
    from eventline.run.cache import default_cache_dir

    monkeypatch.delenv("EVENTLINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert default_cache_dir() == tmp_path / "xdg" / "eventline"
    monkeypatch.setenv("EVENTLINE_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


def test_the_cache_key_covers_the_code_of_every_stage():
    import eventline
    from eventline.run.cache import source_files

    package = Path(eventline.__file__).resolve().parent
    folders = {path.relative_to(package).parts[0] for path in source_files()}
    assert {"load", "nlp", "lexicon", "analyse", "run", "models.py"} <= folders
