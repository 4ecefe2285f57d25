"""Rule files are untrusted input: a broken one fails at load with file, line and reason."""

import re
import shutil
import subprocess
import sys

import pytest

from jqextract import Extractor, RuleError
from jqextract.rules import Rules, key_lines

from conftest import RULES


@pytest.fixture
def rules_copy(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    return folder


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path, needle):
    text = path.read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def rules_check(folder):
    return subprocess.run([sys.executable, "-m", "jqextract", "rules", "check", str(folder)], capture_output=True, text=True)


def test_invalid_toml_names_file_and_line(rules_copy):
    edit(rules_copy / "units.toml", 'dimension = "power"', 'dimension = "power')
    with pytest.raises(RuleError, match=r"units\.toml:\d+: invalid TOML"):
        Rules(rules_copy)


def test_unknown_dimension(rules_copy):
    edit(rules_copy / "units.toml", 'forms = ["千瓦", "kW", "KW", "kw", "瓩"]\ndimension = "power"',
         'forms = ["千瓦", "kW", "KW", "kw", "瓩"]\ndimension = "powr"')
    line = line_of(rules_copy / "units.toml", 'dimension = "powr"')
    with pytest.raises(RuleError, match=rf"units\.toml:{line}: unit\[\d+\]\.dimension: unit '千瓦' has unknown dimension 'powr'"):
        Rules(rules_copy)


def test_unit_form_starting_with_a_multiplier(rules_copy):
    edit(rules_copy / "units.toml", 'forms = ["吨", "t"]', 'forms = ["万吨", "t"]')
    with pytest.raises(RuleError, match="starts with a multiplier"):
        Rules(rules_copy)


@pytest.mark.parametrize("pattern, problem", [
    ("前三(季度", "invalid regular expression"),
    ("(年+)+季度", "catastrophic backtracking"),
    # passed the old probe, then took over 120 s on a 1.6 KB file (issue: hostile input)
    ("(?:[一-龥]|[一-龥][一-龥])+X", "catastrophic backtracking"),
])
def test_a_bad_regex_names_file_line_key_and_problem(rules_copy, pattern, problem):
    edit(rules_copy / "triggers.toml", "'前三季度'", f"'{pattern}'")
    line = line_of(rules_copy / "triggers.toml", pattern)
    with pytest.raises(RuleError, match=rf"triggers\.toml:{line}: time\.patterns\[\d+\]: .*{problem}"):
        Rules(rules_copy)
        Extractor(rules_copy)


def test_a_bad_unit_pattern_names_file_and_line(rules_copy):
    """not_before_pattern (3分|27秒) is a pattern of units.toml: checked like the others."""
    edit(rules_copy / "units.toml", "not_before_pattern = '[0-9]+(?!", "not_before_pattern = '([0-9]+)+(?!")
    line = line_of(rules_copy / "units.toml", "not_before_pattern = '([0-9]+)+")
    with pytest.raises(RuleError, match=rf"units\.toml:{line}: unit\[\d+\]\.not_before_pattern: .*catastrophic backtracking"):
        Extractor(rules_copy)


def test_missing_rule_file(rules_copy):
    (rules_copy / "stoplist.toml").unlink()
    with pytest.raises(RuleError, match=r"stoplist\.toml: rule file is missing"):
        Rules(rules_copy)


# ---- the three defects of the issue "rules as validated data": one FILE:LINE line, exit 2 ----

def defect_deleted_required_key(folder):
    edit(folder / "stoplist.toml", "year_min = 1000\n", "")
    return "stoplist.toml", "[calendar]", r"calendar: missing key 'year_min'"


def defect_mistyped_value(folder):
    edit(folder / "stoplist.toml", "year_max = 2999", 'year_max = "x"')
    return "stoplist.toml", 'year_max = "x"', r"calendar\.year_max: input should be a valid integer \(got 'x'\)"


def defect_misspelled_key(folder):
    edit(folder / "stoplist.toml", 'not_before = ["之路"', 'not_befor = ["之路"')
    return "stoplist.toml", "not_befor =", r"bare: unknown key 'not_befor' \(did you mean 'not_before'\?\)"


@pytest.mark.parametrize("defect", [defect_deleted_required_key, defect_mistyped_value, defect_misspelled_key])
def test_each_defect_is_one_file_line_error_and_exit_2(rules_copy, defect):
    name, needle, message = defect(rules_copy)
    line = line_of(rules_copy / name, needle)
    r = rules_check(rules_copy)
    assert r.returncode == 2, r
    errors = [x for x in r.stderr.splitlines() if x.startswith("jqextract: error:")]
    assert len(errors) == 1, r.stderr
    assert re.fullmatch(rf"jqextract: error: {re.escape(str(rules_copy / name))}:{line}: {message}", errors[0]), errors[0]
    with pytest.raises(RuleError):  # the library refuses the folder the same way
        Extractor(rules_copy)


def test_the_misspelled_key_no_longer_changes_the_output_silently(rules_copy):
    """Before: not_befor was ignored and 深圳的3万亿之路 became a fact."""
    assert [q.text for q in Extractor().find_quantities("深圳的3万亿之路")] == []
    defect_misspelled_key(rules_copy)
    with pytest.raises(RuleError, match="not_befor"):
        Extractor(rules_copy)


@pytest.mark.parametrize("old, new, message", [
    ('value = 2\nunit = "倍"', 'value = "lots"\nunit = "倍"', r"word\[\d+\]\.value: input should be a valid number"),
    ("factor = 1e3", "factor = inf", r"unit\[\d+\]\.factor: input should be a finite number"),
    ('factor = 1e3', 'factor = "inf"', r"unit\[\d+\]\.factor: input should be a valid number"),
    ('numerals = "arabic"', 'numerals = "roman"', r"unit\[\d+\]\.numerals: input should be 'any', 'arabic' or 'chinese'"),
])
def test_rule_values_are_validated(rules_copy, old, new, message):
    path = rules_copy / ("numerals.toml" if "倍" in old else "units.toml")
    edit(path, old, new)
    with pytest.raises(RuleError, match=message):
        Rules(rules_copy)


def test_a_failing_example_is_reported_at_its_line(rules_copy):
    edit(rules_copy / "units.toml", 'text = "发放资金3.19亿元"\nexpect = [{ text = "3.19亿元", value = 319000000',
         'text = "发放资金3.19亿元"\nexpect = [{ text = "3.19亿元", value = 320000000')
    line = line_of(rules_copy / "units.toml", 'text = "发放资金3.19亿元"') - 1  # the [[example]] header
    r = rules_check(rules_copy)
    assert r.returncode == 2
    assert f"units.toml:{line}: example[" in r.stderr and "320000000" in r.stderr


def test_shipped_rules_load_and_every_example_holds():
    r = rules_check(RULES)
    assert r.returncode == 0, r.stderr
    assert re.search(r"rules OK, \d+ examples hold", r.stdout)


def test_key_lines_follow_tables_arrays_and_multiline_values():
    raw = '[a]\nx = [\n  "y = 1",\n]\nz = 2\n[[b]]\nk = 1\n[[b]]\nk = 2\n"每年" = "年"\n'
    lines = key_lines(raw)
    assert lines[("a", "x")] == 2 and lines[("a", "z")] == 5
    assert lines[("b", 0, "k")] == 7 and lines[("b", 1, "k")] == 9 and lines[("b", 1, "每年")] == 10


# ---- one configuration per Extractor ------------------------------------------------------

def test_two_extractors_with_different_rules_in_one_process(rules_copy):
    edit(rules_copy / "units.toml", 'forms = ["吨", "t"]', 'forms = ["吨", "t", "罐"]')
    shipped, edited = Extractor(), Extractor(rules_copy)
    text = "每天进口原油3罐"
    assert [q.text for q in shipped.find_quantities(text)] == []
    assert [(q.text, q.unit) for q in edited.find_quantities(text)] == [("3罐", "罐")]
    assert [q.text for q in shipped.find_quantities(text)] == []  # the first is untouched


def test_openers_are_the_characters_a_match_can_start_with():
    from jqextract.rules import openers

    found = openers(r"(?<![\d.])(?:本|上)?(?:周|星期)[一二]|\d{1,2}日起")
    assert found is not None and found.chars == frozenset("本上周星") and found.digits and not found.spaces
    assert all(c in found for c in "本上周星5５") and not any(c in found for c in "一日起年")
    # where the first character may be nearly anything, or nothing is needed, there are none
    assert [openers(p) for p in (r"\p{Han}年", r".年", r"[^，]年", r"(?i)q", r"年?", r"(?=年)")] == [None] * 6


def test_an_edge_matcher_answers_as_the_pattern_does(shipped):
    """The subject stage asks the time patterns for a match at a subject's edge through an
    EdgeMatcher, which skips the regex where no match can start; it must answer as
    ``pattern.match(text[s:e])`` does at every position of every rule example."""
    from jqextract.examples import examples
    from jqextract.rules import EdgeMatcher

    extractor, time = shipped, shipped.subjects.rules.time
    edge = EdgeMatcher(time)
    assert edge.openers is not None
    texts = {getattr(e.case, "text", None) or "" for e in examples(extractor)}
    spans = [(t, s, e) for t in texts for s in range(len(t)) for e in (len(t), min(len(t), s + 6))]
    assert len(spans) > 20_000

    def answer(m):
        return None if m is None else m.span()

    assert [answer(edge.match(t, s, e)) for t, s, e in spans] == [answer(time.match(t[s:e])) for t, s, e in spans]


def test_an_edge_matcher_by_first_character_answers_as_the_whole_alternation(shipped):
    """Given its rule patterns, an EdgeMatcher tries only those that may open with the edge's
    character (BranchesByFirst); it must answer as the whole alternation does, span for span,
    for the time and the leading patterns at every position of every rule example."""
    from jqextract.examples import examples

    rules = shipped.subjects.rules
    texts = {getattr(e.case, "text", None) or "" for e in examples(shipped)} | {"12时30分", "5年前", "（一）该款", "每天 3"}
    spans = [(t, s, e) for t in texts for s in range(len(t)) for e in (len(t), min(len(t), s + 6))]
    for edge in (rules.time_edge, rules.leading_edge):
        assert edge.branches is not None
        whole = edge.pattern
        assert [answer(edge.match(t, s, e)) for t, s, e in spans] == [answer(whole.match(t[s:e])) for t, s, e in spans]


def answer(m):
    return None if m is None else m.span()


def test_required_characters_are_in_every_match(shipped, sampled_windows):
    """Prefiltered searches only where the text holds a character one of which every match
    holds (required_chars): it must find what the pattern finds in the windows of the rule
    examples (a fixed sample of them: conftest WINDOW_SAMPLE), for each pattern the subject
    stage searches so."""
    from jqextract.rules import required_chars

    found = required_chars(r"(?<![\d.])(?:本|上)?(?:周|星期)[一二]|\d{1,2}日起")
    assert found is not None and found.chars == frozenset("周星日") and not found.digits
    assert [required_chars(p) for p in (r"\p{Han}年", r".", r"[^，]", r"(?i)q", r"(?i:q)", r"年?", r"(?=年)", "年|")] == [None] * 8
    assert required_chars(r"\s*\d+").digits and required_chars(r"(?:ab|c)d{0,2}").chars == frozenset("ac")
    rules = shipped.subjects.rules
    windows = sampled_windows
    assert len(windows) > 50_000
    for pre in (*rules.back_any, rules.time_anywhere):
        assert pre.needed is not None
        assert [answer(pre.search(w)) for w in windows] == [answer(pre.pattern.search(w)) for w in windows]


def test_a_word_set_walking_prefixes_answers_as_the_one_trying_each_length():
    """WordSet walks its words' prefixes (suffixes) where they have many lengths; the
    answers must be those of trying each length, longest first, at every position."""
    import random

    from jqextract.rules import WordSet

    rng = random.Random(7)
    alphabet = "甲乙丙丁戊己"
    for _ in range(200):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(5, 30))]
        walking, trying = WordSet(words), WordSet(words)
        trying.prefixes = trying.suffixes = None
        text = "".join(rng.choice(alphabet) for _ in range(30))
        for pos in range(-1, 33):
            for bound in (0, 3, pos - 2, pos + 4, 40):
                assert walking.starting_at(text, pos, bound) == trying.starting_at(text, pos, bound)
                assert walking.ending_at(text, pos, bound) == trying.ending_at(text, pos, bound)
        assert walking.prefixes is not None or len(walking.lengths) < WordSet.WALK_FROM
