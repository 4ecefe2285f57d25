"""Stage 2: text → quantities.

Finds every numeral with one regular-expression pass over the layout-joined
view, then decides in Python, from the rule data in ``rules/``, what unit
follows it, which qualifier applies, and whether it is a quantity at all
(facts.md §2-§5). The regular expression only ever matches forward over
numeral characters, so it is linear in the input; everything contextual
(dates, codes, idioms, cues) is a lookup around a match.

One candidate is read by a fixed sequence of small readers (:meth:`QuantityFinder.read`),
each of which looks at one thing: the unit, the value, a fraction, a range, a
percent prefix, the sign, a half, the qualifier; the filters of
:mod:`jqextract.filters` then decide whether it is a quantity at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .filters import QuantityFilters
from .numbers import LARGEST, WAN, NotANumber, NumeralReader, as_number
from .rules import EdgeMatcher, WordSet, compile_regex, compile_words, longest_first
from .text import BRACKET_CLOSERS, BRACKET_OPENERS

if TYPE_CHECKING:
    from .rules import Rules
    from .text import TextView

ARABIC_FRACTION = re.compile(r"/([1-9][0-9]?|100)(?![0-9./])")
LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
SPACES = " \u3000"  # (around a range's dash: 36℃ — 37℃)
QUALIFIERS = ("approx", "more_than", "less_than")
ADJACENT_REACH = 6  # characters before a range of neighbouring digits where its wind is named (偏北风，|1、2级)
RANGE_CLAUSE_MARKS = "，,。；;：:、"  # a change verb before one of these is another clause's
QUANTITY_FIELDS = ("text", "start", "end", "value", "unit", "norm_value", "norm_unit", "dimension", "qualifier", "high", "per")


@dataclass(slots=True)
class Quantity:
    """One quantity in the text, before a subject is attached (facts.md §3-§5).

    ``jstart``/``jend`` are its offsets in the layout-joined view,
    ``qualifier_start`` where a qualifier word before it (约, 超过) begins there and
    ``prefix_start`` where words that belong to it begin (每吨 of 每吨800元; else
    ``jstart``): what the subject stage needs, so it never reads the quantity rules again.
    """

    text: str
    start: int
    end: int
    value: int | float
    unit: str | None
    norm_value: int | float | None
    norm_unit: str | None
    dimension: str | None = None
    qualifier: str | None = None
    high: int | float | None = None
    per: str | None = None  # the denominator of a rate, as written (元/斤 → 斤, 每吨 → 吨)
    jstart: int = 0
    jend: int = 0
    qualifier_start: int = 0
    prefix_start: int = 0  # where words that belong to it begin (每吨 of 为每吨800元), after its qualifier

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
    context_after: tuple[str, ...] = ()  # 级 is a scale before 大风, 地震 …
    tally: bool = False  # 88金64银52铜: a unit only beside another tally
    tenths: bool = False  # 七五折: the numeral in tenths
    offset: Decimal = Decimal(0)  # 华氏度: (value + offset) × factor
    context_in_clause: bool = False  # 起 counts incidents only after 事故 … in its own clause
    class_before: tuple[str, ...] = ()  # 10千伏|线路: before these the quantity names a class
    not_before_re: re.Pattern[str] | None = None  # 3分|27秒: a pattern the unit may not stand before
    class_not_before: tuple[str, ...] = ()  # 3万斤|装车: …but not before these
    tally_alone_after: tuple[str, ...] = ()  # 各取两金: a tally mark alone after a verb of winning…
    tally_alone_before: tuple[str, ...] = ()  # …where the clause or a list goes on after it
    not_after: tuple[str, ...] = ()  # 记|三分: words right before the number that make it no unit there
    context_adjacent: bool = False  # 北纬|21.8度: context_before only right before the number
    context_listed: bool = False  # 8-10级和10-12级|大风: a reading of the unit beside it lends its context
    context_after_re: re.Pattern[str] | None = None  # 20分|5板: a pattern right after the unit that is its context
    context_before_re: re.Pattern[str] | None = None  # 麥基(JaVale McGee)|11分: a pattern ending right before the number

    @property
    def has_context(self) -> bool:
        """Whether the form means this unit only where a context word or pattern is around it."""
        return bool(self.context_before or self.context_after or self.context_after_re or self.context_before_re)


def build_units(units, before_number: bool = False, source=None) -> dict[str, list[Unit]]:
    """The unit table of ``units.toml``, indexed by first character, longest form first
    (``before_number``: the forms written before the number instead, $3286億). ``source``
    names the file in the errors of its patterns."""
    by_first: dict[str, list[Unit]] = {}
    for i, entry in enumerate(units.unit):
        if entry.before_number != before_number:
            continue
        factor, value_factor = Decimal(str(entry.factor)), Decimal(str(entry.value_factor))
        where = source.at(("unit", i, "not_before_pattern"), entry.not_before_pattern) if source else None
        not_before_re = compile_regex(entry.not_before_pattern, where) if entry.not_before_pattern else None
        where = source.at(("unit", i, "context_after_pattern"), entry.context_after_pattern) if source else None
        context_after_re = compile_regex(entry.context_after_pattern, where) if entry.context_after_pattern else None
        where = source.at(("unit", i, "context_before_pattern"), entry.context_before_pattern) if source else None
        context_before_re = compile_regex(entry.context_before_pattern, where) if entry.context_before_pattern else None
        for form in entry.forms:
            norm = entry.norm_unit or units.canonical[entry.dimension]
            if norm == "*":
                norm = entry.unit or form
            unit = Unit(form, entry.dimension, factor, norm, entry.unit or form, value_factor, entry.numerals,
                        entry.cue, tuple(entry.not_before), tuple(entry.context_before), tuple(entry.context_after),
                        entry.tally, entry.tenths, Decimal(str(entry.offset)), entry.context_in_clause,
                        tuple(entry.class_before), not_before_re, tuple(entry.class_not_before), tuple(entry.tally_alone_after), tuple(entry.tally_alone_before),
                        tuple(entry.not_after), entry.context_adjacent, entry.context_listed, context_after_re, context_before_re)
            by_first.setdefault(form[0], []).append(unit)
    for forms in by_first.values():
        forms.sort(key=lambda u: (-len(u.form), not u.has_context))
    return by_first


@dataclass(slots=True)
class Candidate:
    """What is known of one numeral while the readers work on it (joined-view offsets)."""

    text: str
    m: re.Match
    start: int
    numeral: str
    arabic: bool
    num_start: int
    unit: Unit | None = None
    unit_pos: int = 0  # where the unit starts (the end of the numeral as read)
    end: int = 0
    value: Decimal | None = None
    high: Decimal | None = None
    qualifier: str | None = None
    per: str | None = None
    left: int | None = None  # where the words that belong to the quantity start (每吨 of 每吨800元)
    bare: bool = False  # 逾千億元: a multiplier alone (read_bare)
    scale: Decimal = Decimal(1)  # 3.2、1.5亿元: the list's multiplier, written once after its last number
    before: str = ""  # the character before the candidate and after it, once its end is known
    after: str = ""

    def settle(self) -> None:
        """Fix ``before``/``after`` for the filters (read once, asked many times)."""
        self.before = self.text[self.start - 1] if self.start else ""
        self.after = self.text[self.end : self.end + 1]


WHITE = re.compile(r"\s+")
CONTEXT_BEFORE_REACH = 40  # characters before a unit that a context_before_pattern may span
RANGE_TAIL = "0123456789.—–-~～∼至到"  # what may stand before a range's high end
LISTED_REACH, LISTED_STEPS = 40, 3  # how far back, and through how many readings, a listed one finds its context
# past LISTED_NEAR characters, only across places listed or named as areas (香港、澳门等局地14—17级, 沿海和高山地区可达9至10级)
LISTED_NEAR, PLACE_LISTS = 12, re.compile("[、等]|地区|沿海|局部|局地|海区|海域|海峡|半岛|山区|山口|高山")
# 8-10级|和10-12级|大风: a joiner and another number (or range) of the same unit, after a unit
LISTED_AFTER = re.compile(r"[和、及与與或]\d+(?:\.\d+)?(?:[-~～至到]\d+(?:\.\d+)?)?")
CELL_OPENERS = (" ", "\t", "\u3000", "+", "-")  # what a table's cell opens after (read_header_unit)
HEADER_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]$")  # 成交额(亿美元): a column's unit, in brackets at its header's end
SHARED_SCALE_SPREAD = Decimal(20)  # how many times the list's last number a scaled one may be
MAX_ASIDE = 16  # characters an aside after a unit may run to (个别12级, 32米/秒)


def units_as_written(view: TextView, q: Quantity, reach: int = 40) -> None:
    """facts.md §4: ``unit`` and ``per`` as written. The stages read a traditional text
    through its simplified view (個 → 个), so each is given back in the text's own script
    (個百分點, 公噸, 每公升 → 公升): from inside the quantity, else, for a ``per`` written
    apart (每公升上調0.12元), from the nearest place within ``reach`` characters before it.
    A unit with no form of its own in the text (百分之五 → %) stays as named."""
    for name in ("unit", "per"):
        value = getattr(q, name)
        if not value:
            continue
        at = view.text.rfind(value, q.jstart, q.jend)
        if at < 0 and name == "per":
            at = view.text.rfind(value, max(0, q.jstart - reach), q.jstart)
        if at >= 0:
            setattr(q, name, WHITE.sub("", view.original_span(at, at + len(value))))


LONGER_TIME_MARKS = "分时′'"  # (2分|04秒, 1′|44秒)
MAX_RACE_TIME = 24  # characters: the longest race time read (99小时59分59秒99 and what it may not stand before)
ARABIC_TAIL = frozenset("0123456789０１２３４５６７８９.．%％")  # (after 9秒83: nothing of a number)


class QuantityFinder:
    """Finds quantities; built once from a :class:`~jqextract.rules.Rules`."""

    def __init__(self, rules: Rules, numerals: NumeralReader):
        self.numerals = numerals
        self.units = build_units(rules.units, source=rules.sources["units"])
        self.units_before = WordSet({u.form: u for us in build_units(rules.units, True, rules.sources["units"]).values() for u in us})
        self.local_currency = frozenset(f for u in rules.units.unit if u.local_currency for f in u.forms)
        rates = rules.units.rates
        self.slashes, self.each = frozenset(rates.slashes), tuple(rates.each)
        self.each_price, self.each_not_after = tuple(rates.each_price), frozenset(rates.each_not_after)
        where = rules.sources["units"].at(("rates", "exchange_base"), rates.exchange_base)
        self.exchange_base = compile_regex(rates.exchange_base, where) if rates.exchange_base else None
        self._unit_patterns(rules.units, rules.sources["units"])
        self.denominators = WordSet(rates.denominators)
        self.negative_before = {dim: tuple(words) for dim, words in rules.units.negative_before.items()}
        num = rules.numerals
        self.inner_approx = num.chars.inner_approx
        self.drop_approx = self.numerals.drop_approx  # (多, 余, 几, 来: the qualifier's, not the value's)
        self.inner_approx_chars = frozenset("".join(self.inner_approx))
        self.inner_about_chars = frozenset("".join(num.chars.inner_about))
        self._range_rules(num, rules.sources["numerals"])
        self.bare_after = WordSet(dict(num.bare.after))
        self.bare_not_after, self.bare_qualifier_only = WordSet(num.bare.not_after), frozenset(num.bare.qualifier_only)
        self._list_rules(num.lists, rules.sources["numerals"])
        ends = rules.text.ends
        self.clause_end = frozenset(ends.sentence + ends.clause + "\n")
        self.half, self.half_not_before = num.half.word, tuple(num.half.word + w for w in num.half.not_before)
        self.words = {w.text: w for w in num.word}
        self.financial = set(num.chars.financial)
        # 两 opens a range of two (两三成, 两三百) but is no digit of a number read digit by digit
        self.range_opening = {c: v for c, v in num.chars.digits.items() if 1 <= v <= 9}
        self.digit_values = {c: v for c, v in self.range_opening.items() if c != "两"}
        self.big_multipliers = "".join(k for k, v in num.chars.multipliers.items() if v >= 10**4)
        self.decimal_point = re.compile("|".join(map(re.escape, num.chars.decimal_points)) or "(?!)")  # 三点二六: a Chinese numeral's point
        # 618万千瓦, 100兆瓦, 三十两: numeral characters that begin a unit form are given back to it
        self.give_back = "".join(k for k in self.numerals.more_chars if k in self.units)
        self.mark_rank_cues = tuple(rules.stoplist.rank.mark_cues)  # 10秒30|列第二
        self.compounds = {c.unit: ({k: Decimal(str(v)) for k, v in c.parts.items()}, tuple(c.joiners), (c.more_decimals, c.decimals))
                          for c in rules.units.compound}
        self.max_length = num.limits.max_length
        self._qualifier_rules(rules.qualifiers)
        # 约|人民币|5亿元, 約|新台幣|八百億元: a currency's name may stand between a qualifier and the number
        self.currency_names = WordSet(rules.units.currency_names())
        self.scale_names = WordSet(rules.units.scale_names)  # 攝氏|28度: part of the quantity's prefix
        self.symbol_scales = WordSet(rules.units.symbol_scales)  # US$28.1|B
        self.phrases = compile_words(longest_first(rules.stoplist.phrases.list))
        self.filters = QuantityFilters(rules, self)
        self.refused = ""  # why the last candidate read was no quantity (see explain)
        self.pattern = self._compile(num)
        self.value_of = lru_cache(maxsize=8192)(self._values)

    def _list_rules(self, lists, source) -> None:
        """A unit written once after a list of numbers, and a percent's 百分之 written once before one (numerals.toml
        [lists])."""
        self.list_joiners, self.list_max = longest_first(lists.joiners), lists.max_items
        self.list_first = frozenset(j[0] for j in self.list_joiners)
        where = source.at(("lists", "after_percent"), lists.after_percent)
        self.after_percent = compile_regex(lists.after_percent, where) if lists.after_percent else None  # 百分之四點一及|二點六

    def _unit_patterns(self, units, source) -> None:
        """A race time's pattern, and a price's unit declared once for the bare prices after it
        (units.toml race_time, same_below…)."""
        race = units.race_time  # 2分08秒87: groups h, m, s, cc (matched on a slice, after its openers)
        self.race_time = EdgeMatcher(compile_regex(race, source.at(("race_time",), race))) if race else None
        below = units.same_below  # (119.3元/百斤|(下同))
        self.same_below = compile_regex(below, source.at(("same_below",), below)) if below else None
        self.same_below_cues, self.same_below_not = tuple(units.same_below_cues), tuple(units.same_below_not)  # 出库价|121.3
        self.same_below_links = units.same_below_links  # 收购价为|129.7

    def _qualifier_rules(self, qual) -> None:
        """The words before and after a quantity that set its qualifier (qualifiers.toml)."""
        before = {w: q for q in QUALIFIERS for w in getattr(qual.before, q)}
        before.update((w, "approx") for w in qual.before.approx_short)
        self.before_qualifiers = WordSet(before)
        self.not_qualifying = tuple(qual.not_qualifying)  # 英超|20家
        self.qualifier_word_ends = qual.word_ends  # 签约|120亿元
        self.after_qualifiers = sorted(((w, q) for q in QUALIFIERS for w in getattr(qual.after, q)), key=lambda wq: -len(wq[0]))
        self.after_first = frozenset(w[0] for w, _ in self.after_qualifiers)
        self.after_not_followed = qual.after_not_followed_by
        self.more_after_unit = frozenset(qual.more_after_unit.units)  # 一倍|多, 6年|多
        self.more_not_before = tuple(qual.more_after_unit.not_followed_by)  # 3年|多次

    def _range_rules(self, num, source) -> None:
        """How a range is told from two numbers (numerals.toml [range])."""
        self.range_separators = longest_first(num.chars.range_separators)
        self.range_first = {sep[0] for sep in self.range_separators}
        self.range_not_after = set(num.range.not_after)
        self.range_closers = tuple(num.range.closers)
        turn = num.range.turn_closer  # (由5至6級| 轉6-7級)
        self.turn_closer = compile_regex(turn, source.at(("range", "turn_closer"), turn)) if turn else None
        self.adjacent_mark, self.adjacent_units = num.range.adjacent_mark, frozenset(num.range.adjacent_units)  # 1、2级
        self.adjacent_context = tuple(num.range.adjacent_context)  # 偏北风，|1、2级
        self.change_before, self.max_ratio = WordSet(num.range.change_before), Decimal(str(num.range.max_ratio))
        self.max_ratio_unit_written = Decimal(str(num.range.max_ratio_unit_written))
        self.level_separators, self.object_reach = tuple(num.range.level_separators), num.range.object_reach
        self.change_noun_chars = num.range.change_noun_chars

    def _compile(self, num) -> re.Pattern[str]:
        """The one forward-only pattern that finds candidates (built from the rule data)."""
        digit = "0-9０-９"
        mult = "".join(num.chars.multipliers)
        # a thousands comma: "," anywhere, "，" only between full-width digits (４，５６５);
        # after ASCII digits it is the clause comma a Chinese keyboard types ($20，300美圆)
        thousands = "(?:,|(?<=[０-９])，(?=[０-９]))"
        # a space between groups of three (Hong Kong's 2 300人, SI style), only where the last
        # group runs into a Han character that is no multiplier: table cells are separated by
        # spaces too, and a model number may stand before a count (Mate 60 100万台); only from a run's first
        # group (not right after a digit or a digit and a space), so a long run of groups is scanned once
        spaced = "(?<![0-9])(?<![0-9][ \u00a0\u2009\u202f])[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?=[\u4e00-\u9fff])(?![万亿萬億兆千百])"
        arabic = f"(?:{spaced}|[{digit}]+(?:{thousands}[{digit}]{{3}}(?![{digit}]))*)(?:[.．][{digit}]+)?"
        approx = re.escape("".join(self.inner_approx))
        # after a multiplier: another multiplied part (1万2千, 1亿2000万), 零 and any part (2千零30万),
        # or a bare tail that fills places from the top: four digits, three or one (6萬1646, 1万800,
        # 1万5), four with a thousands comma (1萬9,538), four and a decimal part (an index level:
        # 2萬3145.87點); two would need 零 (390万|65岁以上 is two quantities)
        four = f"[{digit}]{{3,4}}|[{digit}]{thousands}[{digit}]{{3}}"
        tail = f"(?:零{arabic}[{mult}]*|{arabic}[{mult}]+|(?:{four})(?:[.．][{digit}]+)?(?![{digit}.．])|[{digit}](?![{digit}.．]))"
        arabic_num = f"{arabic}(?:[{approx}]?[{mult}]+{tail}*)?"
        start, more = self.numerals.start_chars, re.escape(self.numerals.more_chars)
        chinese = f"[{re.escape(start)}][{more}]*"
        fin = "".join(c for c in start if c in num.chars.financial)
        if num.chars.financial_not_after and fin:  # (中国大陆|三二三万人次, 登陆: a word's 陆, no six)
            plain = re.escape("".join(c for c in start if c not in fin))
            chinese = f"(?:[{plain}]|(?<![{re.escape(num.chars.financial_not_after)}])[{re.escape(fin)}])[{more}]*"
        if num.chars.fullwidth_points:  # 三．五％, 一．五公頃 (三．五项 is a list marker and a count)
            not_counts = re.escape(num.chars.fullwidth_points_not_before)
            decimals = f"[{re.escape(num.chars.fullwidth_points)}][{''.join(num.chars.digits)}]+[{re.escape(self.big_multipliers)}]?"  # (五十八‧六萬)
            chinese += f"(?:{decimals}(?![{not_counts}](?!百分)))?"  # (個百分點)
        approx += re.escape("".join(num.chars.inner_about))  # (十来块: after the numeral only)
        number = f"(?:{arabic_num}|{chinese})(?:[{approx}][{re.escape(self.big_multipliers)}]*)?"
        words = "|".join(map(re.escape, sorted(self.words, key=len, reverse=True)))
        signs = "|".join(map(re.escape, num.chars.negative))
        if num.chars.negative_not_after:  # (减负|237亿元: burden, not a sign)
            signs = f"(?<![{re.escape(num.chars.negative_not_after)}])(?:{signs})"
        minus = re.escape(num.chars.minus_signs)
        sign = f"(?:{signs}|(?<![{digit}])[{minus}](?=[{digit}]))"
        per_chars = re.escape(self.per_chars(num))
        # 百分之, 千万分之: bounded, so a run of 万万万… is not rescanned at every position
        bare = f"[{re.escape(self.big_and_hundreds(num))}]{{1,4}}"
        pattern = (f"(?P<word>{words})|(?P<pre>(?P<preneg>{sign})?[{per_chars}]{{1,4}}{re.escape(num.chars.fraction)})?(?P<neg>{sign})?(?P<num>{number})"
                   f"|(?P<bare>{bare})")
        # A one-character class that every candidate starts with: re scans for it
        # in C, and the full pattern is only tried where it can match.
        starts = set("0123456789０１２３４５６７８９") | set(self.numerals.start_chars) | set(num.chars.minus_signs)
        starts |= {w[0] for w in num.chars.negative} | set(self.per_chars(num)) | {w[0] for w in self.words}
        self.first_chars = re.compile("[" + "".join(sorted(map(re.escape, starts))) + "]")
        return re.compile(pattern)

    @staticmethod
    def big_and_hundreds(num) -> str:
        """百, 千, 万, 亿 …: the multipliers that may stand alone after 逾, 超, 上 (逾千億元)."""
        return "".join(k for k, v in num.chars.multipliers.items() if v >= 100)

    @staticmethod
    def per_chars(num) -> str:
        """百, 千, 万 …: the characters of 百分之, 千万分之 before 分之."""
        big = {k for k, v in num.chars.multipliers.items() if v >= 100}
        return "".join(sorted(big | {f for f, p in num.chars.financial.items() if p in big}))

    # ---- unit and qualifier lookups ------------------------------------------------
    def currency_named_at(self, text: str, pos: int) -> str | None:
        """The currency written at ``pos``, right after a 元 (人民币, 新台币), or None."""
        unit = self.unit_at(text, pos, True)
        return unit.norm_unit if unit is not None and unit.dimension == "money" and unit.form not in self.local_currency else None

    def unit_at(self, text: str, pos: int, arabic: bool) -> Unit | None:
        """The longest unit written at ``pos`` that fits what is around it."""
        for unit in self.units.get(text[pos : pos + 1], ()):
            if text.startswith(unit.form, pos) and self._unit_fits(unit, text, pos, arabic):
                return unit
        return None

    def _unit_fits(self, unit: Unit, text: str, pos: int, arabic: bool) -> bool:
        f = unit.form
        after = pos + len(f)
        if f[-1] in LATIN and text[after : after + 1] in LATIN and after < len(text):
            return False  # 5GW yes, 5Gbps no
        if (unit.numerals == "arabic" and not arabic) or (unit.numerals == "chinese" and arabic):
            return False
        if unit.not_before and any(text.startswith(x, after) for x in unit.not_before):
            return False
        if unit.not_before_re is not None and unit.not_before_re.match(text, after):
            return False  # (3分|27秒: minutes and seconds)
        if unit.not_after and text.endswith(unit.not_after, 0, self._number_start(text, pos)):
            return False  # (一记|三分: a shot)
        if not unit.has_context:
            return True
        if unit.context_after_re is not None and unit.context_after_re.match(text, after):
            return True  # (20分|5板: a box score's next line)
        if unit.context_before_re is not None and unit.context_before_re.search(text, max(0, pos - CONTEXT_BEFORE_REACH), self._number_start(text, pos)):
            return True  # (麥基(JaVale McGee)|11分: a player named in Latin letters)
        if unit.context_adjacent:  # (北纬|21.8度, not 北纬30度附近的气温…高1.5|度; 升值 2.2 分: a space between)
            return text.endswith(unit.context_before, 0, len(text[: self._number_start(text, pos)].rstrip(" ")))
        window = text[max(0, pos - 20) : pos]  # (跌1.25%至10523.47|点: a long number; 气温：…；上海30|度)
        if unit.context_in_clause:  # (火灾12起，售价25万|起: 起 asks its own clause, text.toml's ends)
            window = window[max(window.rfind(c) for c in self.clause_end) + 1 :]
        if any(w in window for w in unit.context_before):
            return True
        if self._context_right_after(unit, text, after) or self._context_past_aside(unit, text, after):
            return True
        return unit.context_listed and self._context_of_listed(unit, f, text, pos, after)

    @staticmethod
    def _context_right_after(unit: Unit, text: str, after: int) -> bool:
        """A context word within four characters after the unit (12级|大风, 10~11级|瞬时大风)."""
        return any(w in text[after : after + 4 + len(w)] for w in unit.context_after)

    def _context_of_listed(self, unit: Unit, f: str, text: str, pos: int, after: int) -> bool:
        """8-10级和10-12级|大风, 风力…12-14级，局部可达15-16级: a reading of the same unit joined
        after it, or written before it in its sentence, lends it its context; 最大阵风有8—11级，…部分地区有
        12—13级，…局地14—17级: through the readings between, each at most LISTED_REACH characters
        before the next with no other number between, and past LISTED_NEAR only across places listed
        (thirty-fifth session, probe 183 and its review); the earlier reading's context may follow it
        (出现10~11级瞬时大风，其中…沿海12~14级: thirty-ninth session, probe 212)."""
        listed = LISTED_AFTER.match(text, after)
        if listed is not None and text.startswith(f, listed.end()):
            return self._context_right_after(unit, text, listed.end() + len(f))
        for _ in range(LISTED_STEPS):
            start = self._number_start(text, pos)
            before = text.rfind(f, max(0, pos - LISTED_REACH), start)
            if before <= 0 or not self._listed_reading(f, text, before, start):
                return False
            if any(w in text[max(0, before - 20) : before] for w in unit.context_before):
                return True
            if self._context_right_after(unit, text, before + len(f)):
                return True
            pos = before
        return False

    def _listed_reading(self, f: str, text: str, before: int, start: int) -> bool:
        """Whether the unit ``f`` at ``before`` ends an earlier reading of a list the number at ``start``
        goes on: after a number, no longer unit (3厘米), nothing but places between past LISTED_NEAR
        (…，全省防汛应急响应为4级), and no sentence end or other number between (…上调0.125厘至5.875厘，长3厘米，…下调2厘)."""
        between = text[before + len(f) : start].rstrip(RANGE_TAIL)  # (…有|12—13级: its range's low end)
        longer = any(len(u.form) > len(f) and text.startswith(u.form, before) for u in self.units.get(f[0], ()))
        far = start - before > LISTED_NEAR and PLACE_LISTS.search(between) is None
        ended = any(c in between for c in "。；;\n") or any(c.isdigit() for c in between)
        return text[before - 1].isdigit() and not (longer or far or ended)

    def _number_start(self, text: str, pos: int) -> int:
        """Where the number that ends at ``pos`` (a unit's position) starts."""
        while pos > 0 and (text[pos - 1] in self.numerals.chinese_chars or text[pos - 1].isdigit() or text[pos - 1] in ".．"):
            pos -= 1
        return pos

    def _context_past_aside(self, unit: Unit, text: str, after: int) -> bool:
        """9-11级(个别12级)|阵风, 徐公岛11级(32米/秒): a bracketed aside right after the unit holds
        its context, or stands between the unit and it."""
        if text[after : after + 1] not in BRACKET_OPENERS:
            return False
        close = next((i for i in range(after + 1, min(len(text), after + MAX_ASIDE)) if text[i] in BRACKET_CLOSERS), None)
        if close is None:
            return False
        return any(w in text[after + 1 : close] or text.startswith(w, close + 1) for w in unit.context_after)

    def unit_named(self, form: str) -> Unit | None:
        """The unit written exactly ``form`` (for amount words and percent forms)."""
        return self.unit_at(form, 0, True)

    def qualifier_before(self, text: str, start: int) -> tuple[str | None, int]:
        if 0 < start and text[start - 1] == " " and (spaced := self.before_a_space(text, start)) is not None:
            start = spaced  # (鸿海涨近 4%: a market report's space between the qualifier and the number)
        hit = self.before_qualifiers.ending_at(text, start)
        if hit is not None and text.endswith(self.not_qualifying, 0, start):
            hit = None  # (英超|20家俱乐部: the league's name, no "more than")
        elif hit is not None and self.ends_a_word(text, start - len(hit[0]), hit[0]):
            hit = None  # (签约|120亿元, 节约|有: the character ends a word, no "about")
        if hit is None and (currency := self.currency_names.ending_at(text, start)) is not None:
            hit = self.before_qualifiers.ending_at(text, start - len(currency[0]))
            start -= len(currency[0]) if hit else 0  # (约人民币5亿元: the qualifier reaches past the currency)
        return (hit[1], start - len(hit[0])) if hit else (None, start)

    def before_a_space(self, text: str, start: int) -> int | None:
        """Where a qualifier word would end that one or two spaces part from the number at
        ``start``, if one ends there; else None."""
        at = start - 1 - (start >= 2 and text[start - 2] == " ")
        return at if self.before_qualifiers.ending_at(text, at) is not None else None

    def ends_a_word(self, text: str, at: int, word: str) -> bool:
        """Whether the qualifier ``word`` at ``at`` begins with a character that ends a word with
        the one before it (qualifiers.toml word_ends: 签|约, 条|约有)."""
        before = self.qualifier_word_ends.get(word)
        return before is not None and at > 0 and text[at - 1] in before

    def qualifier_after(self, text: str, end: int) -> tuple[str | None, int]:
        if text[end : end + 1] not in self.after_first:
            return None, end  # (most quantities have none: one look-up instead of a loop)
        for word, q in self.after_qualifiers:
            if text.startswith(word, end):
                after = text[end + len(word) : end + len(word) + 3]
                if any(after.startswith(x) for x in self.after_not_followed.get(word, ())):
                    continue
                return q, end + len(word)
        return None, end

    # ---- the scan ------------------------------------------------------------------
    def find(self, view: TextView) -> list[Quantity]:
        """All quantities of the view's text, in text order, offsets into the original."""
        text = view.text
        out: list[Quantity] = []
        phrase_spans = PhraseSpans(self.phrases.finditer(text))
        pos, declared = 0, None
        first, match = self.first_chars.search, self.pattern.match
        while (f := first(text, pos)) is not None:
            m = match(text, f.start())
            if m is None:
                pos = f.end()
                continue
            q, end = self.read(text, m, phrase_spans)
            pos = max(end, m.end())
            if q is not None:
                if q.unit is None and declared is not None and self.priced(text, q.prefix_start):
                    q = self.in_declared_unit(text, q, declared)  # (…(下同)，…出库价121.3)
                declared = self.declared_unit(text, q) or declared
                if q.dimension == "money" and q.unit in self.local_currency:  # 元 in a Hong Kong text is HKD; 105亿元|人民币 is CNY
                    # anywhere; not 賈西亞20分 in a Taiwan text: points, a form the table's fen shares
                    q.norm_unit = self.currency_named_at(text, q.end) or view.currency or q.norm_unit
                q.jstart, q.jend = q.start, q.end
                q.start, q.end = view.to_original(q.start), view.to_original_end(q.end)
                q.text = view.original[q.start : q.end]
                if out and q.per and q.prefix_start <= out[-1].jstart and out[-1].jend <= q.jstart:
                    out.pop()  # 猪肉|一斤|20元: the base the price is per is its own words, no fact
                out.append(q)
        return out

    def declared_unit(self, text: str, q: Quantity) -> tuple[Unit, str | None] | None:
        """119.3元/百斤(下同): the unit and rate a price declares for the bare prices after it
        (rules: units' same_below), or None."""
        if q.dimension != "money" or self.same_below is None or not self.same_below.match(text, q.end):
            return None  # (a price's unit only: 1350.6万吨(下同) declares no 吨 for 夏粮产量为526.3)
        unit = self.unit_named(q.unit)
        return (unit, q.per) if unit is not None else None

    def priced(self, text: str, pos: int) -> bool:
        """Whether a price's noun (rules: units' same_below_cues, not same_below_not: 出库价, 零售价格;
        not 猪粮比价) ends at ``pos``, or before a copula there (收购价为)."""
        end = pos - 1 if pos and text[pos - 1] in self.same_below_links else pos
        return text.endswith(self.same_below_cues, 0, end) and not text.endswith(self.same_below_not, 0, end)

    def in_declared_unit(self, text: str, q: Quantity, declared: tuple[Unit, str | None]) -> Quantity:
        """A bare number in the unit declared before it (出库价121.3 after 119.3元/百斤(下同))."""
        unit, per = declared
        high = None if q.high is None else Decimal(str(q.high))
        return self.make(text, q.start, q.end, Decimal(str(q.value)), high, unit, q.qualifier, per)

    def read(self, text: str, m: re.Match, phrase_spans: PhraseSpans) -> tuple[Quantity | None, int]:
        """Read one candidate; return (quantity or None, where scanning resumes)."""
        if m.group("word"):
            return self.read_word(text, m, phrase_spans)
        if m.group("bare"):
            return self.read_bare(text, m, phrase_spans)
        numeral = m.group("num")
        if len(numeral) > self.max_length:
            return self.refuse("a run longer than any numeral", m.end())  # 一万万万…: not re-read piece by piece
        c = Candidate(text, m, m.start(), numeral, numeral[0].isdigit(), m.start("num"))
        self.read_unit(c)
        if (c.unit is None or c.unit.dimension == "duration") and self.read_race_time(c):  # (3分|27秒: 分 read no unit)
            return self.finish(c, phrase_spans)
        self.read_shared_unit(c)
        self.read_header_unit(c)
        self.read_listed_percent(c)
        if not self.may_be_amount(c):
            return self.refuse("no amount: a Chinese numeral without a unit, an identifier or a financial digit alone", m.end())
        if not self.read_value(c):
            return self.refuse("not a numeral, or larger than any amount", m.end())
        done = self.read_fraction(c, phrase_spans)
        if done is not None:
            return done
        self.read_range(c)
        self.read_compound(c)
        if m.group("pre"):
            self.read_percent_prefix(c)
        if m.group("neg") or m.group("preneg") or (c.unit is not None and c.unit.dimension in self.negative_before):
            self.read_sign(c)
        if c.unit is not None and text.startswith(self.half, c.end):
            self.read_half(c)
        self.read_rate(c)
        self.read_rate_range(c)
        return self.finish(c, phrase_spans)

    def finish(self, c: Candidate, phrase_spans: PhraseSpans) -> tuple[Quantity | None, int]:
        """The candidate's qualifier, the filters' verdict, and the quantity."""
        self.read_qualifier(c)
        c.settle()
        why = self.filters.refusal(c, phrase_spans)
        if why:
            return self.refuse(why, max(c.m.end(), c.end))
        q = self.make(c.text, c.start, c.end, c.value, c.high, c.unit, c.qualifier, c.per)
        if c.left is not None:  # (突破|每盎司|2100美元: a qualifier before the rate's prefix)
            before, before_start = self.qualifier_before(c.text, c.left)
            q.qualifier = q.qualifier or before
            q.qualifier_start = q.prefix_start = min(q.qualifier_start, before_start)
        return q, c.end

    def read_race_time(self, c: Candidate) -> bool:
        """2分08秒87, 19分13秒, 2小时06分35秒: a time written in hours, minutes and seconds is
        one quantity in seconds (units.toml race_time; the gold loader's reading, and every
        real-text probe's annotator's: facts.md leaves a compound time's unit open)."""
        start = c.num_start
        m = self.race_time.match(c.text, start, start + MAX_RACE_TIME) if self.race_time is not None and c.arabic else None
        if m is None:
            return False
        whole = Decimal(m.group("h") or 0) * 3600 + Decimal(m.group("m")) * 60 + Decimal(m.group("s"))
        c.value = whole + Decimal(m.group("cc") or 0) / 10 ** len(m.group("cc") or "")
        c.unit, c.unit_pos, c.end = self.unit_named("秒"), start + m.end("s"), start + m.end()  # (…秒|87: a mark's hundredths, as 9秒83)
        return True

    def refuse(self, why: str, resume: int) -> tuple[None, int]:
        """No quantity here: remember why (for ``jqextract units --check``), resume scanning."""
        self.refused = why
        return None, resume

    def explain(self, view: TextView) -> list[tuple[str, Quantity | str]]:
        """Every candidate numeral of the view with its quantity, or the reason it is none."""
        text, out = view.text, []
        phrase_spans = PhraseSpans(self.phrases.finditer(text))
        pos = 0
        while (f := self.first_chars.search(text, pos)) is not None:
            m = self.pattern.match(text, f.start())
            if m is None:
                pos = f.end()
                continue
            self.refused = ""
            q, end = self.read(text, m, phrase_spans)
            pos = max(end, m.end())
            out.append((view.original_span(q.start, q.end) if q else view.original_span(m.start(), m.end()), q or self.refused))
        return out

    def read_word(self, text: str, m: re.Match, phrase_spans: PhraseSpans) -> tuple[Quantity | None, int]:
        """翻番, 一半, 百分之百: a word that states an amount (numerals.toml [[word]])."""
        w = self.words[m.group("word")]
        start, end = m.start(), m.end()
        qualifier, end = (w.qualifier, end) if w.qualifier else self.qualifier_after(text, end)
        if phrase_spans.overlaps(start, end):
            return self.refuse("set phrase", m.end())
        if w.after and not any(text.endswith(a, 0, start) for a in w.after):
            return self.refuse(f"{w.text} only after {'/'.join(w.after)}", m.end())
        return self.make(text, start, end, Decimal(str(w.value)), None, self.unit_named(w.unit), qualifier), end

    def read_bare(self, text: str, m: re.Match, phrase_spans: PhraseSpans) -> tuple[Quantity | None, int]:
        """逾千億元, 超百城, 上百家, 破千: a multiplier alone is an amount right after one of
        numerals.toml [bare] (before a unit, a qualifier or the end of a clause)."""
        hit = self.bare_after.ending_at(text, m.start())
        if hit is not None and self.bare_not_after.ending_at(text, m.start()):
            hit = None  # 以上亿元级: 上 ends 以上
        c = Candidate(text, m, m.start(), m.group("bare"), False, m.start(), bare=True)
        self.read_unit(c, num_end=m.end())
        after, c.end = self.qualifier_after(text, c.end)
        if hit is None and after is None:
            return self.refuse("a multiplier alone, with no word that makes it an amount", m.end())  # 千方百计, 万一
        c.value, c.qualifier = self.numerals.multiplier_value(c.numeral), after or hit[1]
        ends_clause = text[c.end : c.end + 1] in self.clause_end or c.end == len(text)
        if c.unit is None and after is None and not ends_clause:
            return self.refuse("a multiplier alone, with no unit", m.end())  # 千万不要
        c.settle()
        why = self.filters.refusal(c, phrase_spans)
        if why:
            return self.refuse(why, m.end())
        q = self.make(text, c.start, c.end, c.value, None, c.unit, c.qualifier)
        if hit is not None and hit[0] in self.bare_qualifier_only:  # (上|万名观众: a qualifier, no verb)
            q.qualifier_start = q.prefix_start = min(q.qualifier_start, m.start() - len(hit[0]))
        return q, c.end

    def read_shared_unit(self, c: Candidate) -> None:
        """上升2.4个和0.5个百分点, 21.3、20.4个百分点, 4770/1930/1625mm: a unit written once
        after a list of numbers is every number's (and 个 yields to 个百分点)."""
        if c.unit is not None and c.unit.dimension != "count":
            return
        pos, listed = c.end, [c.numeral]
        for _ in range(self.list_max):
            if c.text[pos : pos + 1] not in self.list_first:
                return  # (most candidates: one look-up)
            joiner = next((j for j in self.list_joiners if c.text.startswith(j, pos)), None)
            m2 = self.pattern.match(c.text, pos + len(joiner)) if joiner else None
            if not (m2 and m2.group("num")) or m2.group("num")[0].isdigit() != c.arabic:
                return
            shared, shared_pos = self.unit_after(c.text, m2.start("num"), m2.end("num"), c.arabic)
            if shared is not None and joiner in self.slashes and shared.dimension == "count":
                return  # 2017/18個別人士: a slash joins measures (4770/1930/1625mm), not counts
            if shared is not None and shared.form != (c.unit.form if c.unit else None):
                if c.unit is None or shared.form.startswith(c.unit.form):
                    c.unit, c.end = shared, c.unit_pos  # the unit is not written here: the span is the number
                    c.scale = self.shared_scale(listed, m2.group("num"))
                return
            pos = shared_pos + (len(shared.form) if shared else 0)
            listed.append(m2.group("num"))

    def read_header_unit(self, c: Candidate) -> None:
        """品种 开盘 … 成交额(亿美元) ⏎ 即期 7.1398 … 298.17: a table's cell with no unit of its own
        takes the one its column's header writes in brackets (a multiplier too: 亿美元), where that
        is a unit of the table with no cue to check (点 may be a clock's); the span stays the number."""
        if c.unit is not None or not c.arabic or c.text[c.start - 1 : c.start] not in CELL_OPENERS:
            return  # (a cell opens after a space, or its sign: most numbers, after a word, are looked at no further)
        header = self.filters.table.column_header(c.text, c.start)
        written = HEADER_UNIT.search(header) if header else None
        if written is None:
            return
        unit_text = written.group(1).lstrip(self.big_multipliers + "千百十")
        unit = self.unit_at(unit_text, 0, True)
        if unit is not None and unit.form == unit_text and unit.cue is None and not unit.has_context:
            c.unit, c.scale = unit, self.numerals.multiplier_value(written.group(1)[: len(written.group(1)) - len(unit_text)])

    def read_listed_percent(self, c: Candidate) -> None:
        """分別年減百分之四點一及|二點六: a number with no unit listed right after a percent written 百分之… is a
        percent too (rules: numerals' lists after_percent); the span stays the number."""
        if c.unit is None and self.after_percent is not None and self.after_percent.search(c.text, max(0, c.start - 16), c.start):
            c.unit = self.unit_named("%")

    def shared_scale(self, listed: list[str], last: str) -> Decimal:
        """分别为480.3、193.3和40.6亿元: a multiplier written once, on the list's last number, is
        that of the numbers ``listed`` from this one on where, so scaled, each is within
        SHARED_SCALE_SPREAD times the last (480.3亿 is 11.8 times 40.6亿; not 800、1.2万元 nor
        80和1万元: 8,000,000 and 800,000 are far more than 12,000 and 10,000). 1 where it is not."""
        scale = self.numerals.trailing_multiplier(last)
        if scale == 1 or any(n[-1] in self.numerals.multipliers for n in listed):
            return Decimal(1)
        own, last_value = [self.value_of(n)[0] for n in listed], self.value_of(last)[0]
        if not last_value or last_value < 0 or any(v is None or v <= 0 for v in own):
            return Decimal(1)
        near = all(last_value / SHARED_SCALE_SPREAD <= v * scale <= last_value * SHARED_SCALE_SPREAD for v in own)
        return scale if near else Decimal(1)

    def read_unit(self, c: Candidate, num_end: int | None = None) -> None:
        """The unit after the numeral, and the numeral without what the unit took back."""
        num_end = c.m.end("num") if num_end is None else num_end
        c.unit, c.unit_pos = self.unit_after(c.text, c.num_start, num_end, c.arabic)
        c.numeral = c.text[c.num_start : c.unit_pos]
        c.end = c.unit_pos + (len(c.unit.form) if c.unit else 0)
        if c.unit is None:
            self.read_unit_before(c)

    def unit_after(self, text: str, num_start: int, num_end: int, arabic: bool) -> tuple[Unit | None, int]:
        """The unit after the numeral text[num_start:num_end] and where it starts: 618万千瓦,
        3至5千瓦, 2和3兆瓦: a trailing 千/百/兆 the numeral pattern took is given back when a
        longer unit starts there (千瓦, 百分点, 兆瓦)."""
        unit, unit_pos = self.unit_at(text, num_end, arabic), num_end
        for k in (1, 2):
            cut = num_end - k
            if cut <= num_start or text[cut] not in self.give_back:
                break
            u = self.unit_at(text, cut, arabic or text[cut - 1] in self.big_multipliers)
            if u and (unit is None or len(u.form) > len(unit.form)):
                unit, unit_pos = u, cut
            if text[cut - 1] not in self.give_back + "十" + self.big_multipliers:
                break
        return unit, unit_pos

    def read_unit_before(self, c: Candidate) -> None:
        """$3286億, US$5億: a currency symbol right before the number is its unit; a Latin scale
        right after the number multiplies it there (USD$28.1B; units.toml symbol_scales), where no
        Latin letter or digit runs on (US$5Mbps, $1299M4 are no scale)."""
        hit = self.units_before.ending_at(c.text, c.start)
        if hit is None:
            return
        c.unit = hit[1]
        scale = self.symbol_scales.starting_at(c.text, c.end, len(c.text))
        after = c.text[c.end + len(scale[0]) : c.end + len(scale[0]) + 1] if scale is not None else ""
        if scale is not None and after not in LATIN and not after.isdigit():  # (not 售价$1299|M4芯片版)
            c.scale, c.end = Decimal(str(scale[1])), c.end + len(scale[0])  # (read_value multiplies)

    def may_be_amount(self, c: Candidate) -> bool:
        """Cheap refusals before any arithmetic: 统一, 一体化 (a Chinese numeral with no
        unit, unless a long one ends in 万 or 亿: 人次高達|一千二百七十三萬, or holds a decimal
        point: 防禦率|三點二六, which the filters judge), identifiers (more digits than an amount
        has), 陆家嘴 (a financial digit alone)."""
        text, m = c.text, c.m
        after = text[c.unit_pos : c.unit_pos + 1]
        multiplied = len(c.numeral) >= 3 and c.numeral[-1] in self.big_multipliers and not "\u4e00" <= after <= "\u9fff"  # (not 二千七百億|度)
        if c.unit is None and not c.arabic and not m.group("pre") and not multiplied and not text.startswith(self.numerals.fraction, c.unit_pos) \
                and not self.decimal_point.search(c.numeral, 1, len(c.numeral) - 1):  # (防禦率|三點二六: the filters judge)
            # unless a later number of a list gives the unit (三、四十万 is rare enough)
            if text[c.unit_pos : c.unit_pos + 1] not in self.range_first or not self.range_after(c, c.unit_pos):
                return False
        if len(c.numeral) > self.filters.max_digits and sum(ch.isdigit() for ch in c.numeral) > self.filters.max_digits:
            return False
        return not (c.numeral in self.financial and not m.group("pre"))

    def read_value(self, c: Candidate) -> bool:
        """The value (and the high end of 三四十万); 百分之七十百分位: a Chinese numeral
        that ran into a word gives its last characters back (at most max_length times)."""
        c.value, c.high = self.value_of(c.numeral)
        if c.value is not None and c.scale != 1:
            c.value, c.high = c.value * c.scale, None if c.high is None else c.high * c.scale
        if c.unit is not None and c.unit.tenths:
            c.value = self.tenths(c.numeral, c.value)  # 七五折: 7.5, 75折: 7.5
        while c.value is None and not c.arabic and len(c.numeral) > 1 and c.numeral[-1] in self.numerals.multipliers:
            c.numeral = c.numeral[:-1]
            c.unit_pos = c.num_start + len(c.numeral)
            c.unit = self.unit_at(c.text, c.unit_pos, False)
            c.end = c.unit_pos + (len(c.unit.form) if c.unit else 0)
            c.value, c.high = self.value_of(c.numeral)
        return c.value is not None and abs(c.value) < LARGEST

    def read_fraction(self, c: Candidate, phrase_spans: PhraseSpans) -> tuple[Quantity | None, int] | None:
        """三分之一 and 1/4 as shares (in %); None when the candidate is no fraction."""
        if c.unit is not None or c.m.group("pre"):
            return None
        if c.text.startswith(self.numerals.fraction, c.unit_pos):
            return self._chinese_fraction(c, phrase_spans)
        if c.arabic and c.text.startswith("/", c.unit_pos) and c.numeral.isdigit():
            return self._arabic_fraction(c, phrase_spans)
        return None

    def _chinese_fraction(self, c: Candidate, phrase_spans: PhraseSpans) -> tuple[Quantity | None, int] | None:
        """三分之一 as a share; none where a set phrase holds its last numeral (四分之一决赛, a
        round's name; not 十分之三, whose 十分 is a phrase only at its front)."""
        m2 = self.pattern.match(c.text, c.unit_pos + len(self.numerals.fraction))
        if not (m2 and m2.group("num")):
            return None
        if phrase_spans.overlaps(m2.end() - 1, m2.end()):
            return self.refuse("set phrase, not a share", m2.end())
        try:
            frac = self.numerals.decimal(f"{c.numeral}{self.numerals.fraction}{m2.group('num')}") * 100
        except ValueError:
            return self.refuse("not a fraction", c.m.end())
        q_after, end = self.qualifier_after(c.text, m2.end())
        return self.make(c.text, c.start, end, frac, None, self.unit_named("%"), q_after), end

    def _arabic_fraction(self, c: Candidate, phrase_spans: PhraseSpans) -> tuple[Quantity | None, int] | None:
        """1/4, 12/27 are shares (a numerator below its denominator, at most 100); 2021/12/27
        and 12.5/… (a slash or a point before) are dates or versions, not shares."""
        fm = ARABIC_FRACTION.match(c.text, c.unit_pos)
        if not (fm and int(c.numeral) < int(fm.group(1)) <= 100 and not c.m.group("neg")):
            return None
        if self.unit_at(c.text, fm.end(), True) is not None:
            return None  # 46/47英寸: two sizes, not a share
        q_after, end = self.qualifier_after(c.text, fm.end())
        if phrase_spans.overlaps(c.start, end) or (c.start and c.text[c.start - 1] in "/."):
            return self.refuse("set phrase or a date, not a share", end)
        frac = Decimal(c.numeral) / Decimal(fm.group(1)) * 100
        return self.make(c.text, c.start, end, frac, None, self.unit_named("%"), q_after), end

    def _values(self, numeral: str) -> tuple[Decimal | None, Decimal | None]:
        """Value of a numeral (and the high end of 三四十万-style ranges); None if it is none.
        (Cached per extractor as ``value_of``: the same numerals recur throughout a corpus.)"""
        plain = numeral.translate(self.drop_approx)
        try:
            if len(plain) >= 2 and plain[0] in self.range_opening and self.second_digit(plain) is not None:
                rng = self._adjacent_digits(plain)
                if rng:
                    return rng
            if (rng := self._adjacent_digits_after(plain)) is not None:
                return rng
            return self.numerals.decimal(plain), None  # (full-width digits and points: decimal reads them)
        except ValueError:
            return None, None

    def tenths(self, numeral: str, value: Decimal | None) -> Decimal | None:
        """七五 → 7.5, 75 → 7.5: two digits read as a whole and a tenth (七五折, 75折; 9.5折 stays)."""
        d = self.numerals.digits
        if len(numeral) == 2 and numeral[0] in d and numeral[1] in d:
            return Decimal(d[numeral[0]]) + Decimal(d[numeral[1]]) / 10
        if value is not None and numeral.isdigit() and len(numeral) == 2:
            return value / 10
        return value

    def _adjacent_digits(self, s: str) -> tuple[Decimal, Decimal] | None:
        """三四十万 → (300000, 400000); 七八 → (7, 8): two neighbouring digits are a range
        (a third digit, or a zero, makes a number read digit by digit: 二三四一萬, 一二三四人,
        一二〇三億), and so does a decimal point (一二．四: Taiwan's 12.4)."""
        d1, d2 = self.range_opening[s[0]], self.second_digit(s)
        third = s[2:3].translate(self.numerals.as_point)
        if d2 != d1 + 1 or (third and (third in self.digit_values or third in self.numerals.zeros or third in self.numerals.points)):
            return None
        rest = s[2:]
        if not rest:
            return Decimal(d1), Decimal(d2)
        return self.numerals.chinese(s[0] + rest), self.numerals.chinese(s[1] + rest)

    def second_digit(self, s: str) -> int | None:
        """The digit of a numeral's second character, where it may close a range: 两 only
        before a multiplier (一两千斤 is 1000 to 2000, 一两 alone is one liang)."""
        if s[1] == "两":
            return self.range_opening[s[1]] if s[2:3] and s[2] in self.numerals.multipliers else None
        return self.digit_values.get(s[1])

    def _adjacent_digits_after(self, s: str) -> tuple[Decimal, Decimal] | None:
        """十一二万 → (110000, 120000), 二十七八 → (27, 28), 一百二三十 → (120, 130): two
        neighbouring digits after a multiplier are a range too, read with what stands
        before them and the multipliers after them (only multipliers may follow)."""
        mult = self.numerals.multipliers
        for i in range(1, len(s) - 1):
            if s[i - 1] in mult and s[i] in self.digit_values and s[i + 1] in self.digit_values:
                d1, d2, rest = self.digit_values[s[i]], self.digit_values[s[i + 1]], s[i + 2 :]
                if d2 != d1 + 1 or any(c not in mult for c in rest):
                    return None
                head = s[:i]
                return self.numerals.chinese(head + s[i] + rest), self.numerals.chinese(head + s[i + 1] + rest)
        return None

    def range_after(self, c: Candidate, pos: int):
        """The match of the high end of a range at ``pos`` (3至5万元, 3—5万元; signed only after a
        signed low end: -5℃至-2℃), or None."""
        pos, spaced = self.past_spaces(c.text, pos)
        if self.adjacent_mark and c.text.startswith(self.adjacent_mark, pos):
            return self.adjacent_high(c, pos + len(self.adjacent_mark))
        if c.text[pos : pos + 1] not in self.range_first:
            return None
        change = c.start and c.text[c.start - 1] in self.range_not_after  # 从3万亿到4万亿: two quantities
        for sep in self.range_separators:
            if c.text.startswith(sep, pos):
                after, spaced_after = self.past_spaces(c.text, pos + len(sep))
                if spaced != spaced_after:
                    continue  # (36℃ — 37℃: spaces on both sides of the dash, or on neither)
                m2 = self.pattern.match(c.text, after)
                if m2 and m2.group("num") and not m2.group("pre") and (not m2.group("neg") or c.m.group("neg")):
                    if m2.group("num")[0].isdigit() == c.arabic and not (change and not self.closes_range(c.text, m2.end("num"))):
                        return m2
        return None

    def adjacent_high(self, c: Candidate, pos: int):
        """偏北风，1、2级: the high end of a range written as two neighbouring digits and a mark
        (rules: range.adjacent_mark), where the scale's unit (range.adjacent_units) follows the
        second, as 一二级 is one range, where a wind is named just before (range.adjacent_context); not
        1、3级 nor 12、13级, which list readings."""
        if c.end != c.unit_pos or len(c.numeral) != 1 or not c.numeral.isdigit():
            return None  # (a unit written on the low end: 1级、2级 are two readings)
        if not any(w in c.text[max(0, c.start - ADJACENT_REACH) : c.start] for w in self.adjacent_context):
            return None  # (1、2级地震各一次: two readings of another scale)
        m2 = self.pattern.match(c.text, pos)
        high = m2.group("num") if m2 else None
        if not high or len(high) != 1 or not high.isdigit() or int(high) != int(c.numeral) + 1:
            return None
        unit = self.unit_at(c.text, m2.end("num"), True)
        return m2 if unit is not None and unit.form in self.adjacent_units else None

    @staticmethod
    def past_spaces(text: str, pos: int) -> tuple[int, bool]:
        """Past one or two spaces at ``pos`` (a range written 36℃ — 37℃), and whether there were any."""
        end = pos
        while end < len(text) and end - pos < 2 and text[end] in SPACES:
            end += 1
        return end, end > pos

    def closes_range(self, text: str, pos: int) -> bool:
        """Whether a range closer (rules: range.closers) follows the high end ending at ``pos``,
        after its unit at most (从4.45元至4.65元|不等), or a turn to the next range (由5至6級| 轉6-7級)."""
        if not (self.range_closers or self.turn_closer):
            return False
        unit = self.unit_at(text, pos, True)
        end = pos + len(unit.form) if unit is not None else pos
        return text.startswith(self.range_closers, end) or bool(self.turn_closer and self.turn_closer.match(text, end))

    def read_range(self, c: Candidate) -> None:
        """3至5万元, 3—5万元, 20%—30%, 500米至2公里: the high end, in the low end's unit."""
        if c.high is not None:
            return
        pos = c.end if c.unit else c.unit_pos
        m2 = self.range_after(c, pos)
        if m2 is None:
            return
        high_unit, high_end = self.unit_after(c.text, m2.start("num"), m2.end("num"), m2.group("num")[0].isdigit())
        high_numeral = c.text[m2.start("num") : high_end]
        high_value, _ = self.value_of(high_numeral)
        high_value = -high_value if m2.group("neg") and high_value is not None else high_value  # (-5℃至-2℃)
        if high_value is None or not (c.unit is None or high_unit is None or high_unit.dimension == c.unit.dimension):
            return
        # 3至5万: the multiplier written once belongs to both ends (not 8000至1万)
        try:
            low_mult = self.numerals.trailing_multiplier(c.numeral)
            high_mult = self.numerals.trailing_multiplier(high_numeral)
        except NotANumber:
            return  # (0万亿万万~0: multipliers stacked past any amount make no range; found by a property test)
        shared = low_mult == 1 and high_mult != 1 and c.value * high_mult <= high_value
        if c.unit is not None and high_unit is None and high_value < c.value:
            return  # (上调105点子至7.1020: a move in its unit, then the level it reached, below it; no range)
        in_low_unit = high_value  # (下跌13美分至3.69美元: a currency's ends compared in one unit; not 200米至2公里, 10美分至1美元不等)
        if high_unit and c.unit and high_unit.form != c.unit.form and c.unit.dimension == "money" and not self.closes_range(c.text, high_end):
            in_low_unit = high_value * high_unit.factor / c.unit.factor
        signed = c.m.group("neg") or c.m.group("preneg") or high_value < 0  # (-5℃至-2℃: the signs come later)
        low_unit, high_in = c.unit or high_unit, high_unit or c.unit  # (200米至2公里: each end in its unit)
        lower = not signed and self.normalized(high_value, high_in) < self.normalized(c.value * high_mult if shared else c.value, low_unit)
        if self.change_then_level(c, in_low_unit / high_mult if shared else in_low_unit, c.text[pos : m2.start()], lower):
            return  # (增加5至8万人: 5万 to 8万, a range)
        if c.unit is None and high_unit is not None:
            c.unit = high_unit
        elif high_unit is not None and high_unit.form != c.unit.form:
            high_value = high_value * high_unit.factor / c.unit.factor  # 500米至2公里: 2000 米
        c.value = c.value * high_mult if shared else c.value
        c.high = high_value
        c.end = high_end + (len(high_unit.form) if high_unit else 0)

    @staticmethod
    def normalized(value: Decimal, unit: Unit | None) -> Decimal:
        """``value`` in its dimension's canonical unit (200米 and 2公里 compared)."""
        return value * unit.factor if unit is not None else value

    def read_compound(self, c: Candidate) -> None:
        """五元三毛, 50元6角三分, 两美元又三美分, 3小时20分钟: a number and a smaller part of the
        unit after it add to the value (units.toml [[compound]])."""
        if c.unit is None or c.high is not None or c.unit.form not in self.compounds:
            return
        parts, joiners, decimals = self.compounds[c.unit.form]
        if any(n and self.read_decimals(c, n) for n in decimals):
            return
        last = None  # each part smaller than the one before (1元2角3角 is no 1.5 元)
        while True:
            pos = c.end + next((len(j) for j in joiners if c.text.startswith(j, c.end)), 0)
            m2 = self.pattern.match(c.text, pos)
            if not (m2 and m2.group("num")):
                return
            part = next((p for p in sorted(parts, key=len, reverse=True) if p and c.text.startswith(p, m2.end("num"))), None)
            if part is None and "" in parts and self.lone_digit(c.text, m2, c.arabic):
                part = ""  # 三成五, 3成2: a digit alone
            value, _ = self.value_of(m2.group("num"))
            if part is None or value is None or (last is not None and parts[part] >= last):
                return
            last = parts[part]
            c.value += value * parts[part]
            c.end = m2.end("num") + len(part)

    def read_decimals(self, c: Candidate, decimals: int) -> bool:
        """9秒83, 2米33, 5成93: exactly ``decimals`` Arabic digits right after the unit, with no
        unit, digit or point of their own after them, are the fraction of the value (9.83 秒)."""
        t, end = c.text, c.end + decimals
        digits = t[c.end : end]
        if len(digits) != decimals or not digits.isascii() or not digits.isdigit() or c.value != c.value.to_integral_value():
            return False
        if self.part_of_longer_time(c):
            return False  # (1分44秒39: the seconds of a longer time, no mark of their own)
        ranked = t.startswith(self.mark_rank_cues, end)  # (10秒30|列第二, 10秒08|名列第一: a rank, no unit)
        if t[end : end + 1] in ARABIC_TAIL or (not ranked and self.unit_at(t, end, True) is not None):
            return False
        c.value += Decimal(digits) / 10**decimals
        c.end = end
        return True

    @staticmethod
    def part_of_longer_time(c: Candidate) -> bool:
        """2分|04秒, 1′|44秒: a number right after a number's 分, 时 or ′ is the smaller part of a
        longer time (not 用时|45分钟, 历时|8小时: a word's 时)."""
        return c.start > 1 and c.text[c.start - 1] in LONGER_TIME_MARKS and c.text[c.start - 2].isdigit()

    def lone_digit(self, text: str, m2: re.Match, arabic: bool) -> bool:
        """A single digit with no unit after it, in the numerals of the number before (the 五 of
        三成五, the 2 of Taiwan's 3成2; not the 5 of 三成5家, nor the 2 of 3成20)."""
        num, end = m2.group("num"), m2.end("num")
        digit = num.isascii() and num.isdigit() and text[end : end + 1] not in ARABIC_TAIL if arabic else num in self.numerals.digits
        return len(num) == 1 and digit and self.unit_at(text, end, arabic) is None

    def change_then_level(self, c: Candidate, high_value: Decimal, separator: str, lower: bool) -> bool:
        """微跌1.5億元至1391億元: after a change verb and 至 or 到, a high end far above the low one (or
        below it, the low end's unit written: ``lower``) is the level reached, not a range (增长3%至5%,
        增长50%-200% stay ranges); less far for an amount whose low end is written with its unit
        (增加800宗至5,600宗; rules: [range])."""
        if separator not in self.level_separators or c.value <= 0:
            return False
        at = self.qualifier_before(c.text, c.start)[1]
        if self.change_before.ending_at(c.text, at) is None and not self.change_verb_before_object(c.text, at):
            return False
        amount = c.unit is not None and c.unit.dimension != "share"
        lower = lower and c.unit is not None  # (持仓量减少5200手至4800 手: a move, then a level below it)
        return lower or high_value > c.value * (self.max_ratio_unit_written if amount else self.max_ratio)

    def change_verb_before_object(self, text: str, at: int) -> bool:
        """Whether a change verb of two characters or more stands before a short object in the
        same clause (上調|最優惠利率|0.125厘至5.875厘), as a verb: not the start of a noun
        (增长率, 下降幅度)."""
        lo = max(0, at - self.object_reach)
        for verb in self.change_before.words:
            i = text.find(verb, lo, at)
            if len(verb) > 1 and i >= 0 and text[i + len(verb) : i + len(verb) + 1] not in self.change_noun_chars \
                    and not any(mark in text[i:at] for mark in RANGE_CLAUSE_MARKS):
                return True
        return False

    def read_percent_prefix(self, c: Candidate) -> None:
        """百分之三十 (30 %), 千分之五 (5 ‰), 万分之三 (0.03 %)."""
        pre = c.m.group("pre")
        if not pre:
            return
        pre = pre[len(c.m.group("preneg") or "") :]  # (負百分之二點三: the sign is read by read_sign)
        denominator = self.numerals.multiplier_value(pre[: -len(self.numerals.fraction)])
        if denominator == 1000:
            c.unit = self.unit_named("‰")
            return
        c.unit = self.unit_named("%")
        c.value = c.value * 100 / denominator
        c.high = None if c.high is None else c.high * 100 / denominator

    def read_sign(self, c: Candidate) -> None:
        """负3.5, -2%, and 零下5摄氏度 (a word that makes a dimension's value negative)."""
        below = self.negative_before.get(c.unit.dimension, ()) if c.unit is not None else ()
        if c.m.group("neg") or c.m.group("preneg") or c.text.endswith(below, 0, c.start):
            c.value = -c.value

    def read_half(self, c: Candidate) -> None:
        """一吨半, 两个半小时, 三成半: a half after the unit (the high end's, in a range)."""
        if c.unit is None or not c.text.startswith(self.half, c.end):
            return
        after_half = self.unit_at(c.text, c.end + 1, c.arabic) if c.unit.form == "个" else None
        if after_half is not None:
            c.unit, c.end = after_half, c.end + 1 + len(after_half.form)
        elif c.unit.form != "个" and not c.text.startswith(self.half_not_before, c.end):
            c.end += 1
        else:
            return
        if c.high is not None:
            c.high += Decimal("0.5")
        else:
            c.value += Decimal("0.5")

    def read_qualifier(self, c: Candidate) -> None:
        """多/余/几 inside the numeral (一百多辆, 十几万人), 来 after it (十来块: approx), or
        以上/左右 after the unit."""
        written = c.numeral + (c.unit.form if c.unit else "")  # (一百多辆, 3个多月)
        inner = "more_than" if self.inner_approx_chars.intersection(written) else None
        if inner is None and self.inner_about_chars.intersection(c.numeral):
            inner = "approx"
        q_after, c.end = self.qualifier_after(c.text, c.end)
        if q_after is None and self.more_after(c):
            q_after, c.end = "more_than", c.end + 1  # (增长一倍多)
        c.qualifier = q_after or inner

    def more_after(self, c: Candidate) -> bool:
        """一倍多, 6年多: a 多 after a multiple or a unit of time, not beginning a word (3年多次)."""
        if c.unit is None or c.unit.form not in self.more_after_unit or c.text[c.end : c.end + 1] != "多":
            return False
        return not c.text.startswith(self.more_not_before, c.end + 1)

    def make(self, text, start, end, value: Decimal, high, unit: Unit | None, qualifier, per=None) -> Quantity:
        """The quantity, with value and high as written and the value normalized (§4)."""
        scale = self.scale_names.ending_at(text, start)  # (平均氣溫為|攝氏|24度: the scale is the quantity's)
        symbol = self.units_before.ending_at(text, start) if unit is not None and scale is None and unit.dimension == "money" else None
        if symbol is not None and symbol[1].unit == unit.unit:
            scale = symbol  # (產值|USD$|28.1B: so is the currency's symbol, no part of the subject)
        prefix_start = start - len(scale[0]) if scale else start
        before, qualifier_start = self.qualifier_before(text, prefix_start)
        qualifier = qualifier or before
        if unit is None:
            written = normalized = as_number(value)
            unit_name = norm_unit = dimension = None
        else:
            value = value * unit.value_factor
            written = as_number(value)
            exact = unit.factor == 1 and not unit.offset
            normalized = written if exact else as_number(round_norm((value + unit.offset) * unit.factor))
            unit_name, norm_unit, dimension = unit.unit, unit.norm_unit, unit.dimension
            high = None if high is None else high * unit.value_factor
        return Quantity(text[start:end], start, end, written, unit_name, normalized, norm_unit, dimension,
                        qualifier, None if high is None else as_number(high), per,
                        qualifier_start=qualifier_start, prefix_start=prefix_start)

    # ---- rates ------------------------------------------------------------------------
    def read_rate(self, c: Candidate) -> None:
        """17.8元/斤, 0.8L/100km, 8.2/10万: a denominator after a slash; else 每吨800元: one
        right before the number (facts.md §4: ``per`` as written, the unit the numerator's)."""
        if c.text[c.end : c.end + 1] in self.slashes:
            big = any(self.numerals.multipliers.get(ch, 0) >= WAN for ch in c.text[c.num_start : c.unit_pos])  # (58亿元/1200套)
            price = c.unit is not None and c.unit.dimension == "money" and not big
            end = self.denominator_end(c.text, c.end + 1, number_alone=c.unit is None, any_scale=price)
            starts_next = end is not None and self.pattern.match(c.text, end) is not None
            if end is not None and not (c.text[c.end] in self.each and starts_next):
                c.per, c.end = c.text[c.end + 1 : end], end  # (3年每月1500元: 每月 is the next number's)
                return
        qualified_from = self.qualifier_before(c.text, c.start)[1]
        while qualified_from > 0 and c.text[qualified_from - 1] in " \u3000":
            qualified_from -= 1  # (收在每桶 63.20 美元: Taiwan's wires space numbers; a walk, not a copy of the text before)
        c.per = self.each_before(c.text, qualified_from)
        if c.per is None and c.unit is not None and c.unit.dimension == "money":
            c.per = self.each_before(c.text, qualified_from, self.each_price)
            if c.per is None and self.read_each_after(c):
                return  # (6元|一斤: the base after the price, as after a slash)
            if c.per is None:
                self.read_exchange_base(c, qualified_from)
        if c.per is not None and c.left is None:
            left = qualified_from - len(c.per) - 1  # 为|每吨800元
            while (base := self.each_before(c.text, left)) is not None:
                left -= len(base) + 1  # 为|每月每平方米94.3元: one prefix (per is the last base)
            c.left = left

    def read_each_after(self, c: Candidate) -> bool:
        """香菜卖到6元|一斤: 一 and a unit or a denominator right after a price say what it is per
        (rules: rates.each_price); the span runs to the denominator's end, as after a slash.
        Sets ``per`` and the end, as read_exchange_base does; whether it found one."""
        word = next((w for w in self.each_price if c.text.startswith(w, c.end)), None)
        end = self.denominator_end(c.text, c.end + len(word)) if word else None
        if end is None:
            return False
        c.per, c.end = c.text[c.end + len(word) : end], end
        return True

    def read_exchange_base(self, c: Candidate, pos: int) -> None:
        """1美元对人民币|7.1865元: a price of one currency in another (rules: exchange_base) is
        per the round amount before 对 (美元, 100日元), whose words belong to the quantity."""
        window = max(0, pos - 20)
        if self.exchange_base is None or not any(ch in "对兑兌對" for ch in c.text[max(window, pos - 8) : pos]):
            return  # (the cheap test first: most amounts have no 对 just before them)
        m = self.exchange_base.search(c.text, window, pos)
        if m is not None:
            c.per, c.left = m.group("base"), m.start()

    def read_rate_range(self, c: Candidate) -> None:
        """3400元/吨至3600元/吨: a rate's high end written whole, with the same unit and the
        same denominator, makes one range (not a second fact)."""
        if c.per is None or c.high is not None or c.unit is None:
            return
        m2 = self.range_after(c, c.end)
        if m2 is None:
            return
        high_unit, high_end = self.unit_after(c.text, m2.start("num"), m2.end("num"), m2.group("num")[0].isdigit())
        denominator = c.text[c.end - len(c.per) - 1 : c.end]  # (/吨)
        after = high_end + (len(high_unit.form) if high_unit else 0)
        high_value, _ = self.value_of(c.text[m2.start("num") : high_end])
        if high_unit is None or high_unit.form != c.unit.form or high_value is None or not c.text.startswith(denominator, after):
            return
        if self.change_then_level(c, high_value, c.text[c.end : m2.start()], high_value < c.value):
            return  # (上涨80元/吨至2450元/吨: a change, then the level reached)
        c.high, c.end = high_value, after + len(denominator)

    def denominator_end(self, text: str, pos: int, number_alone: bool = False, after_each: bool = False, any_scale: bool = False) -> int | None:
        """Where a denominator written at ``pos`` ends: a unit (斤), a scale and a unit
        (100km), a scale alone after a number without unit (8.2/10万); after 每 any number
        and a unit (每50公斤), or a multiplier and a unit (每百万英热单位, 每万吨); after a price
        (``any_scale``, a price with no 万 or 亿) any number and a unit that is no money's (2.2元/500克,
        9.9元/30枚, 10元/2小时: the pack or the time it is the price of; not 120元/80元); else None."""
        if (whole := self.unit_at(text, pos, True)) is not None:
            return pos + len(whole.form)  # (元/千克: a unit that opens with a multiplier)
        m = self.pattern.match(text, pos)
        scale = m.group("num") if m and m.group("num") and not m.group("pre") and not m.group("neg") else None
        bare = m.group("bare") if m and not scale else None
        if bare and (after_each or self.unit_at(text, pos + len(bare), True) is not None):
            scale = bare  # (每百万英热单位; 元/百斤: a multiplier and a unit)
        elif scale is not None and not (after_each or any_scale) and not self.is_scale(scale):
            return None  # 512套/4.6万㎡: two measures, not a rate
        at = pos + len(scale) if scale else pos
        unit = self.unit_at(text, at, True) if scale else None  # (at pos itself: asked above)
        if unit is not None and any_scale and not self.is_scale(scale) and unit.dimension == "money":
            return None  # (120元/80元: two prices, no pack)
        if unit is not None:
            return at + len(unit.form)
        word = self.denominators.starting_at(text, at, at + 6)
        if word:
            return at + len(word[0])
        return at if scale and number_alone and scale[-1] in self.numerals.multipliers else None

    def is_scale(self, numeral: str) -> bool:
        """1, 10, 100, 千, 10万: a power of ten, the size of what a rate is per."""
        value, _ = self.value_of(numeral)
        return value is not None and value > 0 and value == Decimal(10) ** value.adjusted()

    def each_before(self, text: str, pos: int, words: tuple[str, ...] | None = None) -> str | None:
        """每吨, 每50公斤, 每股 ending right at ``pos``: the denominator after 每 (or another of
        ``words``: 一 before a price, not after 第 or a digit), as written."""
        for w in words or self.each:
            i = text.rfind(w, max(0, pos - 12), pos)
            if words and i > 0 and text[i - 1] in self.each_not_after:
                continue
            if i >= 0 and self.denominator_end(text, i + len(w), after_each=words is None) == pos:
                return text[i + len(w) : pos]
        return None


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
