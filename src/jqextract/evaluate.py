"""Gold facts and the contract's scoring (facts.md §8).

A gold document is ``NAME.gold.jsonl`` in the gold folder. Its text is
``NAME.txt`` beside it, or, for stand-off annotations of the shared corpus, the
file named by each line's ``doc`` in the corpus folder (``../shared/corpus/raw``
by default, ``JQEXTRACT_CORPUS`` to change). Documents whose text is absent are
skipped with a message, never silently.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .numbers import parse_number

LEVELS = ("span", "value", "norm", "triple")
REQUIRED = ("doc", "text", "start", "end", "value", "unit", "norm_value", "norm_unit", "subject")
NUMERAL_RUN = re.compile(r"[0-9０-９.．,，]+[十百千万亿萬億]*(?:[0-9０-９.．]+[十百千万亿萬億]+)*|[零〇一二三四五六七八九十两百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点]+")
FRACTION = re.compile(r"[零〇一二三四五六七八九十百千两]+分之[零〇一二三四五六七八九十百千两]+|\d+(?:\.\d+)?/\d+")
AMOUNT_WORDS = {"翻番": 2.0, "翻一番": 2.0, "翻了一番": 2.0, "翻两番": 4.0, "翻三番": 8.0, "一半": 50.0, "百分之百": 100.0}
QUOTES = str.maketrans("", "", "“”\"'‘’「」『』《》 \t\r\n\u3000")


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

    @property
    def annotated_text(self) -> str:
        """The text the gold covers: a prefix of the document (ending at a paragraph end)."""
        return self.text[: self.extent[1]] if self.extent else self.text


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def default_gold_dir() -> Path:
    return Path(os.environ.get("JQEXTRACT_GOLD", project_root() / "gold"))


def default_corpus_dir() -> Path:
    return Path(os.environ.get("JQEXTRACT_CORPUS", project_root().parent / "shared" / "corpus" / "raw"))


def close(a, b, rel: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-9)


def values_written_in(text: str) -> list[float]:
    """Every value the numerals of a quantity's text can stand for.

    Used to check gold lines independently of the extractor: a gold value must
    be one of the numbers written in its span (1亿3千多万 read without 多), or
    one of them as a share (三成 → 30, 三分之一 → 33.3, 1/4 → 25), or a word
    that states an amount (翻番 → 2, 一半 → 50).
    """
    plain = text.replace("多", "").replace("余", "").replace("几", "")
    out: list[float] = []
    for m in NUMERAL_RUN.finditer(plain):
        s = m.group(0).rstrip(".．,，")
        for candidate in (s, s.rstrip("十百千")):  # 3千瓦: the 千 may be the unit's
            try:
                out.append(float(parse_number(candidate)))
            except ValueError:
                pass
    for m in FRACTION.finditer(plain):
        try:
            out.append(float(parse_number(m.group(0))) * 100)
        except ValueError:
            pass
    out += [v * 10 for v in out]  # 三成 → 30
    out += [v for word, v in AMOUNT_WORDS.items() if word in text]
    return out


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


def load_gold_file(path: Path, corpus_dir: Path | None = None) -> GoldDocument | None:
    """Load and check one gold file; ``None`` if its document's text is absent."""
    path = Path(path)
    facts: list[dict] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
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
    docs = {f.get("doc") for f in facts}
    if len(docs) != 1 or None in docs:
        raise GoldError(path, facts[0]["_line"], f"every line must name the same doc, found {sorted(map(str, docs))}")
    doc = docs.pop()
    local = path.parent / doc
    remote = (corpus_dir or default_corpus_dir()) / doc
    source = local if local.is_file() else remote
    if not source.is_file():
        return None
    text = source.read_text(encoding="utf-8")
    for fact in facts:
        reason = check_fact(fact, text)
        if reason:
            raise GoldError(path, fact["_line"], reason)
    extents = {tuple(f["extent"]) for f in facts if "extent" in f}
    extent = None
    if extents:
        if len(extents) != 1 or len(extents) == 1 and len(facts) != sum("extent" in f for f in facts):
            raise GoldError(path, facts[0]["_line"], "every line must give the same extent")
        extent = extents.pop()
        if extent[0] != 0 or not 0 < extent[1] <= len(text):
            raise GoldError(path, facts[0]["_line"], f"extent {list(extent)} must start at 0 and end inside the text")
        for fact in facts:
            if fact["end"] > extent[1]:
                raise GoldError(path, fact["_line"], f"span ends after the extent {list(extent)}")
    facts.sort(key=lambda f: (f["start"], f["end"]))
    return GoldDocument(doc, path, text, facts, extent)


def load_gold(gold_dir: Path | None = None, corpus_dir: Path | None = None,
              on_skip: Callable[[Path, str], None] | None = None) -> list[GoldDocument]:
    """Every gold document of a folder; those without their text are reported to ``on_skip``."""
    out = []
    for path in sorted(Path(gold_dir or default_gold_dir()).glob("*.gold.jsonl")):
        doc = load_gold_file(path, corpus_dir)
        if doc is None:
            if on_skip:
                on_skip(path, "document text not found (stand-off annotation of ../shared/corpus/raw; is ../shared present?)")
            continue
        out.append(doc)
    return out


# ---- scoring ---------------------------------------------------------------------

def clean_subject(s: str | None) -> str | None:
    return None if s is None else s.translate(QUOTES)


def subject_matches(system: str | None, gold: dict) -> bool:
    """facts.md §8 level 4: same head (last two characters) or char-overlap F1 ≥ 0.5."""
    candidates = [gold.get("subject")] + list(gold.get("alternatives") or [])
    sys_s = clean_subject(system)
    for g in candidates:
        g = clean_subject(g)
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


def value_matches(s: dict, g: dict) -> bool:
    return close(s.get("value"), g.get("value")) and s.get("unit") == g.get("unit")


def norm_matches(s: dict, g: dict) -> bool:
    return close(s.get("norm_value"), g.get("norm_value")) and s.get("norm_unit") == g.get("norm_unit")


def match(system: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (system index, gold index): best overlap first, ties by subject."""
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            overlap = min(s["end"], g["end"]) - max(s["start"], g["start"])
            if overlap > 0:
                pairs.append((-overlap, not subject_matches(s.get("subject"), g), i, j))
    pairs.sort()
    used_s, used_g, out = set(), set(), []
    for _, _, i, j in pairs:
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


def score_document(system: list[dict], gold: list[dict], name: str = "") -> DocumentResult:
    """Score one document's system facts (dicts with the contract's fields)."""
    pairs = match(system, gold)
    sc = Score(len(system), len(gold))
    wrong = []
    for i, j in pairs:
        s, g = system[i], gold[j]
        v, n = value_matches(s, g), norm_matches(s, g)
        t = v and subject_matches(s.get("subject"), g)
        sc.correct["span"] += 1
        sc.correct["value"] += v
        sc.correct["norm"] += n
        sc.correct["triple"] += t
        if not (v and n and t):
            wrong.append((s, g, "value" if not v else "norm" if not n else "subject"))
    matched_s = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    missed = [g for j, g in enumerate(gold) if j not in matched_g]
    spurious = [s for i, s in enumerate(system) if i not in matched_s]
    return DocumentResult(name, sc, missed, spurious, wrong)


def evaluate(docs: Iterable[GoldDocument], extractor: Callable[[str], list]) -> tuple[list[DocumentResult], Score]:
    """Run ``extractor`` (text → facts) on every gold document and score it."""
    results, total = [], Score()
    for doc in docs:
        system = [f.to_dict() if hasattr(f, "to_dict") else f for f in extractor(doc.annotated_text)]
        r = score_document(system, doc.facts, doc.name)
        results.append(r)
        total.add(r.score)
    return results, total
