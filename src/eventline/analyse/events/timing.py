"""Which time expression governs an event: same clause first, then the sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventline.lexicon.events import LIGHT_VERBS, SCHEDULING_VERBS
from eventline.models import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependencies a date can be inherited through: `visit ... in October` (prep/pobj),
# `make a visit` (light verb), `expected to discuss` (xcomp), `during his visit` (prep).
_HOST_DEPS = frozenset({"prep", "pobj", "pcomp", "xcomp", "compound", "npadvmod", "appos"})
_SENTENCE_DEPS = frozenset({"conj", "advcl"})
DATED_TYPES = frozenset({"DATE", "TIME"})


def timex_attachments(doc: Doc, timexes: Sequence[Timex]) -> dict[int, list[int]]:
    """Token index of the word each dated timex modifies -> timex indices."""
    attached: dict[int, list[int]] = {}
    for index, timex in enumerate(timexes):
        if timex.type not in DATED_TYPES or timex.interval is None:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        host = _host_of(span.root, span.start, span.end)
        if host is not None:
            attached.setdefault(host.i, []).append(index)
    return attached


def _host_of(token: Token, start: int, end: int) -> Token | None:
    """Walk up from a timex, over prepositions and `scheduled for`, to the word it dates."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return current if not start <= current.i < end else None
        current = current.head
        # prepositions, also when tagged SCONJ (`since 2004`), pass the date upwards
        if start <= current.i < end or current.pos_ in {"ADP", "SCONJ"} or current.dep_ == "prep":
            continue
        if current.pos_ == "VERB" and current.lemma_.lower() in SCHEDULING_VERBS:
            if current.dep_ in {"acl", "advcl", "relcl"}:
                continue
        return current
    return None


def time_hosts(token: Token) -> list[Token]:
    """The trigger and the words above it whose date also dates this event."""
    hosts = [token]
    current = token
    for _ in range(6):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            break
        light = dep == "dobj" and head.lemma_.lower() in LIGHT_VERBS | SCHEDULING_VERBS
        if dep not in _HOST_DEPS and not light:
            break
        hosts.append(head)
        current = head
    return hosts


def governing_timex(token: Token, attached: dict[int, list[int]]) -> tuple[int | None, str | None]:
    """The timex that dates a trigger, and its scope (`clause` or `sentence`)."""
    for host in time_hosts(token):
        if host.i in attached:
            return attached[host.i][0], "clause"
    current = token
    for _ in range(4):
        if current.dep_ not in _SENTENCE_DEPS or current.head.i == current.i:
            break
        current = current.head
        for host in time_hosts(current):
            if host.i in attached:
                return attached[host.i][0], "sentence"
    return None, None
