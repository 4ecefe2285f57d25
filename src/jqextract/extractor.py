"""The :class:`Extractor`: one configuration of jqextract, loaded once.

It holds the validated rules of one folder, the numeral reader, the quantity
and subject stages built from them, and the name of its word segmenter
(loaded on first use), the way dateparser's ``DateDataParser`` or
Recognizers-Text's ``NumberRecognizer`` hold theirs: two extractors with
different rules or segmenters live side by side in one process. The
pipeline is one-way: the extractor builds one layout-joined view per
document and hands it to the quantity stage, whose quantities (with what the
subject stage needs) go to the subject stage.

The module-level :func:`jqextract.extract`, :func:`jqextract.find_quantities`,
:func:`jqextract.extract_file` and :func:`jqextract.parse_number` use a default
extractor: the shipped rules (or ``$JQEXTRACT_RULES``) and jieba (or
``$JQEXTRACT_SEGMENTER``). The environment variables change those defaults
only, never an argument given explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .facts import Fact
from .numbers import NumeralReader
from .quantities import Quantity, QuantityFinder
from .regions import Regions
from .rules import Rules
from .segment import check_name, get_segmenter, lexicon
from .subjects import SubjectFinder
from .text import TextView, opencc_script


class Extractor:
    """Quantity facts from Chinese prose, with one set of rules and one segmenter.

    >>> ex = Extractor()                       # the shipped rules, jieba
    >>> [f.subject for f in ex.extract("新能源装机达到3351万千瓦")]
    ['新能源装机']

    ``rules`` is a rules folder (``str`` or ``Path``), a loaded :class:`Rules`,
    or None for the default. ``segmenter`` is ``"jieba"``, ``"pkuseg"`` or
    ``"pkuseg:/path/to/model"``; None for the default. ``region`` says what 元
    means: None detects it per document (HK and TW texts in traditional script,
    ``regions.toml``), or a region name of that file ("HK", "TW", "MO"), or
    ``"CN"`` for mainland everywhere.
    """

    def __init__(self, rules: str | Path | Rules | None = None, segmenter: str | None = None,
                 region: str | None = None):
        self.rules = rules if isinstance(rules, Rules) else Rules(rules)
        self.segmenter_name = segmenter or os.environ.get("JQEXTRACT_SEGMENTER") or "jieba"
        check_name(self.segmenter_name)  # a wrong name fails now, not on the first text
        self.script = opencc_script()
        self.regions = Regions(self.rules, self.script)
        if region not in (None, "CN") and region not in self.regions.currencies:
            raise ValueError(f"unknown region {region!r}: use CN or one of {', '.join(self.regions.currencies)}")
        self.region = region
        self.numerals = NumeralReader(self.rules.numerals)
        self.numeral_spaces = frozenset(self.rules.text.spaces.within)
        self.quantities = QuantityFinder(self.rules, self.numerals)
        self.subjects = SubjectFinder(self.rules, self.segmenter, lexicon)

    def __repr__(self) -> str:
        return f"Extractor(rules={str(self.rules.folder)!r}, segmenter={self.segmenter_name!r})"

    def segmenter(self):
        """The word segmenter, loaded on first use (one per name and process: a jieba
        dictionary costs ~75 MB)."""
        return get_segmenter(self.segmenter_name)

    def view(self, text: str) -> TextView:
        """The layout-joined view of one document, read by every stage."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        t = self.rules.text
        view = TextView(text, t.ends.paragraph, t.layout.min_join_line, self.script, self.numeral_spaces)
        if self.region is None:
            view.currency = self.regions.currency_of(view)
        elif self.region != "CN":
            view.currency = self.regions.currencies[self.region]
        return view

    def find_quantities(self, text: str) -> list[Quantity]:
        """Every quantity of ``text`` (facts.md §2-§5), in text order, without subjects."""
        return self.quantities.find(self.view(text))

    def extract(self, text: str, *, subjects: bool = True) -> list[Fact]:
        """Every quantity fact of ``text``, in text order.

        ``subjects=False`` stops after the quantity stage (faster; subject fields
        stay ``None``).
        """
        view = self.view(text)
        quantities = self.quantities.find(view)
        if not subjects or not quantities:
            return [Fact.from_quantity(q) for q in quantities]
        return self.subjects.attach(view, quantities)

    def extract_file(self, path, *, encoding: str | None = None, subjects: bool = True,
                     chunk_chars: int | None = None) -> Iterator[Fact]:
        """The facts of a file of any size, as a generator, in flat memory.

        The file is read in pieces that end at a sentence end (see
        :func:`jqextract.io.stream_text`); offsets are into the whole text, as
        :meth:`extract` on the whole file would give them. Encoding as the CLI
        detects it (UTF-8, with or without BOM, else GB18030) unless given.
        """
        from .io import CHUNK_CHARS, stream_text

        ends = self.rules.text.ends.sentence
        for base, piece in stream_text(str(path), encoding, chunk_chars or CHUNK_CHARS, ends):
            for fact in self.extract(piece, subjects=subjects):
                yield fact.shifted(base) if base else fact

    def parse_number(self, s: str) -> int | float:
        """The value of one numeral string (``ValueError`` if it is none): 两万五 → 25000,
        百分之十二點五 → 12.5 (traditional script is read as simplified)."""
        return self.numerals.parse(self.script.simplify(s) if isinstance(s, str) else s)


@lru_cache(maxsize=4)
def default_extractor(segmenter: str | None = None) -> Extractor:
    """The extractor behind the module-level functions, built once per segmenter."""
    return Extractor(segmenter=segmenter)


def extract(text: str, *, segmenter: str | None = None, subjects: bool = True) -> list[Fact]:
    """Every quantity fact of ``text`` (the default :class:`Extractor`)."""
    return default_extractor(segmenter).extract(text, subjects=subjects)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text``, without subjects (the default :class:`Extractor`)."""
    return default_extractor().find_quantities(text)


def extract_file(path, *, encoding: str | None = None, segmenter: str | None = None,
                 subjects: bool = True, chunk_chars: int | None = None) -> Iterator[Fact]:
    """The facts of a file of any size, in flat memory (the default :class:`Extractor`)."""
    return default_extractor(segmenter).extract_file(path, encoding=encoding, subjects=subjects, chunk_chars=chunk_chars)


def parse_number(s: str) -> int | float:
    """The value of one numeral string; ``ValueError`` if it is not a number.

    >>> parse_number("一千零五"), parse_number("1.4万"), parse_number("两万五")
    (1005, 14000, 25000)
    >>> parse_number("百分之三十"), parse_number("三分之一")
    (30, 0.3333333333333333)
    """
    return default_extractor().parse_number(s)
