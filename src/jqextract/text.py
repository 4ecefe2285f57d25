"""Text as the extractor reads it: layout breaks joined, offsets kept.

Newspaper layout breaks words and quantities across blank lines ("酒泉经\\n\\n开区",
"下降\\n\\n26.2%"). The later stages read a *joined* view in which such breaks are
removed, and every offset they produce is mapped back to the original text, so
that ``text[start:end]`` of a fact is exactly what the file says.

A break is joined when the line before it is a long line of running text (at
least ``min_join_line`` characters, ``text.toml``) that does not end in a
paragraph end. Short lines are titles, captions and by-lines: their breaks stay.

Traditional script is read by the same rules through the same view: every
traditional character is replaced by its simplified form, one character for
one, so offsets never move (億 → 亿, 點 → 点, 個 → 个, 兩 → 两). The table is
OpenCC's (through the ``opencc`` package), restricted to its one-to-one
character mappings. The small forms of marks (U+FE50–U+FE6B: Macau's 302﹒12萬人次)
are read in the same pass as the marks they are small forms of (Unicode's NFKC
reading of each, one character for one). Facts keep ``text`` and ``subject`` as written.

The view is built once per document by the :class:`~jqextract.Extractor` and
handed to every stage.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# the CJK blocks whose characters OpenCC's table is asked about (unified, extension A, compatibility)
HAN_BLOCKS = ((0x3400, 0xA000), (0xF900, 0xFB00))
HAN_CHAR = re.compile("[" + "".join(f"{chr(a)}-{chr(b - 1)}" for a, b in HAN_BLOCKS) + "]")
SMALL_FORMS = (0xFE50, 0xFE6C)  # ﹐ ﹒ ﹔ ﹕ … ﹪ ﹫: small variants of marks, read as the marks (302﹒12 is 302.12)


class Script:
    """Traditional → simplified, character for character, from OpenCC's t2s table; and the
    small forms of marks read as the marks (``variants``), in the same pass."""

    __slots__ = ("changed", "table", "traditional")

    def __init__(self, table: dict[int, int], variants: dict[int, int] | None = None):
        self.table = {**table, **(variants or {})}
        self.traditional = re.compile("[" + re.escape("".join(map(chr, table))) + "]")
        self.changed = re.compile("[" + re.escape("".join(map(chr, self.table))) + "]")

    def simplify(self, text: str) -> str:
        """The text with traditional characters simplified and small marks read as marks (a
        no-op, and cheap, when there are none)."""
        return text.translate(self.table) if self.changed.search(text) else text

    def traditional_share(self, text: str) -> float:
        """The share of Han characters that are traditional forms (0 at once for text with none)."""
        if self.traditional.search(text) is None:
            return 0.0
        han = len(HAN_CHAR.findall(text))
        return len(self.traditional.findall(text)) / han if han else 0.0


@lru_cache(maxsize=1)
def opencc_script() -> Script:
    """OpenCC's traditional→simplified conversion of every CJK character, kept where it
    maps one character to one (built once per process, in ~15 ms)."""
    import opencc

    chars = "".join(chr(i) for start, end in HAN_BLOCKS for i in range(start, end))
    simplified = opencc.OpenCC("t2s.json").convert("\n".join(chars)).split("\n")
    table = {ord(a): ord(b) for a, b in zip(chars, simplified) if a != b and len(b) == 1}
    return Script(table, small_marks())


def small_marks() -> dict[int, int]:
    """The small forms of marks (﹒ ﹐ ﹪ …) and the mark each is a small form of, by Unicode's
    compatibility mapping (NFKC), where that is one character."""
    pairs = ((i, unicodedata.normalize("NFKC", chr(i))) for i in range(*SMALL_FORMS))
    return {i: ord(m) for i, m in pairs if len(m) == 1 and m != chr(i)}


def is_acronym(word: str) -> bool:
    """GDP, CPI, LNG: two or more Latin capitals, which name what a number after them measures."""
    return len(word) >= 2 and word.isascii() and word.isalpha() and word.isupper()


LAYOUT_BREAK = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)*")
SPACE_RUN = re.compile(r"[ \t\u3000]+")
LATIN_RUN = re.compile(r"[A-Za-z]+")
TABLE_CELLS = re.compile(r"\d[ \t\u3000]+[\u4e00-\u9fff]{0,3}[-+]?\d+\.\d")  # (6.839 6.8528, 开盘9.2150 收盘9.2388: a table's row)
ARABIC = frozenset("0123456789.０１２３４５６７８９．")
LIST_OR_CLAUSE_MARKS = "、，,：:；;"  # what a number spaced on both sides may follow (_spaced_number_before)
# …and what it may not: a rank's or a place's (排名第 3 位, 位列前 10 名, 小數點後 4 位; not 颱風過後 35 宗, 事發前 2 名)
RANK_ENDS = ("第", "位列前", "排名前", "跻身前", "躋身前", "进入前", "進入前", "列前", "居前", "点后", "點後", "点後")
NUMBER_BEFORE_SPACE = re.compile(r"(?<![\d.,])(\d[\d.,]*)[ \t\u3000]+$")  # 1355 |元: the number a spaced unit follows
YEAR = re.compile(r"(?:19|20)\d\d")
BRACKET_OPENERS, BRACKET_CLOSERS = "(（", ")）"  # a bracketed aside's marks (11级|(32米/秒), 立讯精密|(002475.SZ))
TITLE_BREAKERS = frozenset("，。；：！？")  # a line with one of these is prose, no title (_ends_title)
BRACKET_REACH = 60  # how far back a bracket around a number is looked for (bracket_around)
TUPLE_ITEM_ENDS = frozenset(",，)） ")  # what follows an item of a bracketed tuple of numbers (bracket_around's quick test)


def bracket_around(text: str, start: int, end: int, pattern: re.Pattern | None) -> re.Match | None:
    """The match of ``pattern`` at the last bracket opening before ``start`` (at most
    BRACKET_REACH back) that spans [start, end), or None: the bracket a number stands in. Only
    a number followed by a tuple's comma, its closing bracket or a space is looked at."""
    if pattern is None or text[end : end + 1] not in TUPLE_ITEM_ENDS:
        return None  # (most numbers stand in no bracket: no search back)
    opener = max(text.rfind(o, max(0, start - BRACKET_REACH), start) for o in BRACKET_OPENERS)
    m = pattern.match(text, opener) if opener >= 0 else None
    return m if m is not None and m.end() >= end else None


@dataclass(frozen=True)
class Spacing:
    """How the view reads spaces (``text.toml`` [spaces]): the numeral characters a run of
    spaces between is dropped (百 分 之 2), those of them that are words too (点, 成),
    and the pattern of the spaces that separate a headline's phrases."""

    numeral_chars: frozenset = frozenset()
    numeral_words: frozenset = frozenset()
    phrase_breaks: re.Pattern[str] | None = None
    units_at_break: frozenset = frozenset()  # 12.35 元，: a space before one of these goes where its phrase ends
    dates: re.Pattern[str] | None = None  # 2022 年3 月末: the spaces inside a date spaced out
    units_before: frozenset = frozenset()  # 3,000 人或 0.17%: joiners the unit may stand before
    long_units: tuple = ()  # 400 毫米: units of the table a space before is always dropped
    plain_units: frozenset = frozenset()  # 1355 元創高: units that join a plain amount before more words
    closing: re.Pattern[str] | None = None  # 升破 30 元大關, 12∼16 級陣風: words after a unit that close its phrase
    spaced_counters: frozenset = frozenset()  # 共接獲 1545 宗塌樹報告: classifiers after a number spaced on both sides
    spaced_counter_words: tuple = ()  # …unless they begin one of these words (6 宗教領袖)
    latin_units: frozenset = frozenset()  # 266.5 mm: units in Latin letters a space before is dropped
    thousands: re.Pattern[str] | None = None  # 1 232.8毫米: a number grouped in threes by spaces


class TextView:
    """The joined text plus a map from its offsets back to the original's."""

    __slots__ = ("_joined_starts", "_read", "_shifts", "currency", "line_joins", "original", "simplified", "text")

    def __init__(self, original: str, paragraph_ends: str, min_join_line: int, script: Script | None = None,
                 spacing: Spacing = Spacing(), credit: re.Pattern | None = None, byline: re.Pattern | None = None):
        self.original = original
        # the original in simplified script, one character for one: the spaces are read in it
        # (a space before 韓元 is one before 韩元, a unit of the table) and it is what is joined
        self._read = script.simplify(original) if script is not None else original
        self._joined_starts: list[int] = [0]  # joined offset where a segment begins
        self._shifts: list[int] = [0]  # characters removed before that segment
        self.currency: str | None = None  # what 元 means here, when not CNY (set by the Extractor)
        self.text = self._read
        self.line_joins: frozenset[int] = frozenset()  # joined offsets where a line break was joined over
        breaks = list(self._layout_breaks(paragraph_ends, min_join_line, credit, byline))
        removals = sorted({*breaks, *self._numeral_spaces(spacing), *self._spaces_inside((spacing.dates, spacing.thousands))})
        if removals:
            self._join(removals, frozenset(b for b in breaks if self._ends_title(b[0])))
        self.simplified = self._read != original  # (traditional script was read through a simplified view)
        if spacing.phrase_breaks is not None and (" " in self.text or "\u00a0" in self.text):  # (one for one: offsets hold)
            self.text = spacing.phrase_breaks.sub("\u3000", self.text)  # 集体收涨|沪指涨0.52%: a headline's phrases

    def _layout_breaks(self, paragraph_ends: str, min_join_line: int, credit: re.Pattern | None = None,
                       byline: re.Pattern | None = None):
        """The line breaks of running text to join over; not one after a photo's credit (``credit``) nor one
        before a line of credits (``byline``: 来源：南澳省气象台 after a headline that ends in an amount)."""
        if "\n" not in self.original:
            return
        for m in LAYOUT_BREAK.finditer(self.original):
            if is_layout_break(self.original, m.start(), m.end(), paragraph_ends, min_join_line) and not ends_in_credit(self.original, m.start(), credit) \
                    and not (byline is not None and byline.match(self.original, m.end())):
                yield m.start(), m.end()

    def _ends_title(self, pos: int) -> bool:
        """Whether the line ending at ``pos`` reads as a title: no clause mark in it (a wrapped
        line of prose has some: 帮助辖区内的1.2万名|⏎下岗职工 runs on)."""
        line = self.original[self.original.rfind("\n", 0, pos) + 1 : pos]
        return not any(c in TITLE_BREAKERS for c in line)

    def _numeral_spaces(self, spacing: Spacing):
        """百 分 之 2, 7 萬5 千4 百, 300余 个: spaces between numeral characters (not between two
        Arabic numbers, a table's columns), except after a quantity that ends in a numeral word
        (rules: words) before a word that starts with one (300點 成交額); and a space before a
        unit that ends its phrase (12.35 元，: rules units_at_break)."""
        t, within = self._read, spacing.numeral_chars
        if not within or (" " not in t and "\u3000" not in t and "\t" not in t):
            return
        for m in SPACE_RUN.finditer(t):
            a, b = m.start(), m.end()
            left, right = t[a - 1 : a], t[b : b + 1]
            if not (left and (left in within or left in ARABIC)):
                continue
            if self._unit_at_break(b, spacing):
                yield a, b  # (收盘价 12.35 元，)
                continue
            if not (right and (right in within or right in ARABIC)):
                continue
            if not (left in ARABIC and right in ARABIC) and not self._words_apart(a, b, spacing):
                yield a, b

    def _spaces_inside(self, patterns):
        """The spaces inside a match of any of ``patterns`` (None: none), dropped: a date a report's PDF
        text spaces out (2022 年公司收入, 截至2023 年3 月末: read joined, a time, not a quantity 2022 nor
        a subject 2022 年公司收入; text.toml dates) and a number grouped in threes by spaces, as Hong Kong's
        Observatory writes it (累積雨量為1 232.8毫米: one number; thousands)."""
        t, patterns = self._read, [p for p in patterns if p is not None]
        if not patterns or " " not in t:
            return
        for lo, hi in self._around_digit_spaces():  # (the patterns are scanned near such spaces only: they are slow)
            for pattern in patterns:
                for m in pattern.finditer(t, lo, hi):
                    for r in SPACE_RUN.finditer(t, m.start(), m.end()):
                        yield r.start(), r.end()

    def _around_digit_spaces(self, reach: int = 24):
        """Stretches of the original within ``reach`` characters of a space next to a digit
        (every space of a date spaced out is: 2022 年, 年 3 月), overlapping ones merged."""
        t, lo, hi = self._read, None, None
        for r in SPACE_RUN.finditer(t):
            a, b = r.start(), r.end()
            if not (t[a - 1 : a].isdigit() or t[b : b + 1].isdigit()):
                continue
            if hi is not None and a - reach <= hi:
                hi = min(len(t), b + reach)
                continue
            if hi is not None:
                yield lo, hi
            lo, hi = max(0, a - reach), min(len(t), b + reach)
        if hi is not None:
            yield lo, hi

    def _past_spaces_back(self, i: int) -> int:
        """``i`` moved back over the spaces right before it in the original."""
        while i > 0 and self._read[i - 1] in " \t\u3000":
            i -= 1
        return i

    def _code_before(self, b: int, unit: str) -> bool:
        """Whether the number before the space ending at ``b`` is four digits alone and ``unit`` is in
        capitals: a year or a stock's code before a name (2023 BP, 台积电（2330 TW）), no amount."""
        t, i = self._read, self._past_spaces_back(b)
        return unit.isupper() and i >= 4 and t[i - 4 : i].isdigit() and not (i > 4 and t[i - 5] in "0123456789.,")

    def _after_model(self, b: int) -> bool:
        """Whether the number before the space ending at ``b`` follows a name in Latin letters, over
        any numbers between (G 20 欧元区, Model 3 美元售价, iPhone 15 像素, RTX 4090 24 GB, Mate 60 Pro
        12 GB+512 GB): a model's or a group's, no amount."""
        t, i = self._read, self._past_spaces_back(b)
        while i > 0 and (t[i - 1].isdigit() or t[i - 1] in ".,+"):
            while i > 0 and (t[i - 1].isdigit() or t[i - 1] in ".,+"):
                i -= 1
            i = self._past_spaces_back(i)
        return i > 0 and t[i - 1].isascii() and t[i - 1].isalpha()

    def _unit_at_break(self, b: int, spacing: Spacing) -> bool:
        """Whether a unit of ``units_at_break`` stands at ``b`` and ends its phrase: no Han
        character follows it (12.35 元，; not 15 人气, 300 股指, 2024 元旦), a joiner to the
        next quantity does (3,000 人或 0.17%), or a word that closes its phrase: the level it is
        (30 元大關), what a scale reads (12∼16 級陣風)."""
        t = self._read
        if spacing.long_units and t.startswith(spacing.long_units, b) and not self._after_model(b):
            return True  # (200 至 400 毫米: a unit of two Han characters or more; not Model 3 美元售价)
        latin = LATIN_RUN.match(t, b) if spacing.latin_units else None
        if latin is not None and latin.group() in spacing.latin_units and not self._after_model(b) and not self._code_before(b, latin.group()):
            return True  # (鳳山 266.5 mm, 32 km/h; not 256 GBP, a word of its own, nor iPhone 15 GB)
        if t[b : b + 1] in spacing.spaced_counters and not t.startswith(spacing.spaced_counter_words, b) and self._spaced_number_before(b):
            return True  # (共接獲 1545 宗塌樹報告、 21 宗水浸個案; not 6 宗教領袖)
        if t[b : b + 1] not in spacing.units_at_break:
            return False
        if HAN_CHAR.match(t, b + 1) is None or t[b + 1] in spacing.units_before or (spacing.closing and spacing.closing.match(t, b + 1)):
            return True
        return self._plain_amount_before(b, spacing)

    def _plain_amount_before(self, b: int, spacing: Spacing) -> bool:
        """Whether the number before the space ending at ``b`` can only be an amount of a unit
        that begins few words (rules: plain_units): one with a decimal point or a thousands
        comma, or of four digits or more that is no year, after a word of its clause and no name
        in Latin letters (衝上 1355 元創高, 以 26196.73 點作收; not 2024 元旦, 300 股指, iPhone 15
        人气, nor a Taiwan code before its name: 1301 台塑, 、2885 元大金)."""
        m = NUMBER_BEFORE_SPACE.search(self._read, max(0, b - 24), b)
        if m is None or self._read[b] not in spacing.plain_units or self._after_model(b):
            return False
        i = self._past_spaces_back(m.start())
        if i == 0 or HAN_CHAR.match(self._read, i - 1) is None:
            return False  # (a number that opens its clause or follows 、 is a code before a name)
        number = m.group(1)
        return "." in number or "," in number or (len(number) >= 4 and YEAR.fullmatch(number) is None)

    def _spaced_number_before(self, b: int) -> bool:
        """Whether the number before the space ending at ``b`` is a whole number spaced on both
        sides after a Han word or a list mark (共接獲 1545 宗, 、 21 宗; Hong Kong's and
        Taiwan's desks space their numbers so), and no name in Latin letters, a year or a rank."""
        m = NUMBER_BEFORE_SPACE.search(self._read, max(0, b - 24), b)
        if m is None or not m.group(1).isdigit() or YEAR.fullmatch(m.group(1)) or self._after_model(b):
            return False
        i = m.start()
        j = self._past_spaces_back(i) - 1
        if j < 0 or j == i - 1 or self._read.endswith(RANK_ENDS, 0, j + 1):
            return False  # (排名第 3 位, 位列前 10 名: a rank)
        return self._read[j] in LIST_OR_CLAUSE_MARKS or HAN_CHAR.match(self._read, j) is not None

    def _words_apart(self, a: int, b: int, spacing: Spacing) -> bool:
        """300點 成交額, 三百點 成交額: a numeral word (rules: words) right after a numeral
        character ends a quantity, and the numeral word after the space begins a word of other
        characters (not 个百分 点至, whose 百分 点 is one unit, nor 300余 个项目)."""
        t, words = self._read, spacing.numeral_words
        after = t[b + 1 : b + 2]
        before = t[a - 2 : a - 1]
        percent = t[a - 2 : a] == "百分"  # (个百分 点至 is one unit)
        ends_quantity = t[a - 1] in words and before != "" and (before in ARABIC or before in spacing.numeral_chars) and not percent
        return ends_quantity and t[b] in words and bool(HAN_CHAR.match(after)) and after not in spacing.numeral_chars

    def _join(self, removals: list[tuple[int, int]], titles: frozenset[tuple[int, int]]) -> None:
        """The text without ``removals``; where ``titles`` (line breaks after a title) were is
        kept in line_joins: a title's last quantity is joined to the paragraph under it as a
        wrapped line is (…批发价为9.9元/斤|黄金周临近尾声), and no noun after it is its."""
        original = self._read
        parts, removed, pos, joins = [], 0, 0, []
        for start, end in removals:
            parts.append(original[pos:start])
            self._joined_starts.append(start - removed)  # where the joined text goes on
            if (start, end) in titles:
                joins.append(start - removed)
            removed += end - start
            self._shifts.append(removed)
            pos = end
        parts.append(original[pos:])
        self.text = "".join(parts)
        self.line_joins = frozenset(joins)

    @property
    def rejoined(self) -> bool:
        """Whether anything was dropped from the original (a line break, spaces)."""
        return len(self._joined_starts) > 1

    def to_original(self, i: int) -> int:
        """Original offset of joined offset ``i`` (a start, or an end exclusive)."""
        k = bisect_right(self._joined_starts, i) - 1
        return i + self._shifts[k]

    def to_original_end(self, i: int) -> int:
        """Original offset for an exclusive end: stays before a removed break."""
        if i == 0:
            return 0
        return self.to_original(i - 1) + 1

    def original_span(self, s: int, e: int) -> str:
        """The original text of the joined span [s, e)."""
        return self.original[self.to_original(s) : self.to_original_end(e)]


MAX_ROWS_UNDER_HEADER = 40  # rows column_header walks up past to find the table's header


@dataclass(frozen=True)
class Table:
    """text.toml [table], compiled: what makes a line a table's row of quotes."""

    row: re.Pattern[str] | None = None
    quote: re.Pattern[str] | None = None
    not_label: re.Pattern[str] | None = None
    quotes: int = 2
    max_row: int = 120

    @classmethod
    def of(cls, table, source) -> Table:
        """Compiled and checked as every rule pattern is (``source``: text.toml's, for errors)."""
        from .rules import compile_regex

        def compiled(key: str):
            pattern = getattr(table, key)
            return compile_regex(pattern, source.at(("table", key), pattern)) if pattern else None
        return cls(compiled("row"), compiled("quote"), compiled("not_label"), table.quotes, table.max_row)

    def label(self, text: str, pos: int) -> tuple[int, int] | None:
        """The label of the row the line around ``pos`` is, or None: 美元/人民币 7.2680 7.2760
        → 美元/人民币. Long lines are running text and never looked at; a row needs ``quotes``
        quotes (not 金价涨1.2% 油价跌0.8%) and a label that names amounts (not 日期, 版本)."""
        if self.row is None:
            return None
        floor, ceiling = max(0, pos - self.max_row), min(len(text), pos + self.max_row)
        s, e = text.rfind("\n", floor, pos), text.find("\n", pos, ceiling)
        if (s < 0 and floor > 0) or (e < 0 and ceiling < len(text)):
            return None  # (a line longer than any row: looked at no further, whatever its length)
        s, e = s + 1, len(text) if e < 0 else e
        m = self.row.fullmatch(text, s, e) if e - s <= self.max_row else None
        if m is None or (self.not_label is not None and self.not_label.search(m.group("label"))):
            return None
        quotes = len(self.quote.findall(text, m.end("label"), e)) if self.quote is not None else self.quotes
        return m.span("label") if quotes >= self.quotes else None

    def line_before(self, text: str, end: int) -> int | None:
        """Where the line that ends at the break ``end`` starts, where it is no longer than a row
        (None else: a longer line is running text, and is not sliced whole)."""
        start = text.rfind("\n", max(0, end - self.max_row - 1), end) + 1
        return start if start or end <= self.max_row else None

    def column_header(self, text: str, pos: int) -> str | None:
        """The header of the column of the row's cell at ``pos``: the cell as many places along in
        the line above the table's rows (品种 开盘 … 成交额(亿美元) over 即期 7.1398 … 298.17), whose
        cells are words, no figures; the header may leave the labels' column unnamed. None where
        the cell is in no row, or no such line stands above it."""
        label = self.label(text, pos)
        if label is None:
            return None
        line = label[0] - 1  # (the line break before the row, where there is one)
        for _ in range(MAX_ROWS_UNDER_HEADER):
            start = self.line_before(text, line) if line > 0 else None
            if start is None or self.label(text, start) is None:
                break
            line = start - 1  # (past the rows above)
        else:
            return None  # (a table that long is read without its header: the walk up stays short)
        start = self.line_before(text, line) if line > 0 and text[line] == "\n" else None
        if start is None:
            return None
        header = text[start:line].split()
        end = text.find("\n", pos, pos + self.max_row)
        row = text[label[0] : end if end >= 0 else min(len(text), pos + self.max_row)].split()
        if len(header) < 2 or any(ch.isdigit() for ch in "".join(header)) or len(header) not in (len(row), len(row) - 1):
            return None
        before = text[label[0] : pos]
        column = len(before.split()) - (0 if before[-1:].isspace() else 1)  # (-0.11: a sign opens the cell)
        return header[column - (len(row) - len(header))] if 0 < column < len(row) else None


def ends_in_credit(text: str, start: int, credit: re.Pattern | None) -> bool:
    """Whether the line ending at ``start`` ends in a photo's credit (text.toml layout.credit:
    …19.35億美元。|圖／本報資料照片): no running text goes on past it to the next line."""
    return credit is not None and credit.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def is_layout_break(text: str, start: int, end: int, paragraph_ends: str, min_join_line: int) -> bool:
    """Whether the blank-line run text[start:end] breaks a line of running text (a table's
    row, numbers apart by spaces, is none: 美元/人民币 7.2680 7.2738|欧元/人民币 …)."""
    if start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    if before in paragraph_ends or before.isspace() or after.isspace():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start >= min_join_line and TABLE_CELLS.search(text, line_start, start) is None
