"""The on-disk memory of rule patterns that passed their backtracking probes
(jqextract.patterncache): a pass is remembered, a refusal never is, and a cache that
cannot be read or written changes nothing but the time."""

import pytest

from jqextract import RuleError, patterncache, rules

SAFE = "前(?:三|四)季度"
SLOW = r"\p{Han}+?\p{Han}+?(?=\p{Han}*X)"  # too slow on its probes, though its shape passes


@pytest.fixture
def cache_at(tmp_path, monkeypatch):
    """A fresh cache folder, and no answers remembered in this process for it."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("JQEXTRACT_CACHE_DIR", str(folder))
    monkeypatch.setattr(patterncache, "_opened", {})
    return folder


def count_probes(monkeypatch) -> list[str]:
    probed: list[str] = []
    real = rules.probes
    monkeypatch.setattr(rules, "probes", lambda p: probed.append(p) or real(p))
    return probed


def forget(monkeypatch):
    """As a new process would start: nothing in memory, the file as it is."""
    monkeypatch.setattr(patterncache, "_opened", {})


def test_a_pass_is_probed_once_then_read_from_disk(cache_at, monkeypatch):
    probed = count_probes(monkeypatch)
    assert rules.backtracking_problem(SAFE) is None
    assert len((cache_at / patterncache.FILE_NAME).read_text().split()) == 1
    forget(monkeypatch)
    assert rules.backtracking_problem(SAFE) is None
    assert probed == [SAFE]


def test_a_refusal_is_never_remembered(cache_at, monkeypatch):
    probed = count_probes(monkeypatch)
    for _ in range(2):
        forget(monkeypatch)
        assert rules.backtracking_problem(SLOW) == "is too slow on long input"
    assert probed == [SLOW, SLOW]
    assert not (cache_at / patterncache.FILE_NAME).exists()
    with pytest.raises(RuleError, match="catastrophic backtracking"):
        rules.compile_regex(SLOW)


def test_the_key_changes_with_what_the_probes_depend_on(cache_at, monkeypatch):
    probed = count_probes(monkeypatch)
    rules.backtracking_problem(SAFE)
    forget(monkeypatch)
    monkeypatch.setattr(rules, "PROBE_FORM", rules.PROBE_FORM + 1)
    rules.backtracking_problem(SAFE)
    assert probed == [SAFE, SAFE]


def test_an_unwritable_cache_costs_only_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("JQEXTRACT_CACHE_DIR", str(blocker / "cache"))
    forget(monkeypatch)
    probed = count_probes(monkeypatch)
    assert rules.backtracking_problem(SAFE) is None
    assert rules.backtracking_problem(SAFE) is None  # (remembered in this process still)
    assert probed == [SAFE]


def test_an_empty_cache_dir_turns_the_file_off(tmp_path, monkeypatch):
    monkeypatch.setenv("JQEXTRACT_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    forget(monkeypatch)
    assert patterncache.cache_folder() is None
    assert rules.backtracking_problem(SAFE) is None
    assert list(tmp_path.iterdir()) == []


def test_torn_or_foreign_lines_are_unknown_keys(cache_at, monkeypatch):
    cache_at.mkdir()
    (cache_at / patterncache.FILE_NAME).write_text("0123\nnot hex at all\n\x00\x00")
    probed = count_probes(monkeypatch)
    assert rules.backtracking_problem(SAFE) is None
    assert probed == [SAFE]


def test_a_full_file_starts_afresh(cache_at, monkeypatch):
    monkeypatch.setattr(patterncache, "MAX_ENTRIES", 2)
    for p in ("甲", "乙", "丙"):
        assert rules.backtracking_problem(p) is None
    assert len((cache_at / patterncache.FILE_NAME).read_text().split()) == 1
    forget(monkeypatch)
    probed = count_probes(monkeypatch)
    rules.backtracking_problem("丙")
    assert probed == []  # (the last one passed is remembered)
