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
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .facts import Fact
from .numbers import NumeralReader
from .quantities import Quantity, QuantityFinder, units_as_written
from .regions import Regions
from .rules import Rules
from .segment import check_name, get_segmenter, lexicon
from .subjects import SubjectFinder
from .text import HAN_CHAR, Spacing, TextView, opencc_script


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
        spaces = self.rules.text.spaces
        self.spacing = Spacing(frozenset(spaces.within), frozenset(spaces.words),
                               re.compile(spaces.phrase_break) if spaces.phrase_break else None, frozenset(spaces.units_at_break),
                               re.compile(spaces.dates) if spaces.dates else None, frozenset(spaces.units_before),
                               long_units(self.rules, spaces.long_units), frozenset(spaces.plain_units),
                               re.compile(spaces.closing) if spaces.closing else None, frozenset(spaces.spaced_counters),
                               tuple(spaces.spaced_counter_words), latin_units(self.rules, spaces.latin_units),
                               re.compile(spaces.thousands) if spaces.thousands else None)
        layout = self.rules.text.layout
        self.credit = re.compile(layout.credit) if layout.credit else None
        self.byline = re.compile(layout.byline) if layout.byline else None
        self.quantities = QuantityFinder(self.rules, self.numerals)
        self.subjects = SubjectFinder(self.rules, self.segmenter, lexicon)

    def __repr__(self) -> str:
        return f"Extractor(rules={str(self.rules.folder)!r}, segmenter={self.segmenter_name!r})"

    def segmenter(self):
        """The word segmenter, loaded on first use (one per name and process: a jieba
        dictionary costs ~75 MB)."""
        return get_segmenter(self.segmenter_name)

    def view(self, text: str) -> TextView:
        """The layout-joined view of one document (or piece), read by every stage."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        t = self.rules.text
        view = TextView(text, t.ends.paragraph, t.layout.min_join_line, self.script, self.spacing, self.credit, self.byline)
        if self.region is None:
            view.currency = self.regions.currency_of(view)
        elif self.region != "CN":
            view.currency = self.regions.currencies[self.region]
        return view

    def find_quantities(self, text: str) -> list[Quantity]:
        """Every quantity of ``text`` (facts.md §2-§5), in text order, without subjects."""
        out: list[Quantity] = []
        for base, piece in self.pieces(text):
            view = self.view(piece)
            out += [shift_quantity(q, base) for q in as_written(view, self.quantities.find(view))]
        return out

    def extract(self, text: str, *, subjects: bool = True) -> list[Fact]:
        """Every quantity fact of ``text``, in text order.

        ``subjects=False`` stops after the quantity stage (faster; subject fields
        stay ``None``). A long text is read in pieces (see :meth:`piece_end`), so the
        working memory of the stages is that of one piece, whatever the text.
        """
        out: list[Fact] = []
        for base, piece in self.pieces(text):
            out += [f.shifted(base) if base else f for f in self._extract(piece, subjects)]
        return out

    def _extract(self, text: str, subjects: bool) -> list[Fact]:
        view = self.view(text)
        quantities = self.quantities.find(view)
        if not subjects or not quantities:
            return as_written(view, [Fact.from_quantity(q) for q in quantities])
        return as_written(view, self.subjects.attach(view, quantities))

    def extract_file(self, path, *, encoding: str | None = None, subjects: bool = True,
                     chunk_chars: int | None = None) -> Iterator[Fact]:
        """The facts of a file of any size, as a generator, in flat memory.

        The file is read in pieces that end at a sentence end (see
        :meth:`piece_end`); offsets are into the whole text, as :meth:`extract`
        on the whole file would give them. Encoding as the CLI detects it (UTF-8,
        with or without BOM, UTF-16 or UTF-32 with BOM, else GB18030) unless given.
        Only a regular file is opened: a FIFO is an :class:`~jqextract.io.InputError`, never a wait.
        """
        from .io import PIECE_CHARS, stream_text

        for base, piece in stream_text(str(path), encoding, chunk_chars or PIECE_CHARS, self.piece_end):
            for fact in self._extract(piece, subjects):
                yield fact.shifted(base) if base else fact

    def pieces(self, text: str, size: int | None = None):
        """``(offset, piece)`` for ``text``: itself when short, else pieces of about ``size`` characters."""
        from .io import PIECE_CHARS, pieces

        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        size = size or PIECE_CHARS
        return [(0, text)] if len(text) <= 2 * size else pieces([text], size, self.piece_end)

    def piece_end(self, text: str, size: int, final: bool) -> int | None:
        """Where the next piece of ``text`` (which starts a line) ends; None: read on.

        After a sentence end (the ``[ends]`` of the rules' ``text.toml``: no quantity
        or subject crosses one) that ends a line, so that each piece starts a line
        and the layout rules see whole lines, leaving at most ``size`` characters;
        with none in twice ``size``, after any sentence end; with none of those
        either, between two quantities (:meth:`quantity_gap`), never inside one.
        """
        if final and len(text) <= 2 * size:
            return len(text)
        ends = self.rules.text.ends.sentence
        cut = max(text.rfind(c + "\n") for c in ends) + 2
        if cut >= 2 and len(text) - cut <= size:
            return cut
        if len(text) < 2 * size:
            return None
        return max(text.rfind(c) for c in ends) + 1 or self.quantity_gap(text)

    def quantity_gap(self, text: str, window: int = 4000, margin: int = 64) -> int:
        """A cut in the last ``window`` characters of ``text`` that falls in no quantity.

        Used only where no sentence ends in twice a piece's size (a table, a run of
        numerals): the quantities of that stretch are found, and the cut goes right
        after the last one that ends ``margin`` characters before the end of
        ``text``, so that neither it nor the next one (whose numeral may go on
        past the end of ``text``) is cut in two. With no such quantity the cut is
        before the stretch's last run of numeral characters, or at the end.
        """
        start = max(0, len(text) - window)
        stretch = text[start:]
        ends = [q.end for q in self.quantities.find(self.view(stretch)) if q.end < len(stretch) - margin]
        if ends:
            return start + ends[-1]
        keep = len(stretch.rstrip(self.numerals.more_chars + "0123456789.,"))
        return start + keep if keep > 0 else len(text)

    def parse_number(self, s: str) -> int | float:
        """The value of one numeral string (``ValueError`` if it is none): 两万五 → 25000,
        百分之十二點五 → 12.5 (traditional script is read as simplified)."""
        return self.numerals.parse(self.script.simplify(s) if isinstance(s, str) else s)


def shift_quantity(q: Quantity, by: int) -> Quantity:
    """A piece's quantity with its offsets moved into the whole text."""
    if by:
        q.start, q.end = q.start + by, q.end + by
        q.jstart, q.jend, q.qualifier_start = q.jstart + by, q.jend + by, q.qualifier_start + by
    return q


@lru_cache(maxsize=4)
def default_extractor(segmenter: str | None = None) -> Extractor:
    """The extractor behind the module-level functions, built once per segmenter."""
    return Extractor(segmenter=segmenter)


def extract(text: str, *, segmenter: str | None = None, subjects: bool = True) -> list[Fact]:
    """Every quantity fact of ``text`` (the default :class:`Extractor`)."""
    return default_extractor(segmenter).extract(text, subjects=subjects)


def spaced_forms(rules, length: int, written) -> set[str]:
    """The unit forms of the table, of at least ``length`` characters all ``written`` so, that a space
    before drops from the view (no date or time: 中证 1000 年度涨幅 is a name's number; 0: none)."""
    if not length:
        return set()
    return {f for u in rules.units.unit if u.dimension not in ("date", "duration")
            for f in u.forms if len(f) >= length and all(written(c) for c in f)}


def long_units(rules, length: int) -> tuple[str, ...]:
    """The unit forms written in at least ``length`` Han characters (毫米, 公里), longest first: a
    space before one is dropped (text.toml long_units)."""
    return tuple(sorted(spaced_forms(rules, length, HAN_CHAR.match), key=len, reverse=True))


def latin_units(rules, length: int) -> frozenset[str]:
    """The unit forms written in at least ``length`` Latin letters (mm, km, mAh): a space before one,
    with no letter after it, is dropped (text.toml latin_units)."""
    return frozenset(spaced_forms(rules, length, lambda c: c.isascii() and c.isalpha()))


def as_written(view: TextView, quantities: list) -> list:
    """The quantities (or facts) of a view, with unit and per in the text's own script:
    the stages read a traditional text through its simplified view, and compare units
    with the rules' names there (歲 is read as 岁), so the script is given back last."""
    if view.simplified:
        for q in quantities:
            units_as_written(view, q)
    return quantities


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
