"""The stderr note on what `--entity NAME` picked, or the nearest names when nothing matched."""

from __future__ import annotations

from eventline.cli.quiet import note


def describe_choice(choice) -> str | None:
    """One line on what `--entity` picked, when it was not plainly the entity's own name."""
    query = f"--entity {choice.query!r}"
    if choice.best is None:
        nearest = ", ".join(choice.nearest) or "no entities at all"
        return f"{query} names no entity in this batch; nearest names: {nearest}"
    best, others = choice.best, choice.matches[1:]
    if not others and best.reason in {"name", "alias"}:
        return None
    line = f"{query}: {_match_text(best)}"
    if others:
        line += "; also matched: " + ", ".join(_match_text(m) for m in others[:5])
        line += f" and {len(others) - 5} more" if len(others) > 5 else ""
    return line


def _match_text(match) -> str:
    return f"{match.entity.name} ({match.reason}, {match.score:.2f}, {match.events} events)"


def note_entity_choice(timeline) -> None:
    """Tell the user which entity `--entity` chose, or that none matched (stderr)."""
    choice = getattr(timeline, "_entity_choice", None)
    line = describe_choice(choice) if choice is not None else None
    if line:
        note(line)
