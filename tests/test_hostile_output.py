"""`-o`, `--merge` and `diff` against hostile files: modes, links, devices, interrupted
writes, timelines eventline could not have written, and runs merging at once."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading

import pytest

from conftest import run_main
from eventline.cli.output import write_atomically
from eventline.errors import OutputError

GOOD = "The council will vote next Friday on the new library plan, the mayor said on Monday."


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(GOOD)
    return str(path)


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path, article, capsys):
    target = tmp_path / "timeline.json"
    target.write_text("old")
    target.chmod(0o644)
    code, _, err = run_main(capsys, "build", article, "--format", "json", "-o", str(target))
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_new_output_file_honours_the_umask(tmp_path, article, capsys):
    target = tmp_path / "new.json"
    old = os.umask(0o027)
    try:
        code, _, err = run_main(capsys, "build", article, "--format", "json", "-o", str(target))
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_output_writes_through_a_symlink(tmp_path, article, capsys):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _, err = run_main(capsys, "build", article, "--format", "json", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and json.loads(real.read_text())["documents"]


def test_output_never_replaces_a_device_and_refuses_read_only_files(tmp_path, article, capsys):
    code, out, err = run_main(capsys, "build", article, "-o", os.devnull)
    assert code == 0, err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    readonly = tmp_path / "readonly.json"
    readonly.write_text("old")
    readonly.chmod(0o444)
    code, _, err = run_main(capsys, "build", article, "-o", str(readonly))
    assert code == 2 and "read-only" in err and readonly.read_text() == "old"
    code, _, err = run_main(capsys, "build", article, "-o", str(tmp_path))
    assert code == 2 and ("folder" in err or "directory" in err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_output_into_a_fifo_is_written_through_it(tmp_path, article, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    code, _, err = run_main(capsys, "build", article, "--format", "json", "-o", str(fifo))
    reader.join(timeout=60)
    assert code == 0, err
    assert json.loads(received[0])["documents"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_dash_output_is_standard_output(tmp_path, article, capsys):
    code, out, err = run_main(capsys, "build", article, "--format", "json", "-o", "-")
    assert code == 0, err
    assert json.loads(out)["documents"]
    assert not (tmp_path / "-").exists() and not os.path.exists("-")


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("previous")

    def interrupted(out):
        out.write("partial")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, interrupted)
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    assert target.read_text() == "previous"


def test_a_failed_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.txt"

    def failing(out):
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError):
        write_atomically(target, failing)
    assert list(tmp_path.iterdir()) == []


def build_json(capsys, article: str) -> dict:
    _, out, _ = run_main(capsys, "build", article, "--events", "all", "--format", "json")
    return json.loads(out)


def tampered(tmp_path, data: dict, name: str) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return str(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["events"].append(d["events"][0]), "listed twice"),
        (lambda d: d.update(events=d["events"] * 200), "listed twice"),
        (lambda d: d["events"][0]["mentions"][0].update(start=-5), "not a span"),
        (lambda d: d.update(eventline_version="99.0.0"), "newer than"),
        (lambda d: d.update(eventline_version="banana"), "not an eventline version"),
        (lambda d: d["events"][0].update(sources=["nowhere"]), "not among the documents"),
        (lambda d: d["documents"].append(d["documents"][0]), "listed twice"),
    ],
)
def test_merge_and_diff_refuse_timelines_eventline_could_not_have_written(
    tmp_path, article, capsys, change, message
):
    data = build_json(capsys, article)
    assert data["events"]
    good = tampered(tmp_path, data, "good.json")
    change(data)
    bad = tampered(tmp_path, data, "bad.json")
    code, _, err = run_main(capsys, "diff", good, bad)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    code, _, err = run_main(capsys, "build", article, "--merge", bad)
    assert code == 2 and message in err


def test_concurrent_merges_into_one_file_keep_both_updates(tmp_path):
    """Two runs merging different articles into one file: both end up in it."""
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(GOOD)
    second.write_text("The mayor will open the bridge next Tuesday, officials said on Monday.")
    timeline = tmp_path / "timeline.json"
    seed = tmp_path / "seed.txt"
    seed.write_text("The governor signed the budget on Monday.")
    command = [sys.executable, "-m", "eventline", "build", "--format", "json", "-q"]
    subprocess.run([*command, str(seed), "-o", str(timeline)], check=True, timeout=180)
    results = []

    def merge(path):
        done = subprocess.run(
            [*command, str(path), "--merge", str(timeline), "-o", str(timeline)],
            capture_output=True,
            timeout=300,
        )
        results.append(done.returncode)

    threads = [threading.Thread(target=merge, args=(p,)) for p in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [0, 0]
    ids = {doc["id"] for doc in json.loads(timeline.read_text())["documents"]}
    assert ids == {"seed", "one", "two"}
