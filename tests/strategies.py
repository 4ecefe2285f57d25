"""Hypothesis strategies for text that looks like what jqextract reads.

Random Unicode almost never forms a numeral followed by a unit; these strategies
mix numerals, multipliers, units, qualifiers, punctuation, layout breaks and
ordinary words so that every branch of the engine is reached.
"""

from hypothesis import strategies as st

NUMERAL_CHARS = "0123456789０１２３４５６７８９.．,，零〇一二三四五六七八九十百千万亿两壹贰叁陆拾佰仟多余几半点负-−～~—至到分之"
PIECES = [
    "万", "亿", "千瓦", "千瓦时", "亩", "元", "美元", "%", "％", "‰", "个百分点", "倍", "成", "年", "月", "日",
    "天", "个", "人", "户", "吨", "公里", "米", "度", "以上", "以下", "左右", "约", "超过", "近", "第", "连续",
    "翻番", "翻一番", "一半", "百分之", "分别", "均", "增长", "下降", "达到", "新增", "的", "、", "和", "，",
    ",", "。", "；", "：", "“", "”", "（", "）", "\n", "\n\n", " ", "G", "S", "A", "/", "×", "=", "?", "http://",
    "新能源装机", "地区生产总值", "群众", "项目", "过去一年", "2024年", "1-7月", "十四五", "一步之遥",
]

numeral = st.text(alphabet=NUMERAL_CHARS, min_size=1, max_size=8)
# long runs: identifiers, flattened tables, digit dumps (a 400-digit run once overflowed)
long_numeral = st.text(alphabet="0123456789,.一二三万亿", min_size=15, max_size=600)
piece = st.one_of(st.sampled_from(PIECES), numeral, long_numeral, st.text(max_size=3))
chinese_text = st.lists(piece, max_size=40).map("".join)
any_text = st.one_of(chinese_text, st.text(max_size=200))
