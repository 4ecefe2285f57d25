"""Loading the rule files in ``rules/``.

Rules are data a domain expert edits without touching Python, so they are
untrusted input: every problem is reported as ``RuleError`` naming the file, the
line (where it can be found) and the reason, at load time rather than at the
first document that happens to exercise the rule.
"""

from __future__ import annotations

import os
import re
import sys

import regex
from functools import lru_cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

PROBE_LENGTH = 20_000  # characters of adversarial input each rule pattern must get through
PROBE_SECONDS = 1.0
RULE_FILES = ("units", "numerals", "qualifiers", "stoplist", "triggers")


class RuleError(ValueError):
    """A rule file that cannot be used: names the file, line and problem."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {reason}")


def default_rules_dir() -> Path:
    """The rules shipped with the package, or the checkout's ``rules/``.

    A wheel carries the rules inside the package (``jqextract/rules``); an
    editable install or a plain checkout reads the repository's ``rules/``.
    ``JQEXTRACT_RULES`` points elsewhere, for experiments with edited rules.
    """
    env = os.environ.get("JQEXTRACT_RULES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent.parent / "rules"):
        if (candidate / "units.toml").is_file():
            return candidate
    raise RuleError(here / "rules", "rule files not found; reinstall jqextract or set JQEXTRACT_RULES to a rules folder")


def line_of(raw: str, needle: str) -> int | None:
    """The 1-based line where ``needle`` first appears in ``raw`` (for messages)."""
    i = raw.find(needle)
    return raw.count("\n", 0, i) + 1 if i >= 0 else None


def load_file(path: Path) -> tuple[dict[str, Any], str]:
    """Parse one TOML rule file; syntax errors carry TOML's own line number."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleError(path, "rule file is missing") from None
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(path, f"cannot read rule file: {e}") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise RuleError(path, f"invalid TOML: {e}", int(m.group(1)) if m else None) from None
    return data, raw


def compile_patterns(patterns: list[str], path: Path, raw: str) -> "regex.Pattern[str]":
    """Several rule patterns as one alternation; each is checked on its own first,
    so that an error names the line of the pattern at fault."""
    for p in patterns:
        compile_regex(p, path, raw)
    return regex.compile("|".join(f"(?:{p})" for p in patterns))


def compile_regex(pattern: str, path: Path, raw: str) -> "regex.Pattern[str]":
    """Compile a rule file's regular expression, rejecting invalid or risky ones.

    Rule patterns are compiled with the ``regex`` module, which knows Unicode
    scripts (``\\p{Han}``) and can bound a match by time. Nested unbounded
    repetition (``(a+)+``), the classic cause of catastrophic backtracking, is
    refused outright, and every pattern is probed on long adversarial strings
    made of its own characters: one that cannot finish in time is refused at load
    rather than hanging on the first document that triggers it.
    """
    line = line_of(raw, pattern)
    try:
        compiled = regex.compile(pattern)
    except regex.error as e:
        raise RuleError(path, f"invalid regular expression {pattern!r}: {e}", line) from None
    if re.search(r"\((?:[^()\\]|\\.)*[+*}]\)[+*{]", pattern):
        raise RuleError(path, f"regular expression {pattern!r} nests unbounded repetition (catastrophic backtracking)", line)
    alphabet = "".join(sorted({c for c in pattern if c.isalnum()}))[:20] or "a"
    for probe in (alphabet * (PROBE_LENGTH // len(alphabet)), alphabet[0] * PROBE_LENGTH):
        try:
            for _ in compiled.finditer(probe + "!", timeout=PROBE_SECONDS):
                pass
        except TimeoutError:
            raise RuleError(path, f"regular expression {pattern!r} is too slow on long input (catastrophic backtracking)", line) from None
    return compiled


class WordSet:
    """Which of a set of words ends (or starts) at a position: one dict lookup per
    word length, never a loop over the words, since the hot paths ask this for
    every candidate number (第, 连续, 约, 超过 …) and every subject edge."""

    __slots__ = ("lengths", "words")

    def __init__(self, words: dict[str, object] | list[str]):
        self.words = dict(words) if isinstance(words, dict) else dict.fromkeys(words, True)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)

    def ending_at(self, text: str, pos: int, floor: int = 0):
        """The longest word that ends at ``pos`` and starts at or after ``floor``, as (word, data)."""
        for n in self.lengths:
            if n <= pos - floor:
                w = text[pos - n : pos]
                if w in self.words:
                    return w, self.words[w]
        return None

    def starting_at(self, text: str, pos: int, ceiling: int):
        """The longest word that starts at ``pos`` and ends at or before ``ceiling``."""
        for n in self.lengths:
            if pos + n <= ceiling:
                w = text[pos : pos + n]
                if w in self.words:
                    return w, self.words[w]
        return None


def compile_words(words) -> re.Pattern[str]:
    """A literal alternation of words, longest first (safe by construction: no rule
    syntax reaches it), compiled with ``re``, the faster engine for plain literals."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


@lru_cache(maxsize=8)
def load_rules(rules_dir: str | None = None) -> dict[str, tuple[dict[str, Any], str, Path]]:
    """All rule files of a folder: name -> (data, raw text, path)."""
    folder = Path(rules_dir) if rules_dir else default_rules_dir()
    out = {}
    for name in RULE_FILES:
        path = folder / f"{name}.toml"
        data, raw = load_file(path)
        out[name] = (data, raw, path)
    return out
