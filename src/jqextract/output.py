"""Writing facts: JSON Lines, JSON, CSV, TSV, an aligned table, Parquet.

Rows are fact dicts (``Fact.to_dict()``), with a ``doc`` key when the run read
several documents. Every format is written as the rows come, in flat memory:
the table keeps its rows in a temporary file until the column widths are
known, Parquet is written in row groups. A file given with ``-o`` is written
through a temporary file beside it and renamed over it only when the run
is done (:class:`Output`), so it is never left half written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
import tempfile
import unicodedata

from .facts import FIELDS, FLOAT_FIELDS, OFFSET_FIELDS

FORMATS = ("jsonl", "json", "csv", "tsv", "parquet", "table")
# jqextract is not on the package index yet: the extra is installed from the checkout
PARQUET_MISSING = "--format parquet needs pyarrow: pip install pyarrow (or, in the checkout, pip install '.[parquet]')"
PARQUET_ROWS = 50_000  # rows per Parquet row group: what is held in memory at a time
TABLE_FIELDS = ("start", "text", "norm_value", "norm_unit", "qualifier", "subject", "predicate", "change", "time", "location")
TABLE_RIGHT = {"start", "norm_value"}
TABLE_CELL_MAX = 24


def fmt_number(v):
    return "" if v is None else v


def display_width(s: str) -> int:
    """Terminal columns of ``s``: CJK (wide/fullwidth) characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table_cell(v, keep_end: bool = False) -> str:
    """A value as one short line: whitespace collapsed, floats to 6 digits, clipped with an
    ellipsis (at the start for ``keep_end``, so a long path still shows its file name)."""
    if v is None:
        return ""
    if isinstance(v, float):
        s = str(int(v)) if v.is_integer() and abs(v) < 1e15 else f"{v:.6g}"
    else:
        s = " ".join(str(v).split())
    if display_width(s) <= TABLE_CELL_MAX:
        return s
    while display_width(s) > TABLE_CELL_MAX - 1:
        s = s[1:] if keep_end else s[:-1]
    return "…" + s if keep_end else s + "…"


def write_table(rows, out, with_doc: bool) -> None:
    """Aligned columns for a terminal: the fields a reader scans, not all of them (use csv for those).

    The cells wait in a temporary file until every row has been seen (the
    widths depend on all of them), so a long table takes no memory.
    """
    cols = (["doc"] if with_doc else []) + list(TABLE_FIELDS)
    widths = [display_width(c) for c in cols]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for r in rows:
            cells = [table_cell(r[k], keep_end=k == "doc") for k in cols]
            widths = [max(w, display_width(c)) for w, c in zip(widths, cells)]
            spool.write(json.dumps(cells, ensure_ascii=False) + "\n")

        def line(cells):
            padded = ((" " * (widths[i] - display_width(s)) + s if cols[i] in TABLE_RIGHT else s + " " * (widths[i] - display_width(s)))
                      for i, s in enumerate(cells))
            out.write("  ".join(padded).rstrip() + "\n")

        line(cols)
        line(["-" * w for w in widths])
        spool.seek(0)
        for cells in spool:
            line(json.loads(cells))


def write_json(rows, out, fields) -> None:
    """A JSON array, one object at a time (the bytes ``json.dump(..., indent=1)`` gives)."""
    sep = "[\n "
    for r in rows:
        out.write(sep + json.dumps({k: r[k] for k in fields}, ensure_ascii=False, indent=1).replace("\n", "\n "))
        sep = ",\n "
    out.write("[]\n" if sep == "[\n " else "\n]\n")


def write_facts(rows, fmt: str, out, with_doc: bool) -> None:
    """Write fact dicts as they come, in one of the text formats."""
    fields = (["doc"] if with_doc else []) + list(FIELDS)
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")
    elif fmt == "json":
        write_json(rows, out, fields)
    elif fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([fmt_number(r[k]) for k in fields])
    elif fmt == "table":
        write_table(rows, out, with_doc)


def write_parquet(rows, target, with_doc: bool) -> None:
    """One Parquet file (pyarrow, imported only here), a row group at a time. Numbers are
    float64 in ``value``/``norm_value``/``high`` because a column has one type and values may be fractional."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {**{k: pa.int64() for k in OFFSET_FIELDS}, **{k: pa.float64() for k in FLOAT_FIELDS}}
    fields = (["doc"] if with_doc else []) + list(FIELDS)
    schema = pa.schema([(k, types.get(k, pa.string())) for k in fields])
    with pq.ParquetWriter(target, schema) as writer:
        batch: list[dict] = []
        for r in rows:
            batch.append({k: r[k] for k in fields})
            if len(batch) >= PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))


# ---- where the output goes ----------------------------------------------------------------------

class Output:
    """Standard output, or ``-o FILE`` written through a temporary file.

    For a regular file (or a new one) the facts go to a hidden temporary file
    in the same folder, which :meth:`commit` renames over ``FILE`` at the end
    (one atomic step: a reader sees the old file or the new one, never half of
    one) and :meth:`discard` removes: an interrupted run, a failed write, or a
    run that could read none of its inputs leaves ``FILE`` as it was. A
    symbolic link is followed (the file it names is replaced); something that
    is not a regular file (``/dev/stdout``, a FIFO) is written directly.
    Creating the temporary file is the check that ``FILE`` can be written,
    made before any work. ``OSError`` is left to the caller.
    """

    def __init__(self, path: str | None, binary: bool = False, bom: bool = False):
        self.path, self.target, self.tmp = path, None, None
        if path is None:
            raw = sys.stdout.buffer
        elif os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
            raw = open(path, "wb")
        else:
            self.target = os.path.realpath(path)
            folder, name = os.path.split(self.target)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
            raw = os.fdopen(fd, "wb")
        self.raw = raw
        self.stream = raw if binary else io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline="")

    def commit(self) -> None:
        """Flush everything; for a file, give it its permissions and rename it into place."""
        self.stream.flush()
        if self.tmp is not None:
            os.fsync(self.raw.fileno())
            os.chmod(self.tmp, file_mode(self.target))
        self.close()
        if self.tmp is not None:
            os.replace(self.tmp, self.target)
            self.tmp = None

    def discard(self) -> None:
        """Drop what was written to a file; on standard output, drop what is still buffered."""
        if self.raw is sys.stdout.buffer:  # what could not be written would fail again at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        try:
            self.close()
        except OSError:
            pass  # the write error shows again on closing: it is already reported
        if self.tmp is not None:
            os.unlink(self.tmp)
            self.tmp = None

    def close(self) -> None:
        if self.raw is not sys.stdout.buffer:
            self.stream.close()
        elif self.stream is not self.raw:
            try:
                self.stream.flush()
            finally:
                self.stream.detach()  # standard output stays open for what follows


def file_mode(path: str) -> int:
    """The permissions of ``path`` if it exists, else those a new file gets (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
