"""The Fact record (facts.md §7): a quantity with what it measures.

A :class:`Fact` is a :class:`~jqextract.quantities.Quantity` plus the subject
stage's fields, so the numeric fields (and ``per``, which the quantity stage
reads from 元/斤 and 每吨) are declared once. ``to_dict()`` gives
exactly the contract's fields plus ``high`` for ranges, ``owner`` (whose measure
it is, where the shortest subject leaves out a team or player before a measure of
the game, 滨江联 of 战绩, or a company before its results and their period, 鸿海
of 10月营收) and ``dimension``, in the
contract's order: the JSON a user gets from ``jqextract extract``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from .quantities import Quantity

FIELDS = ("text", "start", "end", "value", "unit", "norm_value", "norm_unit", "qualifier",
          "high", "subject", "predicate", "change", "per", "modality", "time", "location",
          "owner", "dimension")
# the typed columns of every tabular output (Parquet, pandas, Spark); the rest are strings
FLOAT_FIELDS = ("value", "norm_value", "high")  # may be fractional, and exceed int64 normalized
OFFSET_FIELDS = ("start", "end")
QUANTITY_SLOTS = tuple(f.name for f in fields(Quantity))


@dataclass(slots=True)
class Fact(Quantity):
    """One quantity with what it measures (facts.md §1); offsets into the original text."""

    subject: str | None = None
    predicate: str | None = None
    change: str | None = None
    modality: str | None = None
    time: str | None = None
    location: str | None = None
    owner: str | None = None  # (not in facts.md: whose measure the subject names, 滨江联 for 战绩, 鸿海 for 10月营收)
    subject_start: int | None = None
    subject_end: int | None = None

    def to_dict(self) -> dict:
        """The contract's JSON object (facts.md §7), every field present."""
        return {k: getattr(self, k) for k in FIELDS}

    @classmethod
    def from_quantity(cls, q: Quantity) -> "Fact":
        return cls(*[getattr(q, name) for name in QUANTITY_SLOTS])

    def shifted(self, by: int) -> "Fact":
        """The fact with its offsets moved by ``by`` characters (a piece's offset in its file)."""
        self.start += by
        self.end += by
        if self.subject_start is not None:
            self.subject_start += by
            self.subject_end += by
        return self
