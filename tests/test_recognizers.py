"""Microsoft Recognizers-Text's Chinese test cases, run against jqextract.

The cases are the JSON specs in ``../shared/external/recognizers-text-specs/``
(MIT). One case is one ``Input`` with its expected ``Results``; it passes when
every expected result is found, and a case expecting no result passes when we
find nothing of that model's kind. What we check:

* Number model: our extractor reports no bare Chinese numerals (facts.md §2),
  so this file tests the numeral parser: ``parse_number`` of each expected span,
  taken from the input as written (full-width digits included), must give the
  expected value. A case with no expected result passes when
  ``find_quantities`` finds nothing at all in it (四川, 一切, 拾起 are words).
* Percent model: a quantity found over the expected span with that
  ``norm_value``, and ``norm_unit`` ``pp`` for 个百分点 (Recognizers says %,
  facts.md §4 says pp), ``%`` otherwise (千分之 is normalized to %).
* Currency, Dimension, Temperature models: a quantity found over the expected
  span whose ``value`` (as written, 万/亿 applied) is the expected value and
  whose ``norm_unit`` is our canonical unit for Recognizers' unit (UNITS).

Extra quantities that Recognizers does not list (1600万 in a currency case,
15位 in a sentence about shares) are not errors: our contract wants them.
Values compare with relative tolerance 1e-6, as facts.md §8 scores them.
NumberRangeModel is not run: its cases are comparisons over bare numbers
(大于二十的同时小于等于三十五, 至少有10), not the ranges of facts.md §5.

Out-of-scope cases are listed, each with its reason, in
``recognizers_scope.toml`` (spaced-out numerals, 折 discounts, k/e notation,
units outside facts.md §4, traditional script: we read simplified prose, ...);
every other case counts. The test asserts, per
file, a pass rate over in-scope cases no lower than the one measured when the
floor was set (MIN_RATE); raise the floor when the engine improves.
``python3 tests/test_recognizers.py [-v]`` prints the table (and the failures).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from jqextract import find_quantities, parse_number
from jqextract.rules import tomllib

from conftest import SHARED, needs_shared

SPECS = SHARED / "external" / "recognizers-text-specs"
SCOPE = Path(__file__).with_name("recognizers_scope.toml")

# pass rate over in-scope cases, as measured (rounded down to 2 decimals)
MIN_RATE = {
    "Number-NumberModel": 1.0,
    "Number-PercentModel": 1.0,
    "NumberWithUnit-CurrencyModel": 1.0,
    "NumberWithUnit-DimensionModel": 1.0,
    "NumberWithUnit-TemperatureModel": 1.0,
}

# Recognizers' unit name (or isoCurrency) → our norm_unit
UNITS = {
    "Mu": "m2", "Meter": "m", "Centimeter": "m", "Kilometer": "m",
    "Kilogram": "kg", "Gram": "kg", "Microgram": "kg", "Ton": "kg", "Jin": "kg",
    "Kilowatt": "W", "Degree": "°C", "C": "°C",
}
# what a case with no expected result must not yield (None: nothing at all)
KINDS = {
    "Number-NumberModel": None,
    "Number-PercentModel": {"share", "share_change"},
    "NumberWithUnit-CurrencyModel": {"money"},
    "NumberWithUnit-DimensionModel": {"area", "length", "mass", "power", "volume", "energy"},
    "NumberWithUnit-TemperatureModel": {"temperature"},
}


def close(got, want) -> bool:
    return got is not None and math.isclose(got, want, rel_tol=1e-6)


def expected_unit(name: str, result: dict) -> str:
    res = result["Resolution"]
    if name == "Number-PercentModel":
        return "pp" if "百分点" in result["Text"] else "%"
    return res.get("isoCurrency") or UNITS[res["unit"]]


def check_result(name: str, text: str, result: dict, found: list) -> bool:
    """Is this one expected result found (Number model: parsed) right?"""
    start, end = result["Start"], result["End"] + 1  # Recognizers' End is inclusive
    want = float(result["Resolution"]["value"].rstrip("%"))
    if name == "Number-NumberModel":
        try:
            got = parse_number(text[start:end])
        except ValueError:
            return False
        return result.get("IgnoreResolution", False) or close(got, want)
    unit = expected_unit(name, result)
    for q in found:
        if q.start < end and start < q.end and q.norm_unit == unit:
            got = q.norm_value if name == "Number-PercentModel" else q.value
            if close(got, want):
                return True
    return False


def check_case(name: str, case: dict) -> bool:
    text = case["Input"]
    found = find_quantities(text)
    if not case["Results"]:
        kinds = KINDS[name]
        return not [q for q in found if kinds is None or q.dimension in kinds]
    return all(check_result(name, text, r, found) for r in case["Results"])


def load_scope() -> dict[str, dict[str, str]]:
    with open(SCOPE, "rb") as f:
        return tomllib.load(f)


def run(name: str) -> dict:
    """Pass/fail per in-scope case of one spec file."""
    cases = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    out = load_scope().get(name, {})
    in_scope = [c for c in cases if c["Input"] not in out]
    failed = [c["Input"] for c in in_scope if not check_case(name, c)]
    return {"in_scope": len(in_scope), "out": len(cases) - len(in_scope),
            "passed": len(in_scope) - len(failed), "failed": failed}


def summary(verbose: bool = False) -> str:
    rows = [f"{'file':34} {'pass':>5} {'in':>5} {'out':>5} {'rate':>6}"]
    for name in MIN_RATE:
        r = run(name)
        rate = r["passed"] / r["in_scope"]
        rows.append(f"{name:34} {r['passed']:5} {r['in_scope']:5} {r['out']:5} {rate:6.3f}")
        if verbose:
            rows += [f"    FAIL {t!r}" for t in r["failed"]]
    return "\n".join(rows)


@pytest.mark.parametrize("name", list(MIN_RATE))
def test_pass_rate(name):
    needs_shared(SPECS / f"{name}.json")
    r = run(name)
    rate = r["passed"] / r["in_scope"]
    print(f"\n{name}: {r['passed']}/{r['in_scope']} in scope pass ({rate:.3f}), {r['out']} out of scope")
    assert rate >= MIN_RATE[name], f"{name}: {rate:.3f} < {MIN_RATE[name]}; failing: {r['failed']}"


def test_scope_entries_name_real_cases_and_give_reasons():
    needs_shared(SPECS)
    for name, entries in load_scope().items():
        inputs = {c["Input"] for c in json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))}
        for text, reason in entries.items():
            assert text in inputs, f"{name}: no case {text!r}"
            assert reason.strip(), f"{name}: {text!r} has no reason"


if __name__ == "__main__":
    if not SPECS.exists():
        sys.exit(f"{SPECS} is absent (../shared is not beside this checkout)")
    print(summary(verbose="-v" in sys.argv))
