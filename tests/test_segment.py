"""The two segmenter backends and their errors."""

import pytest

from jqextract import extract
from jqextract.segment import PkusegSegmenter, SegmenterError, get_segmenter


def test_jieba_cuts_words():
    assert get_segmenter("jieba").cut("新能源装机达到") == ["新能源", "装机", "达到"]


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
