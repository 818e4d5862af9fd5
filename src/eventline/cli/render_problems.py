"""Events that failed to render, as problem lines naming the event and its first article."""

from __future__ import annotations

from eventline.load.guard import internal_problem
from eventline.models import InputProblem, Origin, Timeline
from eventline.render.guard import RenderFailure


def render_problems(failures: list[RenderFailure], timeline: Timeline) -> list[InputProblem]:
    """One "internal error while rendering event ..." problem per event left out."""
    origins = {doc.id: doc.origin for doc in timeline.documents}
    problems = []
    for failure in failures:
        event = failure.event
        first = event.mentions[0].document if event.mentions else None
        origin = origins.get(first) if first is not None else None
        where = origin or Origin(path=first or "-")
        problems.append(internal_problem(f"rendering event {event.id}", where, failure.error))
    return problems
