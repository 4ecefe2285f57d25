"""Every rule file's ``[[example]]`` tables are its proof, and its tests.

As Duckling keeps each rule set beside its corpus, each rule file of
``rules/`` carries examples: a text and the quantities (or facts) it must give,
a numeral and its value, a numeral that is none. ``jqextract rules check DIR``
runs them all and reports each failure as ``FILE:LINE: what differs``; the
test suite runs the same function over the shipped rules, one test per example.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from .extractor import Extractor
from .rules import RuleError


@dataclass(frozen=True)
class Example:
    """One example of one rule file: where it is written, and what it asks."""

    file: str  # the rule file's name, e.g. "units"
    kind: str  # "example" or "invalid"
    index: int
    case: object  # the typed example of jqextract.schema

    @property
    def label(self) -> str:
        text = getattr(self.case, "text", None) or getattr(self.case, "input", "")
        return f"{self.file}-{self.kind}-{self.index}-{text[:12]}"


def examples(extractor: Extractor) -> Iterator[Example]:
    """Every example of every rule file of the extractor's rules, in file order."""
    for name, model in extractor.rules.files.items():
        for kind in ("example", "invalid"):
            for i, case in enumerate(getattr(model, kind, ())):
                yield Example(name, kind, i, case)


def failure(extractor: Extractor, ex: Example) -> RuleError | None:
    """Why the example does not hold, as a RuleError at its line; None when it holds."""
    problem = _problem(extractor, ex)
    if problem is None:
        return None
    source = extractor.rules.sources[ex.file]
    return source.error((ex.kind, ex.index), problem)


def failures(extractor: Extractor) -> list[RuleError]:
    return [err for ex in examples(extractor) if (err := failure(extractor, ex)) is not None]


def _problem(extractor: Extractor, ex: Example) -> str | None:
    case = ex.case
    if ex.kind == "invalid":
        try:
            value = extractor.parse_number(case.input)
        except ValueError:
            return None
        return f"{case.input!r} should be no number, got {value}"
    if hasattr(case, "input"):
        return _number_problem(extractor, case)
    found = extractor.extract(case.text) if ex.file == "triggers" else extractor.find_quantities(case.text)
    return _quantities_problem(case, found)


def _number_problem(extractor: Extractor, case) -> str | None:
    try:
        got = extractor.parse_number(case.input)
    except ValueError as e:
        return f"{case.input!r}: {e}"
    if not math.isclose(got, case.value, rel_tol=1e-12) or isinstance(got, int) != float(case.value).is_integer():
        return f"{case.input!r} should be {case.value}, got {got!r}"
    return None


def _quantities_problem(case, found) -> str | None:
    want = [e.text for e in case.expect]
    got = [q.text for q in found]
    if got != want:
        return f"{case.text!r} should give {want}, got {got}"
    for q, e in zip(found, case.expect):
        for key, value in e.model_dump(exclude_unset=True).items():
            if key == "text":
                continue
            value = None if value == "" else value
            have = getattr(q, key)
            same = math.isclose(have, value, rel_tol=1e-6) if isinstance(value, float) and have is not None else have == value
            if not same:
                return f"{case.text!r}: {q.text} has {key} {have!r}, expected {value!r}"
    return None
