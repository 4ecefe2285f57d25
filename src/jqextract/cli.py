"""The ``jqextract`` command line.

    jqextract extract report.txt                 # JSON Lines on standard output
    jqextract extract a.txt b.txt --format csv -o facts.csv
    cat report.txt | jqextract extract -
    jqextract eval --errors 10                   # precision/recall on gold/
    jqextract units                              # the unit table
    jqextract rules check [DIR]                  # validate rule files
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_FAILED_FILES, EXIT_BELOW_FLOOR, EXIT_USAGE = 0, 1, 3, 2


def read_input(path: str) -> str:
    """The text of a file (or of standard input for ``-``); decoding errors name the file."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(path, "is a directory")
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError(path, "no such file") from None
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except OSError as e:
            raise InputError(path, e.strerror or str(e)) from None
        name = path
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError(name, "cannot be decoded as UTF-8 or GB18030")
    if "\x00" in text:
        raise InputError(name, "looks like a binary file (NUL bytes)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class InputError(Exception):
    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")


def fmt_number(v):
    return "" if v is None else v


def write_facts(rows: list[dict], fmt: str, out, with_doc: bool) -> None:
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


def cmd_extract(args) -> int:
    from .facts import extract

    failed = 0
    rows: list[dict] = []
    with_doc = len(args.paths) > 1
    for path in args.paths:
        try:
            text = read_input(path)
        except InputError as e:
            print(f"jqextract: error: {e}", file=sys.stderr)
            failed += 1
            continue
        for f in extract(text, segmenter=args.segmenter, subjects=not args.no_subjects):
            d = f.to_dict()
            d["doc"] = path
            rows.append(d)
    out = open(args.output, "w", encoding="utf-8-sig" if args.bom else "utf-8", newline="") if args.output else sys.stdout
    try:
        write_facts(rows, args.format, out, with_doc)
    finally:
        if args.output:
            out.close()
    if failed:
        print(f"jqextract: {len(args.paths) - failed} file(s) read, {len(rows)} facts, {failed} file(s) failed", file=sys.stderr)
        return EXIT_FAILED_FILES
    return EXIT_OK


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
    results, total = evaluate(docs, lambda t: extract(t, segmenter=args.segmenter))
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
    for floor in args.min_f1 or []:
        level, _, value = floor.partition("=")
        if level not in LEVELS:
            print(f"jqextract: error: --min-f1 level must be one of {', '.join(LEVELS)}", file=sys.stderr)
            return EXIT_USAGE
        f1 = total.prf(level)[2]
        if f1 < float(value):
            print(f"jqextract: {level} F1 {f1:.3f} is below the floor {float(value):.3f}", file=sys.stderr)
            status = EXIT_BELOW_FLOOR
    return status


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

    e = sub.add_parser("extract", help="print the facts of files", description="Print the facts of each file.",
                       epilog="example: jqextract extract gold/jiuquan-2024.txt --format csv -o facts.csv")
    e.add_argument("paths", nargs="+", metavar="FILE", help="text files (UTF-8 or GB18030); - reads standard input")
    e.add_argument("--format", choices=("jsonl", "json", "csv", "tsv"), default="jsonl")
    e.add_argument("-o", "--output", help="write here instead of standard output")
    e.add_argument("--bom", action="store_true", help="write a UTF-8 BOM (for Excel)")
    e.add_argument("--segmenter", default=None, help="jieba (default) or pkuseg[:MODEL_DIR]")
    e.add_argument("--no-subjects", action="store_true", help="quantities only (faster)")
    e.set_defaults(func=cmd_extract)

    v = sub.add_parser("eval", help="precision/recall/F1 against the gold set",
                       description="Score the extractor on the gold documents (facts.md §8).",
                       epilog="example: jqextract eval --errors 20 --min-f1 norm=0.95")
    v.add_argument("--gold", help="gold folder (default: the project's gold/)")
    v.add_argument("--errors", type=int, default=0, metavar="N", help="show up to N errors per document")
    v.add_argument("--min-f1", action="append", metavar="LEVEL=X", help="exit 3 if overall F1 at LEVEL is below X")
    v.add_argument("--segmenter", default=None)
    v.set_defaults(func=cmd_eval)

    u = sub.add_parser("units", help="list the units the rules know", epilog="example: jqextract units | grep power")
    u.set_defaults(func=cmd_units)

    r = sub.add_parser("rules", help="rule file tools")
    rsub = r.add_subparsers(dest="rules_command", required=True)
    rc = rsub.add_parser("check", help="validate rule files", epilog="example: jqextract rules check rules/")
    rc.add_argument("dir", nargs="?", help="rules folder (default: the installed rules)")
    rc.set_defaults(func=cmd_rules_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
