"""The Label Studio round trip: export-tasks, a real Label Studio, import-gold, eval.

The conversion tests run everywhere. The round trip through a real Label
Studio server needs Label Studio in its own virtual environment (its pins
clash with ours): ``.venv-ls`` beside the checkout, made by .ci/run from
requirements-labelstudio.txt, or ``$JQEXTRACT_LABEL_STUDIO_VENV``. Without it
the test skips with the reason, and fails under
JQEXTRACT_REQUIRE_LABEL_STUDIO=1, which CI sets. The server listens on
127.0.0.1 only, keeps its SQLite database in a temporary folder, and is told
not to reach anything outside (no Sentry, no analytics, no version check, and
a proxy on a closed local port for any other request it makes).
"""

import copy
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jqextract import Extractor
from jqextract.evaluate import evaluate, load_gold
from jqextract.labelstudio import import_gold

from conftest import CORPUS, ROOT, needs_shared

DOCS = ("news-energy-power-consumption-1.txt", "news-logistics-express-delivery-7.txt")
SHENZHEN = "news-city-economy-shenzhen-3.txt"
LS_VENV = Path(os.environ.get("JQEXTRACT_LABEL_STUDIO_VENV") or ROOT / ".venv-ls")
REQUIRE_LS = os.environ.get("JQEXTRACT_REQUIRE_LABEL_STUDIO") == "1"


def jqextract(*args):
    return subprocess.run([sys.executable, "-m", "jqextract", *args], capture_output=True, text=True)


def corpus_copy(tmp_path, names):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in names:
        shutil.copy(needs_shared(CORPUS / name), folder / name)
    return folder


def export_tasks(tmp_path, names):
    docs = corpus_copy(tmp_path, names)
    r = jqextract("export-tasks", str(docs), "-o", str(tmp_path / "tasks.json"))
    assert r.returncode == 0, r.stderr
    return docs, json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))


def accepted(tasks):
    """The JSON export of a project whose annotator submitted every prediction as it was."""
    out = []
    for i, t in enumerate(tasks, 1):
        result = copy.deepcopy(t["predictions"][0]["result"])
        out.append({"id": i, "data": t["data"], "predictions": t["predictions"],
                    "annotations": [{"id": 100 + i, "result": result, "was_cancelled": False}]})
    return out


def assert_identity(lines, docs):
    """The gold lines are jqextract's facts, field for field, with no alternatives (and no
    ``owner``: it is jqextract's own field, no field of the contract's gold)."""
    ex = Extractor()
    facts = ((name, f.to_dict()) for name in DOCS for f in ex.extract((docs / name).read_text(encoding="utf-8")))
    expected = sorted(([name, {k: v for k, v in d.items() if k != "owner"}] for name, d in facts),
                      key=lambda p: (p[0], p[1]["start"], p[1]["end"], str(p[1]["subject"])))
    got = sorted(([g["doc"], {k: v for k, v in g.items() if k not in ("doc", "alternatives")}] for g in lines),
                 key=lambda p: (p[0], p[1]["start"], p[1]["end"], str(p[1]["subject"])))
    assert all(g["alternatives"] == [] for g in lines)
    assert len(got) == len(expected) > 40
    assert got == expected


# ---- conversion, without a server -------------------------------------------------------------

def test_export_tasks_writes_tasks_and_a_config_label_studio_can_read(tmp_path):
    docs, tasks = export_tasks(tmp_path, DOCS)
    assert [t["data"]["doc"] for t in tasks] == list(DOCS)
    assert tasks[0]["data"]["text"] == (docs / DOCS[0]).read_text(encoding="utf-8")
    result = tasks[0]["predictions"][0]["result"]
    q = find(result, "quantity", "8294亿千瓦时")
    fields = {r["from_name"]: r["value"].get("text") for r in result if r.get("id") == q["id"]}
    assert q["value"]["labels"] == ["energy"]
    assert fields["value"] == ["829400000000"] and fields["norm_unit"] == ["Wh"] and fields["predicate"] == ["达"]
    rel = next(r for r in result if r["type"] == "relation" and r["from_id"] == q["id"])
    subject = next(r for r in result if r.get("id") == rel["to_id"])
    assert subject["from_name"] == "subject" and subject["value"]["text"] == "全社会用电量"
    config = ET.fromstring((tmp_path / "tasks.label-config.xml").read_text(encoding="utf-8"))
    labels = {lab.get("value") for lab in config.find("Labels[@name='quantity']")}
    assert {"power", "money", "count", "share", "none"} <= labels and "date" not in labels
    per_region = {e.get("name") for e in config.iter() if e.get("perRegion") == "true"}
    assert per_region == {"value", "high", "unit", "norm_value", "norm_unit", "qualifier", "change", "predicate", "per",
                          "modality", "time", "location", "subject_text", "alternatives"}


def test_accepted_predictions_come_back_as_the_same_facts(tmp_path):
    docs, tasks = export_tasks(tmp_path, DOCS)
    lines, problems = import_gold(accepted(tasks))
    assert problems == []
    assert_identity(lines, docs)


def find(result, control, text, start=None):
    return next(r for r in result if r.get("from_name") == control and r["value"]["text"] == text
                and (start is None or r["value"]["start"] == start))


def delete_region(result, rid):
    """What deleting a region in the editor does: its results and its relations go."""
    result[:] = [r for r in result if r.get("id") != rid and rid not in (r.get("from_id"), r.get("to_id"))]


def add_span(result, rid, control, label, text, start, fields=None):
    end = start + len(text)
    result.append({"id": rid, "from_name": control, "to_name": "text", "type": "labels",
                   "value": {"start": start, "end": end, "text": text, "labels": [label]}})
    for name, value in (fields or {}).items():
        result.append({"id": rid, "from_name": name, "to_name": "text", "type": "textarea",
                       "value": {"start": start, "end": end, "text": [value]}})


def hand_made_export(tasks, text):
    """An annotator's corrections of shenzhen-3: one subject corrected, one quantity
    deleted, one missed quantity added (with its subject)."""
    export = accepted(tasks)
    result = export[0]["annotations"][0]["result"]
    # 电气机械和器材制造业 (not 电气机械和器材制造业增加值, a subject of two pieces exported as
    # subject_text) grew 14.6%: the written subject cleared, a subject region drawn and related
    q = find(result, "quantity", "14.6%", start=436)
    written = next(r for r in result if r.get("id") == q["id"] and r["from_name"] == "subject_text")
    assert written["value"]["text"] == ["电气机械和器材制造业增加值"]
    result.remove(written)
    add_span(result, "fixed-s", "subject", "subject", "电气机械和器材制造业", text.index("电气机械和器材制造业"))
    result.append({"from_id": q["id"], "to_id": "fixed-s", "type": "relation", "direction": "right", "labels": []})
    # 37个 is taken for spurious and deleted, with its subject (a subject left alone is reported)
    spurious = find(result, "quantity", "37个", start=345)["id"]
    delete_region(result, next(r["to_id"] for r in result if r.get("from_id") == spurious))
    delete_region(result, spurious)
    # 4个 of 全省4个“万亿元”城市 was missed
    at = text.index("全省4个“万亿元”城市") + 2
    add_span(result, "added-q", "quantity", "count", "4个", at,
             {"value": "4", "unit": "个", "norm_value": "4", "norm_unit": "个", "time": ""})
    add_span(result, "added-s", "subject", "subject", "“万亿元”城市", at + 2)
    result.append({"from_id": "added-q", "to_id": "added-s", "type": "relation", "direction": "right", "labels": []})
    return export


def test_a_hand_made_export_gives_the_right_gold_and_eval_counts_it(tmp_path, shipped):
    docs, tasks = export_tasks(tmp_path, [SHENZHEN])
    text = (docs / SHENZHEN).read_text(encoding="utf-8")
    (tmp_path / "export.json").write_text(json.dumps(hand_made_export(tasks, text), ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "mydocs.gold.jsonl"
    r = jqextract("import-gold", str(tmp_path / "export.json"), "-o", str(gold), "--corpus", str(docs))
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    facts = [f.to_dict() for f in shipped.extract(text)]
    n = len(facts)
    assert len(lines) == n  # one deleted, one added
    by_start = {g["start"]: g for g in lines}
    assert by_start[436]["subject"] == "电气机械和器材制造业"
    assert 345 not in by_start
    added = by_start[text.index("全省4个") + 2]
    assert {k: added[k] for k in ("text", "value", "unit", "norm_value", "norm_unit", "subject", "time", "dimension")} == {
        "text": "4个", "value": 4, "unit": "个", "norm_value": 4, "norm_unit": "个", "subject": "“万亿元”城市",
        "time": None, "dimension": "count"}
    # the other facts are jqextract's own
    assert sorted((g["start"], g["subject"]) for g in lines if g["start"] not in (436, added["start"])) == sorted(
        (f["start"], f["subject"]) for f in facts if f["start"] not in (436, 345))

    [doc] = load_gold(gold, [docs])
    [result], total = evaluate([doc], shipped)
    assert (total.n_system, total.n_gold) == (n, n)
    # 37个 is spurious, 4个 missed; …制造业增加值 for …制造业 overlaps enough (triple) but is not exact
    assert total.correct == {"span": n - 1, "value": n - 1, "norm": n - 1, "triple": n - 1, "exact": n - 2}
    assert [s["text"] for s in result.spurious] == ["37个"] and [g["text"] for g in result.missed] == ["4个"]

    r = jqextract("eval", "--gold", str(gold), "--corpus", str(docs))
    assert r.returncode == 0, r.stderr
    row = next(line for line in r.stdout.splitlines() if line.startswith(SHENZHEN)).split()
    p, rec = (n - 1) / n, (n - 1) / n
    assert row[1:3] == [str(n), str(n)]
    assert row[3:6] == [f"{p:.3f}", f"{rec:.3f}", f"{p:.3f}"]  # span
    assert row[15:18] == [f"{(n - 2) / n:.3f}"] * 3  # exact


def test_what_cannot_be_converted_is_reported_with_task_and_region(tmp_path, shipped):
    docs, tasks = export_tasks(tmp_path, DOCS)
    export = accepted(tasks)
    result = export[0]["annotations"][0]["result"]
    q = find(result, "quantity", "8294亿千瓦时")
    next(r for r in result if r.get("id") == q["id"] and r["from_name"] == "value")["value"]["text"] = ["8294亿"]
    q2 = find(result, "quantity", "1.8个百分点")
    result.append({"from_id": q2["id"], "to_id": find(result, "subject", "全社会用电量")["id"], "type": "relation",
                   "direction": "left", "labels": []})  # a second subject, drawn the other way
    add_span(result, "lonely", "subject", "subject", "南方电网公司", export[0]["data"]["text"].index("南方电网公司"))
    related = [r["from_id"] for r in result if r["type"] == "relation" and r["from_id"] not in (q["id"], q2["id"])]
    q3 = next(r for r in result if r.get("id") == related[0] and r["from_name"] == "quantity")
    result.append({"id": q3["id"], "from_name": "subject_text", "to_name": "text", "type": "textarea",
                   "value": {"start": q3["value"]["start"], "end": q3["value"]["end"], "text": ["另一个主语"]}})
    result.append({"id": "x1", "from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["a"]}})
    export[1]["annotations"] = [{"id": 7, "result": [], "was_cancelled": True}]
    export.append({"id": 9, "data": {"text": "x"}, "annotations": []})
    (tmp_path / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "g.gold.jsonl"
    r = jqextract("import-gold", str(tmp_path / "export.json"), "-o", str(gold), "--corpus", str(docs))
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("jqextract: error:")]
    expect = [
        f"task 1 ({DOCS[0]}), region {q['id']} [68:76] '8294亿千瓦时': value '8294亿' is not a number",
        f"task 1 ({DOCS[0]}), region {q2['id']} [93:100] '1.8个百分点': 2 subjects are related to it",
        f"task 1 ({DOCS[0]}), region {q3['id']} [{q3['value']['start']}:{q3['value']['end']}] '{q3['value']['text']}': "
        "it has a subject region and a subject_text '另一个主语'; a fact has one subject",
        f"task 1 ({DOCS[0]}), region lonely [",
        f"task 1 ({DOCS[0]}), region x1: a choices result from 'sentiment'",
        f"task 2 ({DOCS[1]}): the annotation was skipped (cancelled)",
        "task 9: the task has no \"doc\" and \"text\" data",
    ]
    for e in expect:
        assert sum(e in line for line in errors) == 1, (e, errors)
    assert len(errors) == len(expect)
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    n = len(shipped.extract((docs / DOCS[0]).read_text(encoding="utf-8")))
    assert len(lines) == n - 3 and {g["doc"] for g in lines} == {DOCS[0]}  # the three bad regions only


def test_usage_errors_are_one_line_and_status_2(tmp_path):
    r = jqextract("export-tasks", str(tmp_path))
    assert r.returncode == 2 and "-o/--output" in r.stderr
    (tmp_path / "not-an-export.json").write_text('{"a": 1}', encoding="utf-8")
    r = jqextract("import-gold", str(tmp_path / "not-an-export.json"), "-o", str(tmp_path / "g.gold.jsonl"))
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [f"jqextract: error: {tmp_path / 'not-an-export.json'}: not a Label Studio JSON "
                                             "export (expected a list of tasks, each with \"data\")"]
    r = jqextract("export-tasks", "-", "-o", str(tmp_path / "t.json"))
    assert r.returncode == 2 and r.stderr.startswith("jqextract: error: a task needs a document name")


# ---- a real Label Studio ---------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc, log: Path, limit_s: float = 420) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"Label Studio exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(2)
    pytest.fail(f"Label Studio did not answer on {url} within {limit_s} s:\n{log.read_text(errors='replace')[-3000:]}")


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory):
    """A Label Studio server on 127.0.0.1 with an admin user and an API token, its
    SQLite database in a temporary folder; (url, token), stopped afterwards."""
    exe = LS_VENV / "bin" / "label-studio"
    if not exe.exists():
        why = f"Label Studio is not installed in {LS_VENV} (python3 -m venv .venv-ls && .venv-ls/bin/pip install -r requirements-labelstudio.txt)"
        if REQUIRE_LS:
            pytest.fail(why + " and JQEXTRACT_REQUIRE_LABEL_STUDIO=1")
        pytest.skip(why)
    data = tmp_path_factory.mktemp("label-studio")
    port, token = free_port(), "jqextract-test-token"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "DJANGO_"))}
    env.update(LABEL_STUDIO_BASE_DATA_DIR=str(data), LABEL_STUDIO_USERNAME="test@example.com",
               LABEL_STUDIO_PASSWORD="jqextract-test", LABEL_STUDIO_USER_TOKEN=token,
               SENTRY_DSN="", FRONTEND_SENTRY_DSN="", COLLECT_ANALYTICS="false", LATEST_VERSION_CHECK="false",
               # anything else it fetches (its editor asks it for "tips" from GitHub) goes to a closed local port
               **dict.fromkeys(("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"), "http://127.0.0.1:9"),
               **dict.fromkeys(("NO_PROXY", "no_proxy"), "127.0.0.1,localhost"))
    log = data / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(exe), "start", "--no-browser", "--internal-host", "127.0.0.1", "-p", str(port),
                                 "--enable-legacy-api-token"], env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc, log)
        yield url, token
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_round_trip_through_a_real_label_studio(label_studio, tmp_path):
    """Project from the generated configuration (through the SDK), two corpus documents
    imported, every prediction submitted as the annotation, exported, imported as gold:
    exactly jqextract's facts come back, and eval scores 1.000 at every level."""
    url, token = label_studio
    docs, _ = export_tasks(tmp_path, DOCS)
    export = tmp_path / "export.json"
    r = subprocess.run([str(LS_VENV / "bin" / "python"), str(ROOT / "tests" / "labelstudio_driver.py"), url, token,
                        str(tmp_path / "tasks.label-config.xml"), str(tmp_path / "tasks.json"), str(export)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout.splitlines()[-1])["tasks"] == 2
    exported = json.loads(export.read_text(encoding="utf-8"))
    assert all(len(t["annotations"]) == 1 for t in exported)
    gold = tmp_path / "mydocs.gold.jsonl"
    r = jqextract("import-gold", str(export), "-o", str(gold), "--corpus", str(docs))
    assert r.returncode == 0, r.stderr
    assert_identity([json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()], docs)
    r = jqextract("eval", "--gold", str(gold), "--corpus", str(docs))
    assert r.returncode == 0, r.stderr
    overall = next(line for line in r.stdout.splitlines() if line.startswith("overall")).split()
    assert overall[3:] == ["1.000"] * 15
