"""The stderr note on what `--entity NAME` picked, or the nearest names when nothing matched."""

from __future__ import annotations

from eventline.cli.quiet import note

SHOWN_OTHERS = 5
"""Other matches named in the note; the rest are only counted."""


def describe_pick(pick) -> str | None:
    """One line on what `--entity` picked, when it was not plainly the entity's own name or
    when the entity takes part in no event (its timeline is empty)."""
    choice = pick.choice
    query = f"--entity {choice.query!r}"
    if choice.best is None:
        nearest = ", ".join(choice.nearest) or "no entities at all"
        return f"{query} names no entity in this batch; nearest names: {nearest}"
    best, others = choice.best, choice.matches[1:]
    plain = best.reason in {"name", "alias"}
    if best.events == 0:
        picked = best.entity.name if plain else f"{best.entity.name} ({_how(best)})"
        line = f"{query}: {picked} is mentioned in {_count(pick.articles, 'article')}"
        line += " but takes part in no event"
    elif not others and plain:
        return None
    else:
        line = f"{query}: {_match_text(best)}"
    if others:
        line += "; also matched: " + ", ".join(_match_text(m) for m in others[:SHOWN_OTHERS])
        more = len(others) - SHOWN_OTHERS
        line += f" and {more} more" if more > 0 else ""
    return line


def _how(match) -> str:
    return f"{match.reason}, {match.score:.2f}"


def _match_text(match) -> str:
    return f"{match.entity.name} ({_how(match)}, {_count(match.events, 'event')})"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def note_entity_choice(timeline) -> None:
    """Tell the user which entity `--entity` chose, or that none matched (stderr)."""
    pick = getattr(timeline, "_entity_pick", None)
    line = describe_pick(pick) if pick is not None else None
    if line:
        note(line)
