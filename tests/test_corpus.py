"""The whole shared corpus: no crash, spans exact, no nonsense values."""

import math

import pytest

from jqextract import extract

from conftest import CORPUS, needs_shared


def corpus_files():
    return sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else []


# without ../shared, one case that skips with that reason (an empty list skipped as
# "got empty parameter set", which does not say what is missing)
@pytest.mark.parametrize("path", corpus_files() or [CORPUS], ids=lambda p: p.name)
def test_corpus_document(path):
    needs_shared(path)
    text = path.read_text(encoding="utf-8")
    facts = extract(text)
    assert facts, path.name
    last = -1
    for f in facts:
        assert text[f.start : f.end] == f.text
        assert f.start >= last
        last = f.start
        assert math.isfinite(f.value) and (f.norm_value is None or math.isfinite(f.norm_value))
        assert not f.text.isdigit() or f.unit is not None or len(f.text) < 4  # no bare years


def test_corpus_is_present_or_skipped():
    needs_shared(CORPUS)
    assert len(corpus_files()) == 16
