"""`--dask`: analysis on a 2-worker Dask cluster gives the bytes of a local run."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import ROOT, SHARED_EVAL
from eventline.cli.main import cli

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

SEMEVAL = SHARED_EVAL / "data" / "semeval-trial.jsonl"


@pytest.fixture(autouse=True)
def _from_project_root(monkeypatch):
    """Paths in the output are as given on the command line: run from the project root."""
    monkeypatch.chdir(ROOT)


def run(*args: str, code: int = 0) -> str:
    """The CLI in-process; the output of a run that exits with `code`."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.stdout


@pytest.fixture(scope="module")
def cluster():
    """A 2-worker LocalCluster shared by the tests that pass its address (`tcp://...`)."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_build_dask_local_equals_a_local_run(tmp_path):
    local = run("build", "seeds/", "--format", "json", "--no-cache", "-j", "1")
    assert run("build", "seeds/", "--format", "json", "--no-cache", "--dask", "local") == local


def test_extract_on_a_cluster_equals_a_local_extract(cluster, tmp_path):
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    run("extract", "seeds/", "--no-cache", "-j", "1", "-o", str(local))
    run("extract", "seeds/", "--no-cache", "--dask", cluster.scheduler_address, "-o", str(remote))
    assert remote.read_bytes() == local.read_bytes()


def test_each_worker_loads_the_pipeline_once(cluster):
    run("build", "seeds/", "--no-cache", "--dask", cluster.scheduler_address)
    run("build", "seeds/", "--no-cache", "--dask", cluster.scheduler_address)
    with distributed.Client(cluster) as client:
        loads = client.run(_pipeline_loads)
    assert set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1


def _pipeline_loads() -> int:
    from eventline.nlp.pipeline import load_pipeline

    return load_pipeline.cache_info().misses


@pytest.mark.skipif(not SEMEVAL.exists(), reason=f"{SEMEVAL} not found")
def test_a_dev_corpus_split_in_byte_ranges_gives_the_local_bytes(cluster, tmp_path):
    from eventline.api import BuildOptions, extract_analyses
    from eventline.run.dask_cluster import analyse_on_dask

    lines = SEMEVAL.read_text(encoding="utf-8").splitlines()[:12]
    lines.insert(3, "{not json")  # a bad line keeps its number in a later range
    # a record without an id is named after its line: `<stem>:<line>`
    anonymous = json.dumps({k: v for k, v in json.loads(lines[5]).items() if k != "id"})
    corpus = tmp_path / "semeval-slice.jsonl"
    corpus.write_text("\n".join([*lines, anonymous]) + "\n", encoding="utf-8")
    options = BuildOptions(jobs=1)
    local, local_problems = extract_analyses([str(corpus)], options)
    remote_options = BuildOptions(jobs=1, dask=cluster.scheduler_address)
    remote, problems = analyse_on_dask(
        [str(corpus)],
        remote_options.load_options(),
        remote_options.run_options(),
        block_bytes=2048,
    )
    assert [a.model_dump_json() for a in remote] == [a.model_dump_json() for a in local]
    assert problems == local_problems and [p.line for p in problems] == [4]
    assert local[-1].document.id == "semeval-slice:14"
    build = ["build", str(corpus), "--format", "json", "--no-cache"]
    built = run(*build, "-j", "1", code=1)
    assert run(*build, "--dask", cluster.scheduler_address, code=1) == built


def test_resolving_in_partitions_on_the_cluster_gives_the_local_bytes(
    cluster, tmp_path, monkeypatch
):
    analyses = tmp_path / "analyses.jsonl"
    run("extract", "seeds/", "tests/fixtures/extract/articles.jsonl", "-o", str(analyses))
    local = run("resolve", str(analyses), "-j", "1", "--events", "all", "--format", "json")
    monkeypatch.setattr("eventline.api.PARTITIONED_FROM", 0)  # partition even this batch
    monkeypatch.setattr("eventline.resolve.partitions.MAX_COMPONENT_SHARE", 1.0)
    address = cluster.scheduler_address
    remote = run("resolve", str(analyses), "--dask", address, "--events", "all", "--format", "json")
    assert remote == local
    built = run("build", "seeds/", "--dask", address, "--format", "json")
    assert built == run("build", "seeds/", "-j", "1", "--format", "json")
