"""Gold facts and the contract's scoring (facts.md §8).

A gold document is ``NAME.gold.jsonl`` anywhere under the gold folder; its
folder is its *split* (``gold/`` the first set, ``gold/genres/`` the genre
texts rules were tuned on, ``gold/test/`` the genre texts no rule was tuned
on). Its text is ``NAME.txt`` beside it, or, for stand-off annotations of the
shared corpus, the file named by each line's ``doc`` in one of the corpus
folders (``../shared/corpus/raw`` and ``../shared/corpus/genres/raw`` next to
the checkout, or ``$JQEXTRACT_CORPUS``, folders separated by ``os.pathsep``).
Documents whose text is absent are reported, never silently skipped.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from .text import opencc_script

LEVELS = ("span", "value", "norm", "triple", "exact")
REQUIRED = ("doc", "text", "start", "end", "value", "unit", "norm_value", "norm_unit", "subject")
QUOTES = str.maketrans("", "", "“”\"'‘’「」『』《》 \t\r\n\u3000")
INNER_APPROX = str.maketrans("", "", "多余几")
ARABIC_RUN = re.compile(r"[0-9０-９][0-9０-９.．,，]*(?:[十百千万亿萬億兆]+[0-9０-９.．,，]*)*")  # (6萬2,317, 61兆2,356億)
MARK = re.compile(r"(\d+)(?:(?:[秒米成]|公尺)(?=\d{2}(?!\d))|秒(?=\d{3}(?!\d)))(\d+)")  # 9秒97 = 9.97, 6米72 = 6.72, 8公尺14, 5成93 = 59.3 %, 33秒739
RACE_TIME = re.compile(r"(?:(\d+)小时)?(\d+)分钟?(\d+)秒(\d{2,3})?")  # 1分55秒83 = 115.83 s, 2小时06分35秒 = 7595 s, 35分钟15秒 = 2115 s
HOURS_MINUTES = re.compile(r"(\d+)小时(\d+)分钟?(?!\d)")  # 1小时10分钟 = 70 min (or 4200 s)
FEET_INCHES = re.compile(r"(\d+)呎(\d+)吋")  # a height: 6呎3吋 = 75 吋
CHINESE_RUN = re.compile(r"[零〇○一二三四五六七八九十两兩百千万亿萬億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點廿卅]+")
# 一成三 = 13 %, 七五折 = 75 % (a discount in tenths, facts.md §2)
SHARE_AND_TENTHS = re.compile(r"([一二三四五六七八九两])(?:成|(?=[一二三四五六七八九]折))([一二三四五六七八九])|(?<![0-9.])([1-9])成([0-9])(?![0-9.])")  # (3成2: Taiwan's 32 %)
# 萬七 = 17000 (probe 194), 千二億 = 1200 億 (invented set i04): a leading multiplier and the next place's digit, Hong Kong's
MULTIPLIER_AND = re.compile("(?<![零〇○一二三四五六七八九十两百千\\d])([万萬千百])([一二三四五六七八九])(?![十百千\\d])")  # (not 萬七千: written whole)
SHARE_AND_HUNDREDTHS = re.compile("([一二三四五六七八九])成([一二三四五六七八九])([一二三四五六七八九〇○零])")  # 三成二一 = 32.1 % (a batting average)
HALF = re.compile(r"([零〇○一二三四五六七八九十两\d]+)(?:个|成|分|秒|年|天|小时|岁|局|场|圈|轮|盘)半")  # 三个半月 = 3.5, 一成半 = 15 %, 5分半钟 = 5.5, 31岁半 = 31.5, 13秒半 = 13.5, 3局半 = 3.5 (probe 227)
SPOKEN_TENTHS = re.compile("([一二三四五六七八九两])[块塊毛角]([一二三四五六七八九])(?![十百千万亿])")  # 两块五 = 2.5 块, 五毛五 = 5.5 毛 (probe 248)
DIGIT_PAIR = re.compile(r"(?=([一二两三四五六七八九])([二三四五六七八九]))")  # 三四百, 十一二万: a colloquial range
# 44 萬 1000 人: spaces a news site puts between a number's parts (read as the extractor reads them)
SPACED_NUMBER = re.compile(r"(?<=[0-9０-９十百千万亿兆])[ \u3000]+(?=[0-9０-９万亿兆])")
INNER_ZERO = re.compile(r"(?<=[0-9０-９][万亿兆千百])零(?=[0-9０-９])")  # 26万零957 = 26万957 (the extractor's reading)
CHINESE_DOT = re.compile(r"(?<=[零〇○一二三四五六七八九十])[.．](?=[零〇○一二三四五六七八九])")  # 一二．四% = 12.4
FRACTION = re.compile(r"[零〇一二三四五六七八九十百千两]+分之[零〇一二三四五六七八九十百千两]+|\d+(?:\.\d+)?/\d+")


class GoldError(ValueError):
    """A malformed gold line: names the file, the line and the reason."""

    def __init__(self, path, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")


@dataclass
class GoldDocument:
    name: str
    path: Path  # the .gold.jsonl file
    text: str
    facts: list[dict]
    extent: tuple[int, int] | None = None  # the annotated part, when not the whole text
    split: str = ""  # the folder under the gold folder ("" for the top)

    @property
    def annotated_text(self) -> str:
        """The text the gold covers: a prefix of the document (ending at a paragraph end)."""
        return self.text[: self.extent[1]] if self.extent else self.text


# ---- where gold and texts are --------------------------------------------------------

def project_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def default_gold_dir() -> Path:
    """``$JQEXTRACT_GOLD``; else ``gold/`` in the current folder; else the checkout's ``gold/``."""
    env = os.environ.get("JQEXTRACT_GOLD")
    if env:
        return Path(env)
    here = Path.cwd() / "gold"
    return here if here.is_dir() else project_root() / "gold"


def default_corpus_dirs(gold_dir: Path) -> list[Path]:
    """``$JQEXTRACT_CORPUS`` (folders separated by ``os.pathsep``); else the shared
    corpus beside the checkout that holds ``gold_dir`` (``../shared/corpus/raw`` and
    ``../shared/corpus/genres/raw``), found among its ancestors; else where it would
    be beside that checkout, so that a message names a place the user can create
    (never the folder jqextract happens to be installed in)."""
    env = os.environ.get("JQEXTRACT_CORPUS")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    gold_dir = Path(gold_dir).resolve()
    for ancestor in list(gold_dir.parents)[:4]:
        corpus = ancestor / "shared" / "corpus"
        if corpus.is_dir():
            return [corpus / "raw", corpus / "genres" / "raw"]
    corpus = gold_dir.parent.parent / "shared" / "corpus"
    return [corpus / "raw", corpus / "genres" / "raw"]


# ---- checking gold lines ---------------------------------------------------------------

def close(a, b, rel: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-9)


@lru_cache(maxsize=1)
def _numerals():
    """The shipped numeral reader and amount words (the gold is checked against the
    contract's numerals, not against an edited rules folder)."""
    from .extractor import default_extractor

    ex = default_extractor()
    return ex.numerals, {w.text: w.value for w in ex.rules.numerals.word}


def values_written_in(text: str) -> list[float]:
    """Every value the numerals of a quantity's text can stand for.

    Used to check gold lines independently of the extractor's quantity rules: a
    gold value must be one of the numbers written in its span (1亿3千多万 read
    without 多, 4萬7709, a bare 百 or 万亿 as its multiplier), or one of them as a
    share (三成 → 30, 一成三 → 13, 3成2 → 32, 七五折 → 75, 三分之一 → 33.3, 1/4 → 25), either end of a colloquial
    range (三四百 → 300 or 400, 十一二万 → 110000), or a word that states an
    amount (翻番 → 2, 一半 → 50), with a half (三个半月 → 3.5, 一成半 → 15, 5分半钟 → 5.5, 13秒半 → 13.5, 半天 → 0.5, 半数 → 50), a spoken tenth (两块五 → 2.5, 五毛五 → 5.5), a leading multiplier and its next place (萬七 → 17000, 千二 → 1200), a share in hundredths (三成二一 → 32.1). Traditional
    script is read simplified (兩成, 十二點五), and Taiwan's 一二．四 as 一二點四. A mark
    in hundredths (or a time in thousandths) is its decimal (9秒97 → 9.97, Taiwan's 8公尺14 → 8.14, 33秒739 → 33.739) and a race time in several units may be
    given in seconds (1分55秒83 → 115.83), hours and minutes in minutes or seconds (1小时10分钟 → 70) and a
    height in feet and inches in inches (6呎3吋 → 75), the probe writers' readings, which facts.md leaves open.
    """
    reader, words = _numerals()
    simplified = opencc_script().simplify(text)  # (兩成, 十二點五, 三點二億元: read as the extractor reads them)
    plain = SPACED_NUMBER.sub("", CHINESE_DOT.sub("点", INNER_ZERO.sub("", simplified.translate(INNER_APPROX))))  # (44 萬 1000 人)
    runs = [m.group(0).rstrip(".．,，") for m in ARABIC_RUN.finditer(plain)] + CHINESE_RUN.findall(plain)
    out: list[float] = []
    for run in runs:
        for candidate in (run, run.rstrip("十百千兆点"), *run):  # 3千瓦, 二千一百兆瓦, 三百一十二點: the last
            out += _value(reader, candidate)                   # character may be the unit's; 四五成: each digit
        out += [v for end in range_ends(run, reader.digits) for v in _value(reader, end)]
    out += [float(f"{a}.{b}") for a, b in MARK.findall(plain)]
    out += [v for m in RACE_TIME.finditer(plain) for v in (race_seconds(m), race_seconds(m) / 3600)]  # (in seconds or hours)
    out += [v for h, m in HOURS_MINUTES.findall(plain) for v in (int(h) * 60 + int(m), (int(h) * 60 + int(m)) * 60, int(h) + int(m) / 60)]
    out += [int(f) * 12 + int(i) for f, i in FEET_INCHES.findall(plain)]
    for m in FRACTION.finditer(plain):
        out += [v * 100 for v in _value(reader, m.group(0))]
    out += [v + 0.5 for m in HALF.finditer(plain) for v in _value(reader, m.group(1))]
    out += [0.5, 50] if plain.startswith("半") else []  # (停课一天或|半天: a half alone, probe 122; 半数 = 50 %, probe 127)
    out += [2] if plain.startswith(("双", "雙")) else []  # (双冠: a pair, probe 195's annotator)
    out += [reader.digits[a] + reader.digits[b] / 10 for a, b in SPOKEN_TENTHS.findall(plain)]
    for m in MULTIPLIER_AND.finditer(plain):  # (萬七點: 17000, 千二億: 1200 億, Hong Kong's)
        place = float(reader.multipliers[m.group(1)])
        out.append(place + place / 10 * reader.digits[m.group(2)])
    out += [reader.digits[a] * 10 + reader.digits[b] + reader.digits.get(c, 0) / 10 for a, b, c in SHARE_AND_HUNDREDTHS.findall(plain)]
    out += [v * 10 for v in out]  # 三成 → 30
    out += [_value(reader, a or c)[0] * 10 + _value(reader, b or d)[0] for a, b, c, d in SHARE_AND_TENTHS.findall(plain)]
    return out + [v for word, v in words.items() if word in simplified]


def range_ends(run: str, digits: dict[str, int]) -> list[str]:
    """三四百 → 三百, 四百; 十一二万 → 十一万, 十二万; 二十七八 → 二十七, 二十八: the ends of a
    colloquial range of two neighbouring digits (valued by numerals.toml's ``digits``), each
    written as a numeral (facts.md §5)."""
    ends = []
    for m in DIGIT_PAIR.finditer(run):
        i = m.start()
        if digits[m.group(2)] == digits[m.group(1)] + 1:
            ends += [run[: i + 1] + run[i + 2 :], run[:i] + run[i + 1 :]]
    return ends


def race_seconds(m: re.Match) -> float:
    """A time written in hours, minutes and seconds (with hundredths or thousandths), in seconds."""
    hours, minutes, seconds, fraction = m.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(fraction or 0) / 10 ** len(fraction or "")


def _value(reader, s: str) -> list[float]:
    try:
        return [float(reader.parse(s))]
    except ValueError:
        pass
    if s and all(c in reader.multipliers or c in "兆" for c in s.translate(reader.financial)):  # 百家, 万亿上方
        return [float(reader.multiplier_value(s.replace("兆", "万亿")))]
    return []


def check_fact(fact: dict, text: str) -> str | None:
    """Why a gold fact is malformed, or None."""
    missing = [k for k in REQUIRED if k not in fact]
    if missing:
        return f"missing field(s) {', '.join(missing)}"
    start, end = fact["start"], fact["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return f"span [{start}, {end}) is outside the document ({len(text)} characters)"
    if text[start:end] != fact["text"]:
        return f"span [{start}, {end}) reads {text[start:end]!r}, not {fact['text']!r}"
    anchor = fact.get("anchor")
    if anchor:
        positions = [m.start() for m in re.finditer(re.escape(anchor), text)]
        if not positions:
            return f"anchor {anchor!r} is not in the document"
        if not any(p <= start and end <= p + len(anchor) for p in positions):
            return f"anchor {anchor!r} does not cover the span [{start}, {end})"
    if not isinstance(fact["value"], (int, float)) or isinstance(fact["value"], bool):
        return f"value {fact['value']!r} is not a number"
    written = values_written_in(fact["text"])
    value = abs(fact["value"])
    if not any(close(value, w * scale) for w in written for scale in (1, 1e4, 1e8, 1e12)):
        return f"value {fact['value']} disagrees with its text {fact['text']!r}"
    return None


# ---- loading ------------------------------------------------------------------------------

def read_gold_lines(path: Path) -> list[dict]:
    facts: list[dict] = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(path, i, f"not valid JSON: {e.msg}") from None
        if not isinstance(fact, dict):
            raise GoldError(path, i, "a gold line must be a JSON object")
        fact["_line"] = i
        facts.append(fact)
    if not facts:
        raise GoldError(path, 1, "no facts")
    return facts


def find_text(path: Path, doc: str, corpus_dirs: Iterable[Path]) -> Path | None:
    """The document's text: beside the gold file, else in the first corpus folder that has it."""
    for folder in (path.parent, *corpus_dirs):
        if (Path(folder) / doc).is_file():
            return Path(folder) / doc
    return None


def load_gold_file(path: Path, corpus_dir: Path | Iterable[Path] | None = None) -> GoldDocument | None:
    """Load and check a gold file of one document; ``None`` if its document's text is absent."""
    docs = load_gold_documents(path, corpus_dir)
    if len(docs) != 1:
        raise GoldError(path, 1, f"every line must name the same doc, found {sorted(doc for doc, _ in docs)}")
    return docs[0][1]


def load_gold_documents(path: Path, corpus_dir: Path | Iterable[Path] | None = None) -> list[tuple[str, GoldDocument | None]]:
    """Load and check every document of a gold file, as ``(doc, GoldDocument or None)``.

    A file usually holds one document; ``jqextract import-gold`` writes a whole
    Label Studio project into one file, its lines naming several. Each document
    is checked and scored on its own, as if it had a file of its own; ``None``
    stands for a document whose text is absent.
    """
    path = Path(path)
    groups: dict[str, list[dict]] = {}
    for fact in read_gold_lines(path):
        doc = fact.get("doc")
        if not isinstance(doc, str) or not doc:
            raise GoldError(path, fact["_line"], "missing field doc (the document's file name)")
        groups.setdefault(doc, []).append(fact)
    dirs = [corpus_dir] if isinstance(corpus_dir, (str, Path)) else corpus_dir or default_corpus_dirs(path.parent)
    return [(doc, check_document(path, doc, facts, dirs)) for doc, facts in groups.items()]


def check_document(path: Path, doc: str, facts: list[dict], corpus_dirs: Iterable[Path]) -> GoldDocument | None:
    """Check the facts of one document against its text; ``None`` if the text is absent."""
    source = find_text(path, doc, corpus_dirs)
    if source is None:
        return None
    text = source.read_text(encoding="utf-8")
    for fact in facts:
        reason = check_fact(fact, text)
        if reason:
            raise GoldError(path, fact["_line"], reason)
    extent = check_extent(path, facts, text)
    facts.sort(key=lambda f: (f["start"], f["end"]))
    return GoldDocument(doc, path, text, facts, extent)


def check_extent(path: Path, facts: list[dict], text: str) -> tuple[int, int] | None:
    """The annotated part (``extent`` on every line, or on none)."""
    extents = {tuple(f["extent"]) for f in facts if "extent" in f}
    if not extents:
        return None
    if len(extents) != 1 or len(facts) != sum("extent" in f for f in facts):
        raise GoldError(path, facts[0]["_line"], "every line must give the same extent")
    extent = extents.pop()
    if extent[0] != 0 or not 0 < extent[1] <= len(text):
        raise GoldError(path, facts[0]["_line"], f"extent {list(extent)} must start at 0 and end inside the text")
    for fact in facts:
        if fact["end"] > extent[1]:
            raise GoldError(path, fact["_line"], f"span ends after the extent {list(extent)}")
    return extent


def gold_files(gold: Path) -> list[Path]:
    """A gold file, or every ``*.gold.jsonl`` under a folder (sorted by split, then name)."""
    gold = Path(gold)
    if gold.is_file():
        return [gold]
    return sorted(gold.rglob("*.gold.jsonl"), key=lambda p: (p.parent.relative_to(gold).parts, p.name))


def load_gold(gold: Path | None = None, corpus_dirs: Iterable[Path] | None = None,
              on_skip: Callable[[Path, str], None] | None = None) -> list[GoldDocument]:
    """Every gold document of a folder (or one gold file); those without their text
    are reported to ``on_skip``."""
    gold = Path(gold or default_gold_dir())
    dirs = list(corpus_dirs) if corpus_dirs is not None else default_corpus_dirs(gold if gold.is_dir() else gold.parent)
    out = []
    for path in gold_files(gold):
        rel = Path(".") if gold.is_file() else path.parent.relative_to(gold)
        for name, doc in load_gold_documents(path, dirs):
            if doc is None:
                if on_skip:
                    on_skip(path, f"text of {name} not found beside it or in {', '.join(map(str, dirs))} (is ../shared present?)")
                continue
            doc.split = "" if rel == Path(".") else rel.as_posix()
            out.append(doc)
    return out


# ---- scoring ---------------------------------------------------------------------------------

def clean_subject(s: str | None) -> str | None:
    return None if s is None else s.translate(QUOTES)


def readings(gold: dict) -> list[str | None]:
    """The gold subject and its alternatives, cleaned."""
    return [clean_subject(g) for g in [gold.get("subject"), *(gold.get("alternatives") or [])]]


def subject_matches(system: str | None, gold: dict) -> bool:
    """facts.md §8 level 4 (triple): same head (last two characters) or char-overlap F1 ≥ 0.5."""
    sys_s = clean_subject(system)
    for g in readings(gold):
        if sys_s is None or g is None:
            if sys_s is None and g is None:
                return True
            continue
        if not sys_s or not g:
            continue
        if len(sys_s) >= 2 and len(g) >= 2 and sys_s[-2:] == g[-2:]:
            return True
        common = sum((Counter(sys_s) & Counter(g)).values())
        if common and 2 * common / (len(sys_s) + len(g)) >= 0.5:
            return True
    return False


def subject_exact(system: str | None, gold: dict) -> bool:
    """facts.md §8 level 5 (exact): the subject is the gold subject or one of its alternatives."""
    return clean_subject(system) in readings(gold)


def value_matches(s: dict, g: dict) -> bool:
    """Equal values in the same unit; a unit written full-width is the same unit (％, ｍＡｈ)."""
    return close(s.get("value"), g.get("value")) and same_unit(s.get("unit"), g.get("unit"))


def same_unit(a: str | None, b: str | None) -> bool:
    return a == b or (a is not None and b is not None and unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b))


def norm_matches(s: dict, g: dict) -> bool:
    return close(s.get("norm_value"), g.get("norm_value")) and s.get("norm_unit") == g.get("norm_unit")


def match(system: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (system index, gold index): best overlap first, ties by subject."""
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            overlap = min(s["end"], g["end"]) - max(s["start"], g["start"])
            if overlap > 0:
                pairs.append((-overlap, not subject_exact(s.get("subject"), g), not subject_matches(s.get("subject"), g), i, j))
    pairs.sort()
    used_s, used_g, out = set(), set(), []
    for *_, i, j in pairs:
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out, key=lambda p: p[1])


@dataclass
class Score:
    n_system: int = 0
    n_gold: int = 0
    correct: dict = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))

    def add(self, other: "Score") -> None:
        self.n_system += other.n_system
        self.n_gold += other.n_gold
        for k in LEVELS:
            self.correct[k] += other.correct[k]

    def prf(self, level: str) -> tuple[float, float, float]:
        c = self.correct[level]
        p = c / self.n_system if self.n_system else 0.0
        r = c / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class DocumentResult:
    name: str
    score: Score
    missed: list[dict]
    spurious: list[dict]
    wrong: list[tuple[dict, dict, str]]  # (system, gold, first level that failed)
    split: str = ""


def score_document(system: list[dict], gold: list[dict], name: str = "") -> DocumentResult:
    """Score one document's system facts (dicts with the contract's fields)."""
    pairs = match(system, gold)
    sc = Score(len(system), len(gold))
    wrong = []
    for i, j in pairs:
        s, g = system[i], gold[j]
        ok = {"span": True, "value": value_matches(s, g), "norm": norm_matches(s, g)}
        ok["triple"] = ok["value"] and subject_matches(s.get("subject"), g)
        ok["exact"] = ok["value"] and subject_exact(s.get("subject"), g)
        for level in LEVELS:
            sc.correct[level] += ok[level]
        failed = next((level for level in LEVELS if not ok[level]), None)
        if failed:
            wrong.append((s, g, "subject" if failed == "triple" else failed))
    matched_s = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    missed = [g for j, g in enumerate(gold) if j not in matched_g]
    spurious = [s for i, s in enumerate(system) if i not in matched_s]
    return DocumentResult(name, sc, missed, spurious, wrong)


def evaluate(docs: Iterable[GoldDocument], extractor) -> tuple[list[DocumentResult], Score]:
    """Run ``extractor`` (an :class:`~jqextract.Extractor`, or any text → facts
    function) on every gold document and score it."""
    extract = extractor.extract if hasattr(extractor, "extract") else extractor
    results, total = [], Score()
    for doc in docs:
        system = [f.to_dict() if hasattr(f, "to_dict") else f for f in extract(doc.annotated_text)]
        r = score_document(system, doc.facts, doc.name)
        r.split = doc.split
        results.append(r)
        total.add(r.score)
    return results, total


def by_split(results: list[DocumentResult]) -> dict[str, Score]:
    """The score of each split (folder) of the gold."""
    out: dict[str, Score] = {}
    for r in results:
        out.setdefault(r.split, Score()).add(r.score)
    return out
