"""Throughput and memory of jqextract on the shared corpus.

    python benchmarks/speed.py [CORPUS_DIR] [--repeat N]

Prints characters per second for quantity finding alone and for the full
pipeline (quantities + subjects), measured after start-up (rules compiled,
segmenter loaded), on one core, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "raw"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--segmenter", default=None, help="jieba (default) or pkuseg")
    args = ap.parse_args()
    files = sorted(Path(args.corpus).glob("*.txt"))
    if not files:
        sys.exit(f"no .txt files in {args.corpus} (is ../shared beside the checkout?)")
    texts = [f.read_text(encoding="utf-8") for f in files]
    chars = sum(map(len, texts))

    t0 = time.perf_counter()
    import jqextract

    extractor = jqextract.Extractor(segmenter=args.segmenter)
    extractor.segmenter()
    extractor.extract("新增并网618万千瓦")
    startup = time.perf_counter() - t0

    def rate(fn) -> tuple[float, float, int]:
        """Best wall-clock and CPU rates over the repeats (CPU time is what one core
        does, whatever else the machine is running)."""
        best_wall = best_cpu = float("inf")
        n = 0
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            n = sum(len(fn(x)) for x in texts)
            best_wall = min(best_wall, time.perf_counter() - t)
            best_cpu = min(best_cpu, time.process_time() - c)
        return chars / best_wall, chars / best_cpu, n

    q_wall, q_cpu, n_q = rate(extractor.find_quantities)
    f_wall, f_cpu, n_f = rate(extractor.extract)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(files)} files, {chars:,} characters")
    print(f"segmenter: {args.segmenter or 'jieba (default)'}")
    print(f"start-up (import, rules, segmenter): {startup:.2f} s")
    print(f"quantity finding: {q_cpu:,.0f} chars/s of CPU time, {q_wall:,.0f} chars/s wall ({n_q} quantities), best of {args.repeat}")
    print(f"full extraction:  {f_cpu:,.0f} chars/s of CPU time, {f_wall:,.0f} chars/s wall ({n_f} facts), best of {args.repeat}")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
