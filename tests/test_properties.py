"""Properties that hold for any input (hostile input: never crash, never lie)."""

import json
import math

from hypothesis import given, settings

from jqextract import extract, find_quantities, parse_number

from strategies import any_text, chinese_text, numeral


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
