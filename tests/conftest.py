"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The dev kit lives beside the repository (research-only data, never committed);
# EVENTLINE_EVAL_DIR points elsewhere when a checkout sits somewhere else.
SHARED_EVAL = Path(os.environ.get("EVENTLINE_EVAL_DIR") or ROOT.parent / "shared" / "eval")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Never touch the user's analysis cache: every run gets a fresh one."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTLINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, loaded once."""
    from eventline.nlp.pipeline import DEFAULT_MODEL, load_pipeline

    return load_pipeline(DEFAULT_MODEL)


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    """Run the real entry point in-process: exit code, stdout, stderr."""
    from eventline.cli.main import main

    code = 0
    try:
        main(list(args))
    except SystemExit as done:
        code = done.code or 0
    captured = capsys.readouterr()
    return code, captured.out, captured.err
