"""Every output format on seeds/ byte for byte against tests/golden/ (`make golden` writes
them), whatever the terminal width says and whatever the hash seed is."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from golden import CASES, EXAMPLE_CASES, EXAMPLES, GOLDEN, ROOT, output_of


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    """One analysis of the seeds, shared by every format."""
    return tmp_path_factory.mktemp("golden-cache")


@pytest.fixture(autouse=True)
def _from_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_its_golden_file(name, cache_dir):
    assert output_of(CASES[name], cache_dir).encode("utf-8") == (GOLDEN / name).read_bytes()


def test_the_reviewed_examples_are_golden_files():
    for example, name in EXAMPLE_CASES.items():
        assert (EXAMPLES / example).read_bytes() == (GOLDEN / name).read_bytes(), example


@pytest.mark.parametrize("columns", ["60", "200"])
def test_the_text_view_does_not_depend_on_columns(columns, cache_dir):
    text = output_of(CASES["build.txt"], cache_dir, env={"COLUMNS": columns})
    assert text.encode("utf-8") == (GOLDEN / "build.txt").read_bytes()


@pytest.mark.slow
def test_two_processes_with_different_hash_seeds_print_the_same_bytes():
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "eventline", "build", "seeds/", "--format", "json"]
        done = subprocess.run(
            [*command, "--no-cache", "-j", "1"], env=env, capture_output=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert outputs.pop() == (GOLDEN / "build.json").read_bytes()
