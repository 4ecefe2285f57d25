"""Text as the extractor reads it: layout breaks joined, offsets kept.

Newspaper layout breaks words and quantities across blank lines ("酒泉经\\n\\n开区",
"下降\\n\\n26.2%"). The later stages read a *joined* view in which such breaks are
removed, and every offset they produce is mapped back to the original text, so
that ``text[start:end]`` of a fact is exactly what the file says.

A break is joined when the line before it is a long line of running text (at
least ``MIN_JOIN_LINE`` characters) that does not end in sentence-final
punctuation. Short lines are titles, captions and by-lines: their breaks stay.
"""

from __future__ import annotations

import re
from bisect import bisect_right

MIN_JOIN_LINE = 30
SENTENCE_END = "。！？!?；;：:…”’」』）)】>·"
LAYOUT_BREAK = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)*")


class TextView:
    """The joined text plus a map from its offsets back to the original's."""

    __slots__ = ("original", "text", "_joined_starts", "_shifts")

    def __init__(self, original: str):
        self.original = original
        self._joined_starts: list[int] = [0]  # joined offset where a segment begins
        self._shifts: list[int] = [0]  # characters removed before that segment
        if "\n" not in original:
            self.text = original
            return
        parts, removed, pos = [], 0, 0
        for m in LAYOUT_BREAK.finditer(original):
            if not self._is_layout_break(original, m.start(), m.end()):
                continue
            parts.append(original[pos : m.start()])
            self._joined_starts.append(m.start() - removed)  # where the joined text goes on
            removed += m.end() - m.start()
            self._shifts.append(removed)
            pos = m.end()
        if len(parts) == 0:
            self.text = original
            return
        parts.append(original[pos:])
        self.text = "".join(parts)

    @staticmethod
    def _is_layout_break(text: str, start: int, end: int) -> bool:
        if start == 0 or end >= len(text):
            return False
        before, after = text[start - 1], text[end]
        if before in SENTENCE_END or before.isspace() or after.isspace():
            return False
        line_start = text.rfind("\n", 0, start) + 1
        return start - line_start >= MIN_JOIN_LINE

    def to_original(self, i: int) -> int:
        """Original offset of joined offset ``i`` (a start, or an end exclusive)."""
        k = bisect_right(self._joined_starts, i) - 1
        return i + self._shifts[k]

    def to_original_end(self, i: int) -> int:
        """Original offset for an exclusive end: stays before a removed break."""
        if i == 0:
            return 0
        return self.to_original(i - 1) + 1
