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

Every case is one test. The cases the project decided not to support are
listed, each with its reason, in ``recognizers_scope.toml`` and run as
``xfail(strict=True)``: a listed case that starts passing fails the suite and
is promoted (its line removed). ``python3 tests/test_recognizers.py [-v]``
prints the pass rate of each file over all its cases (and, with -v, the
failures and the cases to promote; ``--promote`` removes those from the
scope file).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from jqextract import find_quantities, parse_number
from jqextract.text import opencc_script
from jqextract.rules import tomllib

from conftest import SHARED, needs_shared

SPECS = SHARED / "external" / "recognizers-text-specs"
SCOPE = Path(__file__).with_name("recognizers_scope.toml")

FILES = ("Number-NumberModel", "Number-PercentModel", "NumberWithUnit-CurrencyModel",
         "NumberWithUnit-DimensionModel", "NumberWithUnit-TemperatureModel")

# Recognizers' unit name (or isoCurrency) → our norm_unit
UNITS = {
    "Mu": "m2", "Meter": "m", "Centimeter": "m", "Kilometer": "m",
    "Kilogram": "kg", "Gram": "kg", "Microgram": "kg", "Ton": "kg", "Jin": "kg", "Liang": "kg",
    "Kilowatt": "W", "Degree": "°C", "C": "°C", "F": "°C",
    "Bitcoin": "BTC", "Dollar": "USD",  # a $ Recognizers leaves without a country; we read $ as USD outside HK/TW texts
    # units outside facts.md §4 keep their written unit (simplified) as norm_unit
    "Kilobit": "千比特", "Megabyte": "兆字节", "Kilobyte": "千字节", "Megahertz": "兆赫兹", "Hertz": "赫兹",
    "Kilocalorie": "千卡",  # (a calorie is no unit of facts.md's energy row, which converts 千瓦时, 度, 兆瓦时 only)
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
        return "pp" if "百分点" in opencc_script().simplify(result["Text"]).replace(" ", "") else "%"
    return res.get("isoCurrency") or UNITS.get(res.get("unit"), res.get("unit"))


def check_result(name: str, text: str, result: dict, found: list) -> bool:
    """Is this one expected result found (Number model: parsed) right?"""
    start, end = result["Start"], result["End"] + 1  # Recognizers' End is inclusive
    value = (result.get("Resolution") or {}).get("value")
    if value is None:
        return False  # a result without a value: nothing to compare with
    want = float(value.rstrip("%"))
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


def spec_cases(name: str) -> list[dict]:
    return json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))


def all_cases():
    """Every case of the five spec files; a case the project decided not to support is
    an xfail(strict=True) with its reason, so one that starts passing fails the run
    and gets promoted (removed from recognizers_scope.toml)."""
    if not SPECS.exists():
        yield pytest.param(None, None, id="specs-absent")  # the test skips (or fails in CI) with the reason
        return
    scope = load_scope()
    for name in FILES:
        out = scope.get(name, {})
        for i, case in enumerate(spec_cases(name)):
            marks = [pytest.mark.xfail(strict=True, reason=out[case["Input"]])] if case["Input"] in out else []
            yield pytest.param(name, case, marks=marks, id=f"{name}-{i}")


@pytest.mark.parametrize("name, case", list(all_cases()))
def test_case(name, case):
    needs_shared(SPECS)
    assert check_case(name, case), f"{name}: {case['Input']!r} expected {[r['Text'] for r in case['Results']]}"


def run(name: str) -> dict:
    """Pass/fail of every case of one spec file."""
    cases = spec_cases(name)
    out = load_scope().get(name, {})
    passed = [c["Input"] for c in cases if check_case(name, c)]
    return {"all": len(cases), "passed": len(passed), "unsupported": len(out),
            "failed": [c["Input"] for c in cases if c["Input"] not in passed and c["Input"] not in out],
            "promote": [t for t in passed if t in out]}


def summary(verbose: bool = False) -> str:
    rows = [f"{'file':34} {'pass':>5} {'all':>5} {'rate':>6} {'unsupported':>12}"]
    for name in FILES:
        r = run(name)
        rows.append(f"{name:34} {r['passed']:5} {r['all']:5} {r['passed'] / r['all']:6.3f} {r['unsupported']:12}")
        if verbose:
            rows += [f"    FAIL {t!r}" for t in r["failed"]] + [f"    PASSES, promote {t!r}" for t in r["promote"]]
    return "\n".join(rows)


def test_scope_entries_name_real_cases_and_give_reasons():
    needs_shared(SPECS)
    for name, entries in load_scope().items():
        assert name in FILES, name
        inputs = {c["Input"] for c in spec_cases(name)}
        for text, reason in entries.items():
            assert text in inputs, f"{name}: no case {text!r}"
            assert reason.strip(), f"{name}: {text!r} has no reason"


def promote() -> int:
    """Remove from recognizers_scope.toml the listed cases that pass now; return how many."""
    passing = {name: set(run(name)["promote"]) for name in FILES}
    kept, section, removed = [], None, 0
    for line in SCOPE.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("["):
            section = line.strip()[1:-1]
        elif " = " in line and not line.startswith("#") and next(iter(tomllib.loads(line))) in passing.get(section, ()):
            removed += 1
            continue
        kept.append(line)
    SCOPE.write_text("".join(kept), encoding="utf-8")
    return removed


if __name__ == "__main__":
    if not SPECS.exists():
        sys.exit(f"{SPECS} is absent (../shared is not beside this checkout)")
    if "--promote" in sys.argv:
        print(f"promoted {promote()} case(s)")
    print(summary(verbose="-v" in sys.argv))
