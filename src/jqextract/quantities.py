"""Stage 2: text → quantities.

Finds every numeral with one regular-expression pass, then decides in Python,
from the rule data in ``rules/``, what unit follows it, which qualifier applies,
and whether it is a quantity at all (facts.md §2-§5). The regular expression
only ever matches forward over numeral characters, so it is linear in the input;
everything contextual (dates, codes, idioms, cues) is a lookup around a match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .numbers import FULLWIDTH, LARGEST, MULTIPLIERS, as_number, multiplier_value, parse_chinese, parse_decimal
from .rules import RuleError, WordSet, compile_words, line_of, load_rules
from .text import TextView

CHINESE_DIGIT_VALUES = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
# the characters of 百分之, 千万分之, 仟分之 … before 分之
PER_CHARS = "百千万亿佰仟萬億"
ARABIC_FRACTION = re.compile(r"/([1-9][0-9]?|100)(?![0-9./])")
LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
QUALIFIERS = ("approx", "more_than", "less_than")
QUANTITY_FIELDS = ("text", "start", "end", "value", "unit", "norm_value", "norm_unit", "dimension", "qualifier", "high")


@dataclass(slots=True)
class Quantity:
    """One quantity in the text, before a subject is attached (facts.md §3-§5)."""

    text: str
    start: int
    end: int
    value: int | float
    unit: str | None
    norm_value: int | float | None
    norm_unit: str | None
    dimension: str | None
    qualifier: str | None = None
    high: int | float | None = None
    jstart: int = 0  # offsets in the layout-joined text (see text.TextView)
    jend: int = 0

    def to_dict(self) -> dict:
        """The quantity's fields (those of a fact without subject and context)."""
        return {k: getattr(self, k) for k in QUANTITY_FIELDS}


@dataclass(frozen=True, slots=True)
class Unit:
    """One written form of a unit and what it means."""

    form: str
    dimension: str
    factor: Decimal  # written value × factor = canonical value
    norm_unit: str  # canonical unit; for counts and "other" the form itself
    unit: str  # the unit reported in `unit` (成 is reported in %)
    value_factor: Decimal  # 三成 → 30: the written number × this
    numerals: str  # "any", "arabic" or "chinese"
    cue: str | None  # "duration" needs a cue word; "date" is never a fact
    not_before: tuple[str, ...]  # 这一成绩: 成 followed by 绩 is no unit
    context_before: tuple[str, ...]  # 度 is a temperature after 温度 …


def build_units(data: dict[str, Any], raw: str, path) -> dict[str, list[Unit]]:
    """The unit table, indexed by first character, longest form first."""
    canonical = data.get("canonical", {})
    by_first: dict[str, list[Unit]] = {}
    seen: dict[str, str] = {}
    for entry in data.get("unit", []):
        forms = entry.get("forms")
        dim = entry.get("dimension")
        line = line_of(raw, f'"{forms[0]}"') if forms else None
        if not forms or not isinstance(forms, list):
            raise RuleError(path, "a [[unit]] has no forms", line)
        if dim not in canonical:
            raise RuleError(path, f"unit {forms[0]!r} has unknown dimension {dim!r}", line)
        try:
            factor = Decimal(str(entry.get("factor", 1)))
            value_factor = Decimal(str(entry.get("value_factor", 1)))
        except Exception:
            raise RuleError(path, f"unit {forms[0]!r} has a factor that is not a number", line) from None
        for form in forms:
            if not form or form[0] in "万亿萬億":
                raise RuleError(path, f"unit form {form!r} is empty or starts with a multiplier", line_of(raw, f'"{form}"'))
            if form in seen and not entry.get("context_before") and seen[form] != "context":
                raise RuleError(path, f"unit form {form!r} is listed twice ({seen[form]} and {dim})", line_of(raw, f'"{form}"'))
            # a form may be listed again only beside an entry that needs a context
            seen[form] = "context" if entry.get("context_before") else dim
            norm = entry.get("norm_unit") or canonical[dim]
            if norm == "*":
                norm = entry.get("unit", form)
            unit = Unit(form, dim, factor, norm, entry.get("unit", form), value_factor,
                        entry.get("numerals", "any"), entry.get("cue"), tuple(entry.get("not_before", ())),
                        tuple(entry.get("context_before", ())))
            by_first.setdefault(form[0], []).append(unit)
    for units in by_first.values():
        units.sort(key=lambda u: (-len(u.form), not u.context_before))
    return by_first


def longest_word(words: list[str]) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


class QuantityFinder:
    """Finds quantities; built once from a rules folder (see :func:`finder`)."""

    def __init__(self, rules_dir: str | None = None):
        rules = load_rules(rules_dir)
        units, units_raw, units_path = rules["units"]
        self.units = build_units(units, units_raw, units_path)
        num, num_raw, num_path = rules["numerals"]
        chars = num["chars"]
        self.financial = set(chars.get("financial", ""))
        self.inner_approx = chars["inner_approx"]  # 一百多, 100余, 十几
        self.drop_approx = str.maketrans("", "", "".join(self.inner_approx))
        self.range_separators = longest_word(chars["range_separators"])
        self.range_first = {sep[0] for sep in self.range_separators}
        self.words = {w["text"]: w for w in num.get("word", [])}
        qual, _, _ = rules["qualifiers"]
        before = {w: q for q in QUALIFIERS for w in qual["before"].get(q, [])}
        before.update((w, "approx") for w in qual["before"].get("approx_short", []))
        self.before_qualifiers = WordSet(before)
        self.after_qualifiers = sorted(((w, q) for q in QUALIFIERS for w in qual["after"].get(q, [])),
                                       key=lambda wq: -len(wq[0]))
        self.after_not_followed = qual.get("after_not_followed_by", {})
        stop, stop_raw, stop_path = rules["stoplist"]
        self.duration_cues = WordSet(stop["duration"]["cues"])
        self.not_a_count_after = WordSet(stop["ordinal"]["before"] + stop["streak"]["before"])
        self.duration_not_after = longest_word(stop["duration"]["not_after"])
        self.bare_cues = WordSet(stop["bare"]["cues"])
        self.ratio_marks = set(stop["bare"]["ratio_marks"])
        self.bare_not_before = tuple(stop["bare"].get("not_before", ()))
        self.label = stop.get("label", {})
        self.duration_attributive = stop["duration"].get("attributive")
        phrases = longest_word(stop["phrases"]["list"])
        self.phrases = compile_words(phrases)
        self.quote_open, self.quote_close = stop["quoted"]["open"], stop["quoted"]["close"]
        url = stop.get("url", {})
        self.url_before, self.url_after = url.get("before", ""), url.get("after", "")
        self.url_percent = url.get("percent_then", "")
        self.formula_before = set(stop["formula"]["before"])
        self.formula_after = set(stop["formula"]["after"])
        self.year_range = (stop["calendar"]["year_min"], stop["calendar"]["year_max"])
        self.max_digits = stop["code"].get("max_digits", 16)
        self.article = stop["article"]
        self.pattern = self._compile(chars, num_path, num_raw)

    def _compile(self, chars, path, raw) -> re.Pattern[str]:
        digit = "0-9０-９"
        mult = "".join(MULTIPLIERS)
        arabic = f"[{digit}]+(?:[,，][{digit}]{{3}}(?![{digit}]))*(?:[.．][{digit}]+)?"
        approx = re.escape("".join(self.inner_approx))
        arabic_num = f"{arabic}(?:[{approx}]?[{mult}]+(?:零?{arabic}[{mult}]*)*)?"
        chinese = f"[{re.escape(chars['chinese_start'])}][{re.escape(chars['chinese_more'])}]*"
        number = f"(?:{arabic_num}|{chinese})(?:[{approx}][万亿萬億]*)?"
        words = "|".join(map(re.escape, sorted(self.words, key=len, reverse=True)))
        sign = f"(?:负|(?<![{digit}])[-−－](?=[{digit}]))"
        # 百分之, 千万分之: bounded, so a run of 万万万… is not rescanned at every position
        pattern = f"(?P<word>{words})|(?P<pre>[{PER_CHARS}]{{1,4}}分之)?(?P<neg>{sign})?(?P<num>{number})"
        # A one-character class that every candidate starts with: re scans for it
        # in C, and the full pattern is only tried where it can match.
        starts = set(digit.replace("0-9", "0123456789").replace("０-９", "０１２３４５６７８９"))
        starts |= set(chars["chinese_start"]) | set("负-−－") | set(PER_CHARS) | {w[0] for w in self.words}
        self.first_chars = re.compile("[" + "".join(sorted(map(re.escape, starts))) + "]")
        # built from the rule data, not written in a rule file: the standard `re` is
        # the fastest for the per-candidate match of the hot path
        return re.compile(pattern)

    # ---- unit and qualifier lookups ------------------------------------------------
    def unit_at(self, text: str, pos: int, arabic: bool) -> Unit | None:
        for unit in self.units.get(text[pos : pos + 1], ()):
            f = unit.form
            if not text.startswith(f, pos):
                continue
            if f[-1] in LATIN and text[pos + len(f) : pos + len(f) + 1] in LATIN and pos + len(f) < len(text):
                continue  # 5GW yes, 5Gbps no
            if unit.numerals == "arabic" and not arabic:
                continue
            if unit.numerals == "chinese" and arabic:
                continue
            if unit.not_before and any(text.startswith(x, pos + len(f)) for x in unit.not_before):
                continue
            if unit.context_before and not any(w in text[max(0, pos - 14) : pos] for w in unit.context_before):
                continue
            return unit
        return None

    def qualifier_before(self, text: str, start: int) -> tuple[str | None, int]:
        hit = self.before_qualifiers.ending_at(text, start)
        return (hit[1], start - len(hit[0])) if hit else (None, start)

    def qualifier_after(self, text: str, end: int) -> tuple[str | None, int]:
        for word, q in self.after_qualifiers:
            if text.startswith(word, end):
                after = text[end + len(word) : end + len(word) + 3]
                if any(after.startswith(x) for x in self.after_not_followed.get(word, ())):
                    continue
                return q, end + len(word)
        return None, end

    # ---- the scan ------------------------------------------------------------------
    def find(self, original: str, view: TextView | None = None) -> list[Quantity]:
        """All quantities of ``original``, in text order, offsets into ``original``.

        ``view`` is the layout-joined view of ``original`` when the caller has it.
        """
        view = view or TextView(original)
        text = view.text
        out: list[Quantity] = []
        phrase_spans = PhraseSpans(self.phrases.finditer(text))
        pos = 0
        first, match = self.first_chars.search, self.pattern.match
        while True:
            f = first(text, pos)
            if f is None:
                break
            m = match(text, f.start())
            if m is None:
                pos = f.end()
                continue
            q, end = self._read(text, m, phrase_spans)
            pos = max(end, m.end())
            if q is None:
                continue
            q.jstart, q.jend = q.start, q.end
            q.start, q.end = view.to_original(q.start), view.to_original_end(q.end)
            q.text = original[q.start : q.end]
            out.append(q)
        return out

    def _read(self, text: str, m: re.Match, phrase_spans) -> tuple[Quantity | None, int]:
        """Read one candidate; return (quantity or None, where scanning resumes)."""
        start = m.start()
        if m.group("word"):
            w = self.words[m.group("word")]
            end = m.end()
            qualifier, end = self.qualifier_after(text, end) if not w.get("qualifier") else (w["qualifier"], end)
            unit = self.unit_at(w["unit"], 0, True)
            value = Decimal(str(w["value"]))
            if self._in_phrase(start, end, phrase_spans):
                return None, m.end()
            return self._make(text, start, end, value, None, unit, qualifier), end
        numeral = m.group("num")
        arabic = numeral[0].isdigit()
        num_start = m.start("num")
        num_end = m.end("num")
        # 618万千瓦: give back trailing 千/百 when a longer unit starts there
        unit, unit_pos = self.unit_at(text, num_end, arabic), num_end
        for k in (1, 2):
            cut = num_end - k
            if cut <= num_start or text[cut] not in "千百":
                break
            u = self.unit_at(text, cut, arabic or text[cut - 1] in "万亿")
            if u and (unit is None or len(u.form) > len(unit.form)):
                unit, unit_pos = u, cut
            if text[cut - 1] not in "千百十万亿":
                break
        numeral = text[num_start:unit_pos]
        end = unit_pos + (len(unit.form) if unit else 0)
        if unit is None and not arabic and not m.group("pre") and not text.startswith("分之", unit_pos):
            # 统一, 一体化, 十四五: Chinese numerals without a unit are never quantities,
            # unless a later number of a list gives the unit (三、四十万 is rare enough)
            if text[unit_pos : unit_pos + 1] not in self.range_first or not self._range(text, unit_pos, arabic):
                return None, m.end()
        if sum(c.isdigit() for c in numeral) > self.max_digits:
            return None, m.end()  # an identifier or a digit dump, not an amount
        if numeral in self.financial and not m.group("pre"):
            return None, m.end()  # 陆家嘴, 拾起: a financial digit alone is a word (仟分之贰 is not)
        value, high = self._value(numeral)
        while value is None and not arabic and len(numeral) > 1 and numeral[-1] in "百千万亿":
            # 百分之七十百分位: the numeral ran into a word; give the last character back
            numeral = numeral[:-1]
            unit_pos = num_start + len(numeral)
            unit = self.unit_at(text, unit_pos, False)
            end = unit_pos + (len(unit.form) if unit else 0)
            value, high = self._value(numeral)
        if value is None or abs(value) >= LARGEST:
            return None, m.end()  # not a numeral, or 1万万万万…: beyond any amount
        # 三分之一: a fraction written in Chinese
        if unit is None and text.startswith("分之", unit_pos) and not m.group("pre"):
            m2 = self.pattern.match(text, unit_pos + 2)
            if m2 and m2.group("num"):
                try:
                    frac = parse_decimal(f"{numeral}分之{m2.group('num')}") * 100
                except ValueError:
                    return None, m.end()
                unit = self.unit_at("%", 0, True)
                end = m2.end()
                q_after, end = self.qualifier_after(text, end)
                return self._make(text, start, end, frac, None, unit, q_after), end
        # 1/4: a share written as an Arabic fraction (not a date such as 12/27 or 2021/12/27)
        if unit is None and arabic and text.startswith("/", unit_pos) and numeral.isdigit():
            fm = ARABIC_FRACTION.match(text, unit_pos)
            if fm and int(numeral) < int(fm.group(1)) <= 100 and not m.group("neg"):
                unit = self.unit_at("%", 0, True)
                end = fm.end()
                q_after, end = self.qualifier_after(text, end)
                frac = Decimal(numeral) / Decimal(fm.group(1)) * 100
                if self._in_phrase(start, end, phrase_spans) or (start and text[start - 1] in "/."):
                    return None, end
                return self._make(text, start, end, frac, None, unit, q_after), end
        # ranges: 3至5万元, 3—5万元, 20%—30%
        if high is None and value is not None:
            rng = self._range(text, end if unit else unit_pos, arabic, start)
            if rng:
                (high_m, high_numeral) = rng
                high_value, _ = self._value(high_numeral)
                high_unit_pos = high_m.end("num")
                high_unit = self.unit_at(text, high_unit_pos, high_numeral[0].isdigit())
                if high_value is not None and (unit is None or high_unit is None or high_unit.dimension == unit.dimension):
                    if unit is None and high_unit is not None:
                        unit = high_unit
                    elif high_unit is not None and high_unit.form != unit.form:
                        high_value = high_value * high_unit.factor / unit.factor  # 500米至2公里: 2000 米
                    # 3至5万: the multiplier written once belongs to both ends (not 8000至1万)
                    low_mult = self._trailing_multiplier(numeral)
                    high_mult = self._trailing_multiplier(high_numeral)
                    if low_mult == 1 and high_mult != 1 and value * high_mult <= high_value:
                        value *= high_mult
                    high = high_value
                    end = high_unit_pos + (len(high_unit.form) if high_unit else 0)
        if m.group("pre"):  # 百分之三十 (30 %), 千分之五 (5 ‰), 万分之三 (0.03 %)
            denominator = multiplier_value(m.group("pre")[:-2])
            if denominator == 1000:
                unit = self.unit_at("‰", 0, True)
            else:
                unit = self.unit_at("%", 0, True)
                value = value * 100 / denominator
                high = None if high is None else high * 100 / denominator
        if m.group("neg") or (unit is not None and unit.dimension == "temperature" and text.endswith("零下", 0, start)):
            value = -value  # 负3.5, -2%, 零下5摄氏度
        # 一吨半, 两个半小时, 三成半: a half after the unit
        if unit is not None and text.startswith("半", end):
            after_half = self.unit_at(text, end + 1, arabic) if unit.form == "个" else None
            half = None
            if after_half is not None:
                unit, end, half = after_half, end + 1 + len(after_half.form), True
            elif unit.form != "个" and not text.startswith(("半年", "半月", "半导体", "半岛"), end):
                end, half = end + 1, True
            if half and high is not None:
                high += Decimal("0.5")  # 3至5公斤半: the half is the high end's
            elif half:
                value += Decimal("0.5")
        # 多/余/几 inside the numeral: 一百多辆, 2600多万套, 十几万人
        qualifier = "more_than" if any(c in numeral for c in self.inner_approx) else None
        q_after, end = self.qualifier_after(text, end)
        qualifier = q_after or qualifier
        if not self._accept(text, start, end, unit, unit_pos, numeral, value, arabic, phrase_spans):
            return None, max(m.end(), end)
        return self._make(text, start, end, value, high, unit, qualifier), end

    @staticmethod
    def _trailing_multiplier(numeral: str) -> Decimal:
        """5万 → 10**4, 3万亿 → 10**12, 35 → 1: the big multipliers a numeral ends with."""
        rest = numeral.rstrip("万亿萬億")
        return multiplier_value(numeral[len(rest):])

    def _range(self, text: str, pos: int, arabic: bool, start: int | None = None):
        if start is not None and start and text[start - 1] in "从由":
            return None  # 从3万亿到4万亿: a change from one level to another, two quantities
        for sep in self.range_separators:
            if text.startswith(sep, pos):
                m2 = self.pattern.match(text, pos + len(sep))
                if m2 and m2.group("num") and not m2.group("pre") and not m2.group("neg"):
                    if m2.group("num")[0].isdigit() == arabic:
                        return m2, m2.group("num")
        return None

    @lru_cache(maxsize=8192)  # noqa: B019 -- the finder lives as long as the process anyway
    def _value(self, numeral: str) -> tuple[Decimal | None, Decimal | None]:
        """Value of a numeral (and the high end of 三四十万-style ranges); None if it is none."""
        plain = numeral.translate(self.drop_approx)
        try:
            if plain and plain[0] in CHINESE_DIGIT_VALUES and len(plain) >= 2 and plain[1] in CHINESE_DIGIT_VALUES:
                rng = self._chinese_adjacent_range(plain)
                if rng:
                    return rng
            return parse_decimal(plain.translate(FULLWIDTH)), None
        except ValueError:
            return None, None

    def _chinese_adjacent_range(self, s: str) -> tuple[Decimal, Decimal] | None:
        """三四十万 → (300000, 400000); 七八 → (7, 8): two neighbouring digits are a range."""
        d1, d2 = CHINESE_DIGIT_VALUES.get(s[0]), CHINESE_DIGIT_VALUES.get(s[1])
        if d1 and d2 and d2 == d1 + 1:
            rest = s[2:]
            return parse_chinese(s[0] + rest) if rest else Decimal(d1), parse_chinese(s[1] + rest) if rest else Decimal(d2)
        return None

    @staticmethod
    def _in_phrase(start: int, end: int, phrase_spans: "PhraseSpans") -> bool:
        return phrase_spans.overlaps(start, end)

    def _accept(self, text, start, end, unit, unit_pos, numeral, value, arabic, phrase_spans) -> bool:
        """The §2 filters: is this candidate a quantity at all?"""
        before = text[start - 1] if start else ""
        after = text[end : end + 1]
        if self.not_a_count_after.ending_at(text, start):
            return False  # 第七届, 连续两年
        if before in LATIN or (unit is None and after in LATIN) or (unit is None and text[unit_pos:unit_pos + 1] in LATIN):
            return False  # G30, 5G, 5A级, M2
        if before in self.formula_before or after in self.formula_after:
            return False  # ×100%
        if before and before in self.url_before or after and after in self.url_after:
            return False  # ?id=2021, /2021/
        if unit is not None and unit.form == "%" and after and after in self.url_percent:
            return False  # %E5%8C: percent-encoding
        if before and before in self.quote_open and after and after in self.quote_close:
            return False  # “十四五”, “1246”
        if self._in_phrase(start, end, phrase_spans):
            return False
        if unit is None:
            return self._accept_bare(text, start, end, unit_pos, numeral, arabic)
        if unit.dimension == "count" and self._is_label_count(text, start, end, arabic):
            return False
        if unit.cue == "date":
            return False
        if unit.form.startswith("年") and self._is_year(numeral):
            return False
        if unit.cue == "duration":
            qualifier_start = self.qualifier_before(text, start)[1]
            attributive = self.duration_attributive and text.startswith(self.duration_attributive, end)
            if not (self.duration_cues.ending_at(text, qualifier_start) or attributive):
                return False
            if any(text.startswith(w, end) for w in self.duration_not_after):
                return False
        if unit.dimension == "count" and value == self.article["value"] and not (arabic and self.article["chinese_only"]):
            return False  # 一个, 一批: an article, not a count
        return True

    def _is_year(self, numeral: str) -> bool:
        if numeral.isdigit() and len(numeral) == 4:
            return self.year_range[0] <= int(numeral) <= self.year_range[1]
        return len(numeral) == 4 and all(c in "〇零一二三四五六七八九" for c in numeral)

    def _is_label_count(self, text: str, start: int, end: int, arabic: bool) -> bool:
        """“六个翻番”, 三个“十条”, 十个突出亮点：一是…: counts that name, not measure."""
        lab = self.label
        if lab.get("after_open_quote") and start and text[start - 1] in self.quote_open:
            return True
        if lab.get("before_open_quote") and text[end : end + 1] in self.quote_open and text[end : end + 1]:
            return True
        marks = lab.get("list_header_marks")
        if marks and not arabic:
            i = end
            while i < len(text) and i - end < 20 and text[i] not in "，,。；;！？\n":
                if text[i] in marks:
                    return True
                i += 1
        return False

    def _accept_bare(self, text: str, start: int, end: int, num_end: int, numeral: str, arabic: bool) -> bool:
        """A number without a unit: only with a multiplier, or a decimal in a ratio or after a cue."""
        if not arabic:
            return False
        if text.startswith(self.bare_not_before, end):
            return False
        if any(c in numeral for c in "十百千万亿萬億"):
            return True  # 13.68万亿, 6800多万
        if "." not in numeral and "．" not in numeral:
            return False
        near_ratio = text[start - 1 : start] in self.ratio_marks or text[num_end : num_end + 1] in self.ratio_marks
        return near_ratio or self.bare_cues.ending_at(text, start) is not None

    def _make(self, text, start, end, value: Decimal, high, unit: Unit | None, qualifier) -> Quantity:
        """The quantity, with value and high as written and the value normalized (§4)."""
        if qualifier is None:
            qualifier = self.qualifier_before(text, start)[0]
        if unit is None:
            v = as_number(value)
            return Quantity(text[start:end], start, end, v, None, v, None, None, qualifier,
                            None if high is None else as_number(high))
        value = value * unit.value_factor
        norm = value if unit.factor == 1 else round_norm(value * unit.factor)
        high = None if high is None else as_number(high * unit.value_factor)
        return Quantity(text[start:end], start, end, as_number(value), unit.unit, as_number(norm),
                        unit.norm_unit, unit.dimension, qualifier, high)


class PhraseSpans:
    """Spans of stop phrases in a text, sorted, for overlap tests by bisection."""

    __slots__ = ("starts", "ends")

    def __init__(self, matches):
        spans = [(m.start(), m.end()) for m in matches]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # last phrase starting before `end`
        while i >= 0:
            if self.ends[i] > start:
                return True
            if self.starts[i] < start - 40:  # phrases are short: no need to look further back
                return False
            i -= 1
        return False


def round_norm(d: Decimal) -> Decimal:
    """Trim binary-float noise from factors such as 10000/15 (12 significant digits)."""
    if d == 0:
        return d
    return Decimal(format(d, ".12g"))


@lru_cache(maxsize=1)
def finder() -> QuantityFinder:
    """The finder of the rules in use, built once per process."""
    return QuantityFinder()


def find_quantities(text: str, view: TextView | None = None) -> list[Quantity]:
    """Every quantity of ``text`` (facts.md §2-§5), in text order.

    The rules are those shipped, or the folder ``$JQEXTRACT_RULES`` names (both
    stages read the same folder that way).
    """
    return finder().find(text, view)
