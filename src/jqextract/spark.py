"""jqextract on Apache Spark: the facts of a DataFrame of documents, and a command
for folders of text files or Parquet datasets.

    python -m jqextract.spark ../shared/corpus/raw /tmp/facts.parquet --master 'local[2]'

Documents go through ``mapInPandas``: Arrow batches to Python worker processes,
which Spark keeps and reuses between tasks (``spark.python.worker.reuse``, on by
default). So each worker builds one :class:`~jqextract.Extractor` (rules and the
jieba dictionary: ~2 s and ~75 MB) on its first batch and keeps it in this
module for every later batch and task. Documents never go to the driver: files
are read by Spark's ``binaryFile`` source on the executors and decoded there,
with the command line's encoding detection (:func:`jqextract.io.decoded`); only
the documents that fail, with their reason, travel to the driver.

The fact columns are declared, in ``Fact.to_dict()`` order, with the types of
``jqextract extract --format parquet``: offsets as 64-bit integers, numbers as
doubles, everything else nullable strings, so the two outputs can be unioned.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path

from .facts import FIELDS, FLOAT_FIELDS, OFFSET_FIELDS
from .io import InputError, decoded
from .rules import RuleError
from .segment import SegmenterError

ERROR = "error"
DEFAULT_GLOB = "*.{txt,md}"  # the command line's default (*.txt and *.md), as one Hadoop glob
BATCH_DOCUMENTS = 256  # documents per Arrow batch in the command (Spark's default, 10,000, is for small rows)
FILE_OPEN_COST = 8192  # bytes a file "costs" when files are packed into partitions (Spark's default: 4 MB)
TASKS_PER_CORE = 4


# ---- schema ---------------------------------------------------------------------------

def fact_fields() -> list:
    """The StructFields of one fact, in ``Fact.to_dict()`` order, all nullable."""
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField

    def spark_type(name):
        return LongType() if name in OFFSET_FIELDS else DoubleType() if name in FLOAT_FIELDS else StringType()

    return [StructField(name, spark_type(name), True) for name in FIELDS]


def fact_values(fact) -> tuple:
    """One fact as a row tuple; numbers as floats (a value may be an int beyond 2**63's
    reach of Arrow's int-to-double conversion, and the column is double anyway)."""
    d = fact.to_dict()
    return tuple(float(d[k]) if k in FLOAT_FIELDS and d[k] is not None else d[k] for k in FIELDS)


# ---- one extractor per Python worker -----------------------------------------------------------

_worker: dict = {"extractors": {}, "builds": 0}  # this Python process's extractors, by options


def worker_extractor(options: dict):
    """This process's Extractor for ``options``, built (with its segmenter) on first use.

    Spark reuses a Python worker for many batches and tasks; keeping the extractor
    here means rules and dictionary load once per worker, not once per batch.
    ``builds`` counts how often that happened, so the reuse can be checked.
    """
    key = repr(sorted(options.items()))
    extractor = _worker["extractors"].get(key)
    if extractor is None:
        from .extractor import Extractor

        extractor = Extractor(**options)
        extractor.segmenter()
        _worker["extractors"][key] = extractor
        _worker["builds"] += 1
    return extractor


# ---- the library function -------------------------------------------------------------------------

def fact_batches(batches, options: dict, text_col: str, id_cols: tuple, columns: list):
    """mapInPandas body: for each batch of documents, one frame of their facts."""
    import pandas as pd

    extractor = worker_extractor(options)
    for pdf in batches:
        rows = []
        for ids, text in zip(pdf[list(id_cols)].itertuples(index=False, name=None), pdf[text_col]):
            if isinstance(text, str):  # a null text has no facts
                rows.extend(ids + fact_values(f) for f in extractor.extract(text))
        yield pd.DataFrame.from_records(rows, columns=columns)


def check_columns(df, text_col: str, id_cols: tuple) -> None:
    """Fail on the driver, before any task, when the named columns are missing or the text is not a string."""
    from pyspark.sql.types import StringType

    missing = [c for c in (*id_cols, text_col) if c not in df.columns]
    if missing:
        raise ValueError(f"no column {', '.join(map(repr, missing))} in the DataFrame (columns: {', '.join(df.columns)})")
    if text_col in id_cols:
        raise ValueError(f"{text_col!r} is the text column; it cannot be an id column too")
    if not isinstance(df.schema[text_col].dataType, StringType):
        raise TypeError(f"the text column {text_col!r} must be a string, not {df.schema[text_col].dataType.simpleString()}")


def extract_facts(df, text_col: str = "text", id_cols=("doc",), **extractor_options):
    """The facts of a DataFrame of documents, one row per fact, id columns first.

    ``extractor_options`` are :class:`~jqextract.Extractor`'s (``rules``,
    ``segmenter``); a bad rules folder or segmenter name fails here, on the driver,
    not in every task. Facts come in text order within a document; documents in
    no particular order. A null text has no facts.
    """
    from pyspark.sql.types import StructType

    from .extractor import Extractor

    id_cols = (id_cols,) if isinstance(id_cols, str) else tuple(id_cols)
    check_columns(df, text_col, id_cols)
    Extractor(**extractor_options)  # validates rules and segmenter name; the segmenter loads on the workers
    schema = StructType([df.schema[c] for c in id_cols] + fact_fields())
    body = partial(fact_batches, options=extractor_options, text_col=text_col, id_cols=id_cols, columns=schema.fieldNames())
    return df.select(*id_cols, text_col).mapInPandas(body, schema)


# ---- the command: facts and errors of each document --------------------------------------------------

class ErrorRows:
    """Spark accumulator parameter (``zero``/``addInPlace``) gathering ``(*ids, reason)`` rows.

    The documents that fail go to the driver this way, a few hundred bytes each,
    while their facts go straight to Parquet: one pass and no cached copy of the
    facts for a second write.
    """

    def zero(self, value):
        return []

    def addInPlace(self, rows, more):
        rows.extend(more)
        return rows


def document_facts(extractor, content, name: str, encoding: str | None) -> tuple[list[tuple], str | None]:
    """The fact rows of one document, or why it has none.

    ``content`` is bytes (decoded as the command line does) or a str. As in the
    command line, a crash of the extractor on one document is reported, not fatal.
    """
    if not isinstance(content, (str, bytes, bytearray)):  # a null: None, or NaN in a pandas string column
        return [], "no text (null)"
    try:
        text = content if isinstance(content, str) else "".join(decoded([bytes(content)], encoding, name))
        return [fact_values(f) for f in extractor.extract(text)], None
    except InputError as e:
        return [], e.reason
    except Exception as e:  # noqa: BLE001 -- one bad document must not end the job
        return [], f"internal error: {type(e).__name__}: {e}"


def plain(value):
    """A numpy scalar from pandas as the Python value Spark's row checks accept."""
    return value.item() if hasattr(value, "item") else value


def checked_batches(batches, options: dict, text_col: str, id_cols: tuple, columns: list, encoding: str | None, errors):
    """mapInPandas body of the command: the facts of each batch; failed documents to ``errors``."""
    import pandas as pd

    extractor = worker_extractor(options)
    for pdf in batches:
        rows, failed = [], []
        for ids, content in zip(pdf[list(id_cols)].itertuples(index=False, name=None), pdf[text_col]):
            facts, reason = document_facts(extractor, content, str(ids[0]), encoding)
            rows.extend(ids + f for f in facts)
            if reason:
                failed.append(tuple(map(plain, ids)) + (reason,))
        if failed:
            errors.add(failed)
        yield pd.DataFrame.from_records(rows, columns=columns)


def local_root(path: str) -> str | None:
    """The folder part of a local INPUT as given (up to any wildcard), or None for a URI.

    Documents under it are named as the command line names them (``ROOT/sub/x.txt``),
    so both outputs carry the same ``doc``.
    """
    if "://" in path or path.startswith("file:"):
        return None
    parts = Path(path).parts
    plain = next((i for i, p in enumerate(parts) if any(c in p for c in "*?[{")), None)
    if plain is not None:
        return str(Path(*parts[:plain])) if plain else "."
    return path if Path(path).is_dir() else str(Path(path).parent)


def doc_column(root: str | None):
    """``doc`` from binaryFile's ``path`` (a ``file:/abs/path`` URI): relative to ``root`` as
    given when under it, else the path itself."""
    from pyspark.sql import functions as F

    local = F.regexp_replace("path", "^file:/+", "/")
    if root is None:
        return F.col("path").alias("doc")
    prefix = os.path.abspath(root).rstrip("/") + "/"
    given = "" if root == "." else root.rstrip("/") + "/"
    under = F.concat(F.lit(given), F.substring(local, len(prefix) + 1, 1 << 30))
    return F.when(local.startswith(prefix), under).otherwise(local).alias("doc")


def read_files(spark, path: str, glob: str | None):
    """``(doc, content)`` of every file under ``path`` (recursively; hidden files skipped, as
    Spark does), read whole as bytes on the executors."""
    reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    wildcard = any(c in path for c in "*?[{")
    if glob and not wildcard and not Path(path).is_file():  # a folder: the glob picks its files
        reader = reader.option("pathGlobFilter", glob)
    return reader.load(path).select(doc_column(local_root(path)), "content")


def is_parquet(path: str) -> bool:
    """A Parquet dataset of documents: a ``.parquet`` path, or a local folder of Parquet files."""
    if path.rstrip("/").endswith(".parquet"):
        return True
    p = Path(path)
    return p.is_dir() and any(p.glob("*.parquet")) and not any(p.rglob("*.txt"))


def read_documents(spark, args):
    """``(DataFrame, id columns, text column)`` of INPUT: a Parquet dataset's rows as they
    are, or each file as ``(doc, content)`` with its bytes."""
    if args.input_format == "text" or args.input_format == "auto" and not is_parquet(args.input):
        return read_files(spark, args.input, args.glob), ("doc",), "content"
    from pyspark.sql.types import BinaryType

    df, id_cols = spark.read.parquet(args.input), tuple(args.id_col or ["doc"])
    checked = df
    if args.text_col in df.columns and isinstance(df.schema[args.text_col].dataType, BinaryType):
        checked = df.withColumn(args.text_col, df[args.text_col].cast("string"))  # bytes are decoded like a file's
    check_columns(checked, args.text_col, id_cols)
    return df.select(*id_cols, args.text_col), id_cols, args.text_col


def errors_path(output: str) -> str:
    """Where the errors go by default: ``facts.parquet`` → ``facts.errors.parquet``, ``out`` → ``out.errors``."""
    stripped = output.rstrip("/")
    if stripped.endswith(".parquet"):
        return stripped[: -len(".parquet")] + ".errors.parquet"
    return stripped + ".errors"


def write_outputs(spark, docs, id_cols: tuple, text_col: str, args) -> list[tuple]:
    """Extract once: the facts to OUTPUT, the failed documents (returned) to the errors dataset.

    A task that Spark runs twice (a retry) adds its errors twice; they are
    counted once. Documents with the same ids and reason count as one.
    """
    from pyspark.sql.types import StringType, StructField, StructType

    from .extractor import Extractor

    options = {k: v for k, v in (("rules", args.rules), ("segmenter", args.segmenter)) if v}
    Extractor(**options)  # a bad rules folder or segmenter name fails here, once
    ids = [docs.schema[c] for c in id_cols]
    schema = StructType(ids + fact_fields())
    errors = spark.sparkContext.accumulator([], ErrorRows())
    body = partial(checked_batches, options=options, text_col=text_col, id_cols=id_cols,
                   columns=schema.fieldNames(), encoding=args.encoding, errors=errors)
    mode = "overwrite" if args.overwrite else "errorifexists"
    docs.mapInPandas(body, schema).write.mode(mode).parquet(args.output)
    failed = list(dict.fromkeys(errors.value))
    error_schema = StructType(ids + [StructField(ERROR, StringType(), True)])
    spark.createDataFrame(failed, error_schema).coalesce(1).write.mode(mode).parquet(args.errors)
    return failed


def check_outputs(spark, args) -> None:
    """Refuse, before any work, to write over an existing OUTPUT or errors dataset without
    ``--overwrite`` (Spark would find out only when it writes, after extracting)."""
    if args.overwrite:
        return
    hadoop = spark.sparkContext._jvm.org.apache.hadoop.fs.Path
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for path in (args.output, args.errors):
        p = hadoop(path)
        if p.getFileSystem(conf).exists(p):
            raise ValueError(f"{path} exists; use --overwrite to replace it")


def report(spark, args, failed: list[tuple]) -> int:
    """The command line's summary: each error on stderr, a count line; status 1 when a document failed."""
    facts = spark.read.parquet(args.output).count()
    for row in failed[:100]:
        print(f"jqextract: error: {row[0]}: {row[-1]}", file=sys.stderr)
    if len(failed) > 100:
        print(f"jqextract: ... and {len(failed) - 100} more in {args.errors}", file=sys.stderr)
    print(f"jqextract: {facts} facts in {args.output}, {len(failed)} document(s) failed ({args.errors})", file=sys.stderr)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m jqextract.spark", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", metavar="INPUT", help="a folder or glob of text files (local, hdfs://, s3a:// ...), or a Parquet dataset of documents")
    p.add_argument("output", metavar="OUTPUT", help="the Parquet dataset of facts to write")
    p.add_argument("--errors", metavar="PATH", help="the Parquet dataset of documents that failed (default: OUTPUT with .errors)")
    p.add_argument("--master", metavar="URL", help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, metavar="N", help="spread the documents over N partitions first (a shuffle)")
    p.add_argument("--input-format", choices=("auto", "text", "parquet"), default="auto",
                   help="auto: Parquet for a .parquet path or a folder of .parquet files, else text files")
    p.add_argument("--text-col", default="text", metavar="NAME", help="Parquet input: the text column (default: text)")
    p.add_argument("--id-col", action="append", metavar="NAME", help="Parquet input: an id column, repeatable (default: doc)")
    p.add_argument("--glob", default=DEFAULT_GLOB, metavar="PATTERN", help=f"files to read in a folder (default: {DEFAULT_GLOB})")
    p.add_argument("--encoding", metavar="NAME", help="decode every file as NAME (default: detect UTF-8 or GB18030)")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT and the errors dataset if they exist")
    p.add_argument("--segmenter", help="jieba (default) or pkuseg[:MODEL_DIR]")
    p.add_argument("--rules", metavar="DIR", help="rules folder (must exist on every executor)")
    return p


LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1"  # see session()


def session(master: str | None):
    """The Spark session: spark-submit's (or one already running), else a new one; and whether we made it.

    A local session we start runs its Python workers with this interpreter (Spark's
    default is whatever ``python3`` is first on PATH, which need not have jqextract,
    as in a virtual environment used without activating it) unless
    ``PYSPARK_PYTHON`` says otherwise, and gets its JVM (driver and executor in one)
    compiled by HotSpot's quick C1 compiler only: the JVM's own work here is small (reading
    files, Arrow, Parquet), and the optimizing compiler spent more CPU compiling
    it (~9 of 17 CPU seconds on the 50 MB benchmark) than it saved, CPU taken
    from the Python workers that do the extraction. On a cluster, set it for the
    executors (``spark.executor.extraJavaOptions``, docs/spark.md).
    """
    from pyspark.sql import SparkSession

    running = SparkSession.getActiveSession()
    if running is not None:
        return running, False
    builder = SparkSession.builder.appName("jqextract")
    if master:
        builder = builder.master(master)
    if (master or "local").startswith("local") and "PYSPARK_GATEWAY_PORT" not in os.environ:  # we start the JVM
        builder = builder.config("spark.driver.extraJavaOptions", LOCAL_JVM_OPTIONS)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # read when the context starts
    return builder.getOrCreate(), True


def tune(spark) -> None:
    """Settings for documents rather than rows, in the command's session.

    Spark packs small files into a partition as if opening each cost 4 MB, so
    1,600 files of 30 KB make 50 tasks of 1 MB; here extraction costs by the
    byte and opening a file almost nothing. With a small open cost and at least
    four partitions per core, a folder becomes a few balanced tasks per core:
    fewer task start-ups, and no core left idle at the end. Arrow batches hold
    256 documents, not 10,000 rows.
    """
    cores = spark.sparkContext.defaultParallelism
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(BATCH_DOCUMENTS))
    spark.conf.set("spark.sql.files.openCostInBytes", str(FILE_OPEN_COST))
    spark.conf.set("spark.sql.files.minPartitionNum", str(TASKS_PER_CORE * cores))


def main(argv: list[str] | None = None) -> int:
    """Exit status as the command line's: 0 done, 1 some documents failed (the errors
    dataset says which), 2 bad usage or configuration, before any work."""
    args = build_parser().parse_args(argv)
    args.errors = args.errors or errors_path(args.output)
    try:
        from pyspark.errors import AnalysisException

        if args.encoding:
            import codecs

            codecs.lookup(args.encoding)
        spark, made = session(args.master)
    except (LookupError, ImportError) as e:
        print(f"jqextract: error: {e}", file=sys.stderr)
        return 2
    try:
        tune(spark)
        check_outputs(spark, args)
        docs, id_cols, text_col = read_documents(spark, args)
        if args.partitions:
            docs = docs.repartition(args.partitions)
        failed = write_outputs(spark, docs, id_cols, text_col, args)
        return report(spark, args, failed)
    except (ValueError, TypeError, RuleError, SegmenterError, AnalysisException) as e:
        print(f"jqextract: error: {e}", file=sys.stderr)  # AnalysisException: e.g. INPUT does not exist
        return 2
    finally:
        if made:
            spark.stop()


if __name__ == "__main__":
    sys.exit(main())
