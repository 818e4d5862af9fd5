"""The GitHub Actions example: the YAML parses, and its update step's script really works."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

WORKFLOW = ROOT / "examples" / "github-actions" / "timeline.yml"
yaml = pytest.importorskip("yaml", reason="PyYAML is not installed")


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _step(step_id: str) -> dict:
    steps = _workflow()["jobs"]["timeline"]["steps"]
    return next(step for step in steps if step.get("id") == step_id)


def test_the_workflow_runs_on_new_articles_and_comments_the_diff():
    workflow = _workflow()
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["pull_request"]["paths"] == ["articles/**"]
    assert triggers["push"]["paths"] == ["articles/**"]
    script = _step("update")["run"]
    assert "--merge timeline.json" in script and "-o timeline.json" in script
    assert "eventline diff" in script and "--format markdown" in script
    steps = " ".join(step.get("run", "") for step in workflow["jobs"]["timeline"]["steps"])
    assert "gh pr comment" in steps


def _git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args]
    return subprocess.run(command, cwd=repo, check=True, capture_output=True, text=True).stdout


def _run_update(repo: Path, base: str, temp: Path) -> dict[str, str]:
    """The update step's script as Actions runs it: bash, with the runner's variables."""
    output = temp / "output"
    output.write_text("")
    env = {
        **os.environ,
        "BASE": base,
        "RUNNER_TEMP": str(temp),
        "GITHUB_OUTPUT": str(output),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    script = _step("update")["run"]
    done = subprocess.run(
        ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split("=", 1) for line in output.read_text().splitlines())


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None, reason="no git")
def test_the_update_script_merges_new_articles_once(tmp_path):
    repo, temp = tmp_path / "repo", tmp_path / "runner"
    (repo / "articles").mkdir(parents=True)
    temp.mkdir()
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    _git(repo, "init", "--quiet")
    shutil.copy(first, repo / "articles" / first.name)
    _git(repo, "add", "articles")
    _git(repo, "commit", "--quiet", "-m", "first")
    base = _git(repo, "rev-parse", "HEAD").strip()
    shutil.copy(second, repo / "articles" / second.name)
    _git(repo, "add", "articles")
    _git(repo, "commit", "--quiet", "-m", "second")

    assert _run_update(repo, base, temp) == {"changed": "true"}
    timeline = json.loads((repo / "timeline.json").read_text())
    assert [d["id"] for d in timeline["documents"]] == [second.stem]
    assert "\n+ ev-" in "\n" + (temp / "diff.txt").read_text()
    assert "```mermaid\ntimeline" in (temp / "timeline.md").read_text()
    once = (repo / "timeline.json").read_bytes()
    # the same push seen again (a re-run, or main after the pull request is merged)
    assert _run_update(repo, base, temp) == {"changed": "false"}
    assert (repo / "timeline.json").read_bytes() == once
