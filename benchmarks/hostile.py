"""Time and memory of jqextract on adversarial input (issue 14's "done when").

    python benchmarks/hostile.py [CORPUS_DIR] [--mb-time 1] [--mb-memory 8] [--only NAME]

Two measurements, printed as tables:

* **time**: the full pipeline (``extract``, with subjects) on 1 MB (UTF-8 bytes)
  of each adversarial input, in CPU seconds after start-up, against 1 MB of the
  corpus. The bound is "within 5x the CPU time of 1 MB of the corpus per fact
  found": an input may take 5x the corpus's time, and proportionally more when it
  yields more facts than the corpus does (a text that is all quantities is
  extracted at the cost of its facts). ``ratio = cpu / (corpus_cpu * max(1,
  facts / corpus_facts))``; the bound holds when ratio <= 5.
* **memory**: the peak resident memory of ``jqextract extract FILE -o OUT`` (the
  default format, with subjects) on 8 MB of each input, as a file and on
  standard input; the bound is 300 MB.

The inputs are the reproducers of issue 14 (items 6, 7, 12 and the text behind
item 14's pattern) and the adversarial texts of ``tests/test_hostile.py``.
Timings are not asserted in the test suite (a shared machine makes absolute
times noisy); the tests bound each case relative to prose measured in the same
run, and this script prints the figures the README quotes.
"""

from __future__ import annotations

import argparse
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_BOUND, MEMORY_BOUND_MB = 5.0, 300

# name -> (head, repeated unit, tail): the text is head + unit * n + tail, n filling the size
INPUTS = {
    "一万万万…元 (item 6)": ("一", "万", "元"),
    "零零零…元 (item 6)": ("", "零", "元"),
    "1亿亿亿… (item 7)": ("1", "亿", ""),
    "1万万万… (item 7)": ("1", "万", ""),
    "5万5万5万… (item 12)": ("", "5万", ""),
    "one line, no sentence end (item 12)": ("", "新能源装机达到3351万千瓦并网618万千瓦储能303万千瓦时", ""),
    "CJK run, no punctuation (item 14's text)": ("", "国民经济和社会发展统计公报显示", ""),
    "digits": ("", "1234567890", ""),
    "chinese numerals": ("", "一二三四五六七八九十百千万亿", ""),
    "1,1,1": ("", "1,", ""),
    "numeral-unit soup": ("", "3万千瓦、两成以上约5亿元多余几至—%个百分点", ""),
    "ranges": ("", "1至2—3~", ""),
    "layout breaks": ("", "新增并网618万\n\n千瓦", ""),
    "1 111 111… (spaced thousands)": ("1", " 111", "。"),
}


def make(head: str, unit: str, tail: str, size: int) -> str:
    """head + unit * n + tail, at most ``size`` bytes of UTF-8."""
    fixed = len((head + tail).encode())
    n = (size - fixed) // len(unit.encode())
    return head + unit * n + tail


def corpus_text(folder: Path, size: int) -> str:
    """``size`` bytes of the corpus, its documents one after another (repeated as needed)."""
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no .txt files in {folder} (is ../shared beside the checkout?)")
    whole = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    data = (whole.encode() * (size // len(whole.encode()) + 1))[:size]
    return data.decode("utf-8", "ignore")


def cpu(fn, text) -> tuple[float, int]:
    t = time.process_time()
    n = len(fn(text))
    return time.process_time() - t, n


def time_table(corpus: Path, size: int, only: str | None) -> bool:
    import jqextract

    extractor = jqextract.Extractor()
    extractor.segmenter()
    extractor.extract("新增并网618万千瓦")  # start-up done
    base_cpu, base_facts = cpu(extractor.extract, corpus_text(corpus, size))
    print(f"\n## time: extract() on {size / 1e6:g} MB, CPU seconds after start-up")
    print(f"corpus: {base_cpu:.2f} s, {base_facts:,} facts ({base_cpu / base_facts * 1e6:.0f} µs per fact)\n")
    print("| input | characters | facts | CPU s | ratio (bound 5) |")
    print("|---|---:|---:|---:|---:|")
    ok = True
    for name, parts in INPUTS.items():
        if only and only not in name:
            continue
        text = make(*parts, size)
        spent, facts = cpu(extractor.extract, text)
        ratio = spent / (base_cpu * max(1.0, facts / base_facts))
        ok &= ratio <= TIME_BOUND
        print(f"| {name} | {len(text):,} | {facts:,} | {spent:.2f} | {ratio:.2f}{'' if ratio <= TIME_BOUND else ' OVER'} |", flush=True)
    return ok


def peak_mb(args: list[str], stdin: Path | None) -> tuple[float, float, str]:
    """Peak RSS (MB) and wall seconds of one ``jqextract`` run, in a fresh parent."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter();"
            "r = subprocess.run(sys.argv[1:], stdin=sys.stdin, capture_output=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t, r.returncode)")
    with open(stdin or "/dev/null", "rb") as f:
        out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "jqextract", *args],
                             stdin=f, capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]) / 1024, float(out[1]), out[2]


def memory_table(size: int, only: str | None) -> bool:
    print(f"\n## memory: jqextract extract on {size / 1e6:g} MB, peak resident memory\n")
    print("| input | file: MB | file: s | stdin: MB | stdin: s |")
    print("|---|---:|---:|---:|---:|")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name, parts in INPUTS.items():
            if only and only not in name:
                continue
            f = Path(tmp) / "input.txt"
            f.write_text(make(*parts, size), encoding="utf-8")
            out = str(Path(tmp) / "out.jsonl")
            file_mb, file_s, rc1 = peak_mb(["extract", str(f), "-o", out, "--quiet"], None)
            stdin_mb, stdin_s, rc2 = peak_mb(["extract", "-", "-o", out, "--quiet"], f)
            ok &= max(file_mb, stdin_mb) <= MEMORY_BOUND_MB and rc1 == rc2 == "0"
            print(f"| {name} | {file_mb:.0f} | {file_s:.1f} | {stdin_mb:.0f} | {stdin_s:.1f} |", flush=True)
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "raw"))
    ap.add_argument("--mb-time", type=float, default=1.0)
    ap.add_argument("--mb-memory", type=float, default=8.0)
    ap.add_argument("--only", help="only the inputs whose name contains this")
    args = ap.parse_args()
    print(f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, {platform.machine()}, "
          f"{__import__('os').cpu_count()} CPUs")
    ok = time_table(Path(args.corpus), int(args.mb_time * 1e6), args.only)
    ok &= memory_table(int(args.mb_memory * 1e6), args.only)
    print(f"\npeak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("all within the bounds" if ok else "SOME INPUT IS OVER ITS BOUND")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
