"""Inputs that once broke an invariant, found by the hostile-input tests and fuzzing."""

import json
import math

import pytest

from jqextract import extract, find_quantities


def test_a_huge_digit_run_is_no_infinite_amount():
    # 400 digits before 元 overflowed float to inf; digit dumps are identifiers
    for text in ("1" * 400 + "元", "1" * 5000 + "万元", "账号6222021234567890123的余额"):
        facts = extract(text)
        assert all(math.isfinite(f.value) for f in facts)
        json.dumps([f.to_dict() for f in facts])
    assert extract("1" * 400 + "元") == []


def test_a_list_item_is_only_in_its_own_clause():
    # a 、 long before made 66年 a list item of an earlier clause
    text = "实际使用外资1363亿美元、增长4%。分步骤全面推开营改增，结束了66年的营业税征收历史。"
    f = [f for f in extract(text) if f.text == "66年"][0]
    assert f.subject == "营业税征收历史"


def test_quantity_to_dict_is_json():
    from jqextract import find_quantities

    assert json.loads(json.dumps([q.to_dict() for q in find_quantities("一半以上")]))[0]["value"] == 50


def values(text):
    return [(f.text, f.value, f.unit, f.high) for f in extract(text, subjects=False)]


def test_review_findings_on_numbers():
    assert values("减少十分之三") == [("十分之三", 30, "%", None)]  # was 3000 %
    assert values("十万分之五") == [("十万分之五", 0.005, "%", None)]
    assert values("月薪8000至1万元") == [("8000至1万元", 8000, "元", 10000)]  # low end kept
    assert values("投资3至5万元") == [("3至5万元", 30000, "元", 50000)]
    assert values("距离500米至2公里") == [("500米至2公里", 500, "米", 2000)]  # high in the low's unit
    assert values("万分之三至五") == [("万分之三至五", 0.03, "%", 0.05)]
    assert values("1/4的人口") == [("1/4", 25, "%", None)]  # at offset 0
    assert values("3至5公斤半") == [("3至5公斤半", 3, "公斤", 5.5)]
    assert values("比值-1.5∶2")[0][:2] == ("-1.5", -1.5)
    assert values("投资1" + "万" * 90 + "元") == []  # beyond any amount
    assert values("工资2万5元") == [("2万5元", 25000, "元", None)]  # like 两万五


def test_pieces_of_a_file_give_the_facts_of_the_whole(tmp_path):
    # a piece once started mid-line, so a layout break after it was not joined
    from jqextract import extract_file

    from conftest import GOLD

    text = ("前言内容在这里写着。\n" * 3 + "甲" * 25 + "。酒泉市今年新增并网光伏发电装机容量达\n\n618万千瓦，储能303万千瓦时。\n"
            + (GOLD / "jiuquan-2024.txt").read_text(encoding="utf-8") * 2)
    f = tmp_path / "doc.txt"
    f.write_text(text, encoding="utf-8")
    whole = [x.to_dict() for x in extract(text)]
    for chunk in (200, 2000):  # a piece is cut mid-line only when a line is longer than two pieces
        assert [x.to_dict() for x in extract_file(f, chunk_chars=chunk)] == whole


def test_a_gb18030_file_with_a_long_ascii_head(tmp_path):
    from jqextract import extract_file

    f = tmp_path / "gbk.txt"
    f.write_bytes(b"a" * 1_100_000 + "全市新增并网618万千瓦。".encode("gb18030"))
    assert [(x.text, x.value) for x in extract_file(f)] == [("618万千瓦", 6180000)]


@pytest.mark.parametrize("text, value, high, unit", [
    ("3至5千瓦", 3, 5, "千瓦"),            # was 3 瓦 to 5000 瓦: the high end's 千 left the unit
    ("装机3至5万千瓦", 30000, 50000, "千瓦"),
    ("装机容量30至50兆瓦", 30, 50, "兆瓦"),   # was 3e13 W
    ("3—5亿千瓦时", 300000000, 500000000, "千瓦时"),
    ("3到5千米", 3, 5, "千米"),
])
def test_a_range_keeps_the_unit_its_high_end_starts(text, value, high, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.high, q.unit) == (value, high, unit)


@pytest.mark.parametrize("text, spans", [
    ("最高气温在36℃ — 37℃之间", [("36℃ — 37℃", 36, 37)]),  # was two facts, and 36 — 37℃ gave a location 36
    ("最高气温36 — 37℃", [("36 — 37℃", 36, 37)]),
    ("股价在10元 - 12元之间", [("10元 - 12元", 10, 12)]),
    ("最高气温36℃ —37℃", [("36℃", 36, None), ("37℃", 37, None)]),  # a space on one side only: no range
])
def test_a_range_may_be_written_with_spaces_around_its_dash(text, spans):
    assert [(q.text, q.value, q.high) for q in find_quantities(text)] == spans


def test_multipliers_stacked_past_any_amount_before_a_range_mark_read_no_range():
    # found by test_properties' numeral soup: reading the range's low end raised NotANumber
    for text in ("0万亿万万~0", "产值5万亿万万至6万亿元"):
        assert all(q.high is None for q in find_quantities(text))


def test_a_list_shares_a_unit_that_starts_with_a_multiplier():
    assert [(q.value, q.unit) for q in find_quantities("2和3千瓦")] == [(2, "千瓦"), (3, "千瓦")]
