"""Subjects a reader would write: whole noun phrases, never fragments (facts.md §6).

The examples of the issue that asked for this, each as it must come out, and a
check over every subject of both corpora (the 16 reports and the 16 genre texts)
for the shapes a subject may never have.
"""

import re

import pytest

from jqextract import extract
from jqextract.rules import Rules

from conftest import CORPUS, GENRES, needs_shared

ISSUE_EXAMPLES = [
    # (text, [(quantity, subject, predicate, extra fields)])
    ("全市共有各类市场主体120万户，比上年增长8.1%",
     [("120万户", "各类市场主体", "共有", {"location": "全市"}), ("8.1%", "各类市场主体", "增长", {})]),
    ("国内生产总值从54万亿元增加到82.7万亿元",
     [("54万亿元", "国内生产总值", None, {}), ("82.7万亿元", "国内生产总值", "增加到", {})]),
    ("该项目总投资约1.2万亿元", [("1.2万亿元", "项目总投资", None, {"qualifier": "approx"})]),
    ("风电发电量占全省发电量18.5%", [("18.5%", "风电发电量", "占", {})]),
    ("今年完成技术改造项目120个", [("120个", "技术改造项目", "完成", {"time": "今年"})]),
    ("一季度发生营业费用3.2亿元", [("3.2亿元", "营业费用", "发生", {"time": "一季度"})]),
    ("本周秦皇岛港动力煤价格为每吨800元",
     [("800元", "动力煤价格", "为", {"per": "吨", "time": "本周", "location": "秦皇岛港"})]),
    ("全年荣获省级荣誉35项", [("35项", "省级荣誉", "荣获", {"time": "全年", "location": None})]),
    ("全市60岁以上老年人口为86万人", [("86万人", "60岁以上老年人口", "为", {})]),  # 60岁以上 defines the group
    ("产量居前三位的省份依次为河南、山东、黑龙江，分别为1.3亿吨、1.1亿吨和0.8亿吨",
     [("1.3亿吨", "河南", "为", {}), ("1.1亿吨", "山东", "为", {}), ("0.8亿吨", "黑龙江", "为", {})]),
    ("五、城镇居民人均可支配收入42359元", [("42359元", "城镇居民人均可支配收入", None, {"per": "人"})]),
    ("今年前三季度，全省实现地区生产总值3.2万亿元", [("3.2万亿元", "地区生产总值", "实现", {"time": "今年前三季度"})]),
]


@pytest.mark.parametrize("text, expected", ISSUE_EXAMPLES, ids=[t[:12] for t, _ in ISSUE_EXAMPLES])
def test_issue_example(text, expected):
    facts = extract(text)
    assert [f.text for f in facts] == [e[0] for e in expected]
    for f, (_, subject, predicate, extra) in zip(facts, expected):
        assert (f.subject, f.predicate) == (subject, predicate), f
        for key, value in extra.items():
            assert getattr(f, key) == value, (key, f)


def test_a_subject_list_shares_its_head():
    facts = extract("一产、二产、三产增加值分别增长6%、5.2%、5.2%")
    assert [f.subject for f in facts] == ["一产增加值", "二产增加值", "三产增加值"]
    facts = extract("营业收入、净利润分别为199.9亿元、29.8亿元，同比分别增长19.2%和5.9%")
    assert [f.subject for f in facts] == ["营业收入", "净利润", "营业收入", "净利润"]


def test_layout_breaks_are_not_in_subjects():
    text = "这一行是很长的正文，其中没有别的数字，只为说明版面换行会被拼接起来，治理退\n\n化草原92.2万亩。"
    assert [f.subject for f in extract(text)] == ["退化草原"]


# ---- over both corpora -------------------------------------------------------------------

FUNCTION_WORDS = set("的了和与及或在为是至到从由于把将被就也都又还再所以而且但")
# the predicate verbs of the shipped rules, but for those that also name a flow (出口17103亿元)
# or a change (增速|比上月加快3.1个百分点: the growth rate that moved, triggers.toml change_nouns)
_PREDICATES = Rules().triggers.predicates
VERBS = set(_PREDICATES.verbs) - set(_PREDICATES.flow_verbs) - set(Rules().triggers.subject.change_nouns)
LIST_MARKER = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、")
LIST_NUMBER = re.compile(r"\d{1,2}(?:、|[.．](?!\d))")  # 1、 or 1. (1.5T is a number)


def corpus_subjects():
    for folder in (CORPUS, GENRES):
        for path in sorted(folder.glob("*.txt")) if folder.exists() else []:
            for f in extract(path.read_text(encoding="utf-8")):
                if f.subject is not None:
                    yield path.name, f


def subject_problem(subject: str) -> str | None:
    if len(subject) == 1:
        return "a single character"
    if subject in FUNCTION_WORDS:
        return "a function word"
    if subject in VERBS:
        return "a verb"
    if subject.startswith(LIST_MARKER) or LIST_NUMBER.match(subject):
        return "starts with a list marker"
    if "\n" in subject:
        return "contains a line break"
    if subject.startswith("每") and len(subject) <= 3:
        return "a bare 每X"
    return None


def test_no_subject_of_either_corpus_has_a_forbidden_shape():
    needs_shared(CORPUS)
    needs_shared(GENRES)
    found = [(doc, f.text, f.subject, why) for doc, f in corpus_subjects() if (why := subject_problem(f.subject))]
    assert not found, found[:20]


@pytest.mark.parametrize("subject, problem", [("的", "a single character"), ("五、城镇居民收入", "starts with a list marker"),
                                              ("退\n\n化草原", "contains a line break"), ("每吨", "a bare 每X"),
                                              ("1.5T四缸发动机最大功率", None), ("3.城镇居民收入", "starts with a list marker"),
                                              ("城镇居民收入", None), ("涉及", "a verb"), ("出口", None), ("增速", None)])
def test_the_corpus_check_can_fail(subject, problem):
    assert subject_problem(subject) == problem


# A fresh-eyes review of the part-of-speech, place and group rules found these; each
# came out wrong on the way (written for the purpose, none from a gold document).
REVIEW_CASES = [
    ("全市有500名外来务工人员。", "500名", "外来务工人员", "全市"),  # a place word (外来) opens the noun
    ("共有30个沿海城市。", "30个", "沿海城市", None),
    ("能见度介于1.8～8公里之间。", "1.8～8公里", "能见度", None),  # 之间 alone names nothing
    ("其余地区增长3%。", "3%", "其余地区", None),  # not 其|余地区
    ("其他国家GDP增长2%。", "2%", "其他国家GDP", None),
    ("继电器产量增长5%。", "5%", "继电器产量", None),
    ("主营业务收入80亿元，其他20亿元。", "20亿元", "其他", None),  # 其他 is no place
    ("中国人寿保费收入增长5%，东部地区增长3%。", "3%", "中国人寿保费收入", "东部地区"),  # 中国|人寿 is no place prefix
    ("全市共有超过1亿元的项目50个。", "50个", "超过1亿元的项目", "全市"),  # 共有 is no level's noun
    ("营业收入、利润分别增长10%和5%。", "5%", "利润", None),  # a measure of its own keeps its name
    ("60岁以上老年人口由80万人增至86万人。广州市地区生产总值为100亿元。", "86万人", "60岁以上老年人口", None),
    ("北京，增长5%。", "5%", None, None),  # a place is no topic
    # a demonstrative and an institution (该校) name nothing (paragraph probe 43)
    ("该校2024届本科毕业生共6832人。", "6832人", "2024届本科毕业生", None),
    # twenty-eighth session (written for the purpose): a clause naming only its verb repeats the
    # sentence's last statement with that verb and unit, past a measure named between without one
    ("商品房成交930套，均价5万元/平方米，套均总价436万元；上周成交1325套。", "1325套", "商品房", None),
    ("沪指涨1.49%，报收3411.72点；创业板指涨5.32%，报收3459.72点。", "3459.72点", "创业板指", None),
    ("瞬间最大阵风每秒53米，相当于16级风。", "16级", "瞬间最大阵风", None),
    # …and a list before a clause that names only the items' change (幅度, 涨幅) pairs with 分别
    ("菠菜、菜花和黄瓜价格环比增幅较大，幅度分别为113.5%、110.1%和93.4%。", "110.1%", "菜花价格", None),
    ("苹果、香蕉和梨价格上涨，涨幅分别为5%、3%和2%。", "2%", "梨价格", None),
    ("实现旅游收入累计2582亿元。", "2582亿元", "旅游收入", None),  # a tally names no measure
    # …and what its fresh-eyes review found worse on the way (sentences of the reviewer's own)
    ("东部、中部、西部地区投资增长，增幅分别为3.8%、5.1%和4.2%。", "5.1%", "增幅", None),  # places alone list no items
    ("國內汽油、柴油價格調升，漲幅分別為1.8%及2.1%。", "1.8%", "國內汽油價格", None),  # not 國內汽油油價格
    ("本周铜、铝、锌期货价格走低，降幅分别达3.2%、2.1%和1.5%。", "3.2%", "铜期货价格", None),
    ("进出口方面，进口增长5%，出口增长8%。", "5%", "进口", None),  # a heading owns nothing
    # …and what the second review found (its sentences): a price per unit is no exchange rate's base, a
    # zodiac animal before 年均 no year
    ("大米价格保持稳定，每公斤4.5元。", "4.5元", "大米价格", None),
    ("全县奶牛存栏2万头，牛年均产奶量达8.5吨。", "8.5吨", "牛年均产奶量", None),
]


@pytest.mark.parametrize("text, quantity, subject, location", REVIEW_CASES, ids=[c[0][:10] for c in REVIEW_CASES])
def test_review_case(text, quantity, subject, location):
    fact = next(f for f in extract(text) if f.text == quantity)
    assert (fact.subject, fact.location) == (subject, location)


@pytest.mark.xfail(strict=True, reason="the phenomenon after 出现 is not read as the topic of the places' readings "
                   "after it: the subject is the place, with no location (twenty-eighth session's review); "
                   "多地 is at least no longer glued to the place (南京多地)")
def test_a_phenomenon_named_after_its_verb_is_the_places_measure():
    fact = next(f for f in extract("受强对流天气影响，江苏多地出现暴雨，南京是120毫米，苏州是100毫米。") if f.text == "100毫米")
    assert (fact.subject, fact.location) == ("暴雨", "苏州")


def test_a_noun_the_dictionary_tags_a_verb_ends_no_counted_noun():
    """The dictionary tags 举措, 组织 and 产能 verbs: at a clause's end after a count's noun they are its
    head, not what the counted things do (thirty-seventh session: the tuned report
    gov-report-chongqing-2026 and the session's review)."""
    facts = {f.text: f.subject for f in extract("出台推动市属国企高质量发展21项重点举措，全县共有126个社会组织。")}
    assert (facts["21项"], facts["126个"]) == ("重点举措", "社会组织")


def test_the_backwards_time_search_finds_what_the_forward_one_finds(shipped, example_windows, sampled_windows):
    """_strip_back asks whether a subject ends in a time phrase with the time alternation
    searched backwards ((?r), six times faster); it must answer as the forward search does on
    stretches of the rule examples (times, and text that holds none): on a fixed sample of
    them, and on every stretch where the backward search finds one (the forward search over
    all of them took minutes of CI: conftest WINDOW_SAMPLE)."""
    rules = shipped.subjects.rules
    forward, backward = rules.time_at_end, rules.back_any[-1]
    assert len(example_windows) > 20_000 and len(sampled_windows) > 20_000
    matched = [s for s in example_windows if backward.search(s) is not None]
    assert len(matched) > 1000
    disagree = [s for s in (*sampled_windows, *matched) if (forward.search(s) is None) != (backward.search(s) is None)]
    assert disagree == []
    anywhere = [s for s in sampled_windows if (rules.time.search(s) is None) != (rules.time_anywhere.search(s) is None)]
    assert anywhere == []  # (times_from asks it whether a long stretch holds any time at all)


def test_times_looked_for_in_stretches_are_those_of_the_whole_text(shipped):
    """times_from scans only the sentences that hold quantities (Alternation.scan with
    stretches); inside a stretch it must find what a scan of the whole text finds, with the
    text before and after in view, and outside every stretch it must say it does not know."""
    from jqextract.examples import examples

    extractor, scan = shipped, shipped.subjects.rules.time_scan
    texts = sorted({getattr(e.case, "text", None) or "" for e in examples(extractor)})
    text = "。".join(texts)  # (one long document: sentences cut by its marks)
    marks = [i for i, c in enumerate(text) if c == "。"] + [len(text)]
    sentences = list(zip([0] + [m + 1 for m in marks[:-1]], marks))
    stretches = sentences[1::3]
    whole, part = scan.scan(text), scan.scan(text, stretches)
    assert len(stretches) > 100 and part.ends != whole.ends
    assert [part.within(a, b) for a, b in stretches] == [whole.within(a, b) for a, b in stretches]
    assert all(part.within(a, b) is None for a, b in sentences[::3] if b > a)


def test_a_segmenter_that_drops_characters_crashes_nothing(monkeypatch):
    """pkuseg leaves spaces out of its words, so the word ends of a window may stop short of
    its end; the test split crashed on that with pkuseg once (a StopIteration in
    glued_to_noun). Every window's words here lose their last character."""
    from jqextract.subjects import DocumentReader

    cut = DocumentReader.cut
    monkeypatch.setattr(DocumentReader, "cut", lambda self, window: cut(self, window)[:-1] or ("",))
    facts = extract("今年营收高达100万元，道指收高120点。")
    assert [f.text for f in facts] == ["100万元", "120点"]


def test_the_words_of_a_window_run_through_it_end_to_end():
    """pkuseg leaves spaces out of its words; the subject stage counts positions by adding up
    word lengths, so what a segmenter leaves out comes back as words of its own (under pkuseg,
    tech-2's 市场 3D电视格局骤 was a subject read with every position after the space off by one)."""
    from jqextract.subjects import covering

    assert covering("营收 高达100万元", ["营收", "高达", "100万", "元"]) == ("营收", " ", "高达", "100万", "元")
    assert covering("市场 3D电视", ["市场", "3D", "电视"]) == ("市场", " ", "3D", "电视")
    assert covering("全年 ", ["全年"]) == ("全年", " ")
    assert covering("全年增长", ["全年", "增长"]) == ("全年", "增长")


def test_the_time_patterns_look_behind_no_further_than_a_stretch_shows(shipped):
    """Alternation.scan joins the stretches it scans, each with LOOKBACK characters of the
    text before it: a lookbehind that reads further back would see the joint. Every time
    pattern must parse with Python's re (to be measured) and look back LOOKBACK or less."""
    from re import _parser as sre

    from jqextract.rules import Alternation

    def lookbehinds(items):
        for op, av in items:
            if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == -1:
                yield av[1].getwidth()[1]
            for sub in (av if isinstance(av, (list, tuple)) else ()):
                if isinstance(sub, sre.SubPattern):
                    yield from lookbehinds(sub)
                elif isinstance(sub, list):
                    yield from (w for part in sub if isinstance(part, sre.SubPattern) for w in lookbehinds(part))

    patterns = shipped.subjects.rules.time_scan.patterns
    widths = {p.pattern: max(lookbehinds(sre.parse(p.pattern)), default=0) for p in patterns}
    assert max(widths.values()) >= 1  # (some do look behind)
    assert {p: w for p, w in widths.items() if w > Alternation.LOOKBACK} == {}
