"""Writing facts: JSON Lines, JSON, CSV, TSV, an aligned table, Parquet.

Rows are fact dicts (``Fact.to_dict()``), with a ``doc`` key when the run read
several documents. jsonl, csv and tsv stream; json and table collect first.
"""

from __future__ import annotations

import csv
import json
import unicodedata

from .facts import FIELDS

FORMATS = ("jsonl", "json", "csv", "tsv", "parquet", "table")
PARQUET_MISSING = "--format parquet needs pyarrow: pip install 'jqextract[parquet]'"
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
    """Aligned columns for a terminal: the fields a reader scans, not all of them (use csv for those)."""
    cols = (["doc"] if with_doc else []) + list(TABLE_FIELDS)
    lines = [cols] + [[table_cell(r[k], keep_end=k == "doc") for k in cols] for r in rows]
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(cols))]

    def pad(s, i):
        gap = " " * (widths[i] - display_width(s))
        return gap + s if cols[i] in TABLE_RIGHT else s + gap

    lines.insert(1, ["-" * w for w in widths])
    for line in lines:
        out.write("  ".join(pad(s, i) for i, s in enumerate(line)).rstrip() + "\n")


def write_facts(rows, fmt: str, out, with_doc: bool) -> None:
    """Write fact dicts as they come, in one of the text formats."""
    fields = (["doc"] if with_doc else []) + list(FIELDS)
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([{k: r[k] for k in fields} for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([fmt_number(r[k]) for k in fields])
    elif fmt == "table":
        write_table(rows, out, with_doc)


def write_parquet(rows, target, with_doc: bool) -> None:
    """One Parquet table (pyarrow, imported only here). Numbers are float64 in
    ``value``/``norm_value``/``high`` because a column has one type and values may be fractional."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"start": pa.int64(), "end": pa.int64(), "value": pa.float64(), "norm_value": pa.float64(), "high": pa.float64()}
    fields = (["doc"] if with_doc else []) + list(FIELDS)
    schema = pa.schema([(k, types.get(k, pa.string())) for k in fields])
    pq.write_table(pa.Table.from_pylist([{k: r[k] for k in fields} for r in rows], schema=schema), target)
