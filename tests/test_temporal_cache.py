"""`eventline dates --cache-dir`: a second run reads the cache and gives the same bytes."""

from __future__ import annotations

from click.testing import CliRunner

from conftest import ROOT, SEEDS
from eventline.api import BuildOptions, extract_dates
from eventline.cli.main import cli


def _dates(tmp_path, *extra: str) -> str:
    result = CliRunner().invoke(
        cli, ["dates", str(tmp_path / "in"), "--format", "json", "-j", "1", *extra]
    )
    assert result.exit_code == 0, result.output
    return result.output


def _inputs(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")


def test_a_cached_dates_run_skips_spacy_and_gives_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    _inputs(tmp_path)
    cache = tmp_path / "cache"
    first = _dates(tmp_path, "--cache-dir", str(cache))
    assert list(cache.rglob("*.json"))

    def no_spacy(*_args):
        raise AssertionError("spaCy was called for a cached article")

    with monkeypatch.context() as patch:
        patch.setattr("eventline.run.parallel.load_pipeline", no_spacy)
        assert _dates(tmp_path, "--cache-dir", str(cache)) == first
    assert _dates(tmp_path, "--no-cache") == first


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    _inputs(tmp_path)
    monkeypatch.setenv("EVENTLINE_CACHE_DIR", str(tmp_path / "unused"))
    _dates(tmp_path, "--no-cache")
    assert not (tmp_path / "unused").exists()


def test_a_copy_under_another_name_keeps_its_own_id(tmp_path):
    text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    for name in ("first", "second"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    options = BuildOptions(cache_dir=tmp_path / "cache", jobs=1)
    extract_dates([str(tmp_path / "first.txt")], options)
    cached, _ = extract_dates([str(tmp_path / "second.txt")], options)
    fresh, _ = extract_dates([str(tmp_path / "second.txt")], BuildOptions(jobs=1))
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1  # the second was a hit
    assert {d.document for d in cached.dates} <= {cached.documents[0].id}
    assert cached.model_dump_json() == fresh.model_dump_json()
