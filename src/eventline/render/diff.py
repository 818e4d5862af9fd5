"""Renderers of a `TimelineDiff`: a patch-like text summary, and JSON."""

from __future__ import annotations

import json
from typing import TextIO

from eventline.diff import EventChange, EventSummary, TimelineDiff
from eventline.render.common import mention_ref


def _summary_line(sign: str, event: EventSummary) -> str:
    return f"{sign} {event.id}  {event.date or 'undated'}  {event.title}  [{event.status}]"


def _listed(label: str, added: list[str], removed: list[str], indent: str = "    ") -> list[str]:
    items = [f"+{item}" for item in added] + [f"-{item}" for item in removed]
    return [f"{indent}{label}: {', '.join(items)}"] if items else []


def _change_lines(change: EventChange) -> list[str]:
    lines = [f"~ {change.id}  {change.title}"]
    if change.date:
        kind = "refined" if change.date.refined else "changed"
        lines.append(
            f"    date {kind}: {change.date.old or 'undated'} → {change.date.new or 'undated'}"
        )
    for label, value in (
        ("status", change.status),
        ("title", change.title_change),
        ("type", change.type),
    ):
        if value:
            lines.append(f"    {label}: {value.old} → {value.new}")
    lines += _listed("sources", change.sources_added, change.sources_removed)
    added = [mention_ref(m) for m in change.mentions_added]
    lines += _listed("mentions", added, [mention_ref(m) for m in change.mentions_removed])
    return lines


def render_diff_text(diff: TimelineDiff, out: TextIO) -> None:
    """One line per added (+) or removed (-) event, a block per changed (~) one, a total."""
    lines = _listed("documents", diff.documents_added, diff.documents_removed, indent="")
    lines += [_summary_line("+", event) for event in diff.added]
    lines += [_summary_line("-", event) for event in diff.removed]
    for change in diff.changed:
        lines += _change_lines(change)
    total = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    lines.append(total if diff.has_changes else "no changes")
    out.write("\n".join(lines) + "\n")


def render_diff_json(diff: TimelineDiff, out: TextIO) -> None:
    """The diff as one JSON document."""
    out.write(json.dumps(diff.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
