"""The ``jqextract`` command line.

    jqextract extract report.txt                 # JSON Lines on standard output
    jqextract extract reports/ --format csv --bom -o facts.csv   # a folder, for Excel
    jqextract extract reports/ --jobs 4 --format table | less -S
    cat report.txt | jqextract extract -
    jqextract show report.txt --html report.html # the text with its quantities marked
    jqextract eval --errors 10                   # precision/recall on gold/
    jqextract units                              # the unit table
    jqextract rules check [DIR]                  # validate rule files
"""

from __future__ import annotations

import argparse
import codecs
import csv
import json
import os
import sys
import unicodedata
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import __version__
from .io import DEFAULT_GLOBS, STDIN, InputError, display_name, find_documents, is_big, read_text, stream_text
from .segment import SegmenterError

EXIT_OK, EXIT_FAILED_FILES, EXIT_BELOW_FLOOR, EXIT_USAGE = 0, 1, 3, 2
FORMATS = ("jsonl", "json", "csv", "tsv", "parquet", "table")
PARQUET_MISSING = "--format parquet needs pyarrow: pip install 'jqextract[parquet]'"


def error(message: str, bar=None) -> None:
    """One ``jqextract: error: ...`` line on stderr, printed above the progress bar if there is one."""
    (bar.write if bar is not None else print)(f"jqextract: error: {message}", file=sys.stderr)


def extract_document(job: tuple) -> tuple[str | None, list[dict]]:
    """Read and extract one document, or one piece of a big one: ``(error line or None, fact dicts)``.

    A top-level function taking plain data, so that it runs the same in this
    process (``--jobs 1``) and in a worker process. A crash of the extractor
    on one file is reported like an unreadable file, so a long batch goes on.
    """
    path, data, encoding, segmenter, subjects, piece, base, failure = job
    from .facts import extract, shift

    if failure:
        return failure, []
    try:
        text = piece if piece is not None else read_text(path, encoding, data)
    except InputError as e:
        return str(e), []
    try:
        return None, [shift(f, base).to_dict() for f in extract(text, segmenter=segmenter, subjects=subjects)]
    except Exception as e:  # noqa: BLE001 -- one bad document must not end the run
        return f"{display_name(path)}: internal error: {type(e).__name__}: {e}", []


def document_jobs(docs: list[str], stdin: bytes | None, encoding: str | None, segmenter, subjects: bool):
    """The work, lazily: one job per document, or one per piece of a big file.

    A big file (over ``io.BIG_FILE`` bytes) is first decoded once without being
    kept, so that an undecodable byte near its end fails the file before any of
    its facts are written; then its pieces are read one at a time, so memory
    stays flat whatever the file's size. Each job is ``(doc, is_last_piece, job)``.
    """
    for d in docs:
        if not is_big(d):
            yield d, True, (d, stdin if d == STDIN else None, encoding, segmenter, subjects, None, 0, None)
            continue
        try:
            for _ in stream_text(d, encoding):
                pass
        except InputError as e:
            yield d, True, (d, None, encoding, segmenter, subjects, None, 0, str(e))
            continue
        pieces = stream_text(d, encoding)
        nxt = next(pieces, None)
        while nxt is not None:
            following = next(pieces, None)
            base, piece = nxt
            yield d, following is None, (d, None, encoding, segmenter, subjects, piece, base, None)
            nxt = following


def ordered_map(fn, items, jobs: int):
    """``(item, fn(item[-1]))`` for each item, over ``jobs`` processes when more than one,
    in input order.

    ``items`` may be a generator: at most ``2 * jobs`` of them are in flight, so
    a big folder or a big file is never held in memory whole while one slow
    piece holds the line.
    """
    if jobs <= 1:
        for item in items:
            yield item, fn(item[-1])
        return
    with ProcessPoolExecutor(jobs) as pool:
        pending: deque = deque()
        for item in items:
            pending.append((item, pool.submit(fn, item[-1])))
            if len(pending) >= 2 * jobs:
                item0, fut = pending.popleft()
                yield item0, fut.result()
        while pending:
            item0, fut = pending.popleft()
            yield item0, fut.result()


def progress(total: int, quiet: bool):
    """A tqdm bar on stderr for runs of several files; None when stderr is not a terminal or ``--quiet``."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True)


def fmt_number(v):
    return "" if v is None else v


TABLE_FIELDS = ("start", "text", "norm_value", "norm_unit", "qualifier", "subject", "predicate", "change", "time", "location")
TABLE_RIGHT = {"start", "norm_value"}
TABLE_CELL_MAX = 24


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
    """Write fact dicts as they come: jsonl, csv and tsv stream; json and table collect first."""
    from .facts import FIELDS

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

    from .facts import FIELDS

    types = {"start": pa.int64(), "end": pa.int64(), "value": pa.float64(), "norm_value": pa.float64(), "high": pa.float64()}
    fields = (["doc"] if with_doc else []) + list(FIELDS)
    schema = pa.schema([(k, types.get(k, pa.string())) for k in fields])
    pq.write_table(pa.Table.from_pylist([{k: r[k] for k in fields} for r in rows], schema=schema), target)


def cmd_extract(args) -> int:
    if args.format == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            error(PARQUET_MISSING)
            return EXIT_USAGE
        if not args.output and sys.stdout.isatty():
            error("parquet is binary: write it to a file with -o FILE")
            return EXIT_USAGE
    try:  # load rules and segmenter once, here: a broken setup is one error, not one per file
        from .facts import extract

        extract("新增并网618万千瓦", segmenter=args.segmenter, subjects=not args.no_subjects)
        if not args.no_subjects:
            from .segment import get_segmenter

            get_segmenter(args.segmenter)
    except Exception as e:  # noqa: BLE001
        error(f"cannot start the extractor: {type(e).__name__}: {e}")
        return EXIT_USAGE
    docs = find_documents(args.paths, tuple(args.glob or DEFAULT_GLOBS), exclude=args.output)
    if args.output and os.path.exists(args.output):
        for d in docs:
            if d != STDIN and os.path.exists(d) and os.path.samefile(d, args.output):
                error(f"{args.output}: the output file is also an input; writing it would destroy it")
                return EXIT_USAGE
    if args.output:
        try:  # an output that cannot be written fails before the run, not after it
            open(args.output, "ab").close()
        except OSError as e:
            error(f"{args.output}: cannot write: {e.strerror}")
            return EXIT_USAGE
    with_doc = len(args.paths) > 1 or any(p != STDIN and Path(p).is_dir() for p in args.paths)
    stdin = sys.stdin.buffer.read() if STDIN in docs else None
    jobs = document_jobs(docs, stdin, args.encoding, args.segmenter, not args.no_subjects)
    n_jobs = args.jobs if args.jobs > 0 else os.cpu_count() or 1
    if not any(is_big(d) for d in docs):
        n_jobs = min(n_jobs, max(1, len(docs)))  # no more workers than documents (each loads the rules)
    counts = {"read": 0, "facts": 0, "failed": 0}
    bar = progress(len(docs), args.quiet)

    def rows():
        for (doc, last_piece, _), (err, facts) in ordered_map(extract_document, jobs, n_jobs):
            if bar is not None and last_piece:
                bar.update()
            if err:
                error(err, bar)
                counts["failed"] += 1
                continue
            counts["read"] += last_piece
            counts["facts"] += len(facts)
            for d in facts:
                d["doc"] = display_name(doc)
                yield d

    try:
        if args.format == "parquet":
            write_parquet(rows(), args.output or sys.stdout.buffer, with_doc)
        elif args.output:
            with open(args.output, "w", encoding="utf-8-sig" if args.bom else "utf-8", newline="") as out:
                write_facts(rows(), args.format, out, with_doc)
        else:
            sys.stdout.reconfigure(encoding="utf-8", newline="")
            if args.bom:
                sys.stdout.write("\ufeff")
            write_facts(rows(), args.format, sys.stdout, with_doc)
            sys.stdout.flush()
    finally:
        if bar is not None:
            bar.close()
    if counts["failed"] or not args.quiet:
        print(f"jqextract: {counts['read']} file(s) read, {counts['facts']} facts, {counts['failed']} file(s) failed",
              file=sys.stderr)
    return EXIT_FAILED_FILES if counts["failed"] else EXIT_OK


def cmd_show(args) -> int:
    from .facts import extract
    from .show import render_ansi, render_html

    try:
        text = read_text(args.file, args.encoding, sys.stdin.buffer.read() if args.file == STDIN else None)
    except InputError as e:
        error(str(e))
        return EXIT_FAILED_FILES
    try:
        facts = extract(text, segmenter=args.segmenter)
    except SegmenterError as e:
        error(str(e))
        return EXIT_USAGE
    name = display_name(args.file)
    if args.html:
        try:
            Path(args.html).write_text(render_html(text, facts, name), encoding="utf-8")
        except OSError as e:
            error(f"{args.html}: cannot write: {e.strerror}")
            return EXIT_USAGE
        print(f"jqextract: wrote {args.html} ({len(facts)} facts)", file=sys.stderr)
        return EXIT_OK
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    sys.stdout.reconfigure(encoding="utf-8")
    sys.stdout.write(render_ansi(text, facts, color))
    if text and not text.endswith("\n"):
        sys.stdout.write("\n")
    return EXIT_OK


def encoding_name(name: str) -> str:
    """An argparse type: a codec Python knows, checked before any file is read."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name}") from None
    return name


def cmd_eval(args) -> int:
    from .evaluate import LEVELS, GoldError, evaluate, load_gold
    from .facts import extract

    def skipped(path, why):
        print(f"skipped {path.name}: {why}", file=sys.stderr)

    try:
        docs = load_gold(Path(args.gold) if args.gold else None, on_skip=skipped)
    except GoldError as e:
        print(f"jqextract: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    if not docs:
        print("jqextract: no gold documents found", file=sys.stderr)
        return EXIT_USAGE
    try:
        results, total = evaluate(docs, lambda t: extract(t, segmenter=args.segmenter))
    except SegmenterError as e:
        error(str(e))
        return EXIT_USAGE
    name_w = max(len("overall"), *(len(r.name) for r in results))
    header = f"{'document':<{name_w}}  {'sys':>4} {'gold':>4}  " + "  ".join(f"{lvl + ' P/R/F1':^20}" for lvl in LEVELS)
    print(header)
    print("-" * len(header))

    def line(name, sc):
        cells = "  ".join("{:.3f} {:.3f} {:.3f}".format(*sc.prf(lvl)).center(20) for lvl in LEVELS)
        return f"{name:<{name_w}}  {sc.n_system:>4} {sc.n_gold:>4}  {cells}"

    for r in results:
        print(line(r.name, r.score))
    print("-" * len(header))
    print(line("overall", total))
    if args.errors:
        docs_by_name = {d.name: d for d in docs}
        for r in results:
            text = docs_by_name[r.name].text

            def ctx(f):
                s, e = f["start"], f["end"]
                return (text[max(0, s - 12) : s] + "【" + text[s:e] + "】" + text[e : e + 8]).replace("\n", "⏎")

            shown = 0
            print(f"\n## {r.name}")
            for kind, items in (("missed", [(None, g) for g in r.missed]), ("spurious", [(s, None) for s in r.spurious]), ("wrong", r.wrong)):
                for item in items:
                    if shown >= args.errors:
                        break
                    shown += 1
                    if kind == "missed":
                        g = item[1]
                        print(f"  missed    {ctx(g)}  gold: {g['value']} {g['unit']} subject={g['subject']}")
                    elif kind == "spurious":
                        s = item[0]
                        print(f"  spurious  {ctx(s)}  system: {s['value']} {s['unit']} subject={s['subject']}")
                    else:
                        s, g, lvl = item
                        print(f"  wrong {lvl:<7} {ctx(g)}  system: {s['value']} {s['unit']} {s['norm_value']} {s['norm_unit']} "
                              f"subject={s['subject']} | gold: {g['value']} {g['unit']} {g['norm_value']} {g['norm_unit']} subject={g['subject']}")
    status = EXIT_OK
    for level, floor in args.min_f1 or []:
        f1 = total.prf(level)[2]
        if f1 < floor:
            print(f"jqextract: {level} F1 {f1:.3f} is below the floor {floor:.3f}", file=sys.stderr)
            status = EXIT_BELOW_FLOOR
    return status


def f1_floor(arg: str) -> tuple[str, float]:
    """``LEVEL=X`` for --min-f1, checked when the command line is read, not after the run."""
    from .evaluate import LEVELS

    level, sep, value = arg.partition("=")
    try:
        floor = float(value)
    except ValueError:
        floor = None
    if not sep or level not in LEVELS or floor is None or not 0 <= floor <= 1:
        raise argparse.ArgumentTypeError(f"{arg!r}: expected LEVEL=X with LEVEL one of {', '.join(LEVELS)} and X in [0, 1]")
    return level, floor


def cmd_units(args) -> int:
    from .quantities import finder

    rows = sorted({(u.dimension, u.form, str(u.factor), u.norm_unit) for us in finder().units.values() for u in us})
    print("dimension\tform\tfactor\tcanonical")
    for r in rows:
        print("\t".join(r))
    return EXIT_OK


def cmd_rules_check(args) -> int:
    from .rules import RuleError, load_rules
    from .quantities import QuantityFinder
    from .subjects import SubjectRules

    folder = str(Path(args.dir)) if args.dir else None
    try:
        load_rules.cache_clear()
        QuantityFinder(folder)
        SubjectRules(folder)
    except RuleError as e:
        print(f"jqextract: error: {e}", file=sys.stderr)
        return EXIT_FAILED_FILES
    print("rules OK")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jqextract", description="Quantity facts from Chinese prose.",
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--version", action="version", version=f"jqextract {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="print the facts of files and folders", formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Print the facts of each document. Folders are read recursively; a file that "
                                   "cannot be read is reported on stderr and skipped (exit status 1).",
                       epilog="example: jqextract extract gold/jiuquan-2024.txt --format csv -o facts.csv\n"
                              "         jqextract extract reports/ --glob '*.txt' --jobs 4 --format table\n"
                              "         jqextract extract reports/ --format csv --bom -o facts.csv   # opens in Excel\n"
                              "         cat report.txt | jqextract extract -")
    e.add_argument("paths", nargs="+", metavar="PATH",
                   help="text files or folders (UTF-8, UTF-8 with BOM or GB18030/GBK); - reads standard input")
    e.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="jsonl (default), json, csv, tsv, parquet (needs pyarrow) or table (aligned, for a terminal)")
    e.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    e.add_argument("--glob", action="append", metavar="PATTERN",
                   help="file names to read in folders (repeatable; default: *.txt and *.md; hidden files skipped)")
    e.add_argument("--encoding", type=encoding_name, metavar="NAME", help="decode every file as NAME (default: detect)")
    e.add_argument("--bom", action="store_true", help="start the output with a UTF-8 BOM (CSV for Excel)")
    e.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="documents processed in parallel (0: one per CPU); output is the same as with 1")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary line unless a file failed")
    e.add_argument("--segmenter", default=None, help="jieba (default) or pkuseg[:MODEL_DIR]")
    e.add_argument("--no-subjects", action="store_true", help="quantities only (faster)")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("show", help="print a document with its quantities highlighted",
                       description="Print the text with each quantity highlighted (subjects underlined), "
                                   "or write it as a self-contained HTML page.",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example: jqextract show gold/jiuquan-2024.txt | less -R\n"
                              "         jqextract show gold/jiuquan-2024.txt --html jiuquan.html   # hover a quantity for its fields")
    s.add_argument("file", metavar="FILE", help="a text file; - reads standard input")
    s.add_argument("--html", metavar="OUT.html", help="write an HTML page here instead of printing")
    s.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="ANSI colors (auto: when standard output is a terminal and NO_COLOR is unset); "
                        "without colors quantities are put in 【】")
    s.add_argument("--encoding", type=encoding_name, metavar="NAME", help="decode the file as NAME (default: detect)")
    s.add_argument("--segmenter", default=None, help="jieba (default) or pkuseg[:MODEL_DIR]")
    s.set_defaults(func=cmd_show)

    v = sub.add_parser("eval", help="precision/recall/F1 against the gold set",
                       description="Score the extractor on the gold documents (facts.md §8).",
                       epilog="example: jqextract eval --errors 20 --min-f1 norm=0.95")
    v.add_argument("--gold", help="gold folder (default: the project's gold/)")
    v.add_argument("--errors", type=int, default=0, metavar="N", help="show up to N errors per document")
    v.add_argument("--min-f1", action="append", type=f1_floor, metavar="LEVEL=X",
                   help="exit 3 if overall F1 at LEVEL is below X")
    v.add_argument("--segmenter", default=None)
    v.set_defaults(func=cmd_eval)

    u = sub.add_parser("units", help="list the units the rules know", epilog="example: jqextract units | grep power")
    u.set_defaults(func=cmd_units)

    r = sub.add_parser("rules", help="rule file tools", epilog="example: jqextract rules check rules/")
    rsub = r.add_subparsers(dest="rules_command", required=True)
    rc = rsub.add_parser("check", help="validate rule files", epilog="example: jqextract rules check rules/")
    rc.add_argument("dir", nargs="?", help="rules folder (default: the installed rules)")
    rc.set_defaults(func=cmd_rules_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # e.g. `jqextract extract big/ | head`: stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
