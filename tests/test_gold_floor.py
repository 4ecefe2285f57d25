"""CI keeps us honest: F1 on each split of the gold may not fall below its measured floor.

Floors are the figures measured when they were set, minus 0.02 (see gold/README.md
and the README's tables). Raise them when the extractor improves; never lower them
to get green. The test split (gold/test/) and the held-out split (gold/heldout/) have
floors too, but no rule is tuned on them: their figures are what a user should expect on
text the rules never saw.
"""

import pytest

from jqextract import extract
from jqextract.evaluate import by_split, evaluate, load_gold

from conftest import CORPUS, GENRES, GOLD, needs_shared

SEED_FLOOR = {"norm": 1.00 - 0.02, "triple": 1.00 - 0.02}
# measured F1 per split, minus 0.02 (split "" is gold/, the reports), 2026-12-03
FLOORS = {
    # the reports (801 facts): span 0.989, norm 0.987, triple 0.975, exact 0.891
    "": {"span": 0.989 - 0.02, "norm": 0.987 - 0.02, "triple": 0.975 - 0.02, "exact": 0.891 - 0.02},
    # the genre texts rules were written for (421 facts): 0.982, 0.982 (0.981 now), 0.955, 0.880
    "genres": {"span": 0.982 - 0.02, "norm": 0.982 - 0.02, "triple": 0.955 - 0.02, "exact": 0.880 - 0.02},
    # the genre texts no rule was written for (123 facts): 0.959, 0.959, 0.861, 0.705 on 2026-12-06
    # (thirtieth session; 0.852, 0.689 after the twenty-eighth; 0.959, 0.943, 0.820, 0.648 from the twelfth to the twenty-fifth)
    "test": {"span": 0.959 - 0.02, "norm": 0.959 - 0.02, "triple": 0.861 - 0.02, "exact": 0.705 - 0.02},
    # five report texts annotated after the test split's errors were seen, never tuned on
    # (280 facts): 0.977, 0.977, 0.948, 0.833 on 2026-12-06, thirtieth session (0.937, 0.822 after the twenty-eighth;
    # untuned at tag untuned-heldout: 0.968, 0.968, 0.889, 0.670;
    # exact 0.732 before the fifteenth session's class-of-firms rule, written from a probe's bulletin)
    "heldout": {"span": 0.977 - 0.02, "norm": 0.977 - 0.02, "triple": 0.948 - 0.02, "exact": 0.833 - 0.02},
}
PER_DOCUMENT_TRIPLE = {"": 0.85}  # every report document (issue: subjects and predicates)


@pytest.fixture(scope="module")
def seed():
    docs = [d for d in load_gold(GOLD) if d.name == "jiuquan-2024.txt"]
    assert docs, "the seed report must be in gold/"
    return docs


def test_seed_floors(seed):
    _, total = evaluate(seed, extract)
    for level, floor in SEED_FLOOR.items():
        assert total.prf(level)[2] >= floor, (level, total.prf(level))
    p, r, _ = total.prf("norm")
    assert p >= r  # precision at least as high as recall


@pytest.fixture(scope="module")
def results():
    needs_shared(CORPUS)
    needs_shared(GENRES)
    docs = load_gold(GOLD)
    assert {d.split for d in docs} == set(FLOORS)
    return evaluate(docs, extract)[0]


@pytest.mark.parametrize("split", list(FLOORS))
def test_split_floors(results, split):
    score = by_split(results)[split]
    for level, floor in FLOORS[split].items():
        assert score.prf(level)[2] >= floor, (split, level, score.prf(level))
    for r in results:
        if r.split == split and split in PER_DOCUMENT_TRIPLE:
            assert r.score.prf("triple")[2] >= PER_DOCUMENT_TRIPLE[split], (r.name, r.score.prf("triple"))
