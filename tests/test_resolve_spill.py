"""The resolver keeps the batch on disk: a stream in, events read back as used, same output."""

from __future__ import annotations

import io
import json

from eventline.models import Timeline
from eventline.render.data import render_json
from eventline.resolve import ResolveOptions, resolve
from eventline.resolve.spill import Spill, SpilledEvents
from test_resolve import _batch


def test_a_stream_of_analyses_is_read_once_and_gives_the_list_result():
    reads = []

    def stream():
        for analysis in _batch():
            reads.append(analysis.document.id)
            yield analysis

    streamed = resolve(stream(), ResolveOptions(events="all"))
    listed = resolve(_batch(), ResolveOptions(events="all"))
    assert reads == ["a", "b"]
    assert streamed.model_dump_json() == listed.model_dump_json()


def test_spilled_events_behave_as_a_read_only_list():
    events = resolve(_batch(), ResolveOptions(events="all")).events
    assert isinstance(events, SpilledEvents)
    as_list = list(events)
    assert len(events) == 3
    assert events[0] == as_list[0] and events[-1] == as_list[-1]
    assert events[1:] == as_list[1:]
    assert events == as_list  # two reads give equal objects
    assert [e.title for e in events] == [e.title for e in as_list]


def test_a_timeline_with_spilled_events_dumps_and_validates_like_one_with_a_list():
    timeline = resolve(_batch(), ResolveOptions(events="all"))
    dumped = timeline.model_dump(mode="json")
    assert len(dumped["events"]) == 3
    again = Timeline.model_validate_json(timeline.model_dump_json())
    assert again.events == list(timeline.events)


def test_streamed_json_is_byte_identical_to_dumping_the_whole_timeline():
    for options in (ResolveOptions(events="all"), ResolveOptions(entity="nobody at all")):
        timeline = resolve(_batch(), options)
        out = io.StringIO()
        render_json(timeline, out)
        whole = json.dumps(timeline.model_dump(mode="json"), ensure_ascii=False, indent=2)
        assert out.getvalue() == whole + "\n"


def test_a_spill_reads_back_values_written_before_and_after_reading():
    spill = Spill()
    first = spill.append({"n": 1})
    assert spill[first] == {"n": 1}
    second = spill.append(("two", 2))  # appending after a read goes to the end
    assert spill[second] == ("two", 2) and spill[first] == {"n": 1}
    spill.freeze()
    assert [spill[i] for i in range(len(spill))] == [{"n": 1}, ("two", 2)]
    spill.close()
