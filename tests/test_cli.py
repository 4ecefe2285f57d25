"""The real ``jqextract`` command, run as a user runs it."""

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import CORPUS, GOLD, needs_shared

SEED = GOLD / "jiuquan-2024.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "jqextract", *args], input=stdin, capture_output=True)


def test_extract_jsonl_on_the_seed():
    r = run("extract", str(SEED))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(l) for l in r.stdout.decode().splitlines()]
    assert len(rows) >= 70
    text = SEED.read_text(encoding="utf-8")
    assert all(text[d["start"] : d["end"]] == d["text"] for d in rows)
    assert {"text": "618万千瓦", "value": 6180000, "subject": "并网"}.items() <= next(d for d in rows if d["text"] == "618万千瓦").items()


def test_several_files_name_their_doc(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("新增并网618万千瓦。", encoding="utf-8")
    b.write_text("储能303万千瓦时。", encoding="utf-8")
    r = run("extract", str(a), str(b))
    rows = [json.loads(l) for l in r.stdout.decode().splitlines()]
    assert [(d["doc"], d["text"]) for d in rows] == [(str(a), "618万千瓦"), (str(b), "303万千瓦时")]


def test_stdin_and_csv():
    r = run("extract", "-", "--format", "csv", stdin="新增并网618万千瓦,同比增长30%。".encode())
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert [(d["text"], d["norm_unit"]) for d in rows] == [("618万千瓦", "W"), ("30%", "%")]


def test_json_output_file(tmp_path):
    out = tmp_path / "facts.json"
    r = run("extract", str(SEED), "--format", "json", "-o", str(out))
    assert r.returncode == 0 and r.stdout == b""
    assert len(json.loads(out.read_text(encoding="utf-8"))) >= 70


def test_gb18030_file_is_read(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes("全年粮食产量1.3万亿斤。\r\n".encode("gb18030"))
    r = run("extract", str(f))
    assert json.loads(r.stdout)["value"] == 1300000000000


def test_bad_file_is_reported_and_the_rest_goes_on(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("新增并网618万千瓦。", encoding="utf-8")
    bad.write_bytes(b"\xff\xfe\x00\x81\x00binary")
    r = run("extract", str(bad), str(good), str(tmp_path / "missing.txt"))
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "bad.txt" in err and "missing.txt: no such file" in err and "1 file(s) read" in err
    assert [json.loads(l)["text"] for l in r.stdout.decode().splitlines()] == ["618万千瓦"]


def test_eval_prints_the_table_and_enforces_floors():
    r = run("eval", "--errors", "2")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "jiuquan-2024.txt" in out and "overall" in out and "triple" in out
    r = run("eval", "--min-f1", "span=1.01")
    assert r.returncode == 3 and b"below the floor" in r.stderr


def test_eval_rejects_a_malformed_gold_file(tmp_path):
    (tmp_path / "x.txt").write_text("新增并网618万千瓦。", encoding="utf-8")
    (tmp_path / "x.gold.jsonl").write_text(json.dumps({
        "doc": "x.txt", "text": "618万千瓦", "start": 0, "end": 6, "value": 6180000, "unit": "千瓦",
        "norm_value": 6.18e9, "norm_unit": "W", "subject": "并网"}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run("eval", "--gold", str(tmp_path))
    assert r.returncode == 2 and b"x.gold.jsonl:1:" in r.stderr


def test_units_and_rules_check(tmp_path):
    r = run("units")
    assert "千瓦" in r.stdout.decode() and r.returncode == 0
    assert run("rules", "check").returncode == 0


def test_version_and_help():
    assert run("--version").stdout.decode().startswith("jqextract ")
    assert b"example:" in run("extract", "--help").stdout
