"""The ``jqextract`` command line.

    jqextract extract report.txt                 # JSON Lines on standard output
    jqextract extract reports/ --format csv --bom -o facts.csv   # a folder, for Excel
    jqextract extract reports/ --jobs 4 --format table | less -S
    cat report.txt | jqextract extract -
    jqextract show report.txt --html report.html # the text with its quantities marked
    jqextract eval --errors 10                   # precision/recall on gold/
    jqextract export-tasks reports/ -o tasks.json  # Label Studio tasks, pre-annotated
    jqextract import-gold export.json -o my.gold.jsonl  # its annotations as gold
    jqextract units                              # the unit table
    jqextract rules check [DIR]                  # validate rule files and run their examples

Exit status: 0 success; 1 some input files could not be read (each is one
``jqextract: error: PATH: reason`` line, the others are processed); 2 bad usage
or configuration (an unknown option, a broken rules folder, a missing
segmenter, a malformed gold file), before any work; 3 an ``eval --min-f1``
floor was not met.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .io import DEFAULT_GLOBS, STDIN, InputError, display_name, find_documents, is_big, read_text, stream_text
from .output import FORMATS, PARQUET_MISSING, write_facts, write_parquet
from .rules import RuleError
from .segment import SegmenterError

EXIT_OK, EXIT_FAILED_FILES, EXIT_USAGE, EXIT_BELOW_FLOOR = 0, 1, 2, 3


def error(message: str, bar=None) -> None:
    """One ``jqextract: error: ...`` line on stderr, printed above the progress bar if there is one."""
    (bar.write if bar is not None else print)(f"jqextract: error: {message}", file=sys.stderr)


# ---- the extractor each process uses ------------------------------------------------

@dataclass(frozen=True)
class Settings:
    """What a process needs to build its extractor and read files (sent to workers once)."""

    rules: str | None
    segmenter: str | None
    subjects: bool
    encoding: str | None

    def extractor(self):
        from .extractor import Extractor

        return Extractor(self.rules, self.segmenter)


_worker: dict = {}  # the extractor of this process, built once by init_worker


def init_worker(settings: Settings) -> None:
    """Build this process's extractor (in each worker of ``--jobs N``, or here for ``--jobs 1``)."""
    _worker["settings"], _worker["extractor"] = settings, settings.extractor()


def start_extractor(settings: Settings):
    """The extractor, loaded now with its segmenter: a broken setup is one error, not one per file."""
    extractor = settings.extractor()
    if settings.subjects:
        extractor.segmenter()
    return extractor


# ---- jobs: one per document, or per piece of a big one ------------------------------

@dataclass(frozen=True)
class Job:
    """One unit of work: a document (``data`` when it came on standard input), or one
    piece of a big file (``piece`` at offset ``base``), or a failure found while cutting it."""

    doc: str
    last_piece: bool = True
    data: bytes | None = None
    piece: str | None = None
    base: int = 0
    failure: str | None = None


def run_job(job: Job) -> tuple[str | None, list[dict]]:
    """Read and extract one job in this process: ``(error line or None, fact dicts)``.

    A top-level function taking plain data, so that it runs the same here and in
    a worker. A crash of the extractor on one file is reported like an unreadable
    file, so a long batch goes on.
    """
    settings, extractor = _worker["settings"], _worker["extractor"]
    if job.failure:
        return job.failure, []
    try:
        text = job.piece if job.piece is not None else read_text(job.doc, settings.encoding, job.data)
    except InputError as e:
        return str(e), []
    try:
        return None, [f.shifted(job.base).to_dict() for f in extractor.extract(text, subjects=settings.subjects)]
    except Exception as e:  # noqa: BLE001 -- one bad document must not end the run
        return f"{display_name(job.doc)}: internal error: {type(e).__name__}: {e}", []


def document_jobs(docs: list[str], stdin: bytes | None, encoding: str | None, sentence_ends: str):
    """The work, lazily: one job per document, or one per piece of a big file.

    A big file (over ``io.BIG_FILE`` bytes) is first decoded once without being
    kept, so that an undecodable byte near its end fails the file before any of
    its facts are written; then its pieces are read one at a time, so memory
    stays flat whatever the file's size.
    """
    from .io import CHUNK_CHARS

    for d in docs:
        if not is_big(d):
            yield Job(d, data=stdin if d == STDIN else None)
            continue
        try:
            for _ in stream_text(d, encoding, CHUNK_CHARS, sentence_ends):
                pass
        except InputError as e:
            yield Job(d, failure=str(e))
            continue
        pieces = stream_text(d, encoding, CHUNK_CHARS, sentence_ends)
        nxt = next(pieces, None)
        while nxt is not None:
            following = next(pieces, None)
            yield Job(d, following is None, piece=nxt[1], base=nxt[0])
            nxt = following


def ordered_map(jobs, n_jobs: int, settings: Settings):
    """``(job, run_job(job))`` for each job, over ``n_jobs`` processes when more than
    one, in input order. At most ``2 * n_jobs`` jobs are in flight, so a big folder
    or a big file is never held in memory whole while one slow piece holds the line."""
    if n_jobs <= 1:
        for job in jobs:
            yield job, run_job(job)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(n_jobs, initializer=init_worker, initargs=(settings,)) as pool:
        pending: deque = deque()
        for job in jobs:
            pending.append((job, pool.submit(run_job, job)))
            if len(pending) >= 2 * n_jobs:
                job0, fut = pending.popleft()
                yield job0, fut.result()
        while pending:
            job0, fut = pending.popleft()
            yield job0, fut.result()


def progress(total: int, quiet: bool):
    """A tqdm bar on stderr for runs of several files; None when stderr is not a terminal or ``--quiet``."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True)


# ---- jqextract extract ------------------------------------------------------------------

def settings_of(args) -> Settings:
    return Settings(args.rules, args.segmenter, not getattr(args, "no_subjects", False), getattr(args, "encoding", None))


def check_extract_args(args, docs: list[str]) -> str | None:
    """What is wrong with the command line before any work, or None."""
    if args.format == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            return PARQUET_MISSING
        if not args.output and sys.stdout.isatty():
            return "parquet is binary: write it to a file with -o FILE"
    if args.output and os.path.exists(args.output):
        for d in docs:
            if d != STDIN and os.path.exists(d) and os.path.samefile(d, args.output):
                return f"{args.output}: the output file is also an input; writing it would destroy it"
    if args.output:
        try:  # an output that cannot be written fails before the run, not after it
            open(args.output, "ab").close()
        except OSError as e:
            return f"{args.output}: cannot write: {e.strerror}"
    return None


class Run:
    """One ``jqextract extract`` run: the facts of every job as rows, with counts."""

    def __init__(self, args, docs: list[str], settings: Settings, sentence_ends: str):
        self.args, self.docs, self.settings = args, docs, settings
        self.counts = {"read": 0, "facts": 0, "failed": 0}
        self.bar = progress(len(docs), args.quiet)
        stdin = sys.stdin.buffer.read() if STDIN in docs else None
        self.jobs = document_jobs(docs, stdin, settings.encoding, sentence_ends)
        n_jobs = args.jobs if args.jobs > 0 else os.cpu_count() or 1
        if not any(is_big(d) for d in docs):
            n_jobs = min(n_jobs, max(1, len(docs)))  # no more workers than documents (each loads the rules)
        self.n_jobs = n_jobs

    def rows(self):
        for job, (err, facts) in ordered_map(self.jobs, self.n_jobs, self.settings):
            if self.bar is not None and job.last_piece:
                self.bar.update()
            if err:
                error(err, self.bar)
                self.counts["failed"] += 1
                continue
            self.counts["read"] += job.last_piece
            self.counts["facts"] += len(facts)
            for d in facts:
                d["doc"] = display_name(job.doc)
                yield d

    def summary(self) -> int:
        if self.bar is not None:
            self.bar.close()
        c = self.counts
        if c["failed"] or not self.args.quiet:
            print(f"jqextract: {c['read']} file(s) read, {c['facts']} facts, {c['failed']} file(s) failed", file=sys.stderr)
        return EXIT_FAILED_FILES if c["failed"] else EXIT_OK


def write_output(args, rows, with_doc: bool) -> None:
    if args.format == "parquet":
        write_parquet(rows, args.output or sys.stdout.buffer, with_doc)
    elif args.output:
        with open(args.output, "w", encoding="utf-8-sig" if args.bom else "utf-8", newline="") as out:
            write_facts(rows, args.format, out, with_doc)
    else:
        sys.stdout.reconfigure(encoding="utf-8", newline="")
        if args.bom:
            sys.stdout.write("\ufeff")
        write_facts(rows, args.format, sys.stdout, with_doc)
        sys.stdout.flush()


def cmd_extract(args) -> int:
    docs = find_documents(args.paths, tuple(args.glob or DEFAULT_GLOBS), exclude=args.output)
    problem = check_extract_args(args, docs)
    if problem:
        error(problem)
        return EXIT_USAGE
    settings = settings_of(args)
    try:
        extractor = start_extractor(settings)
    except Exception as e:  # noqa: BLE001 -- any broken setup is one line, not a traceback
        error(f"cannot start the extractor: {type(e).__name__}: {e}")
        return EXIT_USAGE
    if args.jobs <= 1:
        _worker["settings"], _worker["extractor"] = settings, extractor
    run = Run(args, docs, settings, extractor.rules.text.ends.sentence)
    with_doc = len(args.paths) > 1 or any(p != STDIN and Path(p).is_dir() for p in args.paths)
    try:
        write_output(args, run.rows(), with_doc)
    finally:
        status = run.summary()
    return status


# ---- jqextract show -----------------------------------------------------------------------

def cmd_show(args) -> int:
    from .show import render_ansi, render_html

    try:
        text = read_text(args.file, args.encoding, sys.stdin.buffer.read() if args.file == STDIN else None)
    except InputError as e:
        error(str(e))
        return EXIT_FAILED_FILES
    try:
        facts = start_extractor(settings_of(args)).extract(text)
    except (SegmenterError, RuleError) as e:
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


# ---- jqextract eval -------------------------------------------------------------------------

def cmd_eval(args) -> int:
    from .evaluate import GoldError, evaluate, load_gold

    skipped = []
    try:
        extractor = start_extractor(settings_of(args))
        docs = load_gold(Path(args.gold) if args.gold else None, [Path(c) for c in args.corpus] if args.corpus else None,
                         on_skip=lambda path, why: skipped.append((path, why)))
    except (GoldError, SegmenterError, RuleError) as e:
        error(str(e))
        return EXIT_USAGE
    for path, why in skipped:
        print(f"jqextract: skipped {path.name}: {why}", file=sys.stderr)
    if not docs:
        error("no gold documents found" + (f" ({len(skipped)} skipped)" if skipped else ""))
        return EXIT_USAGE
    results, total = evaluate(docs, extractor)
    (print_markdown if args.markdown else print_scores)(results, total)
    print(f"\n{len(docs)} document(s) scored, {len(skipped)} skipped"
          + (f" (text not found: {', '.join(p.name for p, _ in skipped)})" if skipped else ""), file=sys.stderr)
    if args.errors:
        print_errors(results, {d.name: d for d in docs}, args.errors)
    return check_floors(total, args.min_f1 or [])


def print_scores(results, total) -> None:
    """One line per document, a subtotal per split (gold folder) when there are several, the total."""
    from .evaluate import LEVELS, by_split

    name_w = max(len("overall"), *(len(r.name) + 2 for r in results))
    header = f"{'document':<{name_w}}  {'sys':>4} {'gold':>4}  " + "  ".join(f"{lvl + ' P/R/F1':^20}" for lvl in LEVELS)
    print(header)

    def line(name, sc):
        cells = "  ".join("{:.3f} {:.3f} {:.3f}".format(*sc.prf(lvl)).center(20) for lvl in LEVELS)
        return f"{name:<{name_w}}  {sc.n_system:>4} {sc.n_gold:>4}  {cells}"

    splits = by_split(results)
    for split, score in splits.items():
        print("-" * len(header))
        if len(splits) > 1:
            print(f"[{split or 'gold'}]")
        for r in (r for r in results if r.split == split):
            print(line(r.name, r.score))
        if len(splits) > 1:
            print(line(f"{split or 'gold'} (all)", score))
    print("-" * len(header))
    print(line("overall", total))


def print_markdown(results, total) -> None:
    """F1 per split, then per document, as Markdown tables (what the README shows)."""
    from .evaluate import LEVELS, by_split

    head = "| {} | facts | " + " | ".join(LEVELS) + " |\n|---|" + "---:|" * (len(LEVELS) + 1)

    def row(name, sc):
        return f"| {name} | {sc.n_gold} | " + " | ".join(f"{sc.prf(lvl)[2]:.3f}" for lvl in LEVELS) + " |"

    print(head.format("split"))
    for split, score in by_split(results).items():
        print(row(split or "gold", score))
    print(row("**all**", total) + "\n")
    print(head.format("document"))
    for r in sorted(results, key=lambda r: (r.split, r.name)):
        print(row(f"{Path(r.name).stem} ({r.split or 'gold'})", r.score))


def print_errors(results, docs_by_name: dict, limit: int) -> None:
    """Up to ``limit`` missed, spurious and wrong facts per document, each in its context."""
    for r in results:
        text = docs_by_name[r.name].text
        print(f"\n## {r.name}")
        items = [("missed", None, g, "") for g in r.missed] + [("spurious", s, None, "") for s in r.spurious]
        items += [("wrong", s, g, lvl) for s, g, lvl in r.wrong]
        for kind, s, g, lvl in items[:limit]:
            print("  " + error_line(text, kind, s, g, lvl))


def error_line(text: str, kind: str, s: dict | None, g: dict | None, level: str) -> str:
    f = g or s
    a, b = f["start"], f["end"]
    ctx = (text[max(0, a - 12) : a] + "【" + text[a:b] + "】" + text[b : b + 8]).replace("\n", "⏎")
    if kind == "missed":
        return f"missed    {ctx}  gold: {g['value']} {g['unit']} subject={g['subject']}"
    if kind == "spurious":
        return f"spurious  {ctx}  system: {s['value']} {s['unit']} subject={s['subject']}"
    return (f"wrong {level:<7} {ctx}  system: {s['value']} {s['unit']} {s['norm_value']} {s['norm_unit']} "
            f"subject={s['subject']} | gold: {g['value']} {g['unit']} {g['norm_value']} {g['norm_unit']} subject={g['subject']}")


def check_floors(total, floors) -> int:
    status = EXIT_OK
    for level, floor in floors:
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


# ---- jqextract export-tasks, import-gold (Label Studio) ------------------------------------

def named_documents(paths: list[str], globs: tuple[str, ...]) -> list[tuple[str, str]]:
    """``(path, doc)`` for each document: ``doc`` is the name gold lines give it, the
    file's name, or its path under a folder given (what ``eval --corpus DIR`` looks up)."""
    out = []
    for arg in paths:
        if Path(arg).is_dir():
            out += [(p, Path(p).relative_to(arg).as_posix()) for p in find_documents([arg], globs)]
        else:
            out.append((arg, Path(arg).name))
    return out


def cmd_export_tasks(args) -> int:
    from .labelstudio import dimensions, label_config, task

    docs = named_documents(args.paths, tuple(args.glob or DEFAULT_GLOBS))
    names = [doc for _, doc in docs]
    problem = next((f"two documents are named {d!r}; give them different names" for d in names if names.count(d) > 1), None)
    if STDIN in args.paths:
        problem = "a task needs a document name: give files or folders, not -"
    config_path = Path(args.label_config) if args.label_config else Path(args.output).with_suffix(".label-config.xml")
    problem = problem or check_writable(args.output, config_path)
    if problem:
        error(problem)
        return EXIT_USAGE
    try:
        extractor = start_extractor(settings_of(args))
    except Exception as e:  # noqa: BLE001 -- any broken setup is one line, not a traceback
        error(f"cannot start the extractor: {type(e).__name__}: {e}")
        return EXIT_USAGE
    tasks, n_facts, failed = [], 0, 0
    for path, doc in docs:
        try:
            text = read_text(path, args.encoding)
        except InputError as e:
            error(str(e))
            failed += 1
            continue
        facts = [f.to_dict() | {"subject_start": f.subject_start, "subject_end": f.subject_end} for f in extractor.extract(text)]
        t, problems = task(doc, text, facts, f"jqextract {__version__}")
        for p in problems:
            error(p)
        tasks.append(t)
        n_facts += len(facts)
    Path(args.output).write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config_path.write_text(label_config(dimensions(extractor)), encoding="utf-8")
    print(f"jqextract: wrote {args.output} ({len(tasks)} task(s), {n_facts} facts as predictions) and the labelling "
          f"configuration {config_path}" + (f"; {failed} file(s) failed" if failed else ""), file=sys.stderr)
    return EXIT_FAILED_FILES if failed else EXIT_OK


def check_writable(*paths) -> str | None:
    """Why one of the output files cannot be written, or None (checked before any work)."""
    for path in paths:
        try:
            open(path, "ab").close()
        except OSError as e:
            return f"{path}: cannot write: {e.strerror}"
    return None


def cmd_import_gold(args) -> int:
    from .evaluate import GoldError, load_gold
    from .labelstudio import import_gold, read_export

    try:
        tasks = read_export(json.loads(Path(args.export).read_text(encoding="utf-8-sig")))
    except OSError as e:
        error(f"{args.export}: cannot read: {e.strerror}")
        return EXIT_USAGE
    except ValueError as e:  # invalid JSON, or JSON that is no export
        error(f"{args.export}: {e}")
        return EXIT_USAGE
    lines, problems = import_gold(tasks)
    for p in problems:
        error(f"{args.export}: {p}")
    if not lines:
        error(f"{args.export}: no annotated quantity to write; {args.output} is not written")
        return EXIT_FAILED_FILES
    problem = check_writable(args.output)
    if problem:
        error(problem)
        return EXIT_USAGE
    Path(args.output).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    n_docs = len({d["doc"] for d in lines})
    print(f"jqextract: wrote {args.output} ({len(lines)} facts of {n_docs} document(s)"
          + (f"; {len(problems)} problem(s) above" if problems else "") + ")", file=sys.stderr)
    try:  # the loader eval uses: the texts it finds must be the texts that were annotated
        load_gold(Path(args.output), [Path(c) for c in args.corpus] if args.corpus else None,
                  on_skip=lambda path, why: print(f"jqextract: not checked against the document's file: {why}; "
                                                  "eval needs it (--corpus DIR)", file=sys.stderr))
    except GoldError as e:
        error(f"{e} (the document's file differs from the text that was annotated?)")
        return EXIT_FAILED_FILES
    return EXIT_FAILED_FILES if problems else EXIT_OK


# ---- jqextract units, rules check -------------------------------------------------------------

def cmd_units(args) -> int:
    try:
        extractor = Settings(args.rules, None, False, None).extractor()
    except RuleError as e:
        error(str(e))
        return EXIT_USAGE
    if args.check is not None:
        return check_text(extractor, args.check)
    finder = extractor.quantities
    units = [*(u for us in finder.units.values() for u in us), *(u for _, u in finder.units_before.words.items())]
    rows = sorted({(u.dimension, u.form, unit_factor(u), u.norm_unit, unit_context(u)) for u in units
                   if args.dimension in (None, u.dimension)})
    print("dimension\tform\tfactor\tcanonical\tonly where")
    for r in rows:
        print("\t".join(r))
    return EXIT_OK


def unit_factor(u) -> str:
    """×1000, or (x − 32) × 0.5556 for an offset unit."""
    factor = f"{float(u.factor):g}"
    return f"(x{float(u.offset):+g})×{factor}" if u.offset else factor


def unit_context(u) -> str:
    """When a unit form counts (a cue, a context, written before the number …), in a few words."""
    parts = [f"after {'/'.join(u.context_before[:3])}…" if u.context_before else "",
             f"before {'/'.join(u.context_after[:3])}…" if u.context_after else "",
             "after a cue word" if u.cue == "duration" else "never (a date)" if u.cue == "date" else "",
             "Arabic digits" if u.numerals == "arabic" else "", "beside another tally" if u.tally else ""]
    return ", ".join(p for p in parts if p)


def check_text(extractor, text: str) -> int:
    """How each number of ``text`` is read: its quantity, or the rule that refused it."""
    for written, q in extractor.quantities.explain(extractor.view(text)):
        if isinstance(q, str):
            print(f"{written}\tnot a quantity: {q}")
            continue
        high = f"–{q.high}" if q.high is not None else ""
        extra = "".join(f", {k} {v}" for k, v in (("qualifier", q.qualifier), ("per", q.per)) if v)
        print(f"{written}\t{q.value}{high} {q.unit or '(no unit)'} = {q.norm_value} {q.norm_unit or ''}"
              f"\t{q.dimension or 'number'}{extra}")
    return EXIT_OK


def cmd_rules_check(args) -> int:
    from .examples import examples, failures
    from .extractor import Extractor

    try:
        extractor = Extractor(args.dir)
    except RuleError as e:
        error(str(e))
        return EXIT_USAGE
    failed = failures(extractor)
    for e in failed:
        error(str(e))
    n = sum(1 for _ in examples(extractor))
    folder = extractor.rules.folder
    if failed:
        print(f"jqextract: {folder}: {len(failed)} of {n} examples failed", file=sys.stderr)
        return EXIT_USAGE
    print(f"{folder}: rules OK, {n} examples hold")
    return EXIT_OK


# ---- the parser ----------------------------------------------------------------------------------

RULES_HELP = "rules folder (default: the shipped rules, or $JQEXTRACT_RULES)"
SEGMENTER_HELP = "word segmenter of the subject stage: jieba (default) or pkuseg[:MODEL_DIR]"


def add_extract_parser(sub) -> None:
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
    e.add_argument("--segmenter", default=None, help=SEGMENTER_HELP)
    e.add_argument("--rules", metavar="DIR", default=None, help=RULES_HELP)
    e.add_argument("--no-subjects", action="store_true", help="quantities only (faster)")
    e.set_defaults(func=cmd_extract)


def add_show_parser(sub) -> None:
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
    s.add_argument("--segmenter", default=None, help=SEGMENTER_HELP)
    s.add_argument("--rules", metavar="DIR", default=None, help=RULES_HELP)
    s.set_defaults(func=cmd_show)


def add_eval_parser(sub) -> None:
    v = sub.add_parser("eval", help="precision/recall/F1 against the gold set",
                       description="Score the extractor on the gold documents (facts.md §8).",
                       epilog="example: jqextract eval --errors 20 --min-f1 norm=0.95")
    v.add_argument("--gold", help="a gold folder or one .gold.jsonl file (default: $JQEXTRACT_GOLD, else ./gold, else the checkout's gold/)")
    v.add_argument("--corpus", action="append", metavar="DIR",
                   help="folder of the documents stand-off gold names (repeatable; default: $JQEXTRACT_CORPUS, "
                        "else ../shared/corpus/raw and ../shared/corpus/genres/raw beside the checkout)")
    v.add_argument("--errors", type=int, default=0, metavar="N", help="show up to N errors per document")
    v.add_argument("--markdown", action="store_true", help="F1 per split and per document as Markdown tables")
    v.add_argument("--min-f1", action="append", type=f1_floor, metavar="LEVEL=X",
                   help="exit 3 if overall F1 at LEVEL is below X")
    v.add_argument("--segmenter", default=None, help=SEGMENTER_HELP)
    v.add_argument("--rules", metavar="DIR", default=None, help=RULES_HELP)
    v.set_defaults(func=cmd_eval)


def add_labelstudio_parsers(sub) -> None:
    t = sub.add_parser("export-tasks", help="Label Studio tasks with jqextract's facts as predictions",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Write one Label Studio task per document (its text, and its facts as predictions: "
                                   "quantity spans labelled with their dimension, subject spans, a relation between "
                                   "them, the other fields per quantity) and the labelling configuration (XML) "
                                   "to create the project with. See docs/labelstudio.md.",
                       epilog="example: jqextract export-tasks reports/ -o tasks.json    # and tasks.label-config.xml")
    t.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders (a folder's documents are named by "
                                                             "their path under it)")
    t.add_argument("-o", "--output", required=True, metavar="TASKS.json", help="the tasks, for Label Studio's import")
    t.add_argument("--label-config", metavar="CONFIG.xml",
                   help="where to write the labelling configuration (default: beside the tasks, NAME.label-config.xml)")
    t.add_argument("--glob", action="append", metavar="PATTERN",
                   help="file names to read in folders (repeatable; default: *.txt and *.md)")
    t.add_argument("--encoding", type=encoding_name, metavar="NAME", help="decode every file as NAME (default: detect)")
    t.add_argument("--segmenter", default=None, help=SEGMENTER_HELP)
    t.add_argument("--rules", metavar="DIR", default=None, help=RULES_HELP)
    t.set_defaults(func=cmd_export_tasks)
    g = sub.add_parser("import-gold", help="a Label Studio JSON export's annotations as gold",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Read the annotations (not the predictions) of a Label Studio JSON export made "
                                   "from export-tasks into gold lines (facts.md §7, gold/README.md), checked by the "
                                   "loader eval uses. What cannot be converted is reported with its task and region "
                                   "(exit status 1); the rest is written.",
                       epilog="example: jqextract import-gold export.json -o gold/mydocs.gold.jsonl --corpus reports/\n"
                              "         jqextract eval --gold gold/mydocs.gold.jsonl --corpus reports/")
    g.add_argument("export", metavar="EXPORT.json", help="Label Studio's export in JSON format")
    g.add_argument("-o", "--output", required=True, metavar="GOLD.gold.jsonl", help="the gold file to write")
    g.add_argument("--corpus", action="append", metavar="DIR",
                   help="folder of the documents, to check the gold against them as eval will (repeatable; "
                        "default as for eval)")
    g.set_defaults(func=cmd_import_gold)


def add_rule_parsers(sub) -> None:
    u = sub.add_parser("units", help="list the units the rules know, or show how a text's numbers are read",
                       description="List every unit form with its dimension, factor to the canonical unit and "
                                   "when it counts; with --check, show how each number of TEXT is read.",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example: jqextract units --dimension power\n"
                              "         jqextract units --check '猪肉每斤17.8元，收报3200.55点，2024年'")
    u.add_argument("--check", metavar="TEXT", help="show the quantity each number of TEXT gives, or why it gives none")
    u.add_argument("--dimension", metavar="NAME", help="list only this dimension's units (power, money, count …)")
    u.add_argument("--rules", metavar="DIR", default=None, help=RULES_HELP)
    u.set_defaults(func=cmd_units)
    r = sub.add_parser("rules", help="rule file tools", epilog="example: jqextract rules check rules/")
    rsub = r.add_subparsers(dest="rules_command", required=True)
    rc = rsub.add_parser("check", help="validate rule files and run their examples", epilog="example: jqextract rules check rules/")
    rc.add_argument("dir", nargs="?", help=RULES_HELP)
    rc.set_defaults(func=cmd_rules_check)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jqextract", description="Quantity facts from Chinese prose.",
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--version", action="version", version=f"jqextract {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    add_extract_parser(sub)
    add_show_parser(sub)
    add_eval_parser(sub)
    add_labelstudio_parsers(sub)
    add_rule_parsers(sub)
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
