"""`build --merge`: a new batch added to an earlier timeline keeps known ids and is idempotent."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from eventline.api import BuildOptions, build_timeline
from eventline.models import Event, EventArgument, Mention, Timeline
from eventline.resolve.merge import keep_ids, pseudo_analysis, title_words

FIRST, SECOND = sorted(str(path) for path in SEEDS.glob("*.txt"))[:2]


@pytest.fixture(scope="module")
def builds() -> dict[str, Timeline]:
    """The whole batch, each half alone, and each half merged into the other."""
    options = BuildOptions(events="key")
    whole, _ = build_timeline([FIRST, SECOND], options)
    first, _ = build_timeline([FIRST], options)
    second, _ = build_timeline([SECOND], options)
    first_then_second, _ = build_timeline([SECOND], options, merge=first)
    second_then_first, _ = build_timeline([FIRST], options, merge=second)
    return {
        "whole": whole,
        "first": first,
        "second": second,
        "first+second": first_then_second,
        "second+first": second_then_first,
    }


def _facts(timeline: Timeline) -> list[tuple]:
    return [(e.title, e.type, e.status, e.when, e.sources) for e in timeline.events]


def _unranked(timeline: Timeline) -> Timeline:
    events = [e.model_copy(update={"salience": None, "rank": None}) for e in timeline.events]
    return timeline.model_copy(update={"events": events})


def test_a_batch_split_in_two_and_merged_equals_the_whole(builds):
    """Documented difference: ranks are recomputed from what the earlier timeline kept (its
    events' reports), not from its articles' text (their leads, every day they cite)."""
    assert _unranked(builds["first+second"]) == _unranked(builds["whole"])
    ranks = sorted(e.rank for e in builds["first+second"].events)
    assert ranks == list(range(1, len(ranks) + 1))


def test_merged_in_the_other_order_the_same_events_with_the_first_runs_ids(builds):
    """Documented difference: a mention the earlier run left out (a minor event) or that
    would bridge two known events stays out; titles, dates, status and sources agree."""
    merged, whole = builds["second+first"], builds["whole"]
    assert merged.documents == whole.documents
    assert _facts(merged) == _facts(whole)
    for ours, theirs in zip(merged.events, whole.events, strict=True):
        assert {(m.document, m.start) for m in ours.mentions} <= {
            (m.document, m.start) for m in theirs.mentions
        }
    assert {e.id for e in builds["second"].events} <= {e.id for e in merged.events}


@pytest.mark.parametrize(
    ("earlier", "merged"), [("first", "first+second"), ("second", "second+first")]
)
def test_known_events_keep_their_ids_and_gain_the_new_reports(builds, earlier, merged):
    after = {event.id: event for event in builds[merged].events}
    for event in builds[earlier].events:
        assert event.id in after, event.title
        old = {(m.document, m.start) for m in event.mentions}
        assert old <= {(m.document, m.start) for m in after[event.id].mentions}
    gained = [e for e in builds[earlier].events if len(after[e.id].sources) > len(e.sources)]
    assert gained  # the seeds report the Lavrov visit in both articles


@pytest.mark.parametrize("merged", ["first+second", "second+first", "whole"])
def test_merging_the_same_batch_again_changes_nothing(builds, merged):
    batch = [SECOND] if merged == "first+second" else [FIRST]
    batch = [FIRST, SECOND] if merged == "whole" else batch
    again, _ = build_timeline(batch, BuildOptions(), merge=builds[merged])
    assert again.model_dump_json() == builds[merged].model_dump_json()


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_known_ids_survive_whatever_ids_the_resolver_gives(builds, random):
    """Property: `keep_ids` restores every known id, however the new ids were assigned."""
    timeline = builds["whole"]
    shuffled = [f"ev-{n:012x}" for n in range(len(timeline.events))]
    random.shuffle(shuffled)
    events = [
        event.model_copy(update={"id": new_id})
        for event, new_id in zip(timeline.events, shuffled, strict=True)
    ]
    renamed = timeline.model_copy(update={"events": events})
    assert keep_ids(renamed, timeline) == timeline


def test_pseudo_analyses_rebuild_titles_and_dates(builds):
    """Resolving the documents of a timeline alone, from itself, gives it back."""
    from eventline.resolve import resolve

    old = builds["whole"]
    pseudo = [pseudo_analysis(old, document) for document in old.documents]
    known = {(m.document, m.start): e.id for e in old.events for m in e.mentions}
    again = keep_ids(resolve(pseudo, None, known), old)
    assert [(e.title, e.when, e.status) for e in again.events] == [
        (e.title, e.when, e.status) for e in old.events
    ]


def _titled(title: str, triggers=("visit",), participants=(), places=()) -> Event:
    def argument(name: str, role: str) -> EventArgument:
        return EventArgument(name=name, type="GPE", entity=name.lower(), role=role)

    kind = "visit" if triggers[0].startswith("visit") else "meeting"
    return Event(
        id="ev-x",
        type=kind,
        title=title,
        status="planned",
        when=None,
        participants=[argument(name, "agent") for name in participants],
        places=[argument(name, "destination") for name in places],
        mentions=[
            Mention(document="d", start=i, end=i + 1, text=t) for i, t in enumerate(triggers)
        ],
    )


@pytest.mark.parametrize(
    ("event", "words"),
    [
        (
            _titled("Russia to visit North Korea", ["visited"], ["Russia"], ["North Korea"]),
            ("visit", None),
        ),
        (
            _titled("Russia and China hold talks", ["talks", "met", "talks"], ["Russia", "China"]),
            ("talks", None),
        ),
        (_titled("Visit to Pyongyang", ["visit"], places=["Pyongyang"]), ("visit", None)),
        (
            _titled("Session of the commission on trade", ["session"]),
            ("session", "the commission on trade"),
        ),
    ],
)
def test_title_words_give_back_what_the_title_was_made_of(event, words):
    assert title_words(event) == words


def _main(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "eventline", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_cli_merge_into_the_output_file_twice_gives_the_same_bytes(tmp_path):
    timeline = tmp_path / "timeline.json"
    assert _main("build", FIRST, "--format", "json", "-o", str(timeline)).returncode == 0
    merge = ("build", SECOND, "--merge", str(timeline), "--format", "json", "-o", str(timeline))
    assert _main(*merge).returncode == 0
    once = timeline.read_bytes()
    assert len(json.loads(once)["documents"]) == 2
    assert _main(*merge).returncode == 0
    assert timeline.read_bytes() == once


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json", "not an eventline timeline"),
        ('{"events": []}', "not an eventline timeline"),
    ],
)
def test_a_bad_merge_file_is_one_line_exit_2_and_leaves_the_output(tmp_path, content, message):
    base = tmp_path / "base.json"
    if content is not None:
        base.write_text(content)
    output = tmp_path / "out.json"
    output.write_text("untouched")
    done = _main("build", FIRST, "--merge", str(base), "--format", "json", "-o", str(output))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert message in done.stderr and "base.json" in done.stderr
    assert output.read_text() == "untouched"
