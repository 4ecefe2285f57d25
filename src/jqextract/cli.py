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

Exit status: 0 success; 1 some inputs could not be read (each is one
"jqextract: error: PATH: reason" line, the others are processed); 2 bad usage
or configuration (an unknown option, a broken rules folder, a missing
segmenter, a malformed gold file, an output that cannot be created), before
any work; 3 an "eval --min-f1" floor was not met; 4 the output could not be
written (a full disk: "-o FILE" is then left as it was); 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM): worker processes stop too, and
"-o FILE" is left as it was.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .io import DEFAULT_GLOBS, PIECE_CHARS, STDIN, InputError, find_documents, read_text, shown, stream_text, text_blocks
from .output import FORMATS, PARQUET_MISSING, Output, write_facts, write_parquet
from .rules import RuleError
from .segment import SegmenterError

EXIT_OK, EXIT_FAILED_FILES, EXIT_USAGE, EXIT_BELOW_FLOOR, EXIT_WRITE = 0, 1, 2, 3, 4
EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM


def error(message: str, bar=None) -> None:
    """One ``jqextract: error: ...`` line on stderr, printed above the progress bar if there is one."""
    (bar.write if bar is not None else print)(f"jqextract: error: {message}", file=sys.stderr)


class Terminated(Exception):
    """SIGTERM, raised in the main thread so that every ``finally`` runs: workers are
    stopped and a half-written output is removed, as on Ctrl-C."""


def on_sigterm(signum, frame):
    raise Terminated()


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
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def init_worker(settings: Settings, parent: int | None = None) -> None:
    """Build this process's extractor (in each worker of ``--jobs N``, or here for ``--jobs 1``).

    A worker (``parent`` given) dies with its parent: on Linux the kernel sends it
    SIGKILL when the parent dies, however it dies (even by SIGKILL, which runs no
    clean-up). Ctrl-C reaches the whole process group; a worker ignores it and
    is stopped by its parent, which reports the interruption once.
    """
    if parent is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if sys.platform.startswith("linux"):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before that was set
            os._exit(EXIT_TERMINATED)
    _worker["settings"], _worker["extractor"] = settings, settings.extractor()


def start_extractor(settings: Settings):
    """The extractor, loaded now with its segmenter: a broken setup is one error, not one per file."""
    extractor = settings.extractor()
    if settings.subjects:
        extractor.segmenter()
    return extractor


# ---- jobs: one per piece of a document ---------------------------------------------------

@dataclass(frozen=True)
class Job:
    """One unit of work: a piece of a document's text (``piece`` at offset ``base``,
    ``last_piece`` when the document ends with it), or a failure to read one."""

    doc: str
    last_piece: bool = True
    piece: str = ""
    base: int = 0
    failure: str | None = None


def run_job(job: Job) -> tuple[str | None, list[dict]]:
    """Extract one job in this process: ``(error line or None, fact dicts)``.

    A top-level function taking plain data, so that it runs the same here and in
    a worker. A crash of the extractor on one piece is reported like an unreadable
    file, so a long batch goes on.
    """
    settings, extractor = _worker["settings"], _worker["extractor"]
    if job.failure:
        return job.failure, []
    try:
        return None, [f.shifted(job.base).to_dict() for f in extractor.extract(job.piece, subjects=settings.subjects)]
    except Exception as e:  # noqa: BLE001 -- one bad document must not end the run
        return f"{shown(job.doc)}: internal error: {type(e).__name__}: {e}", []


def document_jobs(docs: list, encoding: str | None, piece_end):
    """The work, lazily: the jobs of each document in turn (see :func:`file_jobs`);
    a folder that could not be read is a failed job in its place."""
    for d in docs:
        if isinstance(d, InputError):
            yield Job(d.path, failure=str(d))
        else:
            yield from file_jobs(d, encoding, piece_end)


def file_jobs(doc: str, encoding: str | None, piece_end):
    """One job per piece of one document (standard input included), read here.

    How a document is cut is decided by its text, not its size (see
    :meth:`jqextract.Extractor.piece_end`), so no piece holds more than a few
    hundred thousand characters however dense in quantities it is. A file of
    several pieces is first decoded once without being kept, so that an
    undecodable byte near its end fails the file before any of its facts are
    written; standard input cannot be read twice, so a failure there comes
    after the facts of the pieces before it.
    """
    pieces = stream_text(doc, encoding, PIECE_CHARS, piece_end)
    try:
        nxt, following = next(pieces, (0, "")), next(pieces, None)
        if following is not None and doc != STDIN:
            for _ in text_blocks(doc, encoding):
                pass
        while nxt is not None:
            yield Job(doc, following is None, piece=nxt[1], base=nxt[0])
            nxt, following = following, next(pieces, None) if following is not None else None
    except InputError as e:
        yield Job(doc, failure=str(e))


def ordered_map(jobs, n_jobs: int, settings: Settings):
    """``(job, run_job(job))`` for each job, over ``n_jobs`` processes when more than
    one, in input order. At most ``2 * n_jobs`` jobs are in flight, so a big folder
    or a big file is never held in memory whole while one slow piece holds the line.
    However this ends (an error, Ctrl-C, SIGTERM) the workers are stopped at once,
    not waited for."""
    if n_jobs <= 1:
        for job in jobs:
            yield job, run_job(job)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    pool = ProcessPoolExecutor(n_jobs, mp_context=context, initializer=init_worker, initargs=(settings, os.getpid()))
    pending: deque = deque()
    done = False
    try:
        for job in jobs:
            pending.append((job, pool.submit(run_job, job)))
            if len(pending) >= 2 * n_jobs:
                job0, fut = pending.popleft()
                yield job0, fut.result()
        while pending:
            job0, fut = pending.popleft()
            yield job0, fut.result()
        done = True
    finally:
        stop_workers(pool, graceful=done)


def stop_workers(pool, graceful: bool) -> None:
    """Shut the pool down: wait for idle workers after a complete run, else kill them now."""
    import multiprocessing

    if not graceful:
        for worker in multiprocessing.active_children():
            worker.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def progress(total: int, quiet: bool):
    """A tqdm bar on stderr for runs of several files; None when stderr is not a terminal or ``--quiet``."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True)


# ---- jqextract extract ------------------------------------------------------------------

def settings_of(args) -> Settings:
    return Settings(args.rules, args.segmenter, not getattr(args, "no_subjects", False), getattr(args, "encoding", None))


def check_extract_args(args, docs: list) -> str | None:
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
            if isinstance(d, str) and d != STDIN and os.path.exists(d) and os.path.samefile(d, args.output):
                return f"{shown(args.output)}: the output file is also an input; writing it would destroy it"
    return None


def may_be_cut(doc) -> bool:
    """Whether a document may give several pieces (a hint for the number of workers only)."""
    if doc == STDIN:
        return True
    try:
        return isinstance(doc, str) and os.stat(doc).st_size > 2 * PIECE_CHARS
    except OSError:
        return False


class Run:
    """One ``jqextract extract`` run: the facts of every job as rows, with counts."""

    def __init__(self, args, docs: list, settings: Settings, piece_end):
        self.args, self.docs, self.settings = args, docs, settings
        self.counts = {"read": 0, "facts": 0, "failed": 0}
        self.bar = progress(len(docs), args.quiet)
        self.jobs = document_jobs(docs, settings.encoding, piece_end)
        n_jobs = args.jobs if args.jobs > 0 else os.cpu_count() or 1
        if not any(may_be_cut(d) for d in docs):
            n_jobs = min(n_jobs, max(1, len(docs)))  # no more workers than documents (each loads the rules)
        self.n_jobs = n_jobs

    def rows(self):
        from contextlib import closing

        with closing(ordered_map(self.jobs, self.n_jobs, self.settings)) as results:  # workers stop with this
            for job, (err, facts) in results:
                if self.bar is not None and job.last_piece:
                    self.bar.update()
                if err:
                    error(err, self.bar)
                    self.counts["failed"] += 1
                    continue
                self.counts["read"] += job.last_piece
                self.counts["facts"] += len(facts)
                for d in facts:
                    d["doc"] = shown(job.doc)
                    yield d

    def summary(self) -> int:
        if self.bar is not None:
            self.bar.close()
        c = self.counts
        if c["failed"] or not self.args.quiet:
            print(f"jqextract: {c['read']} file(s) read, {c['facts']} facts, {c['failed']} file(s) failed", file=sys.stderr)
        return EXIT_FAILED_FILES if c["failed"] else EXIT_OK

    def keeps_output(self) -> bool:
        """Whether the output replaces ``-o FILE``: not when every input failed (a
        mistyped path must not empty yesterday's results)."""
        return self.counts["read"] > 0 or not self.counts["failed"]


def write_run(run: Run, out: Output, with_doc: bool) -> int:
    """Write the run's rows to ``out`` and settle it: committed, or left as it was.

    A write error (a full disk, a closed pipe other than the reader going
    away) is one error line and exit status 4, and ``-o FILE`` keeps its old
    content. Whatever ends the run early (Ctrl-C, SIGTERM) removes the
    temporary file and is passed on.
    """
    name = shown(run.args.output) if run.args.output else "standard output"
    rows = run.rows()
    try:
        if run.args.format == "parquet":
            write_parquet(rows, out.stream, with_doc)
        else:
            write_facts(rows, run.args.format, out.stream, with_doc)
        keep = run.keeps_output() or out.tmp is None  # standard output or a device: nothing to keep
        out.commit() if keep else out.discard()
    except BrokenPipeError:
        out.discard()
        raise
    except OSError as e:
        out.discard()
        run.summary()
        error(f"{name}: cannot write: {e.strerror or e}")
        return EXIT_WRITE
    except BaseException:
        out.discard()
        raise
    finally:
        rows.close()
    if not keep:
        print(f"jqextract: {name} left as it was: no input could be read", file=sys.stderr)
    return run.summary()


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
    try:  # an output that cannot be written fails before the run, not after it
        out = Output(args.output, binary=args.format == "parquet", bom=args.bom)
    except OSError as e:
        error(f"{shown(args.output)}: cannot write: {e.strerror or e}")
        return EXIT_USAGE
    if args.jobs <= 1:
        _worker["settings"], _worker["extractor"] = settings, extractor
    run = Run(args, docs, settings, extractor.piece_end)
    with_doc = len(args.paths) > 1 or any(p != STDIN and Path(p).is_dir() for p in args.paths)
    return write_run(run, out, with_doc)


# ---- jqextract show -----------------------------------------------------------------------

def cmd_show(args) -> int:
    from .show import render_ansi, render_html

    try:
        text = read_text(args.file, args.encoding)
    except InputError as e:
        error(str(e))
        return EXIT_FAILED_FILES
    try:
        facts = start_extractor(settings_of(args)).extract(text)
    except (SegmenterError, RuleError) as e:
        error(str(e))
        return EXIT_USAGE
    name = shown(args.file)
    if args.html:
        try:
            Path(args.html).write_text(render_html(text, facts, name), encoding="utf-8")
        except OSError as e:
            error(f"{shown(args.html)}: cannot write: {e.strerror}")
            return EXIT_USAGE
        print(f"jqextract: wrote {shown(args.html)} ({len(facts)} facts)", file=sys.stderr)
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
             f"before /{u.context_after_re.pattern}/" if u.context_after_re else "",
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

EXTRACT_DESCRIPTION = """\
Print the facts of each document. Folders are read recursively (symbolic links
to folders are not followed). Only regular files are read: a FIFO or a device
is refused, never waited on. An input that cannot be read (a missing,
undecodable or binary file, a broken link or a link loop, a FIFO, an unreadable
folder) is one `jqextract: error: PATH: reason` line on stderr and is skipped;
the others are processed and the exit status is 1. File names are written as
they are, except that bytes that are not UTF-8 and control characters are
escaped (\\xff, \\n).

exit status: 0 done; 1 some inputs could not be read; 2 bad usage, or the
output cannot be created; 4 the output could not be written; 130 interrupted
(Ctrl-C); 143 terminated (SIGTERM). On 4, 130 and 143, -o FILE is left as it
was and worker processes are stopped."""
RULES_HELP = "rules folder (default: the shipped rules, or $JQEXTRACT_RULES)"
SEGMENTER_HELP = "word segmenter of the subject stage: jieba (default) or pkuseg[:MODEL_DIR]"


def add_extract_parser(sub) -> None:
    e = sub.add_parser("extract", help="print the facts of files and folders", formatter_class=argparse.RawDescriptionHelpFormatter,
                       description=EXTRACT_DESCRIPTION,
                       epilog="example: jqextract extract gold/jiuquan-2024.txt --format csv -o facts.csv\n"
                              "         jqextract extract reports/ --glob '*.txt' --jobs 4 --format table\n"
                              "         jqextract extract reports/ --format csv --bom -o facts.csv   # opens in Excel\n"
                              "         cat report.txt | jqextract extract -")
    e.add_argument("paths", nargs="+", metavar="PATH",
                   help="text files or folders (UTF-8, GB18030/GBK, or UTF-16/32 with a BOM); - reads standard input")
    e.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="jsonl (default), json, csv, tsv, parquet (needs pyarrow) or table (aligned, for a terminal)")
    e.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of standard output; FILE is replaced only when the run ends, and "
                        "left as it was if it is interrupted, a write fails or no input could be read")
    e.add_argument("--glob", action="append", metavar="PATTERN",
                   help="file names to read in folders (repeatable; default: *.txt and *.md; hidden files skipped)")
    e.add_argument("--encoding", type=encoding_name, metavar="NAME", help="decode every file as NAME (default: detect)")
    e.add_argument("--bom", action="store_true", help="start the output with a UTF-8 BOM (CSV for Excel)")
    e.add_argument("-j", "--jobs", type=jobs_count, default=1, metavar="N",
                   help="documents processed in parallel (0: one per CPU); output is the same as with 1")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary line unless a file failed")
    e.add_argument("--segmenter", default=None, help=SEGMENTER_HELP)
    e.add_argument("--rules", metavar="DIR", default=None, help=RULES_HELP)
    e.add_argument("--no-subjects", action="store_true", help="quantities only (faster)")
    e.set_defaults(func=cmd_extract, parser=e)


def add_show_parser(sub) -> None:
    s = sub.add_parser("show", help="print a document with its quantities highlighted",
                       description="Print the text with each quantity highlighted (subjects underlined), "
                                   "or write it as a self-contained HTML page.",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example: jqextract show gold/jiuquan-2024.txt --color always | less -R\n"
                              "         jqextract show gold/jiuquan-2024.txt --html jiuquan.html   # hover a quantity for its fields")
    s.add_argument("file", metavar="FILE", help="a text file; - reads standard input")
    s.add_argument("--html", metavar="OUT.html", help="write an HTML page here instead of printing")
    s.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="ANSI colors (auto: when standard output is a terminal and NO_COLOR is unset); "
                        "without colors quantities are put in 【】")
    s.add_argument("--encoding", type=encoding_name, metavar="NAME", help="decode the file as NAME (default: detect)")
    s.add_argument("--segmenter", default=None, help=SEGMENTER_HELP)
    s.add_argument("--rules", metavar="DIR", default=None, help=RULES_HELP)
    s.set_defaults(func=cmd_show, parser=s)


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
    v.set_defaults(func=cmd_eval, parser=v)


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
    rsub = r.add_subparsers(dest="rules_command", metavar="{check}", required=True)
    rc = rsub.add_parser("check", help="validate rule files and run their examples", epilog="example: jqextract rules check rules/")
    rc.add_argument("dir", nargs="?", help=RULES_HELP)
    rc.set_defaults(func=cmd_rules_check, parser=rc)


def jobs_count(arg: str) -> int:
    """An argparse type for --jobs: a whole number, 0 or more, checked before any work."""
    try:
        n = int(arg)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{arg!r}: expected a whole number, 0 or more (0: one per CPU)")
    return n


def build_parser() -> argparse.ArgumentParser:
    epilog = __doc__.split("\n\n", 1)[1]  # the examples and exit statuses, not the module's title line
    p = argparse.ArgumentParser(prog="jqextract", description="Quantity facts from Chinese prose.",
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=epilog)
    p.add_argument("--version", action="version", version=f"jqextract {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    add_extract_parser(sub)
    add_show_parser(sub)
    add_eval_parser(sub)
    add_labelstudio_parsers(sub)
    add_rule_parsers(sub)
    sub.metavar = "{" + ",".join(sub.choices) + "}"  # so that "required: COMMAND" names them, not "command"
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command; every way it can end is an exit status and at most one line.

    An unknown option is reported by the subcommand it was given to, with that
    subcommand's usage. Ctrl-C and SIGTERM unwind the run (workers stopped,
    a temporary output removed) and end it with one line, status 130 or 143.
    """
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(extra)}")
    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        return args.func(args)
    except BrokenPipeError:  # e.g. `jqextract extract big/ | head`: stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("jqextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("jqextract: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
