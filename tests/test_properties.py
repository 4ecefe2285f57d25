"""Properties that hold for any input (hostile input: never crash, never lie)."""

import json
import math

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from jqextract import extract, find_quantities, parse_number
from jqextract.rules import Alternation, Rules

from strategies import any_text, chinese_text, numeral, piece


def check_facts(text, facts):
    last = -1
    for f in facts:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= last  # text order
        last = f.start
        assert math.isfinite(f.value)
        assert f.norm_value is None or math.isfinite(f.norm_value)
        assert f.high is None or math.isfinite(f.high)
        json.dumps(f.to_dict(), ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_extract_never_fails_and_spans_are_exact(text):
    check_facts(text, extract(text))


@settings(max_examples=300, deadline=None)
@given(chinese_text)
def test_quantities_on_numeral_soup(text):
    check_facts(text, find_quantities(text))


@settings(max_examples=300, deadline=None)
@given(numeral)
def test_parse_number_returns_a_number_or_raises_value_error(s):
    try:
        v = parse_number(s)
    except ValueError:
        return
    assert isinstance(v, (int, float)) and math.isfinite(v)


# (two patterns match at one start, to different ends: 12月1日起, 上周四, 2023/24赛季, 今年入夏以来, 截至6月30日止)
TIME_PIECES = ["今年", "上半年", "前三季度", "1—11月份", "截至9月末", "2024年", "3月", "16:30", "民國113年", "本赛季",
               "国庆假期", "上午", "今（12）日", "一二", "年度", "12月1日起", "上周四", "2023/24赛季", "今年入夏以来",
               "截至6月30日止", "明年起", "至", "第", "约", "期间", "底", "末", "。", "！", "，"]
time_text = st.lists(st.one_of(st.sampled_from(TIME_PIECES), piece), max_size=30).map("".join)
TIME_PATTERNS = Rules().triggers.time.patterns
TIME_ALTERNATION = regex.compile("|".join(f"(?:{p})" for p in TIME_PATTERNS))


@settings(max_examples=300, deadline=None)
@given(time_text, time_text)
def test_time_patterns_scanned_one_at_a_time_find_what_their_alternation_finds(before, sentence):
    """The subject stage scans the time patterns one by one over a whole document
    (faster); a sentence's phrases must be those the alternation finds in it alone."""
    text = f"{before}。{sentence}。"
    s, end = len(before) + 1, len(text) - 1
    whole = Alternation([regex.compile(p) for p in TIME_PATTERNS], TIME_ALTERNATION).scan(text)
    alone = [(s + m.start(), s + m.end()) for m in TIME_ALTERNATION.finditer(text[s:end])]
    assert whole.within(0, len(text)) == [m.span() for m in TIME_ALTERNATION.finditer(text)]
    assert whole.within(s, end) in (alone, None)  # (None: a phrase runs past the end, scanned alone)
