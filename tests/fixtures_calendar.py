"""A hand-made timeline with every kind of date the calendar-like formats must handle."""

from __future__ import annotations

from eventline.models import DocumentInfo, Event, EventArgument, Mention, Timeline, When


def _when(value: str, start: str | None, end: str | None, granularity: str, **extra) -> When:
    return When(value=value, start=start, end=end, granularity=granularity, text=value, **extra)


def _event(id: str, status: str, when: When | None, title: str | None = None) -> Event:
    sentence = f'Officials said <b>"{id}"</b> & more would follow.'
    mention = Mention(
        document="a1", start=0, end=4, text="said", sentence=sentence, sentence_start=0
    )
    return Event(
        id=id,
        type="meeting",
        title=title or f"{id}: talks",
        status=status,
        when=when,
        participants=[EventArgument(name="Ri <Son> Gwon", type="PERSON", entity="ri")],
        places=[EventArgument(name="Pyongyang", type="GPE", entity="pyongyang")],
        mentions=[mention],
        sources=["a1"],
    )


def calendar_timeline() -> Timeline:
    """Published 2023-10-19 (a1) and year-less (a2); day, month, week, range, quarter, no year."""
    events = [
        _event("ev-past", "planned", _when("2023-10-01", "2023-10-01", "2023-10-01", "day")),
        _event("ev-done", "occurred", _when("2023-10-18", "2023-10-18", "2023-10-18", "day")),
        _event("ev-quarter", "occurred", _when("2023-Q4", "2023-10-01", "2023-12-31", "quarter")),
        _event("ev-today", "planned", _when("2023-10-19", "2023-10-19", "2023-10-19", "day")),
        _event("ev-range", "cancelled", _when("2023-10-24", "2023-10-24", "2023-10-26", "day")),
        _event("ev-week", "planned", _when("2023-W44", "2023-10-30", "2023-11-05", "week")),
        _event("ev-month", "possible", _when("2023-11", "2023-11-01", "2023-11-30", "month")),
        _event(
            "EV_Odd.Id",
            "planned",
            _when("2023-12-01", "2023-12-01", "2023-12-01", "day"),
            title='<script>alert("x")</script> & summit',
        ),
        _event("ev-noyear", "planned", _when("XXXX-11-02", None, None, "day", year_known=False)),
        _event("ev-undated", "planned", None),
    ]
    documents = [
        DocumentInfo(
            id="a1", published="2023-10-19", title="Talks <soon>", url="https://x.org/?a=1&b=2"
        ),
        DocumentInfo(id="a2", published="XXXX-10-18", url="javascript:alert(1)"),
    ]
    return Timeline(eventline_version="0", documents=documents, entities=[], events=events)
