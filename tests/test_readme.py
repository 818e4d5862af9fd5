"""The README's "Python" example runs as written and prints what it promises."""

from __future__ import annotations

import re

from conftest import ROOT


def python_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def test_the_python_example_runs_and_prints_the_timelines(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    exec(compile(python_example(), "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) > 3 and printed[0].startswith("2023-")  # dated by the reference date
    assert "## Friday 8 March 2024" in printed  # the day in words, from "on Friday"
    entries = [line for line in printed if line.startswith("- **")]
    assert any("Oslo" in line and "(planned)" in line for line in entries)


def test_the_public_names_are_exported_and_import_nothing_heavy():
    import subprocess
    import sys

    code = (
        "import sys, eventline; names = [getattr(eventline, n) for n in eventline.__all__];"
        "print('spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
