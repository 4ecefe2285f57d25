"""The two segmenter backends and their errors."""

import pytest

from jqextract import extract
from jqextract.segment import PkusegSegmenter, SegmenterError, get_segmenter


def test_jieba_cuts_words():
    assert get_segmenter("jieba").cut("新能源装机达到") == ["新能源", "装机", "达到"]


def test_jieba_segmenter_cuts_as_jieba_does(shipped):
    """JiebaSegmenter finds jieba's best path itself (one pass per start): its words must be
    jieba's lcut(HMM=True) words for windows of every rule example (and of the shared corpus
    where it is beside the checkout), of the sizes the subject stage cuts, and for strings
    of mixed scripts, spaces and marks."""
    import random

    from conftest import ROOT

    from jqextract.examples import examples

    seg = get_segmenter("jieba")
    texts = sorted({getattr(e.case, "text", None) or "" for e in examples(shipped)})
    corpus = [f.read_text(encoding="utf-8") for f in sorted((ROOT.parent / "shared" / "corpus" / "raw").glob("*.txt"))]
    windows = [t[i : i + n] for t, step in [(t, 3) for t in texts] + [(t, 29) for t in corpus]
               for i in range(0, len(t), step) for n in (4, 9, 17, 40)]
    rng = random.Random(5)
    alphabet = "新能源装机达到人工湿地营收亿元万千瓦 \r\n\t,.，。、AGVab12３%-_#&+（）《》\u3000"
    windows += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    assert len(windows) > 10_000
    assert [seg.cut(w) for w in windows] == [seg._tok.lcut(w, HMM=True) for w in windows]


def test_pkuseg_cuts_words_with_the_bundled_model():
    try:
        seg = get_segmenter("pkuseg")
    except SegmenterError as e:
        pytest.skip(str(e))
    assert "湿地" in seg.cut("人工湿地") or "人工湿地" in seg.cut("人工湿地")


def test_missing_pkuseg_model_says_how_to_provide_it(tmp_path):
    with pytest.raises(SegmenterError, match="pkuseg model folder not found.*pip install pkuseg"):
        PkusegSegmenter(str(tmp_path / "no-model"))


def test_unknown_segmenter():
    with pytest.raises(SegmenterError, match="unknown segmenter"):
        get_segmenter("thulac")


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg"])
def test_segmentation_never_cuts_a_quantity(segmenter):
    try:
        get_segmenter(segmenter)
    except SegmenterError as e:
        pytest.skip(str(e))
    text = "一百多辆AGV智能运输车运转,新增并网618万千瓦,3.19亿元资金"
    assert [f.text for f in extract(text, segmenter=segmenter)] == ["一百多辆", "618万千瓦", "3.19亿元"]


def test_a_model_name_is_never_downloaded(tmp_path, monkeypatch):
    import spacy_pkuseg

    monkeypatch.setattr(spacy_pkuseg.config, "pkuseg_home", str(tmp_path))
    with pytest.raises(SegmenterError, match="downloads nothing"):
        PkusegSegmenter("news")


def test_the_lexicon_holds_every_prefix_of_its_words():
    """Lexicon.crosses and inside_word stop growing a stretch once it is no key of the
    dictionary: right only while every prefix of a word is a key (jieba's prefix dict)."""
    from jqextract.segment import lexicon

    freq = lexicon().freq
    missing = [w for w in freq if any(w[:n] not in freq for n in range(1, len(w)))]
    assert missing == []


def test_lexicon_crossing_agrees_with_looking_at_every_stretch():
    from jqextract.segment import lexicon

    lex = lexicon()
    text = "全市共有各类市场主体120万户，国内生产总值从54万亿元增加到82.7万亿元，占地区生产总值的比重"

    def naive_crosses(pos):
        return any(lex.is_word(text[i:j]) for i in range(max(0, pos - lex.MAX + 1), pos) for j in range(pos + 1, min(len(text), i + lex.MAX) + 1))

    def naive_inside(a, b):
        return any((i, j) != (a, b) and lex.is_word(text[i:j]) for i in range(max(0, b - lex.MAX), a + 1) for j in range(b, min(len(text), i + lex.MAX) + 1))

    assert [lex.crosses(text, p) for p in range(1, len(text))] == [naive_crosses(p) for p in range(1, len(text))]
    spans = [(a, b) for a in range(len(text)) for b in range(a + 1, min(len(text), a + 4) + 1)]
    assert [lex.inside_word(text, a, b) for a, b in spans] == [naive_inside(a, b) for a, b in spans]
    assert lex.inside_word(text, 18, 20) and not lex.crosses(text, 16)  # 生产 in 国内生产总值; no word runs across ，|国


def test_joined_words_answer_membership_of_whole_words_only():
    from jqextract.segment import JoinedWords, lexicon

    names = JoinedWords(["阿森纳", "宇航", "广东队"])
    assert "阿森纳" in names and "宇航" in names and "广东队" in names
    assert "森纳" not in names and "阿森" not in names and "" not in names and "宇航\n广东队" not in names
    people = lexicon().joined(frozenset({"nr"}))  # the dictionary's people's names, read on demand
    assert "易建联" in people and "拦网" not in people
