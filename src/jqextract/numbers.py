"""Numerals → values.

Stage one of the pipeline's arithmetic: turn one numeral string into its value.
cn2an is used where it is right (well-formed Chinese and financial numerals,
including colloquial 两万五 and digit strings like 二〇二四); our own code handles
what it rejects or gets wrong for our purpose: Arabic digits with multipliers
(618万, 3.19亿, 1万2千), approximate 一百多, fractions, percent forms, full-width
digits, and returning integers as ``int`` rather than ``float``.

Values are computed with ``Decimal`` so that 3.19亿 is exactly 319000000.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－／", "0123456789.,%-/")
MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CHINESE_DIGITS = set("零〇一二三四五六七八九两壹贰貳叁參肆伍陆陸柒捌玖")
CHINESE_CHARS = CHINESE_DIGITS | set("十百千万亿拾佰仟萬億点")
NEGATIVE_SIGNS = ("负", "-", "−")
# financial numerals mixed with plain ones (一千零拾肆) are read as plain ones
FINANCIAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")

# the tokens of a mixed numeral: Arabic numbers, multipliers and 零
MIXED_TOKEN = re.compile(r"\d+(?:\.\d+)?|[十百千万亿萬億零]")
# values beyond any amount a report states (and beyond what a float holds)
LARGEST = Decimal(10) ** 20


def as_number(d: Decimal) -> int | float:
    """Integers print as integers (contract §4); everything else is a float."""
    if d == d.to_integral_value() and abs(d) < 10**18:
        return int(d)
    return float(d)


def multiplier_value(chars: str) -> Decimal:
    """万亿 → 10**12, 千万 → 10**7, 仟 → 1000: stacked multipliers multiply."""
    value = Decimal(1)
    for ch in chars.translate(FINANCIAL):
        value *= MULTIPLIERS[ch]
    return value


def parse_arabic(s: str) -> Decimal:
    """Arabic digits with multipliers, read as a Chinese numeral whose digits are
    Arabic: 618万, 3,351, 79750.1亿, 1万2千, 1亿2000万, 2千零30万 (= 2030万), 1千零1.

    Small multipliers (十百千) build a section, 万 closes a section into the
    万-group, 亿 closes everything before it; a multiplier right after another
    (2.5万亿, 10万万) multiplies what is already there. A last single digit
    right after a multiplier is the next lower place, as in 两万五: 2万5 is
    25000 and 3千2 is 3200; after 零 it is itself (1千零1 is 1001).
    """
    s = s.replace(",", "")
    tokens = MIXED_TOKEN.findall(s)
    if not tokens or "".join(tokens) != s or not tokens[0][0].isdigit():
        raise ValueError(f"not a number: {s!r}")
    total = wan = section = Decimal(0)  # after 亿, in the 万-group, in this section
    number: Decimal | None = None
    last = None
    small = 10**4  # the last of 十百千 in this section: they must come in falling order
    wan_done = False  # a 万-group closed since the last 亿: 1万2万 is no number
    for i, tok in enumerate(tokens):
        if tok == "零":
            last = tok
            continue
        if tok[0].isdigit():
            if number is not None:
                raise ValueError(f"not a number: {s!r}")  # two numbers with nothing between
            number = Decimal(tok)
            if i == len(tokens) - 1 and last in MULTIPLIERS and len(tok) == 1:
                number *= MULTIPLIERS[last] // 10  # 2万5: the next lower place
            last = tok
            continue
        elif tok in "十百千":
            if MULTIPLIERS[tok] >= small:
                raise ValueError(f"not a number: {s!r}")
            small = MULTIPLIERS[tok]
            section += (number if number is not None else Decimal(1)) * small
            number = None
        elif tok in "万萬":
            if number is None and section == 0 and last in ("万", "萬"):
                wan *= 10**4  # 10万万
            elif wan_done:
                raise ValueError(f"not a number: {s!r}")
            else:
                wan += (section + (number or 0)) * 10**4
            section, number, small, wan_done = Decimal(0), None, 10**4, True
        else:  # 亿
            total = (total + wan + section + (number or 0)) * 10**8
            wan = section = Decimal(0)
            number, small, wan_done = None, 10**4, False
        last = tok
    return total + wan + section + (number or 0)


@lru_cache(maxsize=4096)
def parse_chinese(s: str) -> Decimal:
    """Chinese (and financial) numerals through cn2an, with a few colloquial forms.

    三四十 (thirty or forty) is not one number: callers split it into a range
    first. cn2an's "normal" mode accepts 两万五 (25000) and 三千二 (3200).
    """
    if not s or not set(s) <= CHINESE_CHARS or s[0] in "百千万亿佰仟萬億点":
        raise ValueError(f"not a number: {s!r}")
    if len(s) > 1 and set(s) <= CHINESE_DIGITS and not set(s) & set("〇零"):
        # 唯一一个, 一一对应: a run of digits without 〇 is not a digit string like 二〇二四
        raise ValueError(f"not a number: {s!r}")
    s = s.translate(FINANCIAL).replace("万万", "亿")  # 一千零拾肆; 四万万 (old usage) is 4亿
    try:
        value = cn2an.cn2an(s, "normal")
    except (ValueError, KeyError, IndexError, TypeError) as e:
        raise ValueError(f"not a number: {s!r}") from e
    return Decimal(str(value))


def parse_plain(s: str) -> Decimal:
    """A numeral without percent or fraction marks: Arabic, Chinese, or mixed 1.4万."""
    if not s:
        raise ValueError("not a number: ''")
    if s[0].isascii() and s[0].isdigit():
        return parse_arabic(s)
    return parse_chinese(s)


def parse_decimal(s: str) -> Decimal:
    """Like :func:`parse_number` but returns the exact ``Decimal``."""
    if not isinstance(s, str):
        raise TypeError(f"parse_number() takes a string, not {type(s).__name__}")
    s = s.strip().translate(FULLWIDTH)
    for sign in NEGATIVE_SIGNS:
        if s.startswith(sign) and len(s) > len(sign):
            return -parse_decimal(s[len(sign):])
    if "又" in s:  # 一又二分之一, 3又1/2: a whole number and a fraction
        whole, _, frac = s.partition("又")
        return parse_decimal(whole) + parse_decimal(frac)
    try:
        per = PER_PART.match(s)
        if per:  # 百分之三十 = 30 %, 千分之五 = 0.5 %, 一万万分之七 = 0.000007 %: in percent
            return parse_plain(s[per.end():]) * 100 / multiplier_value(per.group(1))
        if s.endswith("%"):
            return parse_plain(s[:-1])
        if s.endswith("‰"):
            return parse_plain(s[:-1]) / 10
        if s.endswith("成") and len(s) > 1:
            return parse_plain(s[:-1]) * 10
        if "分之" in s:
            den, _, num = s.partition("分之")
            return fraction(parse_plain(num), parse_plain(den))
        if "/" in s:
            num, _, den = s.partition("/")
            return fraction(parse_plain(num), parse_plain(den))
        return parse_plain(s)
    except InvalidOperation:
        raise ValueError(f"not a number: {s!r}") from None


# 百分之, 千万分之: "per N" (一百分之五 is the fraction 5/100, not this)
PER_PART = re.compile(r"([百千万亿佰仟萬億][十百千万亿拾佰仟萬億]*)分之")  # not 十分之三: a fraction


def fraction(numerator: Decimal, denominator: Decimal) -> Decimal:
    if denominator == 0:
        raise ValueError("not a number: division by zero")
    return numerator / denominator


def parse_number(s: str) -> int | float:
    """The value of one numeral string; ``ValueError`` if it is not a number.

    >>> parse_number("一千零五"), parse_number("1.4万"), parse_number("两万五")
    (1005, 14000, 25000)
    >>> parse_number("百分之三十"), parse_number("三分之一")
    (30, 0.3333333333333333)
    """
    value = parse_decimal(s)
    if abs(value) >= LARGEST:
        shown = s if len(s) <= 24 else s[:20] + "…"
        raise ValueError(f"not a number: {shown!r} is larger than any amount (10^20)")
    return as_number(value)
