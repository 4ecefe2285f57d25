"""The spaCy component ("jqextract") and ``to_dataframe``, as a spaCy/pandas user meets them."""

import os
import pickle
import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, DocBin  # noqa: E402

import jqextract  # noqa: E402
from conftest import GOLD  # noqa: E402
from jqextract.segment import PkusegSegmenter  # noqa: E402

SEED = (GOLD / "jiuquan-2024.txt").read_text(encoding="utf-8")
SHORT = [
    "过去一年,酒泉新增并网618万千瓦、储能303万千瓦时。",
    "工伤保险参保率均达到95%以上,比上年提高3.5个百分点。",
    "新增并网 618万千瓦\n\n  储能303万千瓦时",  # whitespace inside and around
    "没有数字的句子。",
    "",
]


def pkuseg_model():
    return os.environ.get("JQEXTRACT_PKUSEG_MODEL") or PkusegSegmenter._bundled_model()


def blank(tokenizer: str, **component_config):
    """A blank Chinese pipeline whose spaCy tokenizer is ``tokenizer``, plus the component."""
    if tokenizer == "pkuseg" and not pkuseg_model():
        pytest.skip("no pkuseg model: `pip install pkuseg==0.0.12` or set JQEXTRACT_PKUSEG_MODEL")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": tokenizer}}})
    if tokenizer == "pkuseg":
        nlp.tokenizer.initialize(pkuseg_model=pkuseg_model())
    nlp.add_pipe("jqextract", config=component_config)
    return nlp


def dicts(facts):
    return [f.to_dict() for f in facts]


def offsets(spans):
    return [(s.start_char, s.end_char) for s in spans]


def subject_offsets(facts):
    return sorted({(f.subject_start, f.subject_end) for f in facts if f.subject_start is not None})


@pytest.mark.parametrize("tokenizer", ["char", "jieba", "pkuseg"])
def test_component_facts_equal_extract(tokenizer):
    nlp = blank(tokenizer)
    for text in [SEED, *SHORT]:
        doc = nlp(text)
        assert doc.text == text
        expected = jqextract.extract(text)
        assert dicts(doc._.facts) == dicts(expected)
        assert offsets(doc.spans["quantities"]) == [(f.start, f.end) for f in expected]
        assert [s.label_ for s in doc.spans["quantities"]] == [f.dimension or "QUANTITY" for f in expected]
        assert offsets(doc.spans["subjects"]) == subject_offsets(expected)
        assert {s.label_ for s in doc.spans["subjects"]} <= {"SUBJECT"}
    assert len(nlp(SEED)._.facts) >= 70


def test_spans_are_exact_on_tokens_that_straddle_facts():
    nlp = blank("char")
    text = "过去一年,酒泉新增并网618万千瓦、储能303万千瓦时。"
    # tokens that cut through both quantities and the subject 并网
    words = ["过去一年,酒泉新增并", "网6", "18万千", "瓦、储能303", "万千瓦时。"]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc = nlp.get_pipe("jqextract")(doc)
    facts = jqextract.extract(text)
    assert [f.text for f in facts] == ["618万千瓦", "303万千瓦时"]
    assert offsets(doc.spans["quantities"]) == [(f.start, f.end) for f in facts]
    assert [s.text for s in doc.spans["quantities"]] == ["618万千瓦", "303万千瓦时"]
    assert offsets(doc.spans["subjects"]) == subject_offsets(facts)
    assert doc.text == text  # splitting tokens never changes the text


def test_split_tokens_false_keeps_the_tokenization():
    nlp = blank("char", split_tokens=False)
    words = ["新增并", "网6", "18万千", "瓦。"]
    doc = nlp.get_pipe("jqextract")(Doc(nlp.vocab, words=words, spaces=[False] * 4))
    assert [t.text for t in doc] == words
    (fact,) = doc._.facts
    (span,) = doc.spans["quantities"]
    assert (fact.start, fact.end) == (4, 10)  # the facts keep exact offsets
    assert span.start_char <= fact.start and span.end_char >= fact.end  # the span widens to tokens


def test_segmenter_config_reaches_extract():
    nlp = blank("char", segmenter="jieba")
    assert nlp.get_pipe("jqextract").segmenter == "jieba"
    assert nlp.config["components"]["jqextract"]["segmenter"] == "jieba"
    assert dicts(nlp(SHORT[0])._.facts) == dicts(jqextract.extract(SHORT[0], segmenter="jieba"))


def test_doc_without_the_component_has_no_facts():
    assert spacy.blank("zh")("储能303万千瓦时")._.facts is None


def test_entry_point_is_enough():
    """A fresh interpreter that never imports jqextract still finds the factory."""
    code = "import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('jqextract'); print(len(nlp('储能303万千瓦时')._.facts))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "1"


@pytest.mark.parametrize("tokenizer", ["char", "jieba"])
def test_pipe_with_two_processes(tokenizer):
    nlp = blank(tokenizer)
    texts = [SEED[i : i + 800] for i in range(0, len(SEED), 800)] + SHORT
    docs = list(nlp.pipe(texts, n_process=2, batch_size=4))
    assert [d.text for d in docs] == texts
    for doc, text in zip(docs, texts):
        facts = jqextract.extract(text)
        assert dicts(doc._.facts) == dicts(facts)
        assert [(f.subject_start, f.subject_end) for f in doc._.facts] == [(f.subject_start, f.subject_end) for f in facts]
        assert offsets(doc.spans["quantities"]) == [(f.start, f.end) for f in facts]


def test_docbin_keeps_facts_and_spans():
    nlp = blank("jieba")
    db = DocBin(store_user_data=True, docs=[nlp(t) for t in SHORT])
    docs = list(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert [dicts(d._.facts) for d in docs] == [dicts(jqextract.extract(t)) for t in SHORT]
    assert [offsets(d.spans["quantities"]) for d in docs] == [[(f.start, f.end) for f in jqextract.extract(t)] for t in SHORT]


def test_to_disk_and_spacy_load(tmp_path):
    nlp = blank("jieba", segmenter="jieba", split_tokens=False)
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["jqextract"]
    assert loaded.get_pipe("jqextract").segmenter == "jieba"
    assert loaded.get_pipe("jqextract").split_tokens is False
    assert dicts(loaded(SEED)._.facts) == dicts(nlp(SEED)._.facts)


def test_a_saved_pipeline_keeps_its_rules_in_a_fresh_process(tmp_path):
    """Saved with edited rules (罐 is a unit), loaded where $JQEXTRACT_RULES names other
    rules (罐 is not): the facts are those of the rules it was saved with."""
    import shutil

    from conftest import RULES

    edited = shutil.copytree(RULES, tmp_path / "edited")
    units = edited / "units.toml"
    units.write_text(units.read_text(encoding="utf-8").replace('forms = ["吨", "t"]', 'forms = ["吨", "t", "罐"]', 1), encoding="utf-8")
    nlp = blank("char", rules=str(edited))
    text = "每天进口原油3罐"
    assert [f.text for f in nlp(text)._.facts] == ["3罐"]
    nlp.to_disk(tmp_path / "pipeline")
    shutil.rmtree(edited)  # the pipeline folder must carry its rules, not point at them
    other = shutil.copytree(RULES, tmp_path / "other")
    code = (f"import spacy, jqextract; nlp = spacy.load({str(tmp_path / 'pipeline')!r}); "
            f"print([f.text for f in nlp({text!r})._.facts], [f.text for f in jqextract.extract({text!r})])")
    env = {**os.environ, "JQEXTRACT_RULES": str(other)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['3罐'] []"


def test_fact_pickles():
    facts = jqextract.extract(SEED)
    back = pickle.loads(pickle.dumps(facts))
    assert back == facts
    assert [(f.subject_start, f.subject_end) for f in back] == [(f.subject_start, f.subject_end) for f in facts]


def test_displacy_renders_the_quantities():
    from spacy import displacy

    doc = blank("char")(SHORT[0])
    html = displacy.render(doc, style="span", options={"spans_key": "quantities"})
    assert "power" in html and "energy" in html


# ---- to_dataframe -------------------------------------------------------------------

EXPECTED_DTYPES = {"value": "float64", "norm_value": "float64", "high": "float64",
                   "start": "Int64", "end": "Int64", "subject_start": "Int64", "subject_end": "Int64"}
STRINGS = ("text", "unit", "norm_unit", "qualifier", "subject", "predicate", "change", "per",
           "modality", "time", "location", "dimension")


def check_dtypes(df):
    pd = pytest.importorskip("pandas")
    for col, dtype in EXPECTED_DTYPES.items():
        assert str(df[col].dtype) == dtype, col
    for col in STRINGS:
        assert pd.api.types.is_string_dtype(df[col].dtype), col


def test_to_dataframe_from_facts():
    pytest.importorskip("pandas")
    facts = jqextract.extract(SEED)
    df = jqextract.to_dataframe(facts)
    check_dtypes(df)
    assert "doc" not in df.columns
    assert len(df) == len(facts)
    assert df["text"].tolist() == [f.text for f in facts]
    assert df["norm_value"].tolist() == [float(f.norm_value) for f in facts]
    row = df[df["text"] == "618万千瓦"].iloc[0]
    assert (row["value"], row["subject"], row["dimension"]) == (6180000.0, "并网", "power")
    # dicts (Fact.to_dict()) work too; their missing subject offsets are <NA>
    from_dicts = jqextract.to_dataframe(dicts(facts))
    check_dtypes(from_dicts)
    assert from_dicts["subject_start"].isna().all()


def test_to_dataframe_from_docs_and_dict():
    pytest.importorskip("pandas")
    nlp = blank("char")
    docs = list(nlp.pipe(SHORT))
    df = jqextract.to_dataframe(docs)
    check_dtypes(df)
    assert str(df["doc"].dtype) == "Int64"
    assert df["doc"].tolist() == [i for i, t in enumerate(SHORT) for _ in jqextract.extract(t)]
    single = jqextract.to_dataframe(docs[0])
    assert "doc" not in single.columns and len(single) == 2
    named = jqextract.to_dataframe({"seed": jqextract.extract(SEED), "short": docs[0]})
    check_dtypes(named)
    assert named.columns[0] == "doc"
    assert named["doc"].value_counts().to_dict() == {"seed": len(jqextract.extract(SEED)), "short": 2}
    with pytest.raises(ValueError, match="add_pipe"):
        jqextract.to_dataframe([spacy.blank("zh")("储能303万千瓦时")])


def test_to_dataframe_empty_keeps_columns_and_dtypes():
    pytest.importorskip("pandas")
    df = jqextract.to_dataframe([])
    assert len(df) == 0
    assert list(df.columns) == list(jqextract.facts.FIELDS) + ["subject_start", "subject_end"]
    check_dtypes(df)
