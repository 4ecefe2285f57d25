"""Rule files are untrusted input: a broken one fails at load with file, line and reason."""

import shutil

import pytest

from jqextract.quantities import QuantityFinder
from jqextract.rules import RuleError, load_rules
from jqextract.subjects import SubjectRules

from conftest import RULES


@pytest.fixture
def rules_copy(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    load_rules.cache_clear()
    yield folder
    load_rules.cache_clear()


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_invalid_toml_names_file_and_line(rules_copy):
    edit(rules_copy / "units.toml", 'dimension = "power"', 'dimension = "power')
    with pytest.raises(RuleError, match=r"units\.toml:\d+: invalid TOML"):
        QuantityFinder(str(rules_copy))


def test_unknown_dimension(rules_copy):
    edit(rules_copy / "units.toml", 'forms = ["千瓦", "kW", "KW", "kw"]\ndimension = "power"',
         'forms = ["千瓦", "kW", "KW", "kw"]\ndimension = "powr"')
    with pytest.raises(RuleError, match=r"units\.toml:\d+: unit '千瓦' has unknown dimension 'powr'"):
        QuantityFinder(str(rules_copy))


def test_unit_form_starting_with_a_multiplier(rules_copy):
    edit(rules_copy / "units.toml", 'forms = ["吨", "t"]', 'forms = ["万吨", "t"]')
    with pytest.raises(RuleError, match="starts with a multiplier"):
        QuantityFinder(str(rules_copy))


@pytest.mark.parametrize("pattern, problem", [
    ("前三(季度", r"triggers\.toml:\d+: invalid regular expression"),
    ("(年+)+季度", r"triggers\.toml:\d+: .*catastrophic backtracking"),
])
def test_a_bad_regex_names_file_line_and_problem(rules_copy, pattern, problem):
    edit(rules_copy / "triggers.toml", "'前三季度'", f"'{pattern}'")
    with pytest.raises(RuleError, match=problem):
        SubjectRules(str(rules_copy))


def test_missing_rule_file(rules_copy):
    (rules_copy / "stoplist.toml").unlink()
    with pytest.raises(RuleError, match=r"stoplist\.toml: rule file is missing"):
        QuantityFinder(str(rules_copy))


def test_shipped_rules_load():
    QuantityFinder()
    SubjectRules()
