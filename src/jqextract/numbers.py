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

# 3,351 / 3.19 / 1万2千 / 2.5万亿 : digit groups, each followed by its multipliers
ARABIC_SEGMENT = re.compile(r"(\d+(?:\.\d+)?)([十百千万亿萬億]*)")
ARABIC_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def as_number(d: Decimal) -> int | float:
    """Integers print as integers (contract §4); everything else is a float."""
    if d == d.to_integral_value() and abs(d) < 10**18:
        return int(d)
    return float(d)


def multiplier_value(chars: str) -> int:
    """万亿 → 10**12, 百万 → 10**6: stacked multipliers multiply."""
    m = 1
    for ch in chars:
        m *= MULTIPLIERS[ch]
    return m


def parse_arabic(s: str) -> Decimal:
    """Arabic digits with optional multipliers: 618万, 3,351, 1万2千, 79750.1亿, 1千零1."""
    s = s.replace(",", "").replace("零", "")
    pos, total, last_scale = 0, Decimal(0), None
    for m in ARABIC_SEGMENT.finditer(s):
        if m.start() != pos or not m.group(0):
            raise ValueError(f"not a number: {s!r}")
        scale = multiplier_value(m.group(2))
        if last_scale is not None and scale >= last_scale:
            raise ValueError(f"not a number: {s!r}")  # 1万2万 is not one number
        total += Decimal(m.group(1)) * scale
        last_scale, pos = scale, m.end()
    if pos != len(s) or pos == 0:
        raise ValueError(f"not a number: {s!r}")
    return total


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
    s = s.replace("万万", "亿")  # 四万万 (old usage) is 4亿
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
        for prefix, divisor in (("百万分之", 10**4), ("万分之", 100), ("千分之", 10)):
            if s.startswith(prefix):  # in percent: 万分之三 = 0.03 %
                return parse_plain(s[len(prefix):]) / divisor
        if s.startswith("百分之"):
            return parse_plain(s[3:])
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
    return as_number(parse_decimal(s))
