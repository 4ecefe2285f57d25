"""Score the extractor on the hand-annotated probe sets of ``gold/probes/sets/``.

    python benchmarks/probe_sets.py TEXTS_DIR [SET ...] [--per-document]

Each probe set is a handful of real news excerpts that helpers found and
annotated without running the extractor (gold/probes/README.md). Only its gold
(``pNNN.probe.jsonl``) and its sources (``SOURCES.md``: URL, title, date, the
sha256 of each excerpt and its first and last 20 characters) are kept in the
repository; the excerpts are third-party text and stay outside it, in
``TEXTS_DIR/pNNN/``. A set is scored only when every excerpt it names is there
and has the recorded sha256, so a figure is never made on text that differs from
what was annotated; a missing or changed excerpt is named and its set skipped.
The gold is named ``.probe.jsonl`` so that ``jqextract eval`` on ``gold/`` (the
README's figures) never picks it up.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jqextract.evaluate import LEVELS, Score, evaluate, load_gold  # noqa: E402

SETS = ROOT / "gold" / "probes" / "sets"
HASHED = re.compile(r"(p\d+-[\w-]+\.txt)\b.*?\b([0-9a-f]{64})\b")  # a SOURCES.md line: the file, then its sha256


def recorded_hashes(sources: Path) -> dict[str, str]:
    """File name → sha256, as SOURCES.md records them (one line a file)."""
    return {m.group(1): m.group(2) for line in sources.read_text(encoding="utf-8").splitlines() if (m := HASHED.search(line))}


def unusable(name: str, texts: Path) -> list[str]:
    """Why set ``name`` cannot be scored from ``texts`` (empty when it can)."""
    if not (SETS / name / "SOURCES.md").is_file():
        return [f"{name}: no such set in {SETS} (set names are p181 …)"]
    hashes = recorded_hashes(SETS / name / "SOURCES.md")
    if not hashes:
        return [f"{name}: SOURCES.md records no sha256"]
    problems = []
    for file, digest in sorted(hashes.items()):
        path = texts / name / file
        if not path.is_file():
            problems.append(f"{name}: {path} is missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: {path} differs from the annotated text (sha256)")
    return problems


def score_set(name: str, texts: Path, extractor) -> tuple[Score, list]:
    """The set's overall score and its per-document results."""
    results, total = evaluate(load_gold(SETS / name / f"{name}.probe.jsonl", [texts / name]), extractor)
    return total, results


def line(label: str, score: Score) -> str:
    return f"{label:<34} {score.n_system:>4} {score.n_gold:>4}" + "".join(f"  {lvl} {score.prf(lvl)[2]:.3f}" for lvl in LEVELS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", help="folder holding one pNNN/ folder of excerpts per set")
    ap.add_argument("sets", nargs="*", help="set names (p181 …); default: every set in gold/probes/sets")
    ap.add_argument("--per-document", action="store_true")
    args = ap.parse_args()
    names = args.sets or sorted(p.name for p in SETS.iterdir() if p.is_dir())
    import jqextract

    extractor = jqextract.Extractor()
    for name in names:
        problems = unusable(name, Path(args.texts))
        if problems:
            print("skipped " + "; ".join(problems), file=sys.stderr)
            continue
        total, rows = score_set(name, Path(args.texts), extractor)
        for r in rows if args.per_document else ():
            print(line(f"  {r.name}", r.score))
        print(line(name, total))


if __name__ == "__main__":
    main()
