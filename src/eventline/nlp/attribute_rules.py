"""The pipeline's attribute rules, matched by lookup instead of by spaCy's general Matcher.

spaCy's `attribute_ruler` maps fine-grained tags to parts of speech and morphology and fixes
the lemmas of a few words. It finds where its rules apply with the token Matcher, which
calls back into Python for each token and rule: over a tenth of the small pipeline's time,
about as much as eventline's own analysis. Its rules are short: one or two tokens, each
tested for equality or membership on a few attributes. This component finds the same
matches with a dictionary lookup per token and applies them with spaCy's own
`set_token_attrs`, in the ruler's order, so that every token ends with the attributes the
ruler gives it (tests/test_nlp.py compares the two). A ruler with any other kind of rule is
left to run as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler

COMPONENT = "eventline_attribute_rules"
RULER = "attribute_ruler"

# Token attributes a rule may test, and their columns in the array read from each Doc.
_COLUMNS = {"ORTH": 0, "LOWER": 1, "NORM": 2, "TAG": 3, "DEP": 4, "IS_SPACE": 5}
_ARRAY_ATTRS = [ORTH, LOWER, NORM, TAG, DEP, IS_SPACE]
_STRING_COLUMNS = {0, 1, 2, 3, 4}

MEMO_SIZE = 5_000
"""Token rows, and words tested by a regular expression, whose results are remembered."""

Test = Callable[[int], bool]
"""A test of one attribute value (a string's hash, or a flag)."""


class Unsupported(ValueError):
    """A rule this component does not match itself (the spaCy ruler then runs)."""


class _TokenSpec:
    """What one token of a rule pattern must satisfy: (column, test) pairs, and one
    (column, value) that every matching token has, to look the pattern up by."""

    def __init__(self, spec: dict[str, Any], strings) -> None:
        self.tests: list[tuple[int, Test]] = []
        # any of these (column, value) finds it; with the number of the test it satisfies
        self.keys: list[tuple[int, int, int]] = []
        for name, wanted in spec.items():
            column = _COLUMNS.get(name)
            if column is None:
                raise Unsupported(f"attribute {name}")
            self._add(column, wanted, strings)
        if not self.keys:
            self.keys = [(-1, 0, -1)]  # tested on every token

    def _add(self, column: int, wanted: Any, strings) -> None:
        if isinstance(wanted, bool) and column not in _STRING_COLUMNS:
            value = int(wanted)
            self.keys = self.keys or [(column, value, len(self.tests))]
            self.tests.append((column, value.__eq__))
        elif isinstance(wanted, str) and column in _STRING_COLUMNS:
            value = get_string_id(wanted)
            self.keys = [(column, value, len(self.tests))]  # an equality is the narrowest key
            self.tests.append((column, value.__eq__))
        elif isinstance(wanted, dict) and len(wanted) == 1 and column in _STRING_COLUMNS:
            ((operator, operand),) = wanted.items()
            if operator in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
                values = frozenset(get_string_id(v) for v in operand)
                if operator == "IN":
                    number = len(self.tests)
                    self.keys = self.keys or [(column, v, number) for v in sorted(values)]
                    self.tests.append((column, values.__contains__))
                else:
                    self.tests.append((column, lambda value: value not in values))
            elif operator == "REGEX" and isinstance(operand, str):
                self.tests.append((column, _regex_test(re.compile(operand), strings)))
            else:
                raise Unsupported(f"operator {operator}")
        else:
            raise Unsupported(f"value {wanted!r}")

    def remap(self, position: dict[int, int]) -> None:
        """Columns renumbered to those of the array actually read."""
        self.tests = [(position[column], test) for column, test in self.tests]
        self.keys = [(position.get(column, -1), value, test) for column, value, test in self.keys]

    def tests_besides(self, satisfied: int) -> list[tuple[int, Test]]:
        """The tests left once a token was found by the key that satisfies this one."""
        return [test for number, test in enumerate(self.tests) if number != satisfied]

    def matches(self, row: list[int]) -> bool:
        return all(test(row[column]) for column, test in self.tests)


def _regex_test(pattern: re.Pattern[str], strings) -> Test:
    """A regular expression searched in the string of a hash, remembered per hash."""
    seen: dict[int, bool] = {}

    def test(value: int) -> bool:
        found = seen.get(value)
        if found is None:
            if len(seen) > MEMO_SIZE:
                seen.clear()
            found = seen[value] = pattern.search(strings[value]) is not None
        return found

    return test


class AttributeRules:
    """The rules of an `AttributeRuler`, matched per token and applied as it would."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        patterns: list[tuple[int, list[_TokenSpec]]] = []
        for number, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                if not pattern or any(not isinstance(spec, dict) for spec in pattern):
                    raise Unsupported("pattern shape")
                patterns.append(
                    (number, [_TokenSpec(spec, ruler.vocab.strings) for spec in pattern])
                )
        # only the attributes some rule tests are read (and make a token's memo key)
        used = sorted({column for _, specs in patterns for s in specs for column, _ in s.tests})
        self.array_attrs = [_ARRAY_ATTRS[column] for column in used]
        position = {column: index for index, column in enumerate(used)}
        # per column, value -> (rule number, pattern, tests left for its first token)
        self.starts: list[dict[int, list[tuple[int, list[_TokenSpec], list]]]] = [{} for _ in used]
        self.everywhere: list[tuple[int, list[_TokenSpec], list]] = []
        for number, specs in patterns:
            for spec in specs:
                spec.remap(position)
            for column, value, satisfied in specs[0].keys:
                entry = (number, specs, specs[0].tests_besides(satisfied))
                if column < 0:
                    self.everywhere.append(entry)
                else:
                    self.starts[column].setdefault(value, []).append(entry)
        # a token's row of values -> (one-token rules it matches, longer patterns it starts):
        # the commonest words are looked up here rather than tested again
        self.memo: dict[tuple[int, ...], tuple[list[int], list]] = {}

    def _first_token(self, row: list[int]) -> tuple[list[int], list]:
        singles, longer = [], []
        found = [self.starts[column].get(value, ()) for column, value in enumerate(row)]
        for number, specs, tests in chain(*found, self.everywhere):
            if all(test(row[at]) for at, test in tests):
                if len(specs) == 1:
                    singles.append(number)
                else:
                    longer.append((number, specs))
        return singles, longer

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array(self.array_attrs).tolist() if self.array_attrs else [[]] * len(doc)
        memo = self.memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        found: list[tuple[int, int, int]] = []  # (rule number, start, end), like the Matcher
        for start, row in enumerate(rows):
            key = tuple(row)
            first = memo.get(key)
            if first is None:
                first = memo[key] = self._first_token(row)
            singles, longer = first
            found += [(number, start, start + 1) for number in singles]
            for number, specs in longer:
                end = start + len(specs)
                if end <= len(rows) and all(
                    spec.matches(rows[start + offset])
                    for offset, spec in enumerate(specs[1:], start=1)
                ):
                    found.append((number, start, end))
        # as the ruler: each match once, in rule order, so that later rules win
        for number, start, end in sorted(set(found)):
            index = self.indices[number]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                raise ValueError(f"attribute rule {number}: index {index} outside its match")
            set_token_attrs(doc[position], self.attrs[number])
        return doc


@Language.factory(COMPONENT)
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    """The component, with the rules of the (disabled) `attribute_ruler` of the pipeline."""
    return AttributeRules(nlp.get_pipe(RULER))


def supported(ruler: AttributeRuler) -> bool:
    """Whether every rule of the ruler is of a kind this component matches itself."""
    try:
        AttributeRules(ruler)
    except Unsupported:
        return False
    return True
