"""Inputs that once broke an invariant, found by the hostile-input tests and fuzzing."""

import json
import math

from jqextract import extract


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
