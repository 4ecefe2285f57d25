"""Where jqextract spends its time: cProfile over the shared corpus, after start-up.

    python benchmarks/profile_extract.py [CORPUS_DIR] [--top N] [--quantities] [--out FILE.prof]

Start-up (imports, rules, the jieba dictionary) is done first and not
profiled; then ``jqextract.extract`` (or ``find_quantities`` with
``--quantities``) runs over every document, and the functions with the most
time of their own (tottime) and the most time including callees (cumtime) are
printed. ``--out`` keeps the raw profile (``python -m pstats FILE.prof``, or
snakeviz). cProfile slows pure-Python code about 2x, evenly enough that the
shares are meaningful; the absolute rates are speed.py's and peers.py's.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "raw"))
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--quantities", action="store_true", help="profile find_quantities instead of extract")
    ap.add_argument("--out", metavar="FILE.prof")
    args = ap.parse_args()
    files = sorted(Path(args.corpus).glob("*.txt"))
    if not files:
        sys.exit(f"no .txt files in {args.corpus} (is ../shared beside the checkout?)")
    texts = [f.read_text(encoding="utf-8") for f in files]

    import jqextract

    fn = jqextract.find_quantities if args.quantities else jqextract.extract
    t = time.perf_counter()
    fn("过去一年,酒泉建成新能源项目25个,新增并网618万千瓦、储能303万千瓦时,惠及5631户群众。")  # start-up, not profiled
    print(f"start-up: {time.perf_counter() - t:.2f} s")
    t = time.process_time()
    for x in texts:
        fn(x)
    plain = time.process_time() - t
    prof = cProfile.Profile()
    prof.enable()
    for x in texts:
        fn(x)
    prof.disable()
    chars = sum(map(len, texts))
    print(f"{fn.__name__} on {len(texts)} documents, {chars:,} characters: {plain:.2f} s CPU unprofiled "
          f"({chars / plain:,.0f} chars/s)")
    if args.out:
        prof.dump_stats(args.out)
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        st = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key)
        st.print_stats(args.top)
        lines = buf.getvalue().splitlines()
        start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
        print(f"\n## by {key}\n")
        print("\n".join(lines[start - 1 :]).rstrip())


if __name__ == "__main__":
    main()
