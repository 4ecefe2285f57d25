import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "raw"
GENRES = SHARED / "corpus" / "genres" / "raw"
RULES = ROOT / "rules"
GOLD = ROOT / "gold"
# CI sets this: there a missing ../shared is a broken set-up, not a reason to skip
REQUIRE_SHARED = os.environ.get("JQEXTRACT_REQUIRE_SHARED") == "1"

# The patterns that passed their backtracking probes are remembered on disk
# (jqextract.patterncache): the suite keeps its own cache, shared by the command lines it
# starts, so that it neither reads nor writes the user's, and starts empty every run.
_CACHE = tempfile.mkdtemp(prefix="jqextract-test-cache-")
os.environ["JQEXTRACT_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def needs_shared(path: Path) -> Path:
    """Skip (with the reason) when the shared corpus is not beside the checkout; fail
    instead under JQEXTRACT_REQUIRE_SHARED=1 (CI), so that no test is lost unseen."""
    if not path.exists():
        why = f"{path} is absent (../shared is not beside this checkout)"
        if REQUIRE_SHARED:
            pytest.fail(why + " and JQEXTRACT_REQUIRE_SHARED=1")
        pytest.skip(why)
    return path


@pytest.fixture(scope="session")
def shipped():
    """One Extractor with the shipped rules, for tests that only read its compiled rules
    (building one compiles and probes every rule pattern: several seconds)."""
    from jqextract import Extractor

    return Extractor()


# How many windows of the rule examples the pattern-equivalence tests try: all of them (about
# 460,000 and growing with every example) took four minutes of a half-hour CI; a fixed sample
# of this many, the same every run, plus every window the cheap search matches, keeps the
# tests able to fail at a tenth of the cost.
WINDOW_SAMPLE = 60_000


@pytest.fixture(scope="session")
def example_windows(shipped) -> list[str]:
    """The distinct windows of up to 14 characters of every rule example's text, in a fixed order."""
    from jqextract.examples import examples

    texts = {getattr(e.case, "text", None) or "" for e in examples(shipped)}
    return sorted({t[i:j] for t in texts for j in range(1, len(t) + 1) for i in range(max(0, j - 14), j)})


@pytest.fixture(scope="session")
def sampled_windows(example_windows) -> list[str]:
    """A fixed sample (seeded) of :func:`example_windows`, WINDOW_SAMPLE of them."""
    import random

    return random.Random(46).sample(example_windows, min(WINDOW_SAMPLE, len(example_windows)))
