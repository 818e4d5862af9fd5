"""Spellings of one transliterated name answer for one entity; near names of others do not."""

from __future__ import annotations

from collections import Counter

import pytest

from eventline.resolve.name_variants import spelling_variants


def _joined(names: list[str], counts: dict[str, int] | None = None) -> dict[str, str]:
    keys = [("named", n) for n in names]
    count = Counter({("named", n): c for n, c in (counts or {}).items()})
    return {k[1]: v[1] for k, v in spelling_variants(keys, count).items()}


def test_transliterations_join_the_most_used_spelling():
    joined = _joined(
        ["muammar gaddafi", "moammar gadhafi", "gadhafi", "qaddafi", "kadhafi"],
        {"muammar gaddafi": 9, "moammar gadhafi": 5, "gadhafi": 3},
    )
    assert joined == {
        "moammar gadhafi": "muammar gaddafi",
        "qaddafi": "gadhafi",
        "kadhafi": "gadhafi",
    }


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ali hassan", "ali hussein"),  # three letters apart: two people
        ("khan", "kahn"),  # short names must match exactly
        ("steve jobs", "steve jones"),
        ("maria lopez", "mario lopez"),
    ],
)
def test_different_names_stay_apart(one, other):
    assert _joined([one, other]) == {}


def test_the_choice_does_not_depend_on_order():
    names = ["mohammed morsi", "muhammad morsi", "mohamed morsi"]
    assert _joined(names) == _joined(list(reversed(names)))
