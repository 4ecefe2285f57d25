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
