"""Loading the rule files in ``rules/`` into a validated :class:`Rules` object.

Rules are data a domain expert edits without touching Python, so they are
untrusted input: every problem (invalid TOML, a missing, unknown or mistyped
key, an unknown dimension, an unsafe regular expression) is reported as a
:class:`RuleError` naming the file, the line and the reason, at load time
rather than at the first document that happens to exercise the rule. The
shape of each file is declared in :mod:`jqextract.schema`.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError

from . import patterncache, schema

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

PROBE_LENGTH = 20_000  # characters of adversarial input each rule pattern must get through
PROBE_SECONDS = 1.0
PROBE_FORM = 1  # raise it when probes() changes: every pattern is then probed again
RULE_FILES = tuple(schema.FILES)
NESTED_REPETITION = re.compile(r"\((?:[^()\\]|\\.)*[+*}]\)[+*{]")
# (a|ab)+: alternation under unbounded repetition (bounded {2,4} is polynomial, and probed)
REPEATED_ALTERNATION = re.compile(r"\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\})")


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
    ``JQEXTRACT_RULES`` overrides this default (never an explicit folder).
    """
    env = os.environ.get("JQEXTRACT_RULES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent.parent / "rules"):
        if (candidate / "units.toml").is_file():
            return candidate
    raise RuleError(here / "rules", "rule files not found; reinstall jqextract or set JQEXTRACT_RULES to a rules folder")


# ---- where a key is written -------------------------------------------------------

TABLE = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
KEY = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


def _bracket_depth(line: str) -> int:
    """How many brackets a line opens and leaves open, strings and comments ignored."""
    depth, quote = 0, None
    for c in line:
        if quote:
            quote = None if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c == "#":
            break
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
    return depth


def key_lines(raw: str) -> dict[tuple, int]:
    """The 1-based line of every table and key of a TOML text, by its path:
    ``("unit", 3, "factor")`` for the ``factor`` of the fourth ``[[unit]]``."""
    lines: dict[tuple, int] = {}
    path: tuple = ()
    counts: dict[tuple, int] = {}
    depth = 0
    for n, line in enumerate(raw.splitlines(), 1):
        if depth == 0 and (m := TABLE.match(line)):
            name = tuple(p.strip().strip("\"'") for p in m.group(2).split("."))
            if m.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                name = name + (counts[name],)
            path = name
            lines.setdefault(path, n)
        elif depth == 0 and (m := KEY.match(line)):
            lines.setdefault(path + (m.group(1).strip("\"'"),), n)
        depth = max(0, depth + _bracket_depth(line))
    return lines


@dataclass(frozen=True)
class Source:
    """One rule file as read: where it is, its text and the line of each key."""

    name: str
    path: Path
    raw: str
    lines: dict

    def line(self, loc: tuple, value: str | None = None) -> int | None:
        """The line of the longest prefix of ``loc`` that the file writes; with
        ``value``, the first line from there that contains it (an item of a
        multi-line array)."""
        for i in range(len(loc), 0, -1):
            if tuple(loc[:i]) in self.lines:
                n = self.lines[tuple(loc[:i])]
                if value is not None:
                    rest = self.raw.splitlines()[n - 1 :]
                    n += next((k for k, text in enumerate(rest) if value in text), 0)
                return n
        return 1 if self.raw else None

    def error(self, loc: tuple, reason: str, value: str | None = None) -> RuleError:
        return RuleError(self.path, f"{dotted(loc)}: {reason}" if loc else reason, self.line(loc, value))

    def at(self, loc: tuple, value: str | None = None) -> RuleError:
        """A place in the file, to be completed with a reason (see :func:`compile_regex`)."""
        return RuleError(self.path, dotted(loc), self.line(loc, value))


def dotted(loc: tuple) -> str:
    """``("unit", 3, "factor")`` → ``unit[3].factor``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# ---- reading and validating ---------------------------------------------------------

def read_source(folder: Path, name: str) -> tuple[Source, dict[str, Any]]:
    """One rule file, parsed; syntax errors carry TOML's own line number."""
    path = folder / f"{name}.toml"
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
    return Source(name, path, raw, key_lines(raw)), data


def validate(source: Source, data: dict[str, Any]) -> schema.Strict:
    """The file's typed model, or a RuleError for its first problem (by line)."""
    model = schema.FILES[source.name]
    try:
        return model.model_validate(data)
    except ValidationError as e:
        errors = sorted(e.errors(), key=lambda err: source.line(err["loc"]) or 0)
        err = errors[0]
        loc = err["loc"]
        named = loc[:-1] if err["type"] in ("missing", "extra_forbidden") else loc  # the table the key belongs to
        where = named if err["type"] == "missing" else loc  # an unknown key has a line of its own
        raise RuleError(source.path, f"{dotted(named)}: {explain(err, model)}", source.line(where)) from None


def explain(err: dict, model: type[schema.Strict]) -> str:
    """A validation error in the words of someone editing the file."""
    key = err["loc"][-1] if err["loc"] else ""
    if err["type"] == "missing":
        return f"missing key {key!r}"
    if err["type"] == "extra_forbidden":
        known = known_keys(model, err["loc"][:-1])
        close = difflib.get_close_matches(str(key), known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(sorted(known))})" if known else ""
        return f"unknown key {key!r}{hint}"
    return f"{err['msg'].lower()} (got {err['input']!r})" if not isinstance(err["input"], dict) else err["msg"].lower()


def known_keys(model: type[schema.Strict], loc: tuple) -> list[str]:
    """The keys the model declares at ``loc`` (for "did you mean")."""
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        inner = getattr(field, "annotation", None)
        args = getattr(inner, "__args__", ())
        inner = next((a for a in (inner, *args) if isinstance(a, type) and issubclass(a, schema.Strict)), None)
        if inner is None:
            return []
        model = inner
    return list(model.model_fields)


# ---- regular expressions from rule files -------------------------------------------

def compile_regex(pattern: str, where: RuleError | None = None) -> "regex.Pattern[str]":
    """Compile a rule file's regular expression, rejecting invalid or risky ones.

    Rule patterns are compiled with the ``regex`` module, which knows Unicode
    scripts (``\\p{Han}``) and can bound a match by time (used for the probes;
    on documents a time limit would cost a tenth of the pipeline's speed). Nested unbounded repetition (``(a+)+``) and repeated alternation whose
    branches can match the same text (``(?:[一-龥]|[一-龥][一-龥])+``), the classic
    causes of catastrophic backtracking, are refused outright, and every pattern
    is probed on long strings made of its own characters. ``where`` names the
    rule in errors (file and line).
    """
    def fail(reason: str) -> RuleError:
        return RuleError(where.path, f"{where.reason}: {reason}", where.line) if where else RuleError("<pattern>", reason)

    try:
        compiled = regex.compile(pattern)
    except regex.error as e:
        raise fail(f"invalid regular expression {pattern!r}: {e}") from None
    problem = backtracking_problem(pattern)
    if problem:
        raise fail(f"regular expression {pattern!r} {problem} (catastrophic backtracking)")
    return compiled


def backtracking_problem(pattern: str) -> str | None:
    """Why ``pattern`` risks catastrophic backtracking, or None where it passed its probes.

    The probes take seconds over all the rule patterns, so a pass is remembered, in this
    process and on disk (``patterncache``), under a key that changes with the pattern and
    with everything the probes depend on.
    """
    if NESTED_REPETITION.search(pattern) or REPEATED_ALTERNATION.search(pattern):
        return "nests repetition or repeats an alternation"
    key = patterncache.digest(pattern, (regex.__version__, PROBE_LENGTH, PROBE_SECONDS, PROBE_FORM))
    passed = patterncache.safe_patterns()
    if key in passed:
        return None
    compiled = regex.compile(pattern)
    for probe in probes(pattern):
        try:
            for _ in compiled.finditer(probe, timeout=PROBE_SECONDS):
                pass
        except TimeoutError:
            return "is too slow on long input"
    passed.add(key)
    return None


def probes(pattern: str) -> list[str]:
    """Long strings made of the pattern's own characters: all of them in turn, and each alone."""
    alphabet = "".join(sorted({c for c in pattern if c.isalnum()}))[:20] or "a"
    mixed = alphabet * (PROBE_LENGTH // len(alphabet))
    return [mixed + "!"] + [c * PROBE_LENGTH + "!" for c in alphabet[:8]] + ["中" * PROBE_LENGTH + "!"]


def compile_patterns(patterns: list[str], source: Source, loc: tuple) -> "regex.Pattern[str]":
    """Several rule patterns as one alternation; each is checked on its own first,
    so that an error names the line of the pattern at fault."""
    return compile_alternation(patterns, source, loc).whole


def compile_alternation(patterns: list[str], source: Source, loc: tuple) -> "Alternation":
    """Several rule patterns compiled (and checked) one by one, and as one alternation."""
    parts = [compile_regex(p, source.at(loc + (i,), p)) for i, p in enumerate(patterns)]
    return Alternation(parts, compile_regex("|".join(f"(?:{p})" for p in patterns), source.at(loc)))


class Alternation:
    """Rule patterns tried in order at each position, as their alternation ``(?:a)|(?:b)|…``
    tries them, but scanned one pattern at a time. On a long alternation the regex module
    tries every branch at every position of the text; one pattern alone skips ahead to
    where it can start. For the time patterns this is a third of the cost of the
    alternation's scan, which was a tenth of the pipeline's. ``whole`` is the alternation
    itself, for a match at one place."""

    def __init__(self, patterns: list["regex.Pattern[str]"], whole: "regex.Pattern[str]"):
        self.patterns, self.whole = patterns, whole

    REACH = 64  # characters past a stretch its patterns may read (a phrase and its lookahead)
    LOOKBACK = 32  # characters before a stretch its lookbehinds may read (a test checks the rules')

    def scan(self, text: str, stretches: list[tuple[int, int]] | None = None) -> "AlternationMatches":
        """Every position of ``text`` (or of its ``stretches``, sorted and apart) where a
        pattern matches, with the end of the first pattern (in order) that matches there;
        overlapping matches, so that every start is known. The stretches are scanned as one
        string, each with LOOKBACK characters before it and REACH after it, joined by NUL
        (a call per pattern and stretch would cost more than the scan); a match that runs to
        the end of what follows a stretch may be cut short, and is recorded as running past
        every end. (A pattern matching the empty string is never a phrase: it is skipped.)"""
        stretches = [(0, len(text))] if stretches is None else stretches
        pieces, starts, shifts, pos = [], [], [], 0
        for a, b in stretches:
            lo, hi = max(0, a - self.LOOKBACK), min(len(text), b + self.REACH)
            starts.append(pos)
            shifts.append((pos - lo, a, b, hi))  # (a place in the joined string, less the shift, is one in text)
            pieces.append(text[lo:hi])
            pos += hi - lo + 1
        joined, ends = "\0".join(pieces), {}
        for p in reversed(self.patterns):  # (an earlier pattern overwrites a later one's match)
            for m in p.finditer(joined, overlapped=True):
                shift, a, b, hi = shifts[bisect_right(starts, m.start()) - 1]
                start, end = m.start() - shift, m.end() - shift
                if a <= start < b and end > start:
                    ends[start] = end if end < hi or hi == len(text) else len(text) + 1
        return AlternationMatches(ends, stretches)


class Openers:
    """The characters a match of a pattern (of one character or more) can start with: a set,
    and whether any digit (\\d) or space (\\s) may. The subject stage asks the time patterns
    for a match at a subject's edge thousands of times per document, where the regex module
    tries each of its hundred branches; most edges start with none of these characters, and a
    set look-up answers there. :func:`openers` reads them from the pattern."""

    def __init__(self, chars: frozenset[str], digits: bool, spaces: bool):
        self.chars, self.digits, self.spaces = chars, digits, spaces

    def __contains__(self, c: str) -> bool:
        return c in self.chars or (self.digits and c.isdecimal()) or (self.spaces and c.isspace())

    def size(self) -> int:
        """About how many characters these are (a digit is one of ten, a space of a few)."""
        return len(self.chars) + 10 * self.digits + 6 * self.spaces

    def searcher(self) -> re.Pattern[str]:
        """A class of these characters, for ``re`` to look for in a text (its \\s takes in a few
        more spaces than the regex module's: more, never fewer)."""
        return re.compile("[" + "".join(map(re.escape, sorted(self.chars))) + "\\d" * self.digits + "\\s" * self.spaces + "]")


def openers(pattern: str) -> Openers | None:
    """The :class:`Openers` of ``pattern``, read from its parse by Python's ``re`` (the rule
    patterns' syntax, bar the regex module's own, which gives None), or None where the first
    character may be almost anything (., \\w, a negated class, a case-blind pattern) or the
    pattern may match the empty string."""
    parsed = _parsed(pattern)
    found = None if parsed is None else _first_of_sequence(*parsed)
    if found is None or found[1]:
        return None  # (a pattern that may match nothing matches everywhere)
    return _as_openers(found[0])


def _parsed(pattern: str) -> tuple[list, Any] | None:
    """The items of ``pattern`` parsed by Python's ``re``, with its parser module (its opcodes);
    None for the regex module's own syntax (\\p{Han}) and for a case-blind pattern."""
    try:
        from re import _parser as sre  # (Python 3.11+; sre_parse before)
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as sre  # type: ignore[no-redef]
    try:
        parsed = sre.parse(pattern)
    except Exception:  # (\\p{Han} and the regex module's other syntax)
        return None
    return None if parsed.state.flags & re.IGNORECASE else (list(parsed), sre)


def _as_openers(chars: set[str]) -> Openers:
    """A set of characters, with \\d and \\s for any digit and any space, as :class:`Openers`."""
    return Openers(frozenset(chars - {"\\d", "\\s"}), "\\d" in chars, "\\s" in chars)


def required_chars(pattern: str) -> Openers | None:
    """Characters one of which every match of ``pattern`` holds, as :class:`Openers` (a set, any
    digit, any space), read from its parse as :func:`openers` reads it; None where a match may
    hold none of a known few. Of the items a match must go through (a literal, a class, a
    group or a branch of such, a repeat of one at least once), the smallest set is taken;
    lookarounds, optional items, ``.`` and negated classes tell nothing."""
    parsed = _parsed(pattern)
    return None if parsed is None else _needed_in_sequence(*parsed)


def _needed_in_sequence(items: list, sre) -> Openers | None:
    best = None
    for op, av in items:
        one = _needed_in_item(op, av, sre)
        if one is not None and (best is None or one.size() < best.size()):
            best = one
    return best


def _needed_in_item(op, av, sre) -> Openers | None:
    c = sre
    if op is c.LITERAL:
        return Openers(frozenset(chr(av)), False, False)
    if op is c.IN:
        found = _first_of_class(av, sre)
        return None if found is None else _as_openers(found[0])
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _needed_in_sequence(list(av[-1]), sre)  # (av: group, flags on, off, items)
    if op is c.BRANCH:
        each = [_needed_in_sequence(list(b), sre) for b in av[1]]
        if any(b is None for b in each):
            return None
        return Openers(frozenset().union(*(b.chars for b in each)), any(b.digits for b in each), any(b.spaces for b in each))
    if (op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _needed_in_sequence(list(av[2]), sre)
    return None


def _first_of_sequence(items: list, sre) -> tuple[set[str], bool] | None:
    """(first characters, whether the sequence may match nothing) of parsed ``items``."""
    chars: set[str] = set()
    for op, av in items:
        one = _first_of_item(op, av, sre)
        if one is None:
            return None
        chars |= one[0]
        if not one[1]:
            return chars, False
    return chars, True


def _first_of_item(op, av, sre) -> tuple[set[str], bool] | None:
    c = sre  # (the opcodes: re._constants, re-exported by the parser)
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        return _first_of_class(av, sre)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), True  # (zero width: what follows opens the match)
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _first_of_sequence(list(av[-1]), sre)  # ((?i:q): any case)
    if op is c.BRANCH:
        branches = [_first_of_sequence(list(b), sre) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return set().union(*(b[0] for b in branches)), any(b[1] for b in branches)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        found = _first_of_sequence(list(av[2]), sre)
        return None if found is None else (found[0], found[1] or av[0] == 0)
    return None  # (., a back reference, an atomic group …: anything may open it)


def _first_of_class(items: list, sre) -> tuple[set[str], bool] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= 0x10000:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            chars.add("\\d")
        elif op is sre.CATEGORY and av in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
            chars.add("\\s")
        else:
            return None  # (a negated class, \\w, a wide range: nearly anything)
    return chars, False


class EdgeMatcher:
    """``pattern.match(text[s:e])``, answered None at once where no match can start (its
    :class:`Openers`): the subject stage's question at a subject's edge. Given the rule
    patterns of which ``pattern`` is the alternation (``parts``), it tries only those that
    may open with the edge's character (:class:`BranchesByFirst`)."""

    def __init__(self, pattern: "regex.Pattern[str]", parts: list["regex.Pattern[str]"] | None = None):
        self.pattern, self.openers = pattern, openers(pattern.pattern)
        self.branches = BranchesByFirst(parts) if parts and BranchesByFirst.fits(parts) else None

    def match(self, text: str, s: int, e: int) -> "regex.Match[str] | None":
        if self.openers is not None and (s >= e or text[s] not in self.openers):
            return None
        if self.branches is None or s >= e:
            return self.pattern.match(text[s:e])
        pattern = self.branches.opening_with(text[s])
        return None if pattern is None else pattern.match(text[s:e])


class BranchesByFirst:
    """An alternation ``(?:a)|(?:b)|…`` of rule patterns, matched at a place, as the alternation
    of only those that may open with the place's character (their :class:`Openers`; all
    of those that may open with anything). The regex module tries every branch in order,
    and the first that matches is the match; a branch that cannot open there cannot
    match, so leaving it out changes nothing, where the time patterns' hundred branches
    cost five times the dozen or so that may open with one character. (Only patterns
    without groups, whose numbers would move, and without global flags, which would
    reach the others.) The alternations are compiled when first asked for."""

    def __init__(self, parts: list["regex.Pattern[str]"]):
        self.parts = parts
        found = [openers(p.pattern) for p in parts]
        chars = set().union(*(o.chars for o in found if o is not None))
        self.of_char = {c: tuple(i for i, o in enumerate(found) if o is None or c in o) for c in chars}
        self.digits = tuple(i for i, o in enumerate(found) if o is None or o.digits)  # (a digit or a space
        self.spaces = tuple(i for i, o in enumerate(found) if o is None or o.spaces)  # none of them names)
        self.others = tuple(i for i, o in enumerate(found) if o is None)
        self.compiled: dict[tuple[int, ...], "regex.Pattern[str] | None"] = {}  # (one per set of branches)

    @staticmethod
    def fits(parts: list["regex.Pattern[str]"]) -> bool:
        plain = regex.compile("").flags
        return all(p.groups == 0 and p.flags == plain for p in parts)

    def opening_with(self, c: str) -> "regex.Pattern[str] | None":
        """The alternation of the branches a match opening with ``c`` may take; None if none."""
        chosen = self.of_char.get(c)
        if chosen is None:
            chosen = self.digits if c.isdecimal() else self.spaces if c.isspace() else self.others
        if chosen not in self.compiled:
            joined = "|".join(f"(?:{self.parts[i].pattern})" for i in chosen)
            self.compiled[chosen] = (self.parts[chosen[0]] if len(chosen) == 1 else regex.compile(joined)) if chosen else None
        return self.compiled[chosen]


class Prefiltered:
    """``pattern.search(text)``, answered None at once where ``text`` holds none of the
    characters one of which every match holds (:func:`required_chars` of ``source``, the
    pattern as written, where it is compiled with a prefix such as ``(?r)``): a search over a
    subject's few characters for a long alternation tries every branch at every place, where
    ``re`` looks for one of a set of characters in a fraction of that time, and most subjects
    hold none of them."""

    def __init__(self, pattern: "regex.Pattern[str]", source: str | None = None):
        needed = required_chars(pattern.pattern if source is None else source)
        self.pattern, self.needed = pattern, None if needed is None else needed.searcher()

    def search(self, text: str) -> "regex.Match[str] | None":
        if self.needed is not None and self.needed.search(text) is None:
            return None
        return self.pattern.search(text)


class AlternationMatches:
    """The matches of an :class:`Alternation` over one text, read a stretch at a time."""

    def __init__(self, ends: dict[int, int], stretches: list[tuple[int, int]]):
        self.ends = ends
        self.starts = sorted(ends)
        self.stretches = stretches  # (where the matches were looked for)
        self.stretch_starts = [a for a, _ in stretches]

    def within(self, s: int, end: int) -> list[tuple[int, int]] | None:
        """The spans the alternation's ``finditer`` finds in ``text[s:end]``, as positions in
        ``text``: from the leftmost start on, each match, then the next start past its end. None
        where a match runs past ``end``, so that the caller scans the stretch itself (a
        shorter match or another pattern may fit there), and where [s, end) lies outside the
        stretches scanned."""
        if not self.covers(s, end):
            return None
        spans: list[tuple[int, int]] = []
        pos = s
        for i in range(bisect_left(self.starts, s), len(self.starts)):
            a = self.starts[i]
            if a >= end:
                break
            if a >= pos:
                pos = self.ends[a]
                if pos > end:
                    return None
                spans.append((a, pos))
        return spans

    def covers(self, s: int, end: int) -> bool:
        """Whether [s, end) lies inside one of the stretches scanned."""
        i = bisect_right(self.stretch_starts, s) - 1
        return i >= 0 and self.stretches[i][1] >= end


# ---- word look-ups --------------------------------------------------------------------

class WordSet:
    """Which of a set of words ends (or starts) at a position: one dict lookup per
    word length, never a loop over the words, since the hot paths ask this for
    every candidate number (第, 连续, 约, 超过 …) and every subject edge. A set of many
    lengths (the dictionary's place names) walks its words' prefixes (or suffixes)
    instead, and stops where no word goes on: a character or two at most positions."""

    __slots__ = ("lengths", "words", "firsts", "lasts", "prefixes", "suffixes")
    WALK_FROM = 5  # distinct lengths from which the walk is the cheaper way

    def __init__(self, words: dict[str, object] | list[str]):
        self.words = dict(words) if isinstance(words, dict) else dict.fromkeys(words, True)
        self.words.pop("", None)  # (no rule's word is empty: it would be found everywhere)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)
        # the characters the words start and end with: most positions asked about have none
        # of them, and one set lookup answers there without slicing the text once per length
        self.firsts = frozenset(w[0] for w in self.words)
        self.lasts = frozenset(w[-1] for w in self.words)
        many = len(self.lengths) >= self.WALK_FROM
        self.prefixes = frozenset(w[:i] for w in self.words for i in range(1, len(w) + 1)) if many else None
        self.suffixes = frozenset(w[-i:] for w in self.words for i in range(1, len(w) + 1)) if many else None

    def ending_at(self, text: str, pos: int, floor: int = 0):
        """The longest word that ends at ``pos`` and starts at or after ``floor``, as (word, data)."""
        if 0 < pos <= len(text) and text[pos - 1] not in self.lasts:
            return None
        if self.suffixes is not None and 0 < pos <= len(text):
            return self._walk((text[i:pos] for i in range(pos - 1, max(floor, 0) - 1, -1)), self.suffixes)
        for n in self.lengths:
            if n <= pos - floor:
                w = text[pos - n : pos]
                if w in self.words:
                    return w, self.words[w]
        return None

    def starting_at(self, text: str, pos: int, ceiling: int):
        """The longest word that starts at ``pos`` and ends at or before ``ceiling``."""
        if 0 <= pos < len(text) and text[pos] not in self.firsts:
            return None
        if self.prefixes is not None and 0 <= pos < len(text):
            return self._walk((text[pos:j] for j in range(pos + 1, min(ceiling, len(text)) + 1)), self.prefixes)
        for n in self.lengths:
            if pos + n <= ceiling:
                w = text[pos : pos + n]
                if w in self.words:
                    return w, self.words[w]
        return None

    def _walk(self, stretches, parts: frozenset[str]):
        """The longest of ``stretches`` (each one character longer than the one before) that is
        a word, as (word, data), walking only while each is one of ``parts`` (the words'
        prefixes or suffixes)."""
        found = None
        for w in stretches:
            if w not in parts:
                break
            if w in self.words:
                found = w
        return (found, self.words[found]) if found is not None else None


def compile_words(words) -> re.Pattern[str]:
    """A literal alternation of words, longest first (safe by construction: no rule
    syntax reaches it), compiled with ``re``, the faster engine for plain literals."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


def longest_first(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


# ---- the whole folder -----------------------------------------------------------------

class Rules:
    """Every rule file of a folder, validated: ``rules.units``, ``rules.numerals`` …
    are the typed models of :mod:`jqextract.schema`; ``rules.sources`` keeps each
    file's text, so a pipeline can save exactly the rules it was built with."""

    def __init__(self, folder: Path | str | None = None):
        self.folder = Path(folder) if folder else default_rules_dir()
        self.sources: dict[str, Source] = {}
        self.files: dict[str, schema.Strict] = {}
        for name in RULE_FILES:
            source, data = read_source(self.folder, name)
            self.sources[name] = source
            self.files[name] = validate(source, data)
        check_units(self.units, self.sources["units"])

    def __getattr__(self, name: str):
        files = self.__dict__.get("files", {})
        if name in files:
            return files[name]
        raise AttributeError(name)

    def save(self, folder: Path | str) -> None:
        """Write the rule files as they were read (for ``nlp.to_disk``)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for source in self.sources.values():
            (folder / source.path.name).write_text(source.raw, encoding="utf-8")


def check_units(units: schema.UnitsFile, source: Source) -> None:
    """What a type cannot say: known dimensions, forms that do not start with a
    multiplier, no form listed twice (except beside an entry that needs a context)."""
    seen: dict[str, str] = {}
    for i, entry in enumerate(units.unit):
        if entry.dimension not in units.canonical:
            raise source.error(("unit", i, "dimension"), f"unit {entry.forms[0]!r} has unknown dimension {entry.dimension!r}")
        for form in entry.forms:
            if form[0] in "万亿萬億":
                raise source.error(("unit", i, "forms"), f"unit form {form!r} starts with a multiplier")
            context = entry.context_before or entry.context_after or entry.context_after_pattern
            if form in seen and not context and seen[form] != "context":
                raise source.error(("unit", i, "forms"), f"unit form {form!r} is listed twice ({seen[form]} and {entry.dimension})")
            seen[form] = "context" if context else entry.dimension
    for dim in units.negative_before:
        if dim not in units.canonical:
            raise source.error(("negative_before", dim), f"unknown dimension {dim!r}")
