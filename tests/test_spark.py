"""jqextract on Spark, with a real local Spark session (local[2], Java 17): the facts
equal ``jqextract.extract`` per document and the command line's Parquet output;
bad files become error rows; empty input keeps the schema.

One session serves the module: starting Spark and its first job take most of
the time, so the command is run through its ``main`` in this session.
"""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import CORPUS, RULES, needs_shared

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed: pip install -e '.[test]'")
pq = pytest.importorskip("pyarrow.parquet")

import jqextract  # noqa: E402
from jqextract.facts import FIELDS  # noqa: E402
from jqextract.io import read_text  # noqa: E402
from jqextract.spark import extract_facts, main  # noqa: E402

TYPES = {"start": "bigint", "end": "bigint", "value": "double", "norm_value": "double", "high": "double"}


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # the workers run this Python, not python3 from PATH: a virtual environment need not be active
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("jqextract-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
               .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = saved


def corpus_docs():
    return [(str(p), read_text(str(p))) for p in sorted(needs_shared(CORPUS).glob("*.txt"))]


def expected_rows(docs):
    return [{"doc": name, **f.to_dict()} for name, text in sorted(docs) for f in jqextract.extract(text)]


def sorted_rows(rows):
    return sorted(rows, key=lambda r: (r["doc"], r["start"]))


def cli_parquet(folder, out):
    r = subprocess.run([sys.executable, "-m", "jqextract", "extract", str(folder), "--format", "parquet", "-o", str(out)],
                       capture_output=True, text=True)
    return r, pq.read_table(out)


# ---- extract_facts -----------------------------------------------------------------------

def test_facts_equal_extract_per_document_on_the_corpus(spark):
    docs = corpus_docs()
    assert len(docs) == 16
    facts = extract_facts(spark.createDataFrame(docs, "doc string, text string"))
    got = [r.asDict() for r in facts.orderBy("doc", "start").collect()]
    want = expected_rows(docs)
    assert len(want) > 1000 and got == want  # same facts, and within a document the same (text) order


def test_schema_is_declared_ids_first_in_to_dict_order(spark):
    df = spark.createDataFrame([("a", 7, "新增并网618万千瓦。")], "source string, n int, body string")
    facts = extract_facts(df, text_col="body", id_cols=("source", "n"))
    assert facts.columns == ["source", "n", *FIELDS]
    assert {f.name: f.dataType.simpleString() for f in facts.schema.fields} == \
        {"source": "string", "n": "int", **{k: TYPES.get(k, "string") for k in FIELDS}}
    assert all(f.nullable for f in facts.schema.fields[2:])
    row = facts.collect()[0].asDict()
    assert (row["source"], row["n"], row["text"], row["value"], row["norm_value"]) == ("a", 7, "618万千瓦", 6180000.0, 6.18e9)


def test_empty_input_gives_an_empty_result_with_the_schema(spark):
    facts = extract_facts(spark.createDataFrame([], "doc string, text string"))
    assert facts.collect() == []
    assert facts.columns == ["doc", *FIELDS]


def test_null_text_has_no_facts(spark):
    df = spark.createDataFrame([("a", None), ("b", "储能303万千瓦时。")], "doc string, text string")
    assert [(r.doc, r.text) for r in extract_facts(df).collect()] == [("b", "303万千瓦时")]


def test_wrong_columns_fail_on_the_driver(spark):
    df = spark.createDataFrame([("a", 1)], "doc string, text int")
    with pytest.raises(ValueError, match="no column 'body'"):
        extract_facts(df, text_col="body")
    with pytest.raises(TypeError, match="must be a string"):
        extract_facts(df)
    with pytest.raises(jqextract.RuleError):
        extract_facts(df.selectExpr("doc", "'x' as text"), rules="/nonexistent/rules")


def test_one_extractor_per_python_worker_not_per_batch(spark):
    """16 documents in batches of one over 8 tasks: each worker builds the extractor
    (for options no earlier test used) once. A probe after the job reads the count
    in the reused workers."""
    def probe(batches):
        import os

        import pandas as pd

        import jqextract.spark as js

        for _ in batches:
            pass
        yield pd.DataFrame({"pid": [os.getpid()], "builds": [js._worker["builds"]], "keys": [len(js._worker["extractors"])]})

    def builds():
        rows = spark.range(8, numPartitions=8).mapInPandas(probe, "pid long, builds long, keys long").collect()
        return {r.pid: (r.builds, r.keys) for r in rows}

    before = builds()
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "1")
    try:
        df = spark.createDataFrame(corpus_docs(), "doc string, text string").repartition(8)
        assert extract_facts(df, rules=str(RULES)).count() > 1000
    finally:
        spark.conf.unset("spark.sql.execution.arrow.maxRecordsPerBatch")
    after = builds()
    new = {pid: after[pid][0] - before.get(pid, (0, 0))[0] for pid in after}
    assert sum(new.values()) >= 1, (before, after)  # the probe met the workers that extracted
    assert all(n <= 1 for n in new.values()), (before, after)  # once per worker, not per batch or task


# ---- the command ---------------------------------------------------------------------------

def test_command_writes_the_same_facts_as_the_cli(tmp_path):
    """The issue's acceptance commands, each in a process of its own:
    ``python -m jqextract.spark CORPUS OUT --master local[2]`` (its own JVM) and
    ``jqextract extract CORPUS --format parquet``."""
    corpus = str(needs_shared(CORPUS))
    cmd = [sys.executable, "-m", "jqextract.spark", corpus, str(tmp_path / "facts.parquet"), "--master", "local[2]"]
    spark_run = subprocess.run(cmd, capture_output=True, text=True)
    assert spark_run.returncode == 0, spark_run.stderr[-3000:]
    cli_run, cli = cli_parquet(corpus, tmp_path / "cli.parquet")
    assert cli_run.returncode == 0, cli_run.stderr
    spark_facts = pq.read_table(tmp_path / "facts.parquet")
    assert spark_facts.schema.remove_metadata() == cli.schema.remove_metadata()
    assert sorted_rows(spark_facts.to_pylist()) == sorted_rows(cli.to_pylist())
    assert cli.num_rows > 1000 and pq.read_table(tmp_path / "facts.errors.parquet").num_rows == 0
    assert f"jqextract: {cli.num_rows} facts in {tmp_path / 'facts.parquet'}, 0 document(s) failed" in spark_run.stderr


def bad_folder(tmp_path):
    """Two corpus reports (one re-encoded GB18030 with CRLF, under a sub-folder and a name
    with a space), a binary file, an undecodable one, an empty one, and files the glob skips."""
    src = tmp_path / "in"
    (src / "子目录").mkdir(parents=True)
    docs = sorted(needs_shared(CORPUS).glob("*.txt"))
    shutil.copy(docs[0], src / "a.txt")
    (src / "子目录" / "报告 二.txt").write_bytes(read_text(str(docs[1])).replace("\n", "\r\n").encode("gb18030"))
    (src / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00\x14\x00")
    (src / "bad.md").write_bytes("增长30%".encode() + b"\xff\xfe\x80\x80\xff")
    (src / "empty.txt").write_bytes(b"")
    (src / "notes.csv").write_text("新增618万千瓦", encoding="utf-8")
    (src / ".hidden.txt").write_text("新增618万千瓦", encoding="utf-8")
    return src


def test_bad_files_are_error_rows_and_the_rest_equals_the_cli(spark, tmp_path):
    src = bad_folder(tmp_path)
    out = tmp_path / "facts.parquet"
    assert main([str(src), str(out)]) == 1  # as the CLI: some documents failed
    cli_run, cli = cli_parquet(src, tmp_path / "cli.parquet")
    assert cli_run.returncode == 1
    assert sorted_rows(pq.read_table(out).to_pylist()) == sorted_rows(cli.to_pylist())
    assert {r["doc"] for r in cli.to_pylist()} == {f"{src}/a.txt", f"{src}/子目录/报告 二.txt"}
    errors = sorted(f"{r['doc']}: {r['error']}" for r in pq.read_table(tmp_path / "facts.errors.parquet").to_pylist())
    cli_errors = sorted(line.removeprefix("jqextract: error: ") for line in cli_run.stderr.splitlines() if "error:" in line)
    assert errors == cli_errors and len(errors) == 2


def test_empty_folder_gives_empty_outputs_with_the_schema(spark, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "skipped.csv").write_text("x", encoding="utf-8")
    assert main([str(tmp_path / "in"), str(tmp_path / "out")]) == 0
    facts, errors = pq.read_table(tmp_path / "out"), pq.read_table(tmp_path / "out.errors")
    assert facts.num_rows == 0 and facts.column_names == ["doc", *FIELDS]
    assert errors.num_rows == 0 and errors.column_names == ["doc", "error"]


def test_parquet_input_with_id_columns_and_a_null_text(spark, tmp_path):
    import pyarrow as pa

    docs = corpus_docs()[:3]
    table = pa.table({"id": [1, 2, 3, 4], "source": [n for n, _ in docs] + ["none"], "body": [t for _, t in docs] + [None]})
    pq.write_table(table, tmp_path / "docs.parquet")
    args = [str(tmp_path / "docs.parquet"), str(tmp_path / "out.parquet"), "--text-col", "body", "--id-col", "source",
            "--id-col", "id", "--partitions", "3"]
    assert main(args) == 1
    got = pq.read_table(tmp_path / "out.parquet")
    assert got.column_names == ["source", "id", *FIELDS]
    want = [{"source": name, "id": i + 1, **f.to_dict()} for i, (name, text) in enumerate(docs) for f in jqextract.extract(text)]
    key = lambda r: (r["source"], r["start"])  # noqa: E731
    assert sorted(got.to_pylist(), key=key) == sorted(want, key=key)
    assert pq.read_table(tmp_path / "out.errors.parquet").to_pylist() == [{"source": "none", "id": 4, "error": "no text (null)"}]


def test_usage_errors_exit_2_before_any_work(spark, tmp_path, capsys):
    import pyarrow as pa

    assert main([str(tmp_path), str(tmp_path / "out"), "--encoding", "no-such-codec"]) == 2
    pq.write_table(pa.table({"doc": ["a"], "body": ["x"]}), tmp_path / "d.parquet")
    assert main([str(tmp_path / "d.parquet"), str(tmp_path / "out")]) == 2
    assert "no column 'text'" in capsys.readouterr().err
    assert main([str(tmp_path / "missing"), str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("新增并网618万千瓦。", encoding="utf-8")
    (tmp_path / "out.errors").mkdir()  # a previous run's errors: refused before any extraction
    assert main([str(tmp_path / "in"), str(tmp_path / "out")]) == 2
    assert "out.errors exists; use --overwrite" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_spark_submit_file_runs_as_a_script():
    """spark-submit runs jqextract/spark_job.py as a file, whose folder Python puts first on
    sys.path: the package's numbers.py must not hide the standard library's (decimal imports it)."""
    import jqextract.spark_job as job

    r = subprocess.run([sys.executable, job.__file__, "--help"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("usage: python -m jqextract.spark") and "INPUT OUTPUT" in r.stdout
