"""The real ``jqextract`` command, run as a user runs it."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, GOLD, needs_shared

SEED = GOLD / "jiuquan-2024.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "jqextract", *args], input=stdin, capture_output=True)


def test_extract_jsonl_on_the_seed():
    r = run("extract", str(SEED))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert len(rows) >= 70
    text = SEED.read_text(encoding="utf-8")
    assert all(text[d["start"] : d["end"]] == d["text"] for d in rows)
    assert {"text": "618万千瓦", "value": 6180000, "subject": "并网"}.items() <= next(d for d in rows if d["text"] == "618万千瓦").items()


def test_several_files_name_their_doc(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("新增并网618万千瓦。", encoding="utf-8")
    b.write_text("储能303万千瓦时。", encoding="utf-8")
    r = run("extract", str(a), str(b))
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
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
    assert [json.loads(line)["text"] for line in r.stdout.decode().splitlines()] == ["618万千瓦"]


def test_eval_prints_the_table_and_enforces_floors(tmp_path):
    r = run("eval", "--errors", "2")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "jiuquan-2024.txt" in out and "overall" in out and "triple" in out and "exact" in out
    assert b"document(s) scored" in r.stderr
    # a gold set the extractor cannot get all of (a year it rightly refuses, annotated as a
    # fact): F1 < 1 whatever the engine, so the floor fails with or without ../shared
    text = "2024年新增并网618万千瓦。"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    lines = [{"doc": "d.txt", "text": "618万千瓦", "start": text.index("618"), "end": text.index("。"), "value": 6180000,
              "unit": "千瓦", "norm_value": 6.18e9, "norm_unit": "W", "subject": "并网"},
             {"doc": "d.txt", "text": "2024年", "start": 0, "end": 5, "value": 2024, "unit": "年", "norm_value": 2024,
              "norm_unit": "年", "subject": None}]
    (tmp_path / "d.gold.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    r = run("eval", "--gold", str(tmp_path), "--min-f1", "span=0.999")
    assert r.returncode == 3 and b"below the floor" in r.stderr, r.stderr


def test_eval_markdown_gives_the_tables_of_the_readme(tmp_path):
    # one document whose one gold fact the extractor finds with the wrong subject: every
    # level but triple and exact is 1.000, whatever the engine
    (tmp_path / "d.txt").write_text("新增并网618万千瓦。", encoding="utf-8")
    (tmp_path / "d.gold.jsonl").write_text(json.dumps({
        "doc": "d.txt", "text": "618万千瓦", "start": 4, "end": 10, "value": 6180000, "unit": "千瓦",
        "norm_value": 6.18e9, "norm_unit": "W", "subject": "装机"}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run("eval", "--gold", str(tmp_path), "--markdown")
    lines = r.stdout.decode().splitlines()
    assert r.returncode == 0, r.stderr
    assert lines[0] == "| split | facts | span | value | norm | triple | exact |"
    assert lines[2] == "| gold | 1 | 1.000 | 1.000 | 1.000 | 0.000 | 0.000 |"
    assert "| d (gold) | 1 | 1.000 | 1.000 | 1.000 | 0.000 | 0.000 |" in lines


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
    rows = [line.split("\t") for line in run("units", "--dimension", "pressure").stdout.decode().splitlines()[1:]]
    assert rows and all(row[0] == "pressure" and row[3] == "Pa" for row in rows)
    assert ["pressure", "百帕", "100", "Pa", ""] in rows


def test_units_check_shows_how_each_number_is_read():
    r = run("units", "--check", "猪肉每斤17.8元，上证指数收报3200.55点，2024年，G30连霍高速")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert lines[0] == "17.8元\t17.8 元 = 17.8 CNY\tmoney, per 斤"
    assert lines[1] == "3200.55点\t3200.55 点 = 3200.55 点\tother"
    assert lines[2] == "2024\tnot a quantity: year"
    assert lines[3] == "30\tnot a quantity: code or name"


def test_version_and_help():
    assert run("--version").stdout.decode().startswith("jqextract ")
    for command in (["extract"], ["show"], ["eval"], ["units"], ["rules"], ["rules", "check"]):
        assert b"example:" in run(*command, "--help").stdout, command


# --- files, folders, encodings, formats, parallel runs, show (the batch command line) ---

GOOD = {"a.txt": "新增并网618万千瓦。", "sub/b.md": "储能303万千瓦时,同比增长30%。", "sub/deeper/c.txt": "粮食产量1.3万亿斤。"}


def make_folder(root, files=GOOD):
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def jsonl(r):
    return [json.loads(line) for line in r.stdout.decode().splitlines()]


def test_gb18030_crlf_bom_and_encoding_option(tmp_path):
    (tmp_path / "gbk.txt").write_bytes("全年粮食产量1.3万亿斤。\r\n新增并网618万千瓦。\r\n".encode("gbk"))
    (tmp_path / "bom.txt").write_bytes("\ufeff储能303万千瓦时。\r\n".encode("utf-8"))
    r = run("extract", str(tmp_path))
    assert r.returncode == 0, r.stderr
    rows = jsonl(r)
    assert [(d["doc"], d["text"]) for d in rows] == [
        (str(tmp_path / "bom.txt"), "303万千瓦时"), (str(tmp_path / "gbk.txt"), "1.3万亿斤"), (str(tmp_path / "gbk.txt"), "618万千瓦")]
    text = open(tmp_path / "gbk.txt", encoding="gb18030").read()  # offsets index the text as Python reads it
    assert all(text[d["start"] : d["end"]] == d["text"] for d in rows[1:])
    assert jsonl(run("extract", str(tmp_path / "gbk.txt"), "--encoding", "gbk"))[1]["text"] == "618万千瓦"
    r = run("extract", str(tmp_path / "gbk.txt"), "--encoding", "utf-8")
    assert r.returncode == 1 and b"gbk.txt: cannot be decoded as utf-8" in r.stderr
    assert run("extract", str(tmp_path), "--encoding", "no-such-codec").returncode == 2


def test_folder_with_bad_files_reports_each_once_and_the_rest_is_unchanged(tmp_path):
    folder = make_folder(tmp_path / "docs")
    (folder / "empty.txt").write_bytes(b"")  # empty is fine: zero facts
    (folder / "notes.csv").write_text("不读:100万千瓦", encoding="utf-8")  # not *.txt / *.md
    (folder / ".hidden.txt").write_text("不读:100万千瓦", encoding="utf-8")
    # (undecodable: not \xff\xfe first, which is UTF-16's byte-order mark)
    bad = {"undecodable.txt": b"\x80\xff\xfe\xfd \x81\x30 \xc0", "binary.md": b"PK\x03\x04\x00\x00data"}
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    r = run("extract", str(folder))
    assert r.returncode == 1
    err = r.stderr.decode().splitlines()
    assert err == [
        f"jqextract: error: {folder / 'binary.md'}: looks like a binary file (NUL bytes)",
        f"jqextract: error: {folder / 'broken.txt'}: broken symbolic link",
        f"jqextract: error: {folder / 'undecodable.txt'}: cannot be decoded as UTF-8 or GB18030 (try --encoding)",
        "jqextract: 4 file(s) read, 4 facts, 3 file(s) failed",
    ]
    for name in (*bad, "broken.txt"):
        (folder / name).unlink()
    r2 = run("extract", str(folder))
    assert r2.returncode == 0 and r2.stdout == r.stdout
    assert r2.stderr.decode().splitlines() == ["jqextract: 4 file(s) read, 4 facts, 0 file(s) failed"]
    assert {d["doc"] for d in jsonl(r2)} == {str(folder / n) for n in GOOD}
    only_md = jsonl(run("extract", str(folder), "--glob", "*.md", "--glob", "*.csv"))
    assert [d["doc"] for d in only_md] == [str(folder / "notes.csv")] + [str(folder / "sub/b.md")] * 2


def test_directory_missing_file_and_unreadable_file(tmp_path):
    r = run("show", str(tmp_path))
    assert r.returncode == 1 and r.stderr.decode() == f"jqextract: error: {tmp_path}: is a directory\n"
    (tmp_path / "locked.txt").write_text("新增并网618万千瓦。", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    r = run("extract", str(tmp_path / "locked.txt"), str(tmp_path / "missing.txt"))
    err = r.stderr.decode()
    assert r.returncode == 1 and f"{tmp_path / 'missing.txt'}: no such file" in err
    if os.geteuid() != 0:  # root reads a mode-000 file anyway
        assert f"{tmp_path / 'locked.txt'}: permission denied" in err


def test_stdin_alone_and_beside_a_file(tmp_path):
    r = run("extract", "-", stdin="新增并网618万千瓦。".encode("gb18030"))
    assert r.returncode == 0 and [(d["text"], "doc" in d) for d in jsonl(r)] == [("618万千瓦", False)]
    f = make_folder(tmp_path) / "a.txt"
    r = run("extract", "-", str(f), stdin="储能303万千瓦时。".encode())
    assert [(d["doc"], d["text"]) for d in jsonl(r)] == [("<stdin>", "303万千瓦时"), (str(f), "618万千瓦")]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "tsv", "table"])
def test_each_text_format_has_the_same_facts(tmp_path, fmt):
    folder = make_folder(tmp_path)
    expected = [(d["doc"], d["text"]) for d in jsonl(run("extract", str(folder)))]
    assert len(expected) == 4
    r = run("extract", str(folder), "--format", fmt, "-o", str(tmp_path / "out"))
    assert r.returncode == 0 and r.stdout == b"", r.stderr
    out = (tmp_path / "out").read_text(encoding="utf-8")
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    elif fmt == "json":
        rows = json.loads(out)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert rows[0]["norm_value"] == "6180000000" and rows[0]["qualifier"] == ""
    else:
        from jqextract.output import display_width

        lines = out.splitlines()
        assert lines[0].split() == ["doc", "start", "text", "norm_value", "norm_unit", "qualifier", "subject", "predicate",
                                    "change", "time", "location"] and set(lines[1]) == {"-", " "}
        col = display_width(lines[0][: lines[0].index("text")])  # every value starts under its header, CJK counted double
        assert [display_width(row[: row.index(t)]) for row, (_, t) in zip(lines[2:], expected)] == [col] * 4
        assert all(doc.endswith(row.split()[0].lstrip("…")) for row, (doc, _) in zip(lines[2:], expected))
        return
    assert [(d["doc"], d["text"]) for d in rows] == expected


def test_csv_bom_for_excel(tmp_path):
    make_folder(tmp_path)
    run("extract", str(tmp_path / "a.txt"), "--format", "csv", "--bom", "-o", str(tmp_path / "facts.csv"))
    data = (tmp_path / "facts.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbftext,start,") and "618万千瓦".encode() in data
    assert run("extract", str(tmp_path / "a.txt"), "--format", "csv", "--bom").stdout == data


def test_parquet(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    folder = make_folder(tmp_path / "docs")
    r = run("extract", str(folder), "--format", "parquet", "-o", str(tmp_path / "facts.parquet"))
    assert r.returncode == 0, r.stderr
    table = pq.read_table(tmp_path / "facts.parquet").to_pylist()
    assert [(d["doc"], d["text"], d["norm_value"]) for d in table][:1] == [(str(folder / "a.txt"), "618万千瓦", 6.18e9)]
    assert len(table) == 4


def test_parquet_without_pyarrow_says_what_to_install(tmp_path):
    make_folder(tmp_path)
    code = "import sys; sys.modules['pyarrow'] = None; from jqextract.cli import main; sys.exit(main(sys.argv[1:]))"
    r = subprocess.run([sys.executable, "-c", code, "extract", str(tmp_path), "--format", "parquet", "-o", str(tmp_path / "x")],
                       capture_output=True)
    # jqextract is not on the package index: the extra is installed from the checkout (issue 14, item 4)
    assert r.returncode == 2 and b"pip install '.[parquet]'" in r.stderr and b"jqextract[" not in r.stderr


def test_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path):
    texts = SEED.read_text(encoding="utf-8").split("\n\n")
    folder = make_folder(tmp_path, {f"part{i:02d}.txt": "\n\n".join(texts[i::7]) for i in range(7)})
    (folder / "part03.txt").write_bytes(b"\x80\xfd broken")  # (not \xff\xfe first: UTF-16's byte-order mark)
    one, two = (run("extract", str(folder), "--jobs", n) for n in ("1", "2"))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stderr == two.stderr and len(one.stdout) > 1000


def test_jobs_2_on_the_whole_corpus():
    needs_shared(CORPUS)
    one, two = (run("extract", str(CORPUS), "--format", "csv", "--jobs", n) for n in ("1", "2"))
    assert one.returncode == two.returncode == 0, one.stderr
    assert one.stdout == two.stdout and one.stdout.count(b"\n") > 500


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal(tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    make_folder(tmp_path)

    def stderr_on_a_terminal(*extra):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a new pty is 0 columns wide
        p = subprocess.Popen([sys.executable, "-m", "jqextract", "extract", str(tmp_path), *extra],
                             stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        p.wait()
        os.close(master)
        return b"".join(chunks)

    assert b"file/s" in stderr_on_a_terminal()
    assert b"file/s" not in stderr_on_a_terminal("--quiet")
    assert b"file/s" not in run("extract", str(tmp_path)).stderr


def test_show_in_a_terminal(tmp_path):
    f = make_folder(tmp_path) / "a.txt"
    assert run("show", str(f)).stdout.decode() == "新增并网【618万千瓦】。\n"
    colored = run("show", str(f), "--color", "always").stdout.decode()
    assert "\x1b[1;30;43m618万千瓦\x1b[0m" in colored and "\x1b[4;36m并网\x1b[0m" in colored


def test_show_writes_a_self_contained_escaped_page(tmp_path):
    from html.parser import HTMLParser

    text = SEED.read_text(encoding="utf-8") + "\n<script>alert('x')</script> & \"引号\":新增并网618万千瓦。\n"
    (tmp_path / "doc <1>.txt").write_text(text, encoding="utf-8")
    facts = jsonl(run("extract", str(tmp_path / "doc <1>.txt")))
    page = tmp_path / "out.html"
    r = run("show", str(tmp_path / "doc <1>.txt"), "--html", str(page))
    assert r.returncode == 0 and r.stdout == b""
    html = page.read_text(encoding="utf-8")

    class Page(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.body, self.marks, self.underlined, self.tags = [], [], [], [], set()

        def handle_starttag(self, tag, attrs):
            self.tags.add(tag)
            self.stack.append((tag, dict(attrs)))
            if tag == "mark" and any(a.get("class") == "text" for _, a in self.stack):
                self.marks.append([dict(attrs)["title"], ""])

        def handle_endtag(self, tag):
            self.stack.pop()

        def handle_data(self, data):
            if any(a.get("class") == "text" for _, a in self.stack):
                self.body.append(data)
                if any(t == "mark" for t, _ in self.stack):
                    self.marks[-1][1] += data
                if any(t == "u" for t, _ in self.stack):
                    self.underlined.append(data)

    p = Page()
    p.feed(html)
    assert "".join(p.body) == text  # every character shown, nothing unescaped into markup
    assert p.tags <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "mark", "u", "div"}
    assert "http" not in html and "src=" not in html and "<link" not in html
    spans = sorted({(f["start"], f["end"], f["text"]) for f in facts})  # facts sharing a span share a mark
    assert [m[1] for m in p.marks] == [t for _, _, t in spans]
    title = next(m[0] for m in p.marks if m[1] == "618万千瓦")
    assert "value: 6180000" in title and "norm_unit: W" in title and "subject: 并网" in title
    shared = next(m[0] for m in p.marks if m[0].count("text: ") > 1)
    assert shared.count("\n\ntext: ") == shared.count("text: ") - 1
    assert "并网" in p.underlined and len(p.underlined) > 30


def test_the_page_renders_in_a_headless_browser(tmp_path):
    """The check of README's "Command line" section, where Debian's chromium is installed."""
    import shutil

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed")
    run("show", str(SEED), "--html", str(tmp_path / "page.html"))
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
                    f"--screenshot={shot}", "--window-size=1200,900", (tmp_path / "page.html").as_uri()],
                   capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10000


def test_marks_stay_whole_when_a_subject_crosses_them():
    from jqextract.facts import Fact
    from jqextract.show import render_ansi, render_html

    text = "甲乙增长10%和20%"
    facts = [Fact("10%", 4, 7, 10, "%", 10, "%", subject="甲乙", subject_start=0, subject_end=5),
             Fact("10%", 4, 7, 10, "%", 10, "%", subject="乙", subject_start=1, subject_end=2),
             Fact("20%", 8, 11, 20, "%", 20, "%", subject_start=None, subject_end=None)]
    assert render_ansi(text, facts, color=False) == "甲乙增长【10%】和【20%】"
    page = render_html(text, facts, "<x>")
    assert page.count("<mark title=") == 2 and "<u>1</u>0%</mark>" in page and "&lt;x&gt;" in page
    assert page.count("subject: ") == 2 and "text: 10%\n" in page and "\n\ntext: 10%" in page


def test_output_that_is_an_input_is_refused(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("过去一年,酒泉新增并网618万千瓦。", encoding="utf-8")
    r = run("extract", str(f), "--format", "csv", "-o", str(f))
    assert r.returncode == 2 and b"also an input" in r.stderr
    assert "618万千瓦" in f.read_text(encoding="utf-8")


def test_unwritable_outputs_are_one_error_line(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("新增并网618万千瓦。", encoding="utf-8")
    for args in (("extract", str(f), "-o", str(tmp_path / "no" / "out.jsonl")),
                 ("show", str(f), "--html", str(tmp_path / "no" / "x.html"))):
        r = run(*args)
        assert r.returncode == 2 and b"cannot write" in r.stderr and b"Traceback" not in r.stderr


def test_bad_segmenter_and_bad_floor_fail_before_any_work(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("新增并网618万千瓦。", encoding="utf-8")
    for args in (("show", str(f), "--segmenter", "foo"), ("eval", "--segmenter", "foo")):
        r = run(*args)
        assert r.returncode == 2 and b"unknown segmenter" in r.stderr and b"Traceback" not in r.stderr
    for floor in ("norm", "norm=abc", "span=2", "nope=0.5"):
        r = run("eval", "--min-f1", floor)
        assert r.returncode == 2 and b"LEVEL=X" in r.stderr and b"Traceback" not in r.stderr


# --- issue 14: the newcomer path and hostile input on the command line ---

README = (SEED.parent.parent / "README.md").read_text(encoding="utf-8")


def test_issue14_item2_eval_in_a_checkout_finds_its_gold_and_names_what_it_skipped(tmp_path):
    # after a non-editable install, gold was looked for beside the installed package: "no gold documents found"
    import shutil

    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(SEED, gold)
    shutil.copy(GOLD / "jiuquan-2024.gold.jsonl", gold)
    line = json.loads((GOLD / "jiuquan-2024.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    (gold / "elsewhere.gold.jsonl").write_text(json.dumps({**line, "doc": "not-here.txt"}, ensure_ascii=False), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("JQEXTRACT_GOLD", "JQEXTRACT_CORPUS")}
    r = subprocess.run([sys.executable, "-m", "jqextract", "eval"], cwd=tmp_path, env=env, capture_output=True)
    assert r.returncode == 0, r.stderr
    assert "jiuquan-2024.txt" in r.stdout.decode()
    err = r.stderr.decode()
    assert "1 document(s) scored, 1 skipped (text not found: elsewhere.gold.jsonl)" in err
    # the corpus is looked for beside this checkout, not beside the installed package
    assert f"in {tmp_path.parent / 'shared' / 'corpus' / 'raw'}, " in err, err
    assert "JQEXTRACT_GOLD" in README and "JQEXTRACT_CORPUS" in README  # how to point eval elsewhere


def test_issue14_item3_colours_through_a_pager_are_asked_for():
    # `show FILE | less -R` showed no colours: colour is off when piped
    pipes = [line for line in README.splitlines() + run("show", "--help").stdout.decode().splitlines() if "| less -R" in line]
    assert pipes and all("--color always" in line for line in pipes), pipes
    assert "fonts-noto-cjk" in README  # without a CJK font the page's screenshot shows boxes


def test_issue14_item4_extras_are_installed_from_the_checkout():
    # `pip install 'jqextract[parquet]'` fails: jqextract is not on the package index
    notebook = (SEED.parent.parent / "notebooks" / "quickstart.ipynb").read_text(encoding="utf-8")
    for where, text in (("README", README), ("notebook", notebook)):
        assert "'jqextract[" not in text and " jqextract[" not in text, where


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_issue14_item5_utf16_and_utf32_with_a_bom_are_read(tmp_path, encoding):
    # UTF-16 files with a BOM were called "binary" (their NUL bytes)
    from jqextract import extract_file

    f = tmp_path / "wide.txt"
    text = "标题\r\n新增并网618万千瓦。\r\n"
    f.write_bytes("\ufeff".encode(encoding) + text.encode(encoding))
    r = run("extract", str(f))
    assert r.returncode == 0, r.stderr
    python_reads = open(f, encoding=encoding.rsplit("-", 1)[0]).read()
    assert [(d["text"], python_reads[d["start"] : d["end"]]) for d in jsonl(r)] == [("618万千瓦", "618万千瓦")]
    assert [x.text for x in extract_file(f)] == ["618万千瓦"]


def test_issue14_item5_usage_errors_name_their_command():
    top = run("--help").stdout.decode()
    assert "command line." not in top and "Exit status" in top  # the module's title line was printed last
    r = run()
    assert r.returncode == 2 and b"required: {extract,show,eval," in r.stderr
    r = run("rules")
    assert r.returncode == 2 and b"usage: jqextract rules" in r.stderr and b"{check}" in r.stderr
    assert b"rules_command" not in r.stderr
    r = run("extract", str(SEED), "--bogus")
    assert r.returncode == 2 and r.stderr.startswith(b"usage: jqextract extract") and b"--bogus" in r.stderr
    for n in ("-1", "x"):
        r = run("extract", str(SEED), "--jobs", n)
        assert r.returncode == 2 and b"expected a whole number" in r.stderr and not r.stdout
    assert b"word segmenter" in run("eval", "--help").stdout
    r = run("rules", "check")
    assert r.returncode == 0 and str(SEED.parent.parent / "rules").encode() in r.stdout + r.stderr


def test_issue14_item10_a_write_error_is_one_line_and_its_own_status(tmp_path):
    # -o /dev/full gave an OSError traceback and exit 1, the status of "some files failed"
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    r = run("extract", str(SEED), "-o", "/dev/full")
    assert r.returncode == 4 and b"Traceback" not in r.stderr, r.stderr
    assert b"jqextract: error: /dev/full: cannot write: No space left on device" in r.stderr
    with open("/dev/full", "wb") as full:
        r = subprocess.run([sys.executable, "-m", "jqextract", "extract", str(SEED)], stdout=full, stderr=subprocess.PIPE)
    assert r.returncode == 4 and r.stderr.count(b"\n") == 2 and b"standard output: cannot write" in r.stderr, r.stderr


def test_issue14_item10_the_output_file_is_replaced_only_by_a_finished_run(tmp_path):
    # -o was truncated at the start: a run whose only input was missing emptied yesterday's results
    out = tmp_path / "facts.jsonl"
    out.write_text("yesterday\n", encoding="utf-8")
    out.chmod(0o640)
    r = run("extract", str(tmp_path / "missing.txt"), "-o", str(out))
    assert r.returncode == 1 and out.read_text(encoding="utf-8") == "yesterday\n"
    assert f"{out} left as it was: no input could be read".encode() in r.stderr
    r = run("extract", str(SEED), "-o", str(out))
    assert r.returncode == 0 and out.read_text(encoding="utf-8").count("\n") > 70
    assert out.stat().st_mode & 0o777 == 0o640  # the replaced file keeps its permissions
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl"]  # no temporary file left


def test_issue14_item10_a_killed_run_leaves_the_old_output(tmp_path):
    # a killed run left a plausible partial file
    import signal
    import time

    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text(encoding="utf-8") * 200, encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    out.write_text("yesterday\n", encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "jqextract", "extract", str(big), "-o", str(out)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(f.stat().st_size for f in tmp_path.glob(".facts.jsonl.*.part")) and time.monotonic() < deadline:
        time.sleep(0.1)  # until facts are being written
    p.send_signal(signal.SIGKILL)
    p.wait()
    assert out.read_text(encoding="utf-8") == "yesterday\n"


def children(pid: int) -> list[int]:
    """The live child processes of ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def start_busy_run(tmp_path, *extra):
    """``extract --jobs 2`` on work that takes a while, once both workers exist."""
    import signal
    import time

    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(SEED.read_text(encoding="utf-8") * 400, encoding="utf-8")  # seconds of work
    # as a terminal starts it: SIGINT at its default (a job started in the background, as CI or a
    # script may start pytest, inherits SIGINT ignored, and so would the run: Ctrl-C would not reach it)
    p = subprocess.Popen([sys.executable, "-m", "jqextract", "extract", str(folder), "--jobs", "2", "-o", str(tmp_path / "out"), *extra],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(children(p.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the workers are loaded and extracting
    workers = children(p.pid)
    assert len(workers) >= 2 and p.poll() is None, (workers, p.poll())
    return p, workers


def gone_within(pids, seconds: float) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while any(alive(w) for w in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not any(alive(w) for w in pids)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG and /proc are Linux's")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "Ctrl-C"])
def test_issue14_item11_workers_die_with_the_run(tmp_path, how):
    # SIGTERM or SIGKILL to the main process of --jobs 2 left both workers running (alive after 80 s);
    # Ctrl-C printed a 21-line KeyboardInterrupt traceback
    import signal

    p, workers = start_busy_run(tmp_path)
    try:
        if how == "Ctrl-C":
            os.killpg(p.pid, signal.SIGINT)  # what a terminal does: the whole foreground group
        else:
            p.send_signal(getattr(signal, how))
        p.wait(timeout=60)
        assert gone_within(workers, 10), [w for w in workers if alive(w)]
    finally:
        for w in filter(alive, workers):  # a failing run must not leave them behind
            os.kill(w, signal.SIGKILL)
    err = p.stderr.read().decode()
    if how != "SIGKILL":
        assert p.returncode == {"SIGTERM": 143, "Ctrl-C": 130}[how]
        assert err.splitlines() == [{"SIGTERM": "jqextract: terminated", "Ctrl-C": "jqextract: interrupted"}[how]], err
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.*.part")) or how == "SIGKILL"
