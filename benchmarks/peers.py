"""jqextract and the libraries a user would otherwise pick, side by side.

    pip install -e '.[peers]'              # the peers are an optional extra
    python benchmarks/peers.py             # both tables, about 4-5 minutes on 2 cores
    python benchmarks/peers.py --quick     # scaling to 16x only, shorter timing budgets
    python benchmarks/peers.py --only jqextract,recognizers --no-scaling --json out.json

Table 1: every system on the same texts. Accuracy is the contract's scoring
(facts.md §8, ``jqextract.evaluate.score_document``) on the annotated part of
each gold document, summed over the documents (micro P/R/F1). Speed is
characters per second of CPU time over the 16 documents of the shared corpus,
after start-up (best pass of those that fit in the time budget). Start-up is
import + building the models + one first call. Peak memory is the maximum
resident set size of the child process that ran the system (``os.wait4``), so
every system is measured alone, from a fresh interpreter.

Table 2: scaling. The whole corpus concatenated into one document, written 1,
4, 16 and 64 times as files of a temporary folder, read by the command line
(``jqextract extract FOLDER -o /dev/null``) in a subprocess: wall and CPU time
and that child's peak memory.

Each peer goes through a small adapter (below) that maps its output to the
contract's fields: span start/end as the peer gives them, ``value`` the number
with 万/亿 applied, ``unit`` the unit as written in the peer's span, and
``norm_value``/``norm_unit`` in our canonical units where the peer says what the
unit is. Peers that cannot be imported are reported and skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "raw"
WARMUP = "过去一年,酒泉建成新能源项目25个,新增并网618万千瓦、储能303万千瓦时,投资3.19亿元,增长12.5%,惠及5631户群众。"  # reaches every stage (5631户群众 makes jqextract segment)

# ---- adapters (run in the child process) -----------------------------------------

SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
LINE = re.compile(r"[^\n]+")
HAS_NUMERAL = re.compile(r"[0-9０-９]")


def sentences(text: str):
    """(offset, piece) for each sentence-like piece of ``text`` (split after 。！？； and at line ends)."""
    for m in SENTENCE.finditer(text):
        yield m.start(), m.group(0)


def plain_number(v):
    """A float that is an integer prints as one (618万 → 6180000, not 6180000.0)."""
    if v is None:
        return None
    v = float(v)
    return int(v) if v.is_integer() and abs(v) < 1e18 else v


def fact(text, start, end, value, unit=None, norm_value=None, norm_unit=None, high=None) -> dict:
    value = plain_number(value)
    if norm_unit is None and norm_value is None:
        norm_value, norm_unit = value, unit  # no canonical unit known: the unit as written
    return {"text": text[start:end], "start": start, "end": end, "value": value, "unit": unit,
            "norm_value": plain_number(norm_value), "norm_unit": norm_unit, "high": plain_number(high),
            "qualifier": None, "subject": None}


def jqextract_full():
    """``jqextract.extract``: rules, segmenter and dictionary are loaded by the first call.
    (Not ``get_segmenter()`` beforehand: its cache is keyed by the argument as
    given, so that would build a second jieba tokenizer, about 75 MB more.)"""
    import jqextract

    return lambda text: [f.to_dict() for f in jqextract.extract(text)]


def jqextract_quantities():
    import jqextract

    return lambda text: [q.to_dict() for q in jqextract.find_quantities(text)]


# Recognizers-Text names its units in English; these are the factors of facts.md §4.
RT_DIMENSION = {
    "Meter": ("m", 1), "Kilometer": ("m", 1e3), "Decimeter": ("m", 0.1), "Centimeter": ("m", 0.01),
    "Micrometer": ("m", 1e-3),  # sic: Recognizers calls 毫米/mm "Micrometer"; its forms are millimetres
    "Microns": ("m", 1e-6), "Nanometer": ("m", 1e-9), "Picometer": ("m", 1e-12), "Li": ("m", 500),
    "Mile": ("m", 1609.344), "Inch": ("m", 0.0254), "Foot": ("m", 0.3048), "Yard": ("m", 0.9144), "Knot": ("m", 1852),
    "Square centimetre": ("m2", 1e-4), "Square decimeter": ("m2", 0.01), "Square meter": ("m2", 1),
    "Square kilometer": ("m2", 1e6), "Hectare": ("m2", 1e4), "Mu": ("m2", 10000 / 15),
    "Liter": ("m3", 1e-3), "Milliliter": ("m3", 1e-6), "Cubic meter": ("m3", 1), "Cubic decimeter": ("m3", 1e-3),
    "Cubic millimeter": ("m3", 1e-9),
    "Kilogram": ("kg", 1), "Jin": ("kg", 0.5), "Milligram": ("kg", 1e-6), "Gram": ("kg", 1e-3), "Ton": ("kg", 1e3),
    "Pound": ("kg", 0.45359237), "Ounce": ("kg", 0.028349523125),
}
RT_FORM_DIMENSION = {"英亩": ("m2", 4046.8564224), "公亩": ("m2", 100)}  # Recognizers' "Acre" is both
RT_TEMPERATURE = {"C": "°C", "F": "°F", "K": "K"}
NUMERAL_PREFIX = re.compile(r"^[-+−]?[0-9０-９.．,，零〇一二三四五六七八九十两百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点几多余]+")


def recognizers():
    """Microsoft Recognizers-Text, Chinese: number, percentage and the number-with-unit models.

    The models parse a whole document at a time, as a user would call them
    (it is also their fastest: each call has a large fixed cost, so parsing
    sentence by sentence is about 3x slower for the same results on the gold
    set). But a model swallows any exception of its parser and then returns
    nothing for the whole text: one numeral it cannot parse (it happens once in
    the corpus, in gov-report-chongqing-2026) loses every number of the
    document. So when the number model returns nothing for a text that has a
    digit, the text is parsed again line by line, and such a line sentence by
    sentence. Overlapping results keep the longest span (a unit model's
    3.19亿元 over the number model's 3.19亿).
    """
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_number_with_unit.resources.chinese_numeric_with_unit import ChineseNumericWithUnit as R
    from recognizers_text import Culture

    nr, ur = NumberRecognizer(Culture.Chinese), NumberWithUnitRecognizer(Culture.Chinese)
    models = [("currency", ur.get_currency_model()), ("dimension", ur.get_dimension_model()),
              ("temperature", ur.get_temperature_model()), ("age", ur.get_age_model()),
              ("percentage", nr.get_percentage_model()), ("number", nr.get_number_model())]
    forms: dict[tuple[str, str], list[str]] = {}
    for kind, suffixes, prefixes in (("currency", R.CurrencySuffixList, R.CurrencyPrefixList),
                                     ("dimension", R.DimensionSuffixList, {}),
                                     ("temperature", R.TemperatureSuffixList, R.TemperaturePrefixList),
                                     ("age", R.AgeSuffixList, {})):
        for name, alts in list(suffixes.items()) + list(prefixes.items()):
            forms.setdefault((kind, name), []).extend(alts.split("|"))

    def written_unit(kind: str, name: str, span: str) -> str | None:
        """The unit as written in the span: the longest of the unit's forms that ends
        (or, for ￥/$, starts) the span; else what follows the numeral."""
        for form in sorted(forms.get((kind, name), []), key=len, reverse=True):
            if form and (span.endswith(form) or span.startswith(form)):
                return form
        rest = NUMERAL_PREFIX.sub("", span)
        return rest or None

    def convert(kind: str, r, text: str, offset: int) -> dict | None:
        start, end = offset + r.start, offset + r.end + 1  # Recognizers' end is inclusive
        res = r.resolution or {}
        raw = str(res.get("value") or "").replace(",", "")
        try:
            value = float(raw.rstrip("%‰"))
        except ValueError:
            return None
        span = r.text
        if kind == "number":
            return fact(text, start, end, value)
        if kind == "percentage":
            if span.endswith("百分点"):
                unit = "个百分点" if span.endswith("个百分点") else "百分点"
                return fact(text, start, end, value, unit, value, "pp")
            if raw.endswith("‰"):
                return fact(text, start, end, value, "‰", value / 10, "%")
            return fact(text, start, end, value, "%", value, "%")
        name = res.get("unit") or ""
        unit = written_unit(kind, name, span)
        if kind == "currency":
            iso = res.get("isoCurrency")
            return fact(text, start, end, value, unit, value if iso else None, iso or None)
        if kind == "dimension":
            canon = RT_FORM_DIMENSION.get(unit or "") or RT_DIMENSION.get(name)
            if canon:
                return fact(text, start, end, value, unit, value * canon[1], canon[0])
            return fact(text, start, end, value, unit)
        if kind == "temperature":
            return fact(text, start, end, value, unit, value, RT_TEMPERATURE.get(name, unit))
        return fact(text, start, end, value, unit)  # age: 岁 stays 岁

    splitters = [LINE, SENTENCE]

    def parse(text: str, offset: int, piece: str, level: int, found: list) -> None:
        numbers = models[-1][1].parse(piece)
        if not numbers and level < len(splitters) and HAS_NUMERAL.search(piece):
            stats["reparsed"] += 1
            for m in splitters[level].finditer(piece):
                parse(text, offset + m.start(), m.group(0), level + 1, found)
            return
        for priority, (kind, model) in enumerate(models):
            for r in numbers if kind == "number" else model.parse(piece):
                f = convert(kind, r, text, offset)
                if f is not None:
                    found.append((-(f["end"] - f["start"]), priority, f["start"], f))

    stats = {"reparsed": 0}

    def run(text: str) -> list[dict]:
        found: list = []
        parse(text, 0, text, 0, found)
        found.sort(key=lambda t: t[:3])
        taken: list[dict] = []
        for *_, f in found:  # longest first; at equal length the unit models before percent and number
            if all(f["end"] <= g["start"] or g["end"] <= f["start"] for g in taken):
                taken.append(f)
        return sorted(taken, key=lambda f: f["start"])

    run.stats = stats
    return run


JIO_CURRENCY = {"元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP",
                "港元": "HKD", "港币": "HKD", "韩元": "KRW", "卢布": "RUB", "澳元": "AUD", "加元": "CAD"}


def jionlp_money():
    """JioNLP's money extractor (``jionlp.ner.extract_money``), its spans and parsed amounts."""
    import logging

    logging.disable(logging.WARNING)
    import jionlp

    extract = jionlp.ner.extract_money

    def value_of(num):
        if isinstance(num, list):  # a range or a blur amount: [low, high]
            return float(num[0]), float(num[-1])
        return float(num), None

    def run(text: str) -> list[dict]:
        out = []
        for m in extract(text, with_parsing=True):
            detail = m.get("detail") or {}
            try:
                value, high = value_of(detail.get("num"))
            except (TypeError, ValueError):
                continue
            case = detail.get("case")
            iso = JIO_CURRENCY.get(case)
            start, end = m["offset"]
            out.append(fact(text, start, end, value, case, value if iso else None, iso, high if high != value else None))
        return out

    return run


CN2AN_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?[万亿]*%?")


def cn2an_transform():
    """cn2an: ``cn2an.transform(text, "cn2an")`` turns Chinese numerals into digits;
    the numbers are then found in its output (``cn2an.cn2an`` applies 万/亿) and
    mapped back to the original offsets by aligning each sentence with its transform."""
    import warnings
    from difflib import SequenceMatcher

    warnings.filterwarnings("ignore")
    import cn2an

    def value_of(s: str):
        s = s.rstrip("%")
        if "/" in s:
            a, b = s.split("/")
            return float(a) / float(b) if float(b) else None
        try:
            return cn2an.cn2an(s, "smart")
        except Exception:  # noqa: BLE001 -- not a number for cn2an
            return None

    def run(text: str) -> list[dict]:
        out = []
        for offset, piece in sentences(text):
            new = cn2an.transform(piece, "cn2an")
            ops = None if new == piece else SequenceMatcher(None, piece, new, autojunk=False).get_opcodes()

            def back(p: int, is_end: bool) -> int:
                if ops is None:
                    return p
                for tag, i1, i2, j1, j2 in ops:
                    if (j1 < p <= j2) if is_end else (j1 <= p < j2):
                        if tag == "equal":
                            return i1 + p - j1
                        return i2 if is_end else i1
                return len(piece) if is_end else 0

            for m in CN2AN_NUMBER.finditer(new):
                value = value_of(m.group(0))
                if value is None:
                    continue
                start, end = offset + back(m.start(), False), offset + back(m.end(), True)
                if end <= start:
                    continue
                unit = "%" if m.group(0).endswith("%") else None
                out.append(fact(text, start, end, value, unit))
        return out

    return run


C2D_VARIANTS = {"一": "一壹幺", "二": "二两贰俩", "三": "三叁", "四": "四肆", "五": "五伍", "六": "六陆", "七": "七柒",
                "八": "八捌", "九": "九玖", "十": "十拾", "百": "百佰", "千": "千仟", "零": "零〇", "万": "万萬", "亿": "亿億"}


def chinese2digits():
    """chinese2digits: ``takeNumberFromString`` gives the numeral strings it read and their
    digits, without offsets; each is found in the sentence after the previous one
    (its strings are normalized, 两 → 二, so the search allows the variants).
    Percents (12.5% → 0.125, 百分之三十 → 0.3) are put back in % as the contract has them."""
    import io
    from contextlib import redirect_stdout

    with redirect_stdout(io.StringIO()):
        import chinese2digits as c2d

    def pattern(s: str):
        return re.compile("".join(f"[{re.escape(C2D_VARIANTS[c])}]" if c in C2D_VARIANTS else re.escape(c) for c in s))

    cache: dict[str, re.Pattern] = {}
    stats = {"unmapped": 0}

    def run(text: str) -> list[dict]:
        out = []
        for offset, piece in sentences(text):
            r = c2d.takeNumberFromString(piece)
            pos = 0
            for s, digits in zip(r["CHNumberStringList"], r["digitsStringList"]):
                pat = cache.get(s) or cache.setdefault(s, pattern(s))
                m = pat.search(piece, pos)
                if not m:
                    stats["unmapped"] += 1
                    continue
                pos = m.end()
                try:
                    value = float(digits)
                except ValueError:
                    continue
                unit = None
                if s.endswith(("%", "％")) or s.startswith("百分之"):
                    value, unit = value * 100, "%"
                elif s.startswith("千分之") or s.endswith("‰"):
                    out.append(fact(text, offset + m.start(), offset + m.end(), value * 1000, "‰", value * 100, "%"))
                    continue
                out.append(fact(text, offset + m.start(), offset + m.end(), round(value, 10), unit))
        return out

    run.stats = stats
    return run


SYSTEMS = {
    # key: (label in the table, module that must import, adapter factory)
    "jqextract": ("jqextract `extract` (full, with subjects)", "jqextract", jqextract_full),
    "jqextract-quantities": ("jqextract `find_quantities` (no subjects)", "jqextract", jqextract_quantities),
    "recognizers": ("Recognizers-Text (number, percent, currency, dimension, temperature, age)", "recognizers_number_with_unit", recognizers),
    "jionlp": ("JioNLP `ner.extract_money`", "jionlp", jionlp_money),
    "cn2an": ("cn2an `transform` + number finding", "cn2an", cn2an_transform),
    "chinese2digits": ("chinese2digits `takeNumberFromString`", "chinese2digits", chinese2digits),
}
HAS_SUBJECTS = {"jqextract"}


def worker(name: str, job_path: str, out_path: str) -> None:
    """Child process: start the system, extract the gold texts, time the corpus."""
    job = json.loads(Path(job_path).read_text(encoding="utf-8"))
    texts = [Path(p).read_text(encoding="utf-8") for p in job["corpus"]]
    chars = sum(map(len, texts))
    t0, c0 = time.perf_counter(), time.process_time()
    run = SYSTEMS[name][2]()
    run(WARMUP)
    startup_wall, startup_cpu = time.perf_counter() - t0, time.process_time() - c0
    gold_out = [run(t) for t in job["gold_texts"]]
    stats = getattr(run, "stats", {})
    stats.update(dict.fromkeys(stats, 0))
    corpus_stats = None
    passes, spent, n = [], 0.0, 0
    while not passes or (len(passes) < job["max_passes"] and spent < job["budget_s"]):
        w, c = time.perf_counter(), time.process_time()
        n = sum(len(run(t)) for t in texts)
        passes.append((time.perf_counter() - w, time.process_time() - c))
        spent += passes[-1][0]
        corpus_stats = corpus_stats or dict(stats)  # of one pass over the corpus
    best_wall, best_cpu = min(p[0] for p in passes), min(p[1] for p in passes)
    result = {"name": name, "startup_wall_s": startup_wall, "startup_cpu_s": startup_cpu, "gold": gold_out,
              "corpus_chars": chars, "corpus_facts": n, "passes": len(passes),
              "cps_cpu": chars / best_cpu, "cps_wall": chars / best_wall,
              "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if corpus_stats:
        result["stats"] = corpus_stats
    Path(out_path).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


# ---- the parent ----------------------------------------------------------------------

def run_child(cmd: list[str], timeout: float | None = None) -> tuple[int, float, float, float, str]:
    """Run a command; its exit status, wall seconds, CPU seconds and peak RSS (MB) from
    ``os.wait4`` (that child alone), and its stderr."""
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        deadline = None if timeout is None else t + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return p.returncode, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, err.read().decode("utf-8", "replace")


def importable(module: str) -> str | None:
    """None if ``module`` imports in a fresh interpreter, else the last line of the error."""
    p = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, cwd=ROOT)
    if p.returncode == 0:
        return None
    lines = [x for x in p.stderr.strip().splitlines() if x.strip()]
    return lines[-1] if lines else f"exit status {p.returncode}"


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def compare(names: list[str], args, gold, corpus_files: list[Path]) -> list[dict]:
    from jqextract.evaluate import LEVELS, Score, score_document

    rows, skipped = [], []
    with tempfile.TemporaryDirectory(prefix="jq-peers-") as tmp:
        job = Path(tmp) / "job.json"
        job.write_text(json.dumps({"corpus": [str(p) for p in corpus_files],
                                   "gold_texts": [d.annotated_text for d in gold],
                                   "budget_s": args.budget, "max_passes": args.passes}, ensure_ascii=False), encoding="utf-8")
        for name in names:
            label, module, _ = SYSTEMS[name]
            why = importable(module)
            if why:
                skipped.append(f"{name}: cannot import {module} ({why}); pip install -e '.[peers]'")
                print(f"  {name}: skipped, cannot import {module}", file=sys.stderr)
                continue
            out = Path(tmp) / f"{name}.json"
            print(f"  {name} ...", file=sys.stderr, flush=True)
            rc, wall, cpu, rss, err = run_child([sys.executable, __file__, "--worker", name, str(job), str(out)], args.timeout)
            if rc != 0 or not out.exists():
                tail = " | ".join(err.strip().splitlines()[-3:])
                skipped.append(f"{name}: failed (exit status {rc}{', timed out' if rc == -9 else ''}): {tail}")
                print(f"  {name}: failed: {tail}", file=sys.stderr)
                continue
            res = json.loads(out.read_text(encoding="utf-8"))
            total = Score()
            for doc, facts in zip(gold, res.pop("gold")):
                total.add(score_document(facts, doc.facts, doc.name).score)
            res.update(label=label, peak_rss_mb=rss, child_wall_s=wall, child_cpu_s=cpu,
                       n_system=total.n_system, n_gold=total.n_gold,
                       prf={lvl: total.prf(lvl) for lvl in LEVELS})
            rows.append(res)
            print(f"  {name}: {wall:.1f} s", file=sys.stderr, flush=True)
    return rows, skipped


def print_compare(rows: list[dict], skipped: list[str], gold, corpus_chars: int, corpus_n: int) -> None:
    n_gold = sum(len(d.facts) for d in gold)
    print(f"\n### Accuracy, speed and memory ({len(gold)} gold documents, {n_gold} facts; "
          f"speed on the {corpus_n} corpus documents, {corpus_chars:,} characters)\n")
    print("| system | span F1 | value F1 | norm F1 | triple F1 | chars/s (CPU, after start-up) | start-up | peak memory |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        f1 = {lvl: r["prf"][lvl][2] for lvl in r["prf"]}
        triple = f"{f1['triple']:.3f}" if r["name"] in HAS_SUBJECTS else "—"
        print(f"| {r['label']} | {f1['span']:.3f} | {f1['value']:.3f} | {f1['norm']:.3f} | {triple} | "
              f"{fmt_rate(r['cps_cpu'])} | {r['startup_wall_s']:.2f} s | {r['peak_rss_mb']:.0f} MB |")
    print("\nPrecision / recall (span, value, norm), facts output on the gold texts / on the corpus:\n")
    for r in rows:
        cells = ", ".join(f"{lvl} {r['prf'][lvl][0]:.3f}/{r['prf'][lvl][1]:.3f}" for lvl in ("span", "value", "norm"))
        st = r.get("stats", {})
        extra = ""
        if st.get("unmapped"):
            extra += f"; on the corpus {st['unmapped']} numeral strings it returned were not found in the text (dropped)"
        if st.get("reparsed"):
            extra += f"; on the corpus {st['reparsed']} text(s) re-parsed in pieces after the number model returned nothing"
        print(f"- {r['name']}: {cells}; {r['n_system']} / {r['corpus_facts']} facts; "
              f"{r['passes']} timed pass(es), {fmt_rate(r['cps_wall'])} chars/s wall{extra}")
    for s in skipped:
        print(f"- not measured: {s}")
    by = {r["name"]: r for r in rows}
    if "jqextract" in by:
        jq = by["jqextract"]
        print("\nTargets:")
        peers = [r for r in rows if not r["name"].startswith("jqextract")]
        for lvl in ("span", "value", "norm"):
            best = max(peers, key=lambda r: r["prf"][lvl][2], default=None)
            if best:
                ok = jq["prf"][lvl][2] > best["prf"][lvl][2]
                print(f"- {lvl} F1: jqextract {jq['prf'][lvl][2]:.3f} vs best peer {best['name']} "
                      f"{best['prf'][lvl][2]:.3f}: {'met' if ok else 'NOT met'}")
        if "recognizers" in by:
            ratio = jq["cps_cpu"] / by["recognizers"]["cps_cpu"]
            print(f"- speed: full jqextract is {ratio:,.0f}x Recognizers-Text (CPU time; "
                  f"{jq['cps_wall'] / by['recognizers']['cps_wall']:,.0f}x by wall clock): "
                  f"{'met' if ratio >= 20 else 'NOT met'} (target 20x)")
        else:
            print("- speed: Recognizers-Text was not measured, so the 20x target is not checked")
        print(f"- memory: full jqextract peaks at {jq['peak_rss_mb']:.0f} MB: "
              f"{'met' if jq['peak_rss_mb'] < 300 else 'NOT met'} (target under 300 MB)")


def scaling(multiples: list[int], corpus_files: list[Path], one_file: bool, timeout: float) -> list[dict]:
    whole = "\n\n".join(p.read_text(encoding="utf-8") for p in corpus_files)
    rows = []
    with tempfile.TemporaryDirectory(prefix="jq-scale-") as tmp:
        cases = [(0, False)] + [(k, False) for k in multiples] + ([(max(multiples), True)] if one_file else [])
        for k, single in cases:
            folder = Path(tmp) / (f"one-{k}" if single else f"x{k}")
            folder.mkdir()
            if k == 0:  # start-up: one sentence
                (folder / "warmup.txt").write_text(WARMUP, encoding="utf-8")
            elif single:
                (folder / "corpus.txt").write_text("\n\n".join([whole] * k), encoding="utf-8")
            else:
                for i in range(k):
                    (folder / f"corpus-{i:03d}.txt").write_text(whole, encoding="utf-8")
            print(f"  {k}x{' in one file' if single else ''} ...", file=sys.stderr, flush=True)
            cmd = [sys.executable, "-m", "jqextract", "extract", str(folder), "--format", "jsonl", "-o", os.devnull]
            rc, wall, cpu, rss, err = run_child(cmd, timeout)
            rows.append({"k": k, "one_file": single, "files": 1 if single or not k else k,
                         "chars": k * len(whole) if k else len(WARMUP),
                         "wall_s": wall, "cpu_s": cpu, "peak_rss_mb": rss, "rc": rc, "summary": err.strip().splitlines()[-1:] })
            shutil.rmtree(folder)
    return rows


def print_scaling(rows: list[dict]) -> None:
    print("\n### Scaling: `jqextract extract FOLDER --format jsonl -o /dev/null`, one process (`--jobs 1`)\n")
    print("| input | files | characters | wall time | CPU time | CPU time after start-up | per 1× of corpus | chars/s after start-up | peak memory |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = next((r["cpu_s"] for r in rows if r["k"] == 0), 0.0)
    for r in rows:
        what = ("start-up only (one sentence)" if r["k"] == 0 else
                f"{r['k']}× corpus" + (" as one file" if r["one_file"] else ""))
        status = "" if r["rc"] == 0 else f" (exit status {r['rc']}: {' '.join(r['summary'])})"
        work = r["cpu_s"] - base
        per = f"{work / r['k']:.2f} s" if r["k"] else ""
        rate = fmt_rate(r["chars"] / work) if r["k"] and work > 0 else ""
        print(f"| {what}{status} | {r['files']} | {r['chars']:,} | {r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | "
              f"{work:.1f} s | {per} | {rate} | {r['peak_rss_mb']:.0f} MB |")


def machine() -> str:
    return (f"{date.today().isoformat()}, {os.cpu_count()} cores (`nproc`), Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}")


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        worker(*sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(CORPUS), help="folder of .txt documents for the speed columns")
    ap.add_argument("--only", help=f"comma-separated systems among {', '.join(SYSTEMS)}")
    ap.add_argument("--quick", action="store_true", help="scaling to 16x only, one timed pass per system")
    ap.add_argument("--no-scaling", action="store_true")
    ap.add_argument("--no-compare", action="store_true")
    ap.add_argument("--multiples", default="1,4,16,64", help="scaling multiples (default 1,4,16,64)")
    ap.add_argument("--no-one-file", action="store_true", help="skip the largest multiple written as a single file")
    ap.add_argument("--budget", type=float, default=10.0, help="seconds of timed passes per system (at least one pass)")
    ap.add_argument("--passes", type=int, default=5, help="at most this many timed passes per system")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before a child is killed")
    ap.add_argument("--json", metavar="FILE", help="also write every measurement here")
    args = ap.parse_args()
    if args.quick:
        args.multiples, args.passes = "1,4,16", 1
    corpus_files = sorted(Path(args.corpus).glob("*.txt"))
    if not corpus_files:
        sys.exit(f"no .txt files in {args.corpus} (is ../shared beside the checkout?)")
    corpus_chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus_files)
    report: dict = {"machine": machine()}
    print(f"Measured {machine()}.")
    if not args.no_compare:
        from jqextract.evaluate import load_gold

        gold = load_gold(on_skip=lambda p, why: print(f"skipped gold {p.name}: {why}", file=sys.stderr))
        names = args.only.split(",") if args.only else list(SYSTEMS)
        unknown = [n for n in names if n not in SYSTEMS]
        if unknown:
            sys.exit(f"unknown system(s): {', '.join(unknown)}; choose among {', '.join(SYSTEMS)}")
        rows, skipped = compare(names, args, gold, corpus_files)
        print_compare(rows, skipped, gold, corpus_chars, len(corpus_files))
        report.update(systems=rows, not_measured=skipped)
    if not args.no_scaling:
        multiples = [int(x) for x in args.multiples.split(",")]
        rows = scaling(multiples, corpus_files, not args.no_one_file, args.timeout)
        print_scaling(rows)
        report["scaling"] = rows
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
