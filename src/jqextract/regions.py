"""Which region a document comes from, for what 元 means in it (``regions.toml``).

facts.md §4: 元 in a Hong Kong text is HKD, in a Taiwan text TWD. A text is
given a region only when it is written in traditional script and names that
region's cue words (港元, 立法會 …; 新台幣, 主計總處 …) more often than any other
region's; a text in simplified script stays mainland whatever it mentions. A word
only a text from the region uses (本港, 政府統計處; 主計總處, 全台) weighs more than
a place name any text may mention (a Hong Kong trade report lists 台灣 among its
markets three times and says 本港 once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rules import compile_regex, compile_words

if TYPE_CHECKING:
    from .rules import Rules
    from .text import Script, TextView


class Regions:
    """The regions of ``regions.toml`` and how to tell them apart."""

    def __init__(self, rules: Rules, script: Script):
        data = rules.regions
        self.script = script
        self.min_traditional, self.min_cues = data.detect.min_traditional, data.detect.min_cues
        self.own_weight = data.detect.own_weight
        self.regions = [(r.currency, compile_words(r.cues), compile_words(r.own_cues) if r.own_cues else None,
                         compile_regex(r.cue_pattern, rules.sources["regions"].at(("region", i, "cue_pattern"), r.cue_pattern))
                         if r.cue_pattern else None) for i, r in enumerate(data.region)]
        self.currencies = {r.name: r.currency for r in data.region}

    def currency_of(self, view: TextView) -> str | None:
        """The local currency of the document (None: mainland, CNY)."""
        if self.script.traditional_share(view.original) < self.min_traditional:
            return None
        counts = [(self.count(view.text, cues, own, pattern), currency) for currency, cues, own, pattern in self.regions]
        best, currency = max(counts)
        tied = sum(1 for n, _ in counts if n == best) > 1
        return currency if best >= self.min_cues and not tied else None

    def count(self, text: str, cues, own, pattern) -> int:
        """How strongly ``text`` speaks of a region: its cues and the matches of its cue pattern,
        its own cues weighted."""
        found = len(cues.findall(text)) + (len(pattern.findall(text)) if pattern is not None else 0)
        return found + (self.own_weight * len(own.findall(text)) if own is not None else 0)
