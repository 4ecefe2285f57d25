import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "raw"
RULES = ROOT / "rules"
GOLD = ROOT / "gold"


def needs_shared(path: Path) -> Path:
    """Skip (with the reason) when the shared corpus is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this checkout)")
    return path
