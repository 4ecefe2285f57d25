"""jqextract on Spark against the command line, on ~50 MB of text.

    python benchmarks/spark.py                 # ~4 minutes on the 2-core machine
    python benchmarks/spark.py --runs 3 --json /tmp/spark-bench.json

The 16 documents of ../shared/corpus/raw are written again and again into a
folder (copy-000/, copy-001/, ...) until it holds about ``--mb`` MB. Then, each
in a fresh process, in turn and ``--runs`` times (the best run of each counts):

- ``jqextract extract INPUT --jobs N --format parquet`` for N = 1, 2; its
  start-up is the same command on N one-sentence files (so N workers start);
- ``python -m jqextract.spark`` 's ``main`` with ``--master local[N]``, N = 1, 2,
  in one process: the session, then a warm-up run on N one-sentence files
  (``--partitions N``, so N Python workers start and build their extractor):
  that is start-up; then the run on INPUT, and a second run on INPUT in the
  same session, where the JVM has compiled its hot code (what a long job sees).

"After start-up" is the run on INPUT minus start-up (CLI) or the run on INPUT
in the warm session (Spark). CPU after start-up is the process tree's (CLI: the
run's minus the start-up run's). The CPU the rest of the machine used during the
whole run is printed beside it, because on a shared machine a second core that
someone else is using cannot speed a run up.
Peak memory is the largest resident set seen by
polling /proc every 0.25 s: the driver (the Python process, and for Spark its
JVM, which in local mode is also the executor) and the workers (CLI: the
--jobs processes; Spark: the pyspark.daemon and its forked Python workers),
each group summed at each poll. Linux only (it reads /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "raw"
TINY = "过去一年,酒泉新增并网618万千瓦。\n"  # reaches the subject stage, so jieba loads
CONFIGS = (("cli", 1), ("cli", 2), ("spark", 1), ("spark", 2))


# ---- input ----------------------------------------------------------------------------------

def build_input(folder: Path, target_bytes: int) -> dict:
    """The corpus written whole ``copies`` times, enough for ``target_bytes``."""
    from jqextract.io import read_text

    docs = sorted(CORPUS.glob("*.txt"))
    if not docs:
        sys.exit(f"benchmarks/spark.py: no documents in {CORPUS} (../shared must be beside the checkout)")
    data = [(p.name, p.read_bytes()) for p in docs]
    per_copy = sum(len(b) for _, b in data)
    copies = -(-target_bytes // per_copy)
    for i in range(copies):
        (folder / f"copy-{i:03d}").mkdir(parents=True)
        for name, b in data:
            (folder / f"copy-{i:03d}" / name).write_bytes(b)
    chars = copies * sum(len(read_text(str(p))) for p in docs)
    return {"copies": copies, "files": copies * len(docs), "bytes": copies * per_copy, "chars": chars}


def tiny_input(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"tiny-{i}.txt").write_text(TINY, encoding="utf-8")
    return folder


# ---- memory: the process tree, polled -------------------------------------------------------------

TICK = os.sysconf("SC_CLK_TCK")


def processes() -> dict[int, tuple[int, str, int, float]]:
    """pid → (parent pid, command line, resident KiB, CPU seconds so far) of every process we can read."""
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            fields = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{d}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            rss = next((int(line.split()[1]) for line in Path(f"/proc/{d}/status").read_text().splitlines()
                        if line.startswith("VmRSS:")), 0)
        except (OSError, ValueError, IndexError, StopIteration):
            continue
        out[int(d)] = (int(fields[1]), cmd, rss, (int(fields[11]) + int(fields[12])) / TICK)
    return out


def machine_busy() -> float:
    """CPU seconds all processes of the machine have used (user, nice, system, irq, softirq, steal)."""
    cpu = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    return sum(int(cpu[i]) for i in (0, 1, 2, 5, 6, 7)) / TICK


def tree(root: int, procs: dict) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, (ppid, *_) in procs.items():
        children.setdefault(ppid, []).append(pid)
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        if pid in procs:
            found.append(pid)
            stack.extend(children.get(pid, []))
    return found


class Sampler(threading.Thread):
    """Polls a process tree every 0.25 s: peak resident memory (KiB) by group (the driver:
    the root and a JVM; the workers: all others), and the CPU seconds each process used
    (its last value seen, so a process that ends between polls loses at most 0.25 s)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.cpu, self.done = pid, {"driver": 0, "workers": 0}, {}, threading.Event()

    def run(self):
        while not self.done.is_set():
            procs = processes()
            rss = {"driver": 0, "workers": 0}
            for pid in tree(self.pid, procs):
                _, cmd, kib, cpu = procs[pid]
                rss["driver" if pid == self.pid or "java" in cmd.split(" ", 1)[0] else "workers"] += kib
                self.cpu[pid] = cpu
            for k, v in rss.items():
                self.peak[k] = max(self.peak[k], v)
            time.sleep(0.25)


def measured(cmd: list[str]) -> dict:
    """Run ``cmd``: its wall time, CPU seconds (its tree's, and the rest of the machine's
    meanwhile), peak memory by group, and standard output."""
    busy0, t0 = machine_busy(), time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(p.pid)
    sampler.start()
    out, err = p.communicate()
    wall, busy = time.perf_counter() - t0, machine_busy() - busy0
    sampler.done.set()
    sampler.join()
    if p.returncode != 0:
        sys.exit(f"benchmarks/spark.py: {' '.join(cmd)} failed ({p.returncode}):\n{err[-3000:]}")
    cpu = sum(sampler.cpu.values())
    return {"wall": wall, "cpu": cpu, "others_cpu": max(0.0, busy - cpu),
            "peak_mb": {k: v / 1024 for k, v in sampler.peak.items()}, "stdout": out}


# ---- one configuration ----------------------------------------------------------------------------------

def facts_in(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetDataset(str(path)).read(columns=["start"]).num_rows


def run_cli(n: int, data: Path, work: Path) -> dict:
    """``jqextract extract`` with ``--jobs n``: start-up on n tiny files, then the input."""
    cli = [sys.executable, "-m", "jqextract", "extract", "--format", "parquet", "--jobs", str(n), "-q"]
    start = measured(cli + [str(work / f"tiny-{n}"), "-o", str(work / "cli-tiny.parquet")])
    full = measured(cli + [str(data), "-o", str(work / "cli-out.parquet")])
    return {"startup": start["wall"], "after": full["wall"] - start["wall"], "total": full["wall"],
            "cpu": full["cpu"], "cpu_after": full["cpu"] - start["cpu"], "others_cpu": full["others_cpu"],
            "peak_mb": full["peak_mb"], "facts": facts_in(work / "cli-out.parquet")}


def run_spark(n: int, data: Path, work: Path) -> dict:
    """``jqextract.spark`` on ``local[n]`` in a child: its timings, and peaks of its tree."""
    child = [sys.executable, __file__, "--spark-child", str(n), str(data), str(work)]
    r = measured(child)
    t = json.loads(r["stdout"].strip().splitlines()[-1])
    return {"startup": t["startup"], "after": t["after"], "total": t["startup"] + t["after"], "cpu": r["cpu"],
            "cpu_after": t["cpu_after"], "second": t["second"], "cpu_second": t["cpu_second"], "others_cpu": r["others_cpu"],
            "peak_mb": r["peak_mb"], "facts": facts_in(work / "spark-out.parquet"), "session": t["session"]}


def tree_cpu() -> float:
    """CPU seconds used so far by this process and its descendants (the JVM, the Python workers)."""
    procs = processes()
    return sum(procs[pid][3] for pid in tree(os.getpid(), procs))


def spark_child(n: int, data: str, work: str) -> None:
    """In a fresh process: session, warm-up run, measured run; prints the timings as JSON."""
    t0 = time.perf_counter()
    from jqextract.spark import main, session

    session(f"local[{n}]")  # the session the command starts: the same JVM options
    t1 = time.perf_counter()
    tiny = Path(work) / f"tiny-{n}"
    if main([str(tiny), f"{work}/warm.parquet", "--partitions", str(n), "--overwrite"]) != 0:
        sys.exit("warm-up failed")
    marks = [(time.perf_counter(), tree_cpu())]
    for _ in range(2):  # the first run after start-up, then a second one in the warm JVM
        if main([data, f"{work}/spark-out.parquet", "--overwrite"]) != 0:
            sys.exit("run failed")
        marks.append((time.perf_counter(), tree_cpu()))
    (t2, c2), (t3, c3), (t4, c4) = marks
    print(json.dumps({"session": t1 - t0, "startup": t2 - t0, "after": t3 - t2, "cpu_after": c3 - c2,
                      "second": t4 - t3, "cpu_second": c4 - c3}))


# ---- the table -------------------------------------------------------------------------------------------

def table(best: dict, info: dict) -> str:
    """The markdown table: one row per configuration (Spark: also its second run), then the ratios."""
    head = ("| run | start-up | after start-up | start-up + run | chars/s after start-up | facts/s after start-up "
            "| CPU after start-up | others' CPU meanwhile | peak memory, driver | peak memory, workers |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    lines, rate = [head], {}
    for (kind, n), r in best.items():
        name = f"`jqextract extract --jobs {n}`" if kind == "cli" else f"Spark `local[{n}]`"
        rows = [(name, r["startup"], r["after"], r["cpu_after"])]
        if kind == "spark":
            rows.append((f"Spark `local[{n}]`, second run, same session", None, *r["second_best"]))
        for label, startup, after, cpu in rows:
            rate[label] = info["chars"] / after
            lines.append(f"| {label} | {'' if startup is None else f'{startup:.1f} s'} | {after:.1f} s "
                         f"| {'' if startup is None else f'{startup + after:.1f} s'} | {info['chars'] / after:,.0f} "
                         f"| {r['facts'] / after:,.0f} | {cpu:.0f} s | {r['others_cpu']:.0f} s "
                         f"| {r['peak_mb']['driver']:,.0f} MB | {r['peak_mb']['workers']:,.0f} MB |")
    names = list(rate)
    cli1, cli2, sp1, sp1b, sp2, sp2b = (rate[k] for k in names)
    lines.append(f"\nafter start-up: local[2] / local[1] {sp2 / sp1:.2f}×, local[2] / --jobs 2 {sp2 / cli2:.2f}, "
                 f"--jobs 2 / --jobs 1 {cli2 / cli1:.2f}×; second runs: local[2] / local[1] {sp2b / sp1b:.2f}×, "
                 f"local[2] / --jobs 2 {sp2b / cli2:.2f}")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50, help="input size in MB (10**6 bytes; default 50)")
    ap.add_argument("--runs", type=int, default=1, help="runs of each configuration, interleaved; the best counts")
    ap.add_argument("--json", help="write every run's figures here")
    ap.add_argument("--spark-child", nargs=3, metavar=("N", "INPUT", "WORK"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.spark_child:
        return spark_child(int(args.spark_child[0]), *args.spark_child[1:])
    work = Path(tempfile.mkdtemp(prefix="jqextract-spark-bench-"))
    try:
        info = build_input(work / "input", int(args.mb * 1e6))
        for n in (1, 2):
            tiny_input(work / f"tiny-{n}", n)
        print(f"input: {info['files']} files, {info['bytes']:,} bytes, {info['chars']:,} characters "
              f"({info['copies']} copies of the corpus); {os.cpu_count()} CPUs; load average {os.getloadavg()}", flush=True)
        runs = {c: [] for c in CONFIGS}
        for _ in range(args.runs):
            for kind, n in CONFIGS:
                r = (run_cli if kind == "cli" else run_spark)(n, work / "input", work)
                r["load"] = os.getloadavg()[0]
                runs[kind, n].append(r)
                print(f"{kind} {n}: {json.dumps(r)}", flush=True)
        counts = {r["facts"] for rs in runs.values() for r in rs}
        if len(counts) != 1:
            sys.exit(f"benchmarks/spark.py: the runs found different numbers of facts: {sorted(counts)}")
        best = {c: min(rs, key=lambda r: r["after"]) for c, rs in runs.items()}
        for (kind, n), rs in runs.items():
            if kind == "spark":
                fastest = min(rs, key=lambda r: r["second"])
                best[kind, n] = {**best[kind, n], "second_best": (fastest["second"], fastest["cpu_second"])}
        print(table(best, info))
        if args.json:
            Path(args.json).write_text(json.dumps({"input": info, "runs": {f"{k}{n}": rs for (k, n), rs in runs.items()}}, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
