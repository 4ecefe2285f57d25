"""The facts.md §2 filters: is a candidate numeral a quantity at all?

Each filter is one small method that names one reason a number is not a
fact, with its examples; :meth:`QuantityFilters.refusal` tries them in order
and names the first that refuses, which ``jqextract units --check`` shows.
The words each filter needs come from ``stoplist.toml``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

import regex

from .rules import WordSet, compile_regex
from .segment import lexicon
from .text import Table, bracket_around, is_acronym

if TYPE_CHECKING:
    from .quantities import Candidate, PhraseSpans, QuantityFinder
    from .rules import Rules

LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
HAN = regex.compile(r"\p{Han}")
CLOCK_HOUR = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:：]$")  # 16:|30人民币: an hour and its colon…
CLOCK_MINUTES = re.compile("[0-5][0-9]")  # …before the minutes
TALLY_JOIN = "、"  # 2金、2银、2铜: the list mark a tally may be written with (beside_tally)
TALLY_PEOPLE = "人"  # 3人死142傷: the classifier a tally's people may be counted with before its mark (beside_tally)
TALLY_WORD_FREQ = 50  # how common (jieba's count) a numeral and tally mark must be to be a word (五金 75, 三金 6)
URL_QUERY = re.compile(r"\?[A-Za-z_]\w*=")  # ?id=: the query a web address's question mark opens (is_url)
COUNTED_REACH = 16  # characters before 一枚金牌 its win may stand in (counts_one: 拿到了女子链球的|一枚铜牌)


def ANY(unit) -> bool:
    return True


def words_before(reasons: dict[str, list[str]]) -> WordSet:
    """One WordSet of every word that refuses the number after it → the reasons it gives."""
    by_word: dict[str, tuple] = {}
    for reason, words in reasons.items():
        for w in words:
            by_word[w] = (*by_word.get(w, ()), reason)
    return WordSet(by_word)


FRACTION = re.compile("[0-9][.．][0-9]{2}")  # 3.49個月: a numeral with hundredths (measured_fraction)
COMPARED_JOINERS = "和及与與"  # what may follow a compared value before the next one (compared_value)
LISTED_QUOTE = re.compile(r"\d\.(\d{2,})[、和及与]$")  # a quote with decimals, then a list mark: 7.05、|7.08


class QuantityFilters:
    """The refusals of ``stoplist.toml``, in the order they are tried."""

    def __init__(self, rules: Rules, finder: QuantityFinder):
        stop = rules.stoplist
        self.finder = finder
        # the words that refuse a number they stand right before, each with its reason(s):
        # one look-up per candidate instead of one per filter
        self.words_before = words_before({
            "rank or streak": stop.ordinal.before + stop.streak.before, "denominator": rules.units.rates.each,
            "rank": stop.rank.before, "reference": stop.reference.before, "vague": stop.vague.before,
            "event": stop.event.before})
        self.rank_classifiers = frozenset(stop.rank.classifiers)
        self.ranked_list = self.ranks_listed(stop.ordinal, stop.rank.before, rules.numerals.chars.digits)  # 第6、|7、|8位
        self.list_marks_chars = frozenset(m[-1] for m in stop.ordinal.list_marks)
        self.digit_chars = frozenset(rules.numerals.chars.digits)  # (数 before a digit: 人數一二點四萬)
        self.list_split = re.compile("|".join(map(re.escape, sorted(stop.listed.marks, key=len, reverse=True))))
        ends = rules.text.ends
        self.list_stop = re.compile("[" + re.escape(ends.sentence + ends.clause + "\n") + "]")
        self.quotes = stop.quoted.open + stop.quoted.close
        self.max_item = stop.listed.max_item
        self.slashes = frozenset(rules.units.rates.slashes)
        self._duration_rules(stop.duration, rules.sources["stoplist"])
        changes = rules.triggers.change
        self.duration_levels = WordSet([w + link for w in changes.up + changes.down for link in stop.duration.level_links])  # 回升至
        self._bare_rules(stop.bare, rules.sources["stoplist"])
        self.table = Table.of(rules.text.table, rules.sources["text"])
        self.label = stop.label
        self.clause_stops = rules.text.ends.sentence + rules.text.ends.clause + "\n"
        self.sentence_ends = rules.text.ends.sentence
        self.quote_open, self.quote_close = stop.quoted.open, stop.quoted.close
        self.record_window = re.compile(stop.streak.record_window) if stop.streak.record_window else None
        self.title_open, self.title_close, self.title_reach = stop.quoted.title_open, stop.quoted.title_close, stop.quoted.title_reach
        self._titled: tuple[str | None, bool] = (None, False)  # (the last text, whether it holds a title mark)
        self.url = stop.url
        self.formula_before, self.formula_after = set(stop.formula.before), set(stop.formula.after)
        self.year_min, self.year_max = stop.calendar.year_min, stop.calendar.year_max
        self.weekday_before, self.weekday_numerals = WordSet(stop.calendar.weekday_before), frozenset(stop.calendar.weekday_numerals)
        self.weekday_counts = frozenset(stop.calendar.weekday_counts)
        self.max_digits = stop.code.max_digits
        self.article, self.counted_one, self.not_counted = stop.article, tuple(stop.article.counted_before), tuple(stop.article.not_counted_after)  # (一枚|铜牌)
        self.clock_times, self.max_hour = tuple(stop.clock.times_of_day), stop.clock.max_hour  # (早上|7点)
        self.rate_base, self.rate_base_before, self.event_after = (self._pattern(rules.sources["stoplist"], (key, attr), getattr(getattr(stop, key), attr))
                                                                   for key, attr in (("rate_base", "after"), ("rate_base", "before"), ("event", "after")))
        # 10千伏|线路, 750千伏和330千伏|电网工程: per unit form, the list of more such measures a class may run on through
        self.class_lists = {u.form: re.compile(rf"(?:[和、及与]\d[\d.]*{re.escape(u.form)})*")
                            for forms in finder.units.values() for u in forms if u.class_before}
        self.multipliers = "".join(rules.numerals.chars.multipliers)
        self.year_digits = frozenset(rules.numerals.chars.digits) - {"两"}
        self.order = self.filters()
        self._for_unit: dict = {}

    @staticmethod
    def _pattern(source, where: tuple[str, str], pattern: str | None) -> re.Pattern | None:
        """A pattern of stoplist.toml at ``where`` compiled (its errors name its line), None where it is empty."""
        return compile_regex(pattern, source.at(where, pattern)) if pattern else None

    @staticmethod
    def ranks_listed(ordinal, rank_words, numeral_digits) -> re.Pattern | None:
        """A pattern of a rank and the marks of a list after it, up to where the next number of
        the list starts (第6、7、|8位, 分居二、|三名): that number shares the rank's 第 or word of ranking."""
        if not ordinal.list_marks:
            return None
        marks, digits = "|".join(map(re.escape, ordinal.list_marks)), re.escape("".join(numeral_digits)) + "0-9０-９"
        number, before = f"[{digits}十百]+", "|".join(map(re.escape, [*ordinal.before, *rank_words]))
        return re.compile(f"(?:{before}){number}(?:(?:{marks}){number})*(?:{marks})$")

    def _bare_rules(self, bare, source) -> None:
        """When a number with no unit is an amount (stoplist.toml [bare])."""
        self.bare_cues = WordSet(bare.cues)
        self.value_cues, self.value_ends = WordSet(bare.value_cues), bare.value_ends  # 收购价|126.5，
        self.level_cues, self.level_digits = WordSet(bare.level_cues), range(bare.level_digits, bare.level_max_digits + 1)  # 收報|25630
        self.quote_decimals = bare.quote_decimals or 99
        self.ratio_marks = set(bare.ratio_marks)
        self.bare_not_before = tuple(bare.not_before)
        self.quote_tuple = self._pattern(source, ("bare", "quote_tuple"), bare.quote_tuple)  # 特斯拉(653.16, -48.65, -6.93%)
        # 低于上月的|50.1 (searched in the clause before the number)
        self.compared_before = self._pattern(source, ("bare", "compared_before"), bare.compared_before)

    def _duration_rules(self, duration, source) -> None:
        """When a duration is the measured amount (stoplist.toml [duration])."""
        self.duration_cues_after = tuple(duration.cues_after)
        self.duration_cues = WordSet(duration.cues)
        self.play_cues, self.play_units = WordSet(duration.play_cues), frozenset(duration.play_units)  # 拼了|36分钟
        self.duration_end_cues = WordSet(duration.end_cues)
        self.duration_links = WordSet(duration.links)
        self.duration_brackets = tuple(w for w in duration.links if w in "(（")  # 高温日数|(|13.7天)
        self.noun_link, self.noun_link_cues, self.countdowns = duration.noun_link, tuple(duration.noun_link_cues), tuple(duration.countdowns)
        self.duration_suffixes, self.duration_not_cues = tuple(duration.cue_suffixes), frozenset(duration.not_cues)
        self.duration_not_after = tuple(sorted(set(duration.not_after), key=len, reverse=True))
        self.duration_attributive = duration.attributive
        self.duration_occasions = frozenset(duration.occasions)
        self.fraction_units = frozenset(duration.fraction_units)  # 平均領|3.49個月
        self.window_after = tuple(w for w in (duration.attributive, *self.duration_not_after) if w)  # 1.25年|的, 2.25年|后
        self.duration_windows = tuple(duration.windows)
        self.moments, self.moment_adverbs = tuple(duration.moments), WordSet(duration.moment_adverbs)  # 开场|仅|1分22秒
        self.return_period = self._pattern(source, ("duration", "return_period"), duration.return_period)  # 二十年或五十年一遇

    def filters(self) -> tuple:
        """(name, filter, which units it applies to), in the order they are tried."""
        return (
            ("rank or streak", self.is_rank_or_streak, ANY),
            ("denominator of a rate", self.is_denominator, ANY),
            ("rank", self.is_rank, lambda u: u is not None and u.form in self.rank_classifiers),
            ("count referring back", self.refers_back, lambda u: u is not None and u.dimension == "count"),
            ("vague number", self.is_vague, ANY),
            ("count naming a list", self.names_the_list, lambda u: u is not None and u.dimension == "count"),
            ("code or name", self.is_code, ANY),
            ("formula constant", self.is_formula, ANY),
            ("web address", self.is_url, ANY),
            ("quoted name", self.is_quoted_name, ANY),
            ("event", self.names_an_event, lambda u: u is not None and u.dimension == "length"),
            ("window of a record", self.is_record_window, lambda u: u is not None and u.dimension in ("count", "duration")),
            ("inside a title", self.in_title, ANY),
            ("set phrase", self.in_set_phrase, ANY),
            ("base of an exchange rate", self.is_rate_base, lambda u: u is not None and u.dimension == "money"),
            ("label of a table's row", self.opens_row_label, ANY),
            ("minutes of a clock time", self.is_clock_minutes, lambda u: u is not None and u.dimension == "money"),
            ("hour of a clock time", self.is_clock_hour, lambda u: u is not None and u.form == "点"),
            ("class name", self.names_a_class, lambda u: u is not None and bool(u.class_before)),
            ("bare number", self.is_bare_non_amount, lambda u: u is None),
            ("label count", self.is_label_count, lambda u: u is not None and u.dimension == "count"),
            ("lone tally mark", self.is_lone_tally, lambda u: u is not None and u.tally),
            ("date", self.is_date, lambda u: u is not None and u.cue == "date"),
            ("day of the week", self.is_weekday, ANY),
            ("year", self.is_year, lambda u: u is not None and u.form.startswith("年")),
            ("duration without a cue", self.is_window, lambda u: u is not None and u.cue == "duration"),
            ("article", self.is_article, lambda u: u is not None and u.dimension == "count"),
        )

    def accept(self, c: Candidate, phrase_spans: PhraseSpans) -> bool:
        return self.refusal(c, phrase_spans) is None

    def refusal(self, c: Candidate, phrase_spans: PhraseSpans) -> str | None:
        """The name of the first filter that refuses ``c``, or None for a quantity."""
        self._phrase_spans = phrase_spans
        hit = self.words_before.ending_at(c.text, c.start)
        self._before = hit[1] if hit else ()  # the reasons the word right before gives
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
        """第七届, 全省第二, 连续两年: a number after 第 or 连续 is a rank or a streak; so is one
        listed after such a rank (第6、7、8位)."""
        if "rank or streak" in self._before:
            return True
        return self.ranked_list is not None and c.before in self.list_marks_chars and self.ranked_list.search(c.text, max(0, c.start - 24), c.start) is not None

    def is_rank(self, c: Candidate) -> bool:
        """居前三位的省份, 排名前10名: 前 + a number + 位/名 is a rank."""
        return "rank" in self._before

    def opens_row_label(self, c: Candidate) -> bool:
        """100日元/人民币 4.9873 4.9755, 100JPY/CNY 4.6203: an amount that opens a table's row and ends
        inside its label names the quote (text.toml [table]), and is none."""
        if c.start and c.text[c.start - 1] != "\n":
            return False
        label = self.table.label(c.text, c.start)
        return label is not None and c.end <= label[1]

    def is_denominator(self, c: Candidate) -> bool:
        """每50公斤(猪肉为769元), 每100元: a number right after 每 is what a rate is per."""
        return "denominator" in self._before

    def refers_back(self, c: Candidate) -> bool:
        """这五个核心城市, 其他8个城市: a count right after 这, 其他 … refers to things counted already."""
        return "reference" in self._before

    def is_vague(self, c: Candidate) -> bool:
        """数十年, 数百家: 数 before a Chinese numeral makes it no amount; not before a digit
        (Taiwan's 出生數九八一二人, 人數一二點四萬人: the noun 人数 before a numeral)."""
        return not c.arabic and "vague" in self._before and c.numeral[:1] not in self.digit_chars

    def names_the_list(self, c: Candidate) -> bool:
        """深圳、上海、广州三个…城市, 消费活力和产业崛起两个维度: a count right after a list of
        exactly that many items, and followed by the noun they are instances of, names the
        list (等 may close it). 改造老旧小区房屋和城市危旧房6853套 ends its clause: a total."""
        if not c.after or not HAN.match(c.after):
            return False
        end = c.start - 1 if c.text[c.start - 1 : c.start] == "等" else c.start
        window = c.text[max(0, end - 12 * (self.max_item + 1)) : end]
        window = self.list_stop.split(window)[-1].strip(self.quotes)
        items = [i.strip(self.quotes) for i in self.list_split.split(window)]
        if len(items) < 2 or not all(0 < len(i) <= self.max_item for i in items[1:]) or not items[0]:
            return False
        return c.value == len(items)

    def is_code(self, c: Candidate) -> bool:
        """G30, S10, 5G, 5A级, M2: a number touching a Latin letter (with no unit between)."""
        if c.before in LATIN and not (c.unit is not None and c.unit.form[-1] == c.before):
            return not self.after_acronym(c)  # (US$5億: the letters are its unit's)
        return c.unit is None and (c.after in LATIN or c.text[c.unit_pos : c.unit_pos + 1] in LATIN)

    def after_acronym(self, c: Candidate) -> bool:
        """GDP126万亿元, CPI2.1%, 进口LNG5460万吨: a measure of its own after an acronym of
        capitals, which names what is measured. Codes keep one letter (G1234次, K30) or no
        measured unit (RTX4090, IP68级)."""
        measured = c.unit is not None and c.unit.dimension != "other"
        return measured and is_acronym(c.text[max(0, c.start - 2) : c.start])

    def is_formula(self, c: Candidate) -> bool:
        """×100%, 360×, 总额/100: constants of formulas and definitions (after a slash only a
        number without a unit: 512套/4.6万㎡ is a second measure)."""
        if c.before in self.slashes and c.unit is not None:
            return False
        return c.before in self.formula_before or c.after in self.formula_after

    def is_url(self, c: Candidate) -> bool:
        """?id=2021, /2021/, %E5%8C: parts of web addresses left in scraped text (a slash
        next to a measure is no address: 512套/4.6万㎡, 17.8元/斤; nor a question mark after one
        that opens no query: 較去年同期成長5.6%?)."""
        measure = c.unit is not None
        if c.before and c.before in self.url.before and not (measure and c.before in self.slashes):
            return True
        query = c.after != "?" or not measure or URL_QUERY.match(c.text, c.end) is not None
        if c.after and c.after in self.url.after and query and not (measure and c.after in self.slashes):
            return True
        return c.unit is not None and c.unit.form == "%" and bool(c.after) and c.after in self.url.percent_then

    def is_rate_base(self, c: Candidate) -> bool:
        """1美元对人民币7.1865元, 100日元兑4.79元, 109.64日圓兌1美元: a power of ten of one currency
        that an exchange rate prices in another (rules: rate_base, after or before it) is the rate's
        base, no amount."""
        if c.value is None or c.value <= 0 or c.value != Decimal(10) ** c.value.adjusted():
            return False
        if self.rate_base is not None and self.rate_base.match(c.text, c.end) is not None:
            return True
        before = self.rate_base_before  # (written last, 1美元 only: 31萬元兌1萬美元 is money changed)
        return c.value == 1 and before is not None and before.search(c.text, max(0, c.start - 8), c.start) is not None

    def is_clock_minutes(self, c: Candidate) -> bool:
        """北京时间16:30|人民币对美元…, 截至16:30|美元兑人民币…: two digits after an hour and a colon
        are a clock time's minutes, whatever currency's name follows (twenty-eighth session's probe 142)."""
        return CLOCK_MINUTES.fullmatch(c.numeral) is not None and CLOCK_HOUR.search(c.text, max(0, c.start - 3), c.start) is not None

    def is_clock_hour(self, c: Candidate) -> bool:
        """省防指…早上|7点: a whole number of at most max_hour 点 after a time of day (rules: clock) is the hour
        of a clock time, whatever market word stands near; 沪指午后3000点 stays a level."""
        hour = c.value is not None and float(c.value).is_integer() and c.value <= self.max_hour
        return hour and c.text.endswith(self.clock_times, 0, c.start)

    def names_a_class(self, c: Candidate) -> bool:
        """10千伏|线路, 750千伏|和330千伏电网工程, 7级|风圈半径: a measure right before the things
        it classes (units.toml class_before), alone or first of a list of such measures, names
        the class, no amount (facts.md §2; not 电压分别为500千伏、220千伏和110千伏。)."""
        pos = self.class_lists[c.unit.form].match(c.text, c.end).end()
        return c.text.startswith(c.unit.class_before, pos) and not c.text.startswith(c.unit.class_not_before, pos)

    def is_quoted_name(self, c: Candidate) -> bool:
        """“十四五”, “1246”: a numeral that fills a pair of quotes is a name."""
        return bool(c.before) and c.before in self.quote_open and bool(c.after) and c.after in self.quote_close

    def names_an_event(self, c: Candidate) -> bool:
        """男子|200米比赛: a distance right after the men's or the women's names the event; so does one
        the event's name follows, past the list it opens (50米、100米、|200米男子蛙泳: rules event.after)."""
        return "event" in self._before or (self.event_after is not None and self.event_after.match(c.text, c.end) is not None)

    def is_record_window(self, c: Candidate) -> bool:
        """近四個|年度新低, 创3个月|新低: the years or months a record is the highest or the lowest
        over (rules: streak record_window) are its window; a count only with the window's word
        (颁发3项|最高荣誉 counts)."""
        m = self.record_window.match(c.text, c.end) if self.record_window is not None else None
        return m is not None and (c.unit.dimension == "duration" or m.groupdict().get("window") is not None)

    def in_title(self, c: Candidate) -> bool:
        """《2024年7月份70个大中城市…变动情况》: a number inside a title (rules: title_open,
        title_close) is part of the title's name; the title opens before it and closes after it
        with no other title mark, no line break and no sentence end between."""
        t, lo, opened = c.text, max(0, c.start - self.title_reach), -1
        if t is not self._titled[0]:  # (whether the text holds a title mark at all, asked once per text)
            self._titled = (t, any(o in t for o in self.title_open))
        if not self._titled[1]:
            return False
        for o in self.title_open:  # (a loop, not max over a generator: this runs for every candidate)
            opened = max(opened, t.rfind(o, lo, c.start))
        if opened < 0 or any(m in t[opened + 1 : c.start] for m in self.title_close + self.sentence_ends + "\n"):
            return False
        after = t[c.end : c.end + self.title_reach]
        closes = [i for i in (after.find(m) for m in self.title_close) if i >= 0]
        return bool(closes) and not any(m in after[: min(closes)] for m in self.title_open + self.sentence_ends + "\n")

    def in_set_phrase(self, c: Candidate) -> bool:
        """一步之遥, 一带一路, 十八连丰: numerals inside idioms and set phrases."""
        return self._phrase_spans.overlaps(c.start, c.end)

    def is_bare_non_amount(self, c: Candidate) -> bool:
        """A number without a unit is an amount only with a multiplier (13.68万亿) or as a
        decimal in a ratio, after a cue (性别比为105.07) or in a table's row of quotes
        (美元/人民币 7.2680 7.2760); never before 之路, 大关 …"""
        if c.unit is not None or c.per is not None or c.bare:
            return False  # (8.2/10万: a rate is an amount; 逾千億元 was read as one)
        if c.text.startswith(self.bare_not_before, c.end):
            return True
        if "." in c.numeral and bracket_around(c.text, c.start, c.end, self.quote_tuple) is not None:
            return False  # (特斯拉(653.16, -48.65, -6.93%): a stock's quote, its prices in decimals)
        if not c.arabic:  # (人次高達|一千二百七十三萬: Chinese numerals with a multiplier after a cue; not 千万)
            digits = any(ch not in self.multipliers for ch in c.numeral)
            multiplied = any(ch in self.multipliers for ch in c.numeral[1:]) or self.finder.decimal_point.search(c.numeral, 1) is not None  # (防禦率|三點二六)
            return not (digits and multiplied and self.bare_cues.ending_at(c.text, c.start) is not None)
        if any(ch in c.numeral for ch in self.multipliers):
            return False
        if "." not in c.numeral and "．" not in c.numeral:  # (收報25630: an index's level after a closing word)
            return len(c.numeral) not in self.level_digits or self.level_cues.ending_at(c.text, c.start) is None
        if c.after == "." and c.text[c.end + 1 : c.end + 2].isdigit():
            return True  # (更新至17.1.1: a version)
        near_ratio = c.before in self.ratio_marks or c.text[c.unit_pos : c.unit_pos + 1] in self.ratio_marks
        # (中间价6.8345: a quote; not a table's cell after a space)
        quote = "\u4e00" <= c.before <= "\u9fff" and len(c.numeral.replace("．", ".").partition(".")[2]) >= self.quote_decimals
        if near_ratio or quote or self.bare_cue_before(c) or self.compared_value(c):
            return False
        if self.value_cues.ending_at(c.text, c.start) is not None and (c.end == len(c.text) or c.text[c.end] in self.value_ends):
            return False  # (收购价126.5，: a price's value; not 定价2.0模式)
        listed = LISTED_QUOTE.search(c.text, max(0, c.start - 12), c.start)
        if listed is not None and len(listed.group(1)) == len(c.numeral.partition(".")[2]):
            return False  # (分别下调至7.05、|7.08和|7.12: the next quotes of a list, written to the same places)
        return self.table.label(c.text, c.start) is None

    def compared_value(self, c: Candidate) -> bool:
        """Whether a decimal is the value a measure is compared with (PMI为51.7，高于上月的|50.9,
        高于上一交易日|6.40): the previous or expected value of an index is stated bare as its own is."""
        if self.compared_before is None or ("\u4e00" <= c.after <= "\u9fff" and c.after not in COMPARED_JOINERS):
            return False  # (高于上次的3.15|调价: a date's name; 高于上月的50.9|和市场预期的51.2 goes on to the next)
        return self.compared_before.search(c.text, max(0, c.start - 30), c.start) is not None

    def bare_cue_before(self, c: Candidate) -> bool:
        """Whether a cue (性别比为, 吉尼係數) ends right before the number, or one space before it
        as Taiwan's desks space their numbers (吉尼係數 0.338; probe 120; not a table's row of
        cells, 指數 6.839 6.852, nor after a cue of one character: 版本為 2.0, a review)."""
        if c.text[c.start - 1 : c.start] != " ":
            return self.bare_cues.ending_at(c.text, c.start) is not None
        cue = self.bare_cues.ending_at(c.text, c.start - 1)  # (a cue of one character, 為 2.0, may give a version)
        return cue is not None and len(cue[0]) > 1 and not c.text[c.end : c.end + 2].lstrip(" ")[:1].isdigit()

    def is_label_count(self, c: Candidate) -> bool:
        """“六个翻番”, 三个“十条”, 十个突出亮点：一是…: counts that name, not measure (not a tally
        quoted whole: 价格呈“14涨9平25跌”态势, 周环比“一涨两跌”; forty-third session, invented set i01)."""
        if c.unit is None or c.unit.dimension != "count":
            return False
        lab = self.label
        if lab.after_open_quote and c.start and c.before in self.quote_open:
            return not (c.unit.tally and self.beside_tally(c))
        if lab.before_open_quote and c.after and c.after in self.quote_open:
            return True
        if not lab.list_header_marks or c.arabic:
            return False
        text, i = c.text, c.end
        while i < len(text) and i - c.end < 20 and text[i] not in self.clause_stops:
            i += 1
        if text[i : i + 1] in lab.list_header_marks:
            return True
        if i - c.end < 2 or i >= len(text) or text[i] not in self.sentence_ends:
            return False  # (举办招商活动二十场。一、…: a count that ends its sentence announces nothing)
        j = i + 1  # (突出抓好三个方面。一是…, 重点把握好四个方面。——…: the next sentence opens the list)
        while j < len(text) and text[j].isspace():
            j += 1
        return text.startswith(tuple(lab.list_openers), j)

    def is_lone_tally(self, c: Candidate) -> bool:
        """88金64银52铜, 7涨2平5降, 十城八涨: a tally mark counts only beside another tally,
        or right after the total it divides (十城), or alone right after a verb that wins it and
        before the clause or a list goes on (各取两金，: units.toml tally_alone_after and _before);
        五金 or 一跌 alone is a word."""
        if self.won_alone(c):
            return False
        if c.start >= 2 and c.text[c.start - 1] in self.ratio_marks and c.text[c.start - 2].isdigit():
            return True  # 大庆80:|106负于新疆: the score's second number, and 负 the verb (not 战绩：|12胜3负)
        if self.beside_tally(c):
            return False
        before = c.text[max(0, c.start - 3) : c.start]
        total = len(before) == 3 and (before[1] in self.finder.numerals.start_chars or before[1].isdigit())
        return not (total and before[2] not in self.finder.numerals.more_chars)

    def beside_tally(self, c: Candidate, other_than: str = "") -> bool:
        """Whether another number with a tally mark follows right after (88金|64银) or stands
        right before (5银|一铜, or with its people counted: 造成3人死|142傷), or with a list mark between
        (2金、|2银、|2铜); with ``other_than``, a number other than that numeral (一涨|两跌, not 一涨|一跌)."""
        after = c.end + c.text.startswith(TALLY_JOIN, c.end)
        nxt = self.finder.pattern.match(c.text, after)
        if nxt and nxt.group("num") not in ("", None, other_than) and (u := self.finder.unit_at(c.text, nxt.end("num"), True)) and u.tally:
            return True
        before = c.start - c.text.startswith(TALLY_JOIN, c.start - 1)
        prev_mark = before >= 2 and (u := self.finder.unit_at(c.text, before - 1, True)) is not None and u.tally
        number_end = before - 2 - (before >= 3 and c.text[before - 2] == TALLY_PEOPLE)  # (3人|死)
        digit = c.text[number_end].isdigit() or c.text[number_end] in self.finder.numerals.digits
        return prev_mark and digit and c.text[number_end] != other_than

    def won_alone(self, c: Candidate) -> bool:
        """Whether a tally mark stands alone after a verb that wins it (各取两金，一日夺得三金。), unless the
        numeral and the mark are a common word (以五金、建材为主: hardware; 千金)."""
        u = c.unit
        if not u.tally_alone_after or not c.text.endswith(u.tally_alone_after, 0, c.start):
            return False
        ends = c.end == len(c.text) or c.text.startswith(u.tally_alone_before, c.end)
        return ends and not lexicon().is_word(c.text[c.start : c.end], TALLY_WORD_FREQ)

    def is_date(self, c: Candidate) -> bool:
        """11月, 30日, 三季度: calendar units are never facts."""
        return c.unit is not None and c.unit.cue == "date"

    def is_weekday(self, c: Candidate) -> bool:
        """上周五|人民币中间价, 本周三|美元指数: one numeral of the week's days right after a word for
        the week (stoplist.toml [calendar]) is the day, no amount; a count of days or times is one
        (每周五天, 一周三次)."""
        if c.numeral not in self.weekday_numerals or self.weekday_before.ending_at(c.text, c.num_start) is None:
            return False
        return c.unit is None or c.unit.form not in self.weekday_counts

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
        (增加24天, 期限3年), after an end cue where it ends its clause (持续3天，), or before
        的 + the noun it measures (66年的历史)."""
        if c.unit is None or c.unit.cue != "duration":
            return False
        if c.unit.form in self.duration_occasions:
            return True  # 西藏自治区成立50周年: an anniversary names the occasion
        if self.finder.part_of_longer_time(c):
            return True  # (2分|04秒: the seconds of a longer time, no amount of their own)
        if c.text[c.unit_pos + len(c.unit.form) : c.end].isdigit():
            return False  # 9秒83, 2分08秒87: a mark in hundredths is a race time, measured wherever it stands
        if self.measured_fraction(c):
            return False  # 平均領3.49個月, 也就是1.69個月: a window or a time counts whole months and years
        qualifier_start = self.finder.qualifier_before(c.text, c.start)[1]
        if self.duration_windows and c.text.endswith(self.duration_windows, 0, qualifier_start):
            return True  # 未来12个月的铜价预期: the window of another measure
        if self.moments and self.is_moment(c, qualifier_start):
            return True  # 开场仅1分22秒，王霜破门: when in the game, no amount
        if c.text[qualifier_start - 1 : qualifier_start] in self.duration_brackets and (c.qualifier or c.text[c.end : c.end + 1] not in ")）"):
            return True  # (贷款期限（5年以上）的利率: a bound in a bracket names a group; 高温日数(13.7天) is measured)
        attributive = self.duration_attributive and c.text.startswith(self.duration_attributive, c.end) and not self.amount_follows(c)
        cue_after = c.text.startswith(self.duration_cues_after, c.end)
        cue_at_end = self.duration_end_cues.ending_at(c.text, qualifier_start) is not None and self.list_stop.match(c.text, c.end) is not None
        played = c.unit.form in self.play_units and self.play_cues.ending_at(c.text, qualifier_start) is not None
        if not (self.duration_cued(c.text, qualifier_start) or attributive or cue_after or cue_at_end or played):
            return True
        return c.text.startswith(self.duration_not_after, c.end) or bool(self.return_period and self.return_period.match(c.text, c.end))

    def measured_fraction(self, c: Candidate) -> bool:
        """Whether a duration in one of the units a window or a time counts whole or in halves
        (rules: duration.fraction_units: 个月, 年, 天) has hundredths (3.49個月, 1.69個月): a measured
        amount wherever it stands (过去1.5年, 前1.5个月, 4.5天工作制 are windows and names), unless
        的 or a word after it makes it a window (1.25年的时间, 2.25年后)."""
        if c.unit.form not in self.fraction_units or not FRACTION.search(c.text, c.num_start, c.unit_pos):
            return False
        return not c.text.startswith(self.window_after, c.end)

    def is_moment(self, c: Candidate, pos: int) -> bool:
        """Whether a game's start (rules: duration.moments) ends at ``pos`` (the duration's
        qualifier start), or before an adverb that does (开场|仅|1分22秒, 开赛|刚|5分钟): the
        duration says when; not a length before 的 (开场约30分钟的|舞蹈表演)."""
        adverb = self.moment_adverbs.ending_at(c.text, pos)
        start = c.text.endswith(self.moments, 0, pos - len(adverb[0]) if adverb else pos)
        return start and not c.text.startswith(self.duration_attributive, c.end)

    def amount_follows(self, c: Candidate) -> bool:
        """Whether a number follows in the candidate's clause: 三天的总花销|1000元 is the amount of
        the noun the duration qualifies (the duration is its window; 66年的征收历史 has none)."""
        end = m.start() if (m := self.list_stop.search(c.text, c.end)) else len(c.text)
        f = self.finder.first_chars.search(c.text, c.end, end)
        return f is not None and (m2 := self.finder.pattern.match(c.text, f.start())) is not None and bool(m2.group("num"))

    def duration_cued(self, text: str, pos: int) -> bool:
        """Whether a cue ends at ``pos``, or a cue and a link (期限|为|3年)."""
        if self.cue_ending_at(text, pos):
            return True
        link = self.duration_links.ending_at(text, pos)
        if link is not None and self.cue_ending_at(text, pos - len(link[0])):
            return True
        return bool(self.noun_link) and text.endswith(self.noun_link, 0, pos) and self.span_named(text, pos - len(self.noun_link))

    def span_named(self, text: str, pos: int) -> bool:
        """无霜期|有180天, 持续时间|有10小时: a cue naming a span (rules: noun_link_cues) ends at ``pos``,
        in a clause that counts down to no date (距离春节的时间有20天)."""
        if not (text.endswith(self.noun_link_cues, 0, pos) and self.cue_ending_at(text, pos)):
            return False
        clause = self.list_stop.split(text[max(0, pos - 20) : pos])[-1]  # (the cue's own clause, as text.toml ends clauses)
        return not any(w in clause for w in self.countdowns)

    def cue_ending_at(self, text: str, pos: int) -> bool:
        """A cue of the list, a change word reaching a level (回升至, 降到: rules' level_links), or
        a noun of a period (试用期, 锁定期: two or three Han characters ending in a cue suffix,
        and no time word such as 同期 or 近期), ends at ``pos``."""
        if self.duration_cues.ending_at(text, pos) or self.duration_levels.ending_at(text, pos):
            return True
        if pos < 2 or not text.endswith(self.duration_suffixes, 0, pos) or not HAN.match(text[pos - 2]):
            return False
        return not any(text[pos - n : pos] in self.duration_not_cues for n in (2, 3))

    def is_article(self, c: Candidate) -> bool:
        """一个, 一批, 唯一一个: 一 with a classifier is an article, not a count of one."""
        if c.unit is None or c.unit.dimension != "count":
            return False
        if c.unit.tally_alone_after and (self.beside_tally(c) or self.won_alone(c)):
            return False  # (分别拿下一银一铜, 夺得一金: a medal counts, beside another or after a win; not 五险一金, 一涨一跌)
        if c.unit.tally and self.beside_tally(c, other_than=c.numeral):
            return False  # (“一涨两跌”, 三涨一搁浅: one beside another number of a tally counts; 一涨一跌 is a phrase)
        counted = c.unit.has_context or c.unit.tally_alone_after  # (a unit of its own context: 球, 金, 记)
        each = self.article.each and counted and self.article.each in c.text[max(0, c.start - 3) : c.start]  # (各进|一球, 各取|一金)
        return c.value == self.article.value and not (c.arabic and self.article.chinese_only) and not each and not self.counts_one(c)

    def counts_one(self, c: Candidate) -> bool:
        """拿到了女子链球的一枚|铜牌: one of a noun that is counted (a medal), won in the clause before, is a
        count, not an article (not 又一枚金牌, 珍藏了一枚铜牌: rules article counted_before, counted_after,
        not_counted_after)."""
        if not c.text.startswith(self.counted_one, c.end):
            return False
        before = c.text[max(0, c.start - COUNTED_REACH) : c.start]
        before = before[max(before.rfind(s) for s in self.clause_stops) + 1 :]
        return not before.endswith(self.not_counted) and any(w in before for w in self.article.counted_after)
