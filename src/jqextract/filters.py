"""The facts.md §2 filters: is a candidate numeral a quantity at all?

Each filter is one small method that names one reason a number is not a
fact, with its examples; :meth:`QuantityFilters.refusal` tries them in order
and names the first that refuses, which ``jqextract units --check`` shows.
The words each filter needs come from ``stoplist.toml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rules import WordSet

if TYPE_CHECKING:
    from .quantities import Candidate, PhraseSpans, QuantityFinder
    from .rules import Rules

LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def ANY(unit) -> bool:
    return True


class QuantityFilters:
    """The refusals of ``stoplist.toml``, in the order they are tried."""

    def __init__(self, rules: Rules, finder: QuantityFinder):
        stop = rules.stoplist
        self.finder = finder
        self.not_a_count_after = WordSet(stop.ordinal.before + stop.streak.before)
        self.duration_cues = WordSet(stop.duration.cues)
        self.duration_not_after = tuple(sorted(set(stop.duration.not_after), key=len, reverse=True))
        self.duration_attributive = stop.duration.attributive
        self.bare_cues = WordSet(stop.bare.cues)
        self.ratio_marks = set(stop.bare.ratio_marks)
        self.bare_not_before = tuple(stop.bare.not_before)
        self.label = stop.label
        self.clause_stops = rules.text.ends.sentence + rules.text.ends.clause + "\n"
        self.quote_open, self.quote_close = stop.quoted.open, stop.quoted.close
        self.url = stop.url
        self.formula_before, self.formula_after = set(stop.formula.before), set(stop.formula.after)
        self.year_min, self.year_max = stop.calendar.year_min, stop.calendar.year_max
        self.max_digits = stop.code.max_digits
        self.article = stop.article
        self.multipliers = "".join(rules.numerals.chars.multipliers)
        self.year_digits = frozenset(rules.numerals.chars.digits) - {"两"}
        # (name, filter, which units it applies to), in the order they are tried
        self.order = (
            ("rank or streak", self.is_rank_or_streak, ANY),
            ("code or name", self.is_code, ANY),
            ("formula constant", self.is_formula, ANY),
            ("web address", self.is_url, ANY),
            ("quoted name", self.is_quoted_name, ANY),
            ("set phrase", self.in_set_phrase, ANY),
            ("bare number", self.is_bare_non_amount, lambda u: u is None),
            ("label count", self.is_label_count, lambda u: u is not None and u.dimension == "count"),
            ("date", self.is_date, lambda u: u is not None and u.cue == "date"),
            ("year", self.is_year, lambda u: u is not None and u.form.startswith("年")),
            ("duration without a cue", self.is_window, lambda u: u is not None and u.cue == "duration"),
            ("article", self.is_article, lambda u: u is not None and u.dimension == "count"),
        )
        self._for_unit: dict = {}

    def accept(self, c: Candidate, phrase_spans: PhraseSpans) -> bool:
        return self.refusal(c, phrase_spans) is None

    def refusal(self, c: Candidate, phrase_spans: PhraseSpans) -> str | None:
        """The name of the first filter that refuses ``c``, or None for a quantity."""
        self._phrase_spans = phrase_spans
        for name, refuses in self.applicable(c.unit):
            if refuses(c):
                return name
        return None

    def applicable(self, unit) -> tuple:
        """The filters that can refuse a candidate with this unit (worked out once per unit:
        the hot path asks for every candidate)."""
        found = self._for_unit.get(unit)
        if found is None:
            found = self._for_unit[unit] = tuple((name, f) for name, f, applies in self.order if applies(unit))
        return found

    # ---- one reason each ---------------------------------------------------------
    def is_rank_or_streak(self, c: Candidate) -> bool:
        """第七届, 全省第二, 连续两年: a number after 第 or 连续 is a rank or a streak."""
        return self.not_a_count_after.ending_at(c.text, c.start) is not None

    def is_code(self, c: Candidate) -> bool:
        """G30, S10, 5G, 5A级, M2: a number touching a Latin letter (with no unit between)."""
        if c.before in LATIN:
            return True
        return c.unit is None and (c.after in LATIN or c.text[c.unit_pos : c.unit_pos + 1] in LATIN)

    def is_formula(self, c: Candidate) -> bool:
        """×100%, 360×: constants of formulas and definitions."""
        return c.before in self.formula_before or c.after in self.formula_after

    def is_url(self, c: Candidate) -> bool:
        """?id=2021, /2021/, %E5%8C: parts of web addresses left in scraped text."""
        if (c.before and c.before in self.url.before) or (c.after and c.after in self.url.after):
            return True
        return c.unit is not None and c.unit.form == "%" and bool(c.after) and c.after in self.url.percent_then

    def is_quoted_name(self, c: Candidate) -> bool:
        """“十四五”, “1246”: a numeral that fills a pair of quotes is a name."""
        return bool(c.before) and c.before in self.quote_open and bool(c.after) and c.after in self.quote_close

    def in_set_phrase(self, c: Candidate) -> bool:
        """一步之遥, 一带一路, 十八连丰: numerals inside idioms and set phrases."""
        return self._phrase_spans.overlaps(c.start, c.end)

    def is_bare_non_amount(self, c: Candidate) -> bool:
        """A number without a unit is an amount only with a multiplier (13.68万亿) or as a
        decimal in a ratio or after a cue (性别比为105.07); never before 之路, 大关 …"""
        if c.unit is not None:
            return False
        if not c.arabic or c.text.startswith(self.bare_not_before, c.end):
            return True
        if any(ch in c.numeral for ch in self.multipliers):
            return False
        if "." not in c.numeral and "．" not in c.numeral:
            return True
        near_ratio = c.before in self.ratio_marks or c.text[c.unit_pos : c.unit_pos + 1] in self.ratio_marks
        return not (near_ratio or self.bare_cues.ending_at(c.text, c.start) is not None)

    def is_label_count(self, c: Candidate) -> bool:
        """“六个翻番”, 三个“十条”, 十个突出亮点：一是…: counts that name, not measure."""
        if c.unit is None or c.unit.dimension != "count":
            return False
        lab = self.label
        if lab.after_open_quote and c.start and c.before in self.quote_open:
            return True
        if lab.before_open_quote and c.after and c.after in self.quote_open:
            return True
        if not lab.list_header_marks or c.arabic:
            return False
        text, i = c.text, c.end
        while i < len(text) and i - c.end < 20 and text[i] not in self.clause_stops:
            i += 1
        return text[i : i + 1] in lab.list_header_marks

    def is_date(self, c: Candidate) -> bool:
        """11月, 30日, 三季度: calendar units are never facts."""
        return c.unit is not None and c.unit.cue == "date"

    def is_year(self, c: Candidate) -> bool:
        """2024年, 二〇二四年: four digits before 年 are a year, whatever the context."""
        if c.unit is None or not c.unit.form.startswith("年"):
            return False
        n = c.numeral
        if n.isdigit() and len(n) == 4:
            return self.year_min <= int(n) <= self.year_max
        return len(n) == 4 and all(ch in self.year_digits for ch in n)

    def is_window(self, c: Candidate) -> bool:
        """五年来, 三年后, 近十年: a duration is the measured amount only after a cue
        (增加24天, 期限3年) or before 的 + the noun it measures (66年的历史)."""
        if c.unit is None or c.unit.cue != "duration":
            return False
        qualifier_start = self.finder.qualifier_before(c.text, c.start)[1]
        attributive = self.duration_attributive and c.text.startswith(self.duration_attributive, c.end)
        if not (self.duration_cues.ending_at(c.text, qualifier_start) or attributive):
            return True
        return c.text.startswith(self.duration_not_after, c.end)

    def is_article(self, c: Candidate) -> bool:
        """一个, 一批, 唯一一个: 一 with a classifier is an article, not a count of one."""
        if c.unit is None or c.unit.dimension != "count":
            return False
        return c.value == self.article.value and not (c.arabic and self.article.chinese_only)
