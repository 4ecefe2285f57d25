"""Numerals → values, from the characters and multipliers of ``numerals.toml``.

cn2an is used where it is right (well-formed Chinese and financial numerals,
including colloquial 两万五 and digit strings like 二〇二四); our own code handles
what it rejects or gets wrong for our purpose: Arabic digits with multipliers
(618万, 3.19亿, 1万2千), fractions, percent forms, full-width digits, and
returning integers as ``int`` rather than ``float``.

Values are computed with ``Decimal`` so that 3.19亿 is exactly 319000000, and
never grow past :data:`LARGEST`: a run of 亿亿亿… is "not an amount", not an
overflow.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from .schema import NumeralsFile

# full-width digits and signs read as their ASCII forms (a width, not a vocabulary)
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－／", "0123456789.,%-/")
# values beyond any amount a report states (and beyond what a float holds)
LARGEST = Decimal(10) ** 20
SPACES = re.compile(r"[\s\u3000]+")
ARABIC_DIGIT = re.compile("[0-9０-９]")
# 2e5, -127.32e13, .5: scientific notation and a decimal without its leading 0
SCIENTIFIC = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# 九十五点二十九, 一点二十九倍: hundredths read out as a number (Macau's and Hong Kong's papers), 95.29
SPOKEN_HUNDREDTHS = re.compile("(.+)点([一二三四五六七八九]?十[一二三四五六七八九]?)([万亿]*)")  # (…点二十万: its multiplier)
# 二亿九千三百六十点一一万: a decimal in the group after 亿 (2亿 + 9360.11万)
DECIMAL_AFTER_YI = re.compile("(.+亿)(.+点.+)")
WAN = 10**4


class NotANumber(ValueError):
    """A string that is not one numeral."""

    def __init__(self, s: str, why: str = ""):
        shown = s if len(s) <= 24 else s[:20] + "…"
        super().__init__(f"not a number: {shown!r}{' ' + why if why else ''}")


def as_number(d: Decimal) -> int | float:
    """Integers print as integers (contract §4); everything else is a float."""
    if d == d.to_integral_value() and abs(d) < 10**18:
        return int(d)
    return float(d)


def bounded(value: Decimal, s: str) -> Decimal:
    """``value``, unless it is larger than any amount (then NotANumber, not an overflow later)."""
    if abs(value) >= LARGEST:
        raise NotANumber(s, "is larger than any amount (10^20)")
    return value


class NumeralReader:
    """Reads one numeral string; built from ``numerals.toml`` (see its comments)."""

    def __init__(self, rules: NumeralsFile):
        c = rules.chars
        self.digits = dict(c.digits)
        self.multipliers = {k: Decimal(v) for k, v in c.multipliers.items()}
        self.financial = str.maketrans(c.financial)
        self.tens = str.maketrans({k: self._tens_as_words(v) for k, v in c.tens.items()})
        plain_financial = {f for f, p in c.financial.items() if p in self.digits or self.multipliers.get(p) == 10}
        self.start_chars = ("".join(self.digits) + "".join(k for k, v in c.multipliers.items() if v == 10)
                            + "".join(sorted(plain_financial)) + "".join(c.tens))
        self.more_chars = self.start_chars + "".join(c.multipliers) + "".join(c.financial) + "".join(c.decimal_points)
        self.chinese_chars = frozenset(self.more_chars)
        self.no_start = frozenset(self.more_chars) - frozenset(self.start_chars)  # 百, 万, 点 cannot start one
        self.zeros = frozenset(k for k, v in c.digits.items() if v == 0)
        self.points = frozenset(c.decimal_points)
        # 三．五 (Taiwan): a full-width decimal point in a Chinese numeral is read as 点
        self.as_point = str.maketrans({p: c.decimal_points[0] for p in c.fullwidth_points})
        # ○ (a circle) and 〇 are both written for zero; cn2an reads 零 (二點○ → 二点零)
        self.as_zero = str.maketrans({z: "零" for z in self.zeros})
        self.negative = tuple(c.negative) + tuple(c.minus_signs)
        self.fraction, self.whole_and_fraction = c.fraction, c.whole_and_fraction
        self.percent_marks = {k: Decimal(str(v)) for k, v in c.percent_marks.items()}
        self.max_length = rules.limits.max_length
        self.drop_approx = str.maketrans("", "", "".join(c.inner_approx + c.inner_about))
        big = "".join(k for k, v in c.multipliers.items() if v >= 100) + "".join(f for f, p in c.financial.items() if self.multipliers.get(p, 0) >= 100)
        # 百分之三十, 千万分之六: "per N"; 十分之三 is a fraction, not this
        self.per_part = re.compile(f"([{big}][{''.join(c.multipliers)}{''.join(c.financial)}]*){c.fraction}")
        self.mixed_token = re.compile(r"\d+(?:\.\d+)?|[" + "".join(c.multipliers) + "".join(self.zeros) + "]")
        self.small = frozenset(k for k, v in c.multipliers.items() if v < WAN) | {f for f, p in c.financial.items() if p in c.multipliers and c.multipliers[p] < WAN}
        self.digit_run = re.compile(f"[{''.join(self.digits)}]{{2,}}")
        self.min_digit_run = c.digit_run
        self.chinese = lru_cache(maxsize=4096)(self._chinese)

    # ---- the public entry -------------------------------------------------------
    def parse(self, s: str) -> int | float:
        """The value of one numeral string; ``ValueError`` if it is not a number.

        >>> parse_number("一千零五"), parse_number("1.4万"), parse_number("两万五")
        (1005, 14000, 25000)
        """
        return as_number(bounded(self.decimal(s), s))

    def decimal(self, s: str) -> Decimal:
        """Like :meth:`parse` but the exact ``Decimal``."""
        if not isinstance(s, str):
            raise TypeError(f"parse_number() takes a string, not {type(s).__name__}")
        if not ARABIC_DIGIT.search(s):
            s = s.translate(self.as_point)  # (not in 5．2, an Arabic number's full-width point)
        s = SPACES.sub("", s.translate(FULLWIDTH))  # 三千 八百 九十六 萬: spaces inside a numeral
        if len(s) > self.max_length:
            raise NotANumber(s, f"is longer than any numeral ({self.max_length} characters)")
        for sign in self.negative:
            if s.startswith(sign) and len(s) > len(sign):
                return -self.decimal(s[len(sign):])
        if self.whole_and_fraction in s:  # 一又二分之一, 3又1/2
            whole, _, frac = s.partition(self.whole_and_fraction)
            return self.decimal(whole) + self.decimal(frac)
        if SCIENTIFIC.fullmatch(s):
            return Decimal(s)  # 2e5, .5
        if (spoken := SPOKEN_HUNDREDTHS.fullmatch(s)) is not None:
            scale = self.multiplier_value(spoken.group(3)) if spoken.group(3) else 1
            return (self.decimal(spoken.group(1)) + self.decimal(spoken.group(2)) / 100) * scale
        if (groups := DECIMAL_AFTER_YI.fullmatch(s)) is not None:
            return self.decimal(groups.group(1)) + self.decimal(groups.group(2))
        plain = s.translate(self.drop_approx)  # 十多萬, 500余萬: the approximate word is the extractor's qualifier
        try:
            return self._shares_and_fractions(plain or s)
        except InvalidOperation:
            raise NotANumber(s) from None

    def _shares_and_fractions(self, s: str) -> Decimal:
        per = self.per_part.match(s)
        if per:  # 百分之三十 = 30 %, 千分之五 = 0.5 %, 一万万分之七 = 0.000007 %: in percent
            return self.plain(s[per.end():]) * 100 / self.multiplier_value(per.group(1))
        mark = s[-1:]
        if mark in self.percent_marks and len(s) > 1:
            return self.plain(s[:-1]) * self.percent_marks[mark]
        if self.fraction in s:
            den, _, num = s.partition(self.fraction)
            return fraction(self.decimal(num), self.decimal(den))  # (负3分之负157: each part may be signed)
        if "/" in s:
            num, _, den = s.partition("/")
            return fraction(self.plain(num), self.plain(den))
        return self.plain(s)

    def plain(self, s: str) -> Decimal:
        """A numeral without percent or fraction marks: Arabic, Chinese, or mixed 1.4万."""
        if not s:
            raise NotANumber(s)
        if s[0].isascii() and s[0].isdigit():
            return self.arabic(s)
        return self.chinese(s)

    # ---- Chinese numerals (cn2an) ------------------------------------------------------
    def _tens_as_words(self, value: int) -> str:
        """廿 → 二十: a tens character as the digit and 十 it stands for."""
        digit = next(k for k, v in self.digits.items() if v == value // 10)
        ten = next(k for k, v in self.multipliers.items() if v == 10)
        return digit + ten

    def _chinese(self, s: str) -> Decimal:
        """Chinese (and financial) numerals through cn2an, with a few colloquial forms.

        三四十 (thirty or forty) is not one number: callers split it into a range
        first. cn2an's "normal" mode accepts 两万五 (25000) and 三千二 (3200).
        Taiwan's digit-by-digit numbers (二三五七萬八八一二) are read by
        :meth:`digit_by_digit`.
        """
        if not s or not set(s) <= self.chinese_chars or s[0] in self.no_start:
            raise NotANumber(s)
        s = s.translate(self.tens)
        by_digits = self.digit_by_digit(s)
        if by_digits is not None:
            return by_digits
        if len(s) > 1 and set(s) <= self.digits.keys() and not set(s) & self.zeros:
            # 唯一一个, 一一对应: a run of digits without 〇 is not a digit string like 二〇二四
            raise NotANumber(s)
        s = s.translate(self.financial).replace("万万", "亿")  # 一千零拾肆; 四万万 (old usage) is 4亿
        head, scale = self.point_and_multiplier(s)
        try:
            value = cn2an.cn2an(head.translate(self.as_zero), "normal")
        except (ValueError, KeyError, IndexError, TypeError) as e:
            return self.as_mixed(s, e)
        return Decimal(str(value)) * scale

    def point_and_multiplier(self, s: str) -> tuple[str, Decimal]:
        """三十九点八万 → (三十九点八, 10000): cn2an reads decimals, but no multiplier after them."""
        head = s.rstrip("".join(self.multipliers))
        if head == s or not self.points.intersection(head):
            return s, Decimal(1)
        return head, self.multiplier_value(s[len(head) :])

    def as_mixed(self, s: str, why: Exception) -> Decimal:
        """What cn2an cannot read (五兆六十二亿四万五千二: it knows no 兆) read as a mixed
        numeral whose digits are Arabic (5兆6十2亿4万5千2); it keeps cn2an's refusals else.
        Digits side by side after a multiplier that end the numeral are two numbers (两万五|一张: 25000
        a ticket, not 2万51); elsewhere they are Taiwan's digit by digit (八二四萬六千, 二十四兆六八七億)."""
        if not set(s) & set(self.multipliers) or s.count(".") or any(c in s for c in self.no_start if c not in self.multipliers):
            raise NotANumber(s) from why
        tail = s.rstrip("".join(self.digits))
        if len(s) - len(tail) >= 2 and tail[-1:] in self.multipliers:
            raise NotANumber(s) from why
        arabic = "".join(str(self.digits[c]) if c in self.digits else c for c in s)
        if not arabic[:1].isdigit():
            arabic = "1" + arabic  # 十八 → 1十8
        try:
            return self.arabic(arabic)
        except NotANumber:
            raise NotANumber(s) from why

    def digit_by_digit(self, s: str) -> Decimal | None:
        """二三五七萬八八一二 → 23578812, 一○四二萬 → 10420000, 一兆三五六億 → 1.0356e12: a
        numeral without 十百千 whose digit runs are long (digit_run) or hold a zero is read
        digit by digit, its big multipliers as in 1万2千 (None when it is not such a numeral).
        So is one whose point follows two digits or more (一二点四 → 12.4: no range has a
        decimal point; 零点零三 and 三点五 are cn2an's)."""
        if self.small.intersection(s) or not any(c in self.digits for c in s):
            return None
        whole, point, _ = s.partition(next(iter(self.points.intersection(s)), "\0"))
        if point:
            if len(whole) < 2 or not set(whole) <= self.digits.keys():
                return None
            s = s.replace(point, ".", 1)
        elif not all(len(r) >= self.min_digit_run or self.zeros.intersection(r) for r in self.digit_run.findall(s) or [""]):
            return None
        as_arabic = "".join(str(self.digits[c]) if c in self.digits else c for c in s.translate(self.financial))
        return self.arabic(as_arabic)

    def multiplier_value(self, chars: str) -> Decimal:
        """万亿 → 10**12, 千万 → 10**7, 仟 → 1000: stacked multipliers multiply."""
        value = Decimal(1)
        for ch in chars.translate(self.financial):
            value = bounded(value * self.multipliers[ch], chars)
        return value

    def trailing_multiplier(self, numeral: str) -> Decimal:
        """5万 → 10**4, 3万亿 → 10**12, 35 → 1: the big multipliers a numeral ends with."""
        rest = numeral.rstrip("".join(k for k, v in self.multipliers.items() if v >= WAN))
        return self.multiplier_value(numeral[len(rest):])

    # ---- Arabic digits with multipliers ------------------------------------------------
    def arabic(self, s: str) -> Decimal:
        """Arabic digits with multipliers, read as a Chinese numeral whose digits are
        Arabic: 618万, 3,351, 79750.1亿, 1万2千, 1亿2000万, 2千零30万 (= 2030万), 1千零1.

        Small multipliers (十百千) build a section, 万 closes a section into the
        万-group, 亿 closes everything before it; a multiplier right after another
        (2.5万亿, 10万万) multiplies what is already there. A last single digit
        right after a multiplier is the next lower place, as in 两万五: 2万5 is
        25000 and 3千2 is 3200; after 零 it is itself (1千零1 is 1001).
        """
        s = s.replace(",", "")
        tokens = self.mixed_token.findall(s)
        if not tokens or "".join(tokens) != s or not tokens[0][0].isdigit():
            raise NotANumber(s)
        state = MixedNumeral(s, self.multipliers)
        for i, tok in enumerate(tokens):
            state.read(tok, last_token=i == len(tokens) - 1, zero=tok in self.zeros)
        return state.value()


class MixedNumeral:
    """The running state of :meth:`NumeralReader.arabic`: one method per kind of token.

    Small multipliers (十百千) build a section; each big one (万, 亿, 兆) closes the
    section and every closed group below it into a group of its own level
    (1亿2000万, 1兆3000亿); one right after the same one multiplies it (10万万).
    """

    __slots__ = ("last", "mult", "number", "parts", "s", "section", "small")

    def __init__(self, s: str, multipliers: dict[str, Decimal]):
        self.s, self.mult = s, multipliers
        self.parts: list[tuple[Decimal, Decimal]] = []  # closed groups: (amount, level)
        self.section = Decimal(0)
        self.number: Decimal | None = None
        self.last: str | None = None
        self.small = Decimal(WAN)  # the last of 十百千 in this section: they must come in falling order

    def read(self, tok: str, last_token: bool, zero: bool) -> None:
        if zero:
            self.last = tok
            return
        if tok[0].isdigit():
            self.digits(tok, last_token)
        elif self.mult[tok] < WAN:
            self.small_multiplier(tok)
        else:
            self.big_multiplier(self.mult[tok])
        self.last = tok
        bounded(self.value(), self.s)

    def digits(self, tok: str, last_token: bool) -> None:
        if self.number is not None:
            raise NotANumber(self.s)  # two numbers with nothing between
        self.number = Decimal(tok)
        if last_token and self.last in self.mult and len(tok) == 1:
            self.number *= self.mult[self.last] / 10  # 2万5: the next lower place

    def small_multiplier(self, tok: str) -> None:
        if self.mult[tok] >= self.small:
            raise NotANumber(self.s)
        self.small = self.mult[tok]
        self.section += (self.number if self.number is not None else Decimal(1)) * self.small
        self.number = None

    def big_multiplier(self, m: Decimal) -> None:
        current = self.section + (self.number or 0)
        if current == 0 and self.parts and self.last is not None and self.mult.get(self.last) == m:
            amount, level = self.parts.pop()
            self.parts.append((amount * m, level * m))  # 10万万
        elif any(level == m for _, level in self.parts):
            raise NotANumber(self.s)  # 1万2万: a group of this level is closed already
        else:
            low = sum((a for a, level in self.parts if level < m), Decimal(0)) + current
            self.parts = [(a, level) for a, level in self.parts if level >= m] + [(low * m, m)]
        self.section, self.number, self.small = Decimal(0), None, Decimal(WAN)

    def value(self) -> Decimal:
        return sum((a for a, _ in self.parts), Decimal(0)) + self.section + (self.number or 0)


def fraction(numerator: Decimal, denominator: Decimal) -> Decimal:
    if denominator == 0:
        raise ValueError("not a number: division by zero")
    return numerator / denominator
