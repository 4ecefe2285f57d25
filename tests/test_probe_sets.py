"""benchmarks/probe_sets.py: every probe set in the repository can be checked against its texts,
and a set that cannot be scored is named with the reason (its texts live outside the repository)."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("probe_sets", ROOT / "benchmarks" / "probe_sets.py")
probe_sets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe_sets)
SET_NAMES = sorted(p.name for p in probe_sets.SETS.iterdir() if p.is_dir())


@pytest.mark.parametrize("name", SET_NAMES)
def test_every_gold_document_has_a_recorded_sha256(name):
    """A set's figure is only made on the text that was annotated: SOURCES.md must hash every document."""
    gold = probe_sets.SETS / name / f"{name}.probe.jsonl"
    docs = {json.loads(line)["doc"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()}
    hashes = probe_sets.recorded_hashes(probe_sets.SETS / name / "SOURCES.md")
    assert docs and docs <= set(hashes), sorted(docs - set(hashes))


def test_an_unknown_set_is_named():
    assert probe_sets.unusable("233", ROOT) == [f"233: no such set in {probe_sets.SETS} (set names are p181 …)"]


def test_missing_and_changed_texts_are_named(tmp_path):
    name = SET_NAMES[-1]
    hashes = probe_sets.recorded_hashes(probe_sets.SETS / name / "SOURCES.md")
    first, *rest = sorted(hashes)
    (tmp_path / name).mkdir()
    (tmp_path / name / first).write_text("not the annotated text", encoding="utf-8")
    problems = probe_sets.unusable(name, tmp_path)
    assert problems[0] == f"{name}: {tmp_path / name / first} differs from the annotated text (sha256)"
    assert problems[1:] == [f"{name}: {tmp_path / name / f} is missing" for f in rest]


INVENTED = ROOT / "gold" / "invented"
INVENTED_NAMES = sorted(p.name for p in INVENTED.iterdir() if p.is_dir())


@pytest.mark.parametrize("name", INVENTED_NAMES)
def test_every_invented_set_loads_with_its_texts(name):
    """The invented sets (original texts written by helpers, kept beside their gold, gold/invented/README.md)
    load through the gold loader's checks (spans, values written in them) and name only their own texts."""
    from jqextract.evaluate import load_gold

    folder = INVENTED / name
    docs = load_gold(folder / f"{name}.probe.jsonl", [folder])
    assert {d.name for d in docs} == {p.name for p in folder.glob("*.txt")}
    assert sum(len(d.facts) for d in docs) >= 12 * len(docs)
