"""The extractor's whole output on every document we have, frozen.

A restructuring must change no fact; a rule that changes facts on purpose
updates the snapshot in the same commit, so the diff of ``tests/snapshots/``
shows a reviewer exactly what the rule changed, document by document:

    JQEXTRACT_UPDATE_SNAPSHOT=1 python -m pytest tests/test_snapshot.py

The snapshot holds the facts (quantity spans, values, subjects, context), as the
gold files do, never the documents' text. Documents of ``../shared`` are
skipped with the reason when it is absent; the seed report is always checked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jqextract import extract

from conftest import GOLD, SHARED, needs_shared

SNAPSHOTS = Path(__file__).with_name("snapshots")
UPDATE = os.environ.get("JQEXTRACT_UPDATE_SNAPSHOT") == "1"
# (snapshot name prefix, folder of the documents)
SOURCES = {
    "seed": GOLD,
    "corpus": SHARED / "corpus" / "raw",
    "genres": SHARED / "corpus" / "genres" / "raw",
}
SEED = ["jiuquan-2024.txt"]


def documents():
    """(group, file name) of every document whose output is frozen."""
    yield from (pytest.param("seed", n, id=f"seed/{n}") for n in SEED)
    for group in ("corpus", "genres"):
        names = sorted(p.name for p in SOURCES[group].glob("*.txt")) if SOURCES[group].exists() else []
        if not names:  # listed from the snapshot folder, so a missing ../shared skips instead of vanishing
            names = sorted(p.name.removesuffix(".jsonl") for p in (SNAPSHOTS / group).glob("*.jsonl"))
        yield from (pytest.param(group, n, id=f"{group}/{n}") for n in names)


def as_lines(facts) -> list[str]:
    return [json.dumps(f.to_dict(), ensure_ascii=False, sort_keys=False) for f in facts]


@pytest.mark.parametrize("group,name", list(documents()))
def test_output_matches_snapshot(group, name):
    path = SOURCES[group] / name
    if group != "seed":
        needs_shared(path)
    got = as_lines(extract(path.read_text(encoding="utf-8")))
    frozen = SNAPSHOTS / group / f"{name}.jsonl"
    if UPDATE:
        frozen.parent.mkdir(parents=True, exist_ok=True)
        frozen.write_text("".join(line + "\n" for line in got), encoding="utf-8")
        return
    assert frozen.is_file(), f"no snapshot for {group}/{name}: run with JQEXTRACT_UPDATE_SNAPSHOT=1"
    want = frozen.read_text(encoding="utf-8").splitlines()
    lost = [w for w in want if w not in set(got)]
    new = [g for g in got if g not in set(want)]
    assert got == want, f"{len(lost)} fact(s) changed or lost, {len(new)} new:\n- " + "\n- ".join(lost[:10]) + "\n+ " + "\n+ ".join(new[:10])


def test_every_shared_document_has_a_snapshot():
    """A document added to ../shared must be frozen too, not silently left out."""
    needs_shared(SHARED / "corpus" / "raw")
    for group in ("corpus", "genres"):
        names = {p.name for p in SOURCES[group].glob("*.txt")}
        frozen = {p.name.removesuffix(".jsonl") for p in (SNAPSHOTS / group).glob("*.jsonl")}
        assert names == frozen, (group, sorted(names ^ frozen))
