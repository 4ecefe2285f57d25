"""Hostile input: bounded time on adversarial text, flat memory on big input.

Times are compared with a baseline measured in the same run (quantity finding
on the same amount of ordinary report prose), never with absolute seconds, so
the tests hold on a slow or busy machine.
"""

import json
import signal
import subprocess
import sys
import time

import pytest

from jqextract import extract, find_quantities

from conftest import GOLD

MB = 1_000_000
PROSE = (GOLD / "jiuquan-2024.txt").read_text(encoding="utf-8")


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL = {
    "digits": repeat("1234567890", MB),
    "chinese numerals": repeat("一二三四五六七八九十百千万亿", MB),
    "wan wan wan": repeat("万", MB),
    "1,1,1": repeat("1,", MB),
    "numeral-unit soup": repeat("3万千瓦、两成以上约5亿元多余几至—%个百分点", MB),
    "one line, no punctuation": repeat("新能源装机达到3351万千瓦并网618万千瓦储能303万千瓦时", MB),
    "ranges": repeat("1至2—3~", MB),
    "layout breaks": repeat("新增并网618万\n\n千瓦", MB),
}


def cpu_seconds(fn, text, limit: float | None = None) -> float:
    """CPU seconds of ``fn(text)``; with ``limit`` (CPU seconds too), a run past it
    fails at once (a quadratic case must fail the test, not hang CI for an hour).
    The limit counts this process's CPU time, not the clock, so a busy machine
    does not fail a linear case (a wall-clock limit did, in a fresh clone run
    beside other work)."""
    if limit is not None:
        signal.signal(signal.SIGVTALRM, overran)
        signal.setitimer(signal.ITIMER_VIRTUAL, limit)
    t = time.process_time()
    try:
        fn(text)
    finally:
        if limit is not None:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return time.process_time() - t


def overran(signum, frame):
    raise TimeoutError("ran past the time limit: not linear")


@pytest.fixture(scope="module")
def baseline():
    """Quantity finding on 1 MB of ordinary prose, measured now."""
    text = repeat(PROSE, MB)
    find_quantities(text)  # warm up (rules compiled)
    return cpu_seconds(find_quantities, text)


@pytest.mark.parametrize("kind", ADVERSARIAL)
def test_quantity_finding_is_linear_on_adversarial_input(kind, baseline):
    bound = 40 * baseline + 0.5
    spent = cpu_seconds(find_quantities, ADVERSARIAL[kind], limit=3 * bound + 10)
    assert spent <= bound, f"{kind}: {spent:.2f}s against {baseline:.2f}s for prose"


@pytest.mark.parametrize("kind", ["numeral-unit soup", "one line, no punctuation", "layout breaks"])
def test_full_extraction_is_linear_on_adversarial_input(kind):
    size = MB // 4
    prose = repeat(PROSE, size)
    extract(prose)  # warm up (segmenter loaded)
    base = cpu_seconds(extract, prose)
    bound = 60 * base + 1.0
    spent = cpu_seconds(extract, ADVERSARIAL[kind][:size], limit=3 * bound + 10)
    assert spent <= bound, f"{kind}: {spent:.2f}s against {base:.2f}s for prose"


def peak_rss_kb(*args) -> int:
    """Peak resident memory of one ``jqextract`` run, measured in a fresh parent."""
    code = ("import resource, subprocess, sys;"
            "r = subprocess.run(sys.argv[1:], capture_output=True);"
            "assert r.returncode == 0, r.stderr;"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "jqextract", *args],
                         capture_output=True, text=True, check=True)
    return int(out.stdout)


def test_a_big_file_streams_in_flat_memory(tmp_path):
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(PROSE * (3 * MB // len(PROSE)), encoding="utf-8")  # ~9 MB of UTF-8: read in pieces
    large.write_text(PROSE * (9 * MB // len(PROSE)), encoding="utf-8")  # ~27 MB
    rss_small = peak_rss_kb("extract", str(small), "--no-subjects", "--quiet", "-o", str(tmp_path / "a.jsonl"))
    rss_large = peak_rss_kb("extract", str(large), "--no-subjects", "--quiet", "-o", str(tmp_path / "b.jsonl"))
    assert rss_large <= rss_small * 1.25 + 10_000, (rss_small, rss_large)
    # the pieces add up to the facts of the whole text: each copy of the report
    # gives the same facts, at offsets shifted by its place in the file
    per_copy = len(find_quantities(PROSE))
    rows = [json.loads(line) for line in (tmp_path / "b.jsonl").read_text(encoding="utf-8").splitlines()]
    copies = 9 * MB // len(PROSE)
    assert len(rows) == per_copy * copies
    assert [r["start"] for r in rows[per_copy : 2 * per_copy]] == [r["start"] + len(PROSE) for r in rows[:per_copy]]


def test_a_folder_of_many_files_in_flat_memory(tmp_path):
    def folder(name, n):
        d = tmp_path / name
        d.mkdir()
        for i in range(n):
            (d / f"{i:05d}.txt").write_text(f"第{i}号文件：新增并网618万千瓦、储能303万千瓦时。", encoding="utf-8")
        return d

    few, many = folder("few", 200), folder("many", 2000)
    rss_few = peak_rss_kb("extract", str(few), "--quiet", "-o", str(tmp_path / "few.jsonl"))
    rss_many = peak_rss_kb("extract", str(many), "--quiet", "-o", str(tmp_path / "many.jsonl"))
    assert rss_many <= rss_few * 1.25 + 10_000, (rss_few, rss_many)
    assert len((tmp_path / "many.jsonl").read_text(encoding="utf-8").splitlines()) == 4000


def test_output_is_deterministic(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text(PROSE, encoding="utf-8")
    runs = [subprocess.run([sys.executable, "-m", "jqextract", "extract", str(f)], capture_output=True).stdout
            for _ in range(2)]
    assert runs[0] == runs[1] and runs[0]


# ---- issue 14: each reproducer of "no input can hang, crash or lose output" ----------------

def test_issue14_item6_a_long_numeral_run_is_skipped_not_reread(baseline):
    # each shorter prefix of the run was given to cn2an: 20,000 万 took 101 s, 40,000 零 13.7 s
    # and gave a 0 元 fact 40,000 characters long
    bound = 40 * baseline + 0.5
    for text in ("一" + "万" * 20000 + "元", "零" * 40000 + "元"):
        spent = cpu_seconds(extract, text, limit=3 * bound + 10)
        assert spent <= bound, f"{text[:3]}…: {spent:.2f}s against {baseline:.2f}s for 1 MB of prose"
        assert extract(text) == []


def test_issue14_item7_an_overflowing_magnitude_is_no_amount():
    # decimal.Overflow escaped extract and parse_number; the CLI lost the file's facts
    from jqextract import parse_number

    for text in ("1" + "亿" * 125000, "1" + "万" * 250000, "1亿亿亿", "1" + "万" * 30):
        assert extract(text) == []
        with pytest.raises(ValueError):
            parse_number(text)
