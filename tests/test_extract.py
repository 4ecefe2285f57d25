"""Quantities and facts on real sentences of the kinds the issues name."""

from jqextract import extract, find_quantities


def facts(text):
    return [(f.subject, f.predicate, f.text) for f in extract(text)]


def test_offsets_survive_layout_breaks():
    text = ("过去一年,县域医疗服务能力持续提升,重点专科建设成效明显,就诊患者外转率下降\n\n"
            "26.2%,全力打好河西走廊沙漠边缘阻击战,防沙阻沙锁边工程全面开工,修复退\n\n化草原180.4万亩。")
    found = extract(text)
    assert [f.text for f in found] == ["下降\n\n26.2%"[4:], "180.4万亩"]
    for f in found:
        assert text[f.start : f.end] == f.text
    assert found[1].subject.replace("\n", "") == "退化草原"


def test_quantity_broken_across_lines_keeps_original_offsets():
    text = "过去一年全市新增城镇就业人数和劳动力输转人数均显著增长，新增并网618万\n\n千瓦。"
    q = find_quantities(text)[-1]
    assert q.text == "618万\n\n千瓦" and q.value == 6180000 and text[q.start : q.end] == q.text


def test_subject_before_and_after_predicate():
    assert facts("新能源装机达到3351万千瓦。") == [("新能源装机", "达到", "3351万千瓦")]
    assert facts("新增并网618万千瓦,治理沙化土地92.2万亩。") == [
        ("并网", "新增", "618万千瓦"), ("沙化土地", "治理", "92.2万亩")]


def test_attributive_quantity():
    assert facts("酒泉城区占地257.2亩的人工湿地。")[0][0] == "人工湿地"
    assert facts("5631户群众搬入新居。")[0][:1] == ("群众",)
    assert facts("一百多辆AGV智能运输车在生产线上运转。")[0][0] == "AGV智能运输车"


def test_list_shares_predicate():
    got = facts("新增并网618万千瓦、储能303万千瓦时。")
    assert got == [("并网", "新增", "618万千瓦"), ("储能", "新增", "303万千瓦时")]
    got = facts("具备年产主机2600台、叶片2950套的能力。")
    assert [g[0] for g in got] == ["主机", "叶片"]


def test_fenbie_and_jun_distribute_subjects():
    got = facts("接待游客、旅游花费分别增长30%和26%。")
    assert got == [("接待游客", "增长", "30%"), ("旅游花费", "增长", "26%")]
    got = extract("基本养老保险、工伤保险参保率均达到98%以上。")
    assert [(f.subject, f.text) for f in got] == [("基本养老保险参保率", "98%以上"), ("工伤保险参保率", "98%以上")]


def test_one_total_without_jun():
    got = facts("改造老旧小区房屋和城市危旧房6853套。")
    assert len(got) == 1 and got[0][2] == "6853套"


def test_omitted_subject_is_carried():
    got = extract("全社会用电量达8294亿千瓦时,同比增长17.4%。")
    assert [f.subject for f in got] == ["全社会用电量", "全社会用电量"]
    assert got[1].change == "up"


def test_context_fields():
    f = extract("2024年,酒泉市地区生产总值有望突破1000亿元大关。")[0]
    assert (f.subject, f.predicate, f.qualifier, f.modality, f.time) == ("地区生产总值", "突破", "more_than", "有望", "2024年")
    f = extract("单位还帮我申请了期限3年每月1500元的生活补贴。")[1]
    assert (f.per, f.subject) == ("月", "生活补贴")


def test_to_dict_has_contract_fields():
    d = extract("过去一年,酒泉新增并网618万千瓦")[0].to_dict()
    assert d == {**d, "text": "618万千瓦", "value": 6180000, "unit": "千瓦", "norm_value": 6180000000,
                 "norm_unit": "W", "subject": "并网", "predicate": "新增", "qualifier": None}
    assert isinstance(d["value"], int)


def test_quantities_only_mode_has_no_subjects():
    assert all(f.subject is None for f in extract("新增并网618万千瓦", subjects=False))


def test_empty_and_plain_text():
    assert extract("") == []
    assert extract("没有数字的句子。") == []


def test_small_form_decimal_point_is_a_point():
    """Macau's statistics write decimals with the small full stop (U+FE52): 302﹒12萬人次 is one
    quantity, kept as written, and the gold loader reads it the same way."""
    from jqextract.evaluate import values_written_in

    text = "7月旅客302﹒12萬人次，按年升12﹒5%。"
    found = extract(text)
    assert [(f.text, f.value, f.unit) for f in found] == [("302﹒12萬人次", 3021200, "人次"), ("12﹒5%", 12.5, "%")]
    assert all(text[f.start : f.end] == f.text for f in found)
    assert 3021200 in values_written_in("302﹒12萬人次")


def test_points_in_a_taiwan_text_are_no_money():
    """In a Taiwan text 元 and its fen are TWD (facts.md §4), but 分 after a player's name is points,
    a form the fen shares: only a quantity read as money takes the region's currency."""
    found = {f.text: f for f in extract("台銀以78:70擊敗台啤。賈西亞20分、9籃板；新台幣收30.246元，小貶1.7分。")}
    assert (found["20分"].norm_unit, found["20分"].subject) == ("分", "賈西亞")
    assert (found["30.246元"].norm_unit, found["1.7分"].norm_unit) == ("TWD", "TWD")
    assert found["1.7分"].norm_value == 0.017
