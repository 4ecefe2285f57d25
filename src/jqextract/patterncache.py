"""Which rule patterns passed their backtracking probes, remembered on disk.

Probing every rule pattern for catastrophic backtracking (``rules.backtracking_problem``)
takes seconds, and it was paid again at every start of the command line, of every Spark
worker and of every notebook kernel, for the same patterns each time. A pattern that
passed is written to a small file as a digest of the pattern and of everything its probes
depend on (the regex module's version, the probes' length, time limit and form), so a
changed pattern, or a new version of ``regex``, is probed again. Only passes are stored:
a refused pattern is probed, and refused, at every start.

The file lives in the user's cache folder (``platformdirs``: ``~/.cache/jqextract`` on
Linux), or in ``$JQEXTRACT_CACHE_DIR``; an empty ``JQEXTRACT_CACHE_DIR`` turns it off. It
is only a cache: where it cannot be read or written, the probes run as before, and
nothing else changes.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

FILE_NAME = "safe-patterns.txt"
MAX_ENTRIES = 100_000  # past this (years of rule edits) the file starts afresh


def cache_folder() -> Path | None:
    """Where the file lives: ``$JQEXTRACT_CACHE_DIR`` if set (empty: nowhere), else the
    user's cache folder."""
    chosen = os.environ.get("JQEXTRACT_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("jqextract", appauthor=False))


def digest(pattern: str, context: tuple) -> str:
    """A short key for ``pattern`` under ``context`` (what its probes depend on)."""
    return hashlib.sha256("\x00".join(map(str, (*context, pattern))).encode()).hexdigest()[:32]


class SafePatterns:
    """The digests of the patterns that passed, read once from ``folder``, added to as
    more pass. Appends are one short line each, so workers that share the file never
    interleave a line (and a torn line is only an unknown key)."""

    def __init__(self, folder: Path | None):
        self.path = folder / FILE_NAME if folder is not None else None
        self.keys: set[str] | None = None

    def __contains__(self, key: str) -> bool:
        return key in self._read()

    def add(self, key: str) -> None:
        keys = self._read()
        if key in keys:
            return
        mode = "a"
        if len(keys) >= MAX_ENTRIES:
            keys.clear()  # (start afresh, in memory and on disk)
            mode = "w"
        keys.add(key)
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, mode, encoding="ascii") as f:
                f.write(key + "\n")
        except OSError:
            pass  # (a read-only home, a full disk: the probes run next time too)

    def _read(self) -> set[str]:
        if self.keys is None:
            self.keys = set()
            if self.path is not None:
                try:
                    self.keys = set(self.path.read_text(encoding="ascii", errors="replace").split())
                except OSError:
                    pass  # (no file yet, or none readable)
        return self.keys


_opened: dict[Path | None, SafePatterns] = {}


def safe_patterns() -> SafePatterns:
    """The file for the cache folder in force now (it may change between calls: tests)."""
    folder = cache_folder()
    if folder not in _opened:
        _opened[folder] = SafePatterns(folder)
    return _opened[folder]
