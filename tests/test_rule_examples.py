"""Every rule file's examples are its test suite (as Duckling's corpora are)."""

import math
import sys

import pytest

from jqextract import find_quantities, parse_number
from jqextract.rules import tomllib

from conftest import RULES


def load(name):
    with open(RULES / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


def quantity_examples():
    for name in ("units", "qualifiers", "stoplist"):
        for i, ex in enumerate(load(name).get("example", [])):
            yield pytest.param(ex, id=f"{name}-{i}-{ex['text'][:12]}")


def test_every_quantity_rule_file_has_examples():
    for name in ("units", "qualifiers", "stoplist"):
        examples = load(name).get("example", [])
        assert len(examples) >= 10, name
        assert any(not ex["expect"] for ex in examples) or name != "stoplist"


@pytest.mark.parametrize("example", list(quantity_examples()))
def test_quantity_example(example):
    found = find_quantities(example["text"])
    expected = example["expect"]
    assert [q.text for q in found] == [e["text"] for e in expected], [q.text for q in found]
    for q, e in zip(found, expected):
        assert example["text"][q.start : q.end] == q.text
        for key, want in e.items():
            got = getattr(q, key)
            if key == "qualifier" and want == "":
                want = None
            if isinstance(want, float) or isinstance(got, float):
                assert math.isclose(got, want, rel_tol=1e-6), (key, got, want)
            else:
                assert got == want, (key, got, want)


@pytest.mark.parametrize("example", load("numerals")["example"], ids=lambda e: e["input"])
def test_parse_number(example):
    got = parse_number(example["input"])
    assert math.isclose(got, example["value"], rel_tol=1e-12)
    assert isinstance(got, int) == isinstance(example["value"], int)


@pytest.mark.parametrize("example", load("numerals")["invalid"], ids=lambda e: repr(e["input"]))
def test_parse_number_rejects(example):
    with pytest.raises(ValueError):
        parse_number(example["input"])


def fact_examples():
    for i, ex in enumerate(load("triggers").get("example", [])):
        yield pytest.param(ex, id=f"triggers-{i}-{ex['text'][:12]}")


@pytest.mark.parametrize("example", list(fact_examples()))
@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg"])
def test_fact_example(example, segmenter):
    """The subject rules' examples hold under both segmenters."""
    from jqextract import extract
    from jqextract.segment import SegmenterError, get_segmenter

    try:
        get_segmenter(segmenter)
    except SegmenterError as e:
        pytest.skip(str(e))
    found = extract(example["text"], segmenter=segmenter)
    assert [f.text for f in found] == [e["text"] for e in example["expect"]]
    for f, e in zip(found, example["expect"]):
        for key, want in e.items():
            assert getattr(f, key) == (None if want == "" else want), (key, getattr(f, key), want)
