"""Score the output the extractor had at an earlier commit against today's gold.

    python benchmarks/untuned.py [COMMIT] [--gold DIR]

The output of every document is frozen in ``tests/snapshots/`` at each commit
(see tests/test_snapshot.py). Scoring the snapshot of the commit before any
rule was written for a set of documents gives their *untuned* figures, the
honest measure of how the extractor does on text it was not tuned on; it can be
re-run at any time, against the gold as it is now. COMMIT defaults to the tag
``untuned-genres`` (the last commit before any rule for the genre texts).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jqextract.evaluate import LEVELS, Score, by_split, load_gold, score_document  # noqa: E402


def frozen(commit: str, doc: str) -> list[dict] | None:
    """The facts of ``doc`` in the snapshot of ``commit`` (None if it has none)."""
    for group in ("seed", "corpus", "genres"):
        r = subprocess.run(["git", "show", f"{commit}:tests/snapshots/{group}/{doc}.jsonl"], cwd=ROOT,
                           capture_output=True, text=True)
        if r.returncode == 0:
            return [json.loads(line) for line in r.stdout.splitlines()]
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("commit", nargs="?", default="untuned-genres")
    ap.add_argument("--gold", default=str(ROOT / "gold"))
    args = ap.parse_args()
    results = []
    for doc in load_gold(Path(args.gold), on_skip=lambda p, why: print(f"skipped {p.name}: {why}", file=sys.stderr)):
        facts = frozen(args.commit, doc.name)
        if facts is None:
            print(f"no snapshot of {doc.name} at {args.commit}", file=sys.stderr)
            continue
        end = doc.extent[1] if doc.extent else len(doc.text)
        r = score_document([f for f in facts if f["end"] <= end], doc.facts, doc.name)
        r.split = doc.split
        results.append(r)
    print(f"output frozen at {args.commit}, scored against the gold of the working tree (F1)")
    print(f"{'document':40} {'gold':>5} " + " ".join(f"{lvl:>7}" for lvl in LEVELS))
    for split, score in by_split(results).items():
        for r in (r for r in results if r.split == split):
            print(f"{r.name:40} {r.score.n_gold:5} " + " ".join(f"{r.score.prf(lvl)[2]:7.3f}" for lvl in LEVELS))
        print(f"{'[' + (split or 'gold') + ']':40} {score.n_gold:5} " + " ".join(f"{score.prf(lvl)[2]:7.3f}" for lvl in LEVELS))
    total = Score()
    for r in results:
        total.add(r.score)
    print(f"{'overall':40} {total.n_gold:5} " + " ".join(f"{total.prf(lvl)[2]:7.3f}" for lvl in LEVELS))


if __name__ == "__main__":
    main()
