"""The code stays small and obvious: ruff's default rules and a complexity gate
(C901, at most 15, configured in pyproject.toml) over src/, and no function
longer than 50 lines (40 in the subject stage, as issue 12 asks of it). A function
that grows past either is split, not excused."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "jqextract"
MAX_LINES = 50
MAX_LINES_BY_MODULE = {"subjects.py": 40}  # the stage most rules go through


def test_ruff_passes_on_src():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    r = subprocess.run([ruff, "check", str(SRC)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_function_is_longer_than_its_gate():
    long = []
    for path in sorted(SRC.glob("*.py")):
        gate = MAX_LINES_BY_MODULE.get(path.name, MAX_LINES)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > gate:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({n} lines)")
    assert not long, long
