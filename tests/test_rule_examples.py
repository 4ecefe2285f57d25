"""Every rule file's examples are its test suite (as Duckling's corpora are).

One test per ``[[example]]`` (and ``[[invalid]]``) of every file of ``rules/``,
run by the same code as ``jqextract rules check``: the failure message is the
``FILE:LINE: what differs`` line a rule editor sees.
"""

import pytest

from jqextract import Extractor
from jqextract.examples import examples, failure

from conftest import RULES

SHIPPED = Extractor(RULES)
ALL = list(examples(SHIPPED))


def test_every_rule_file_has_examples():
    by_file = {}
    for ex in ALL:
        by_file.setdefault(ex.file, []).append(ex)
    assert set(by_file) == set(SHIPPED.rules.files), set(SHIPPED.rules.files) - set(by_file)
    for name, exs in by_file.items():
        assert len(exs) >= 4, name
    stop = [ex for ex in by_file["stoplist"] if ex.kind == "example"]
    assert any(not ex.case.expect for ex in stop), "the stoplist proves what is NOT a quantity"


@pytest.mark.parametrize("example", ALL, ids=lambda ex: ex.label)
def test_example(example):
    err = failure(SHIPPED, example)
    assert err is None, str(err)


@pytest.mark.parametrize("segmenter", ["pkuseg"])
def test_subject_examples_hold_under_pkuseg_too(segmenter):
    from jqextract.segment import SegmenterError, get_segmenter

    try:
        get_segmenter(segmenter)
    except SegmenterError as e:
        pytest.skip(str(e))
    other = Extractor(RULES, segmenter)
    failed = [str(err) for ex in ALL if ex.file == "triggers" and (err := failure(other, ex))]
    assert not failed, failed
