"""The Fact record (facts.md §7), shared by the subject stage and ``extract``."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .quantities import Quantity

FIELDS = ("text", "start", "end", "value", "unit", "norm_value", "norm_unit", "qualifier",
          "high", "subject", "predicate", "change", "per", "modality", "time", "location",
          "dimension")


@dataclass(slots=True)
class Fact:
    """One quantity with what it measures (facts.md §1)."""

    text: str
    start: int
    end: int
    value: int | float
    unit: str | None
    norm_value: int | float | None
    norm_unit: str | None
    qualifier: str | None = None
    high: int | float | None = None
    subject: str | None = None
    predicate: str | None = None
    change: str | None = None
    per: str | None = None
    modality: str | None = None
    time: str | None = None
    location: str | None = None
    dimension: str | None = None
    subject_start: int | None = None
    subject_end: int | None = None

    def to_dict(self) -> dict:
        """The contract's JSON object (facts.md §7), every field present."""
        d = asdict(self)
        return {k: d[k] for k in FIELDS}

    @classmethod
    def from_quantity(cls, q: Quantity) -> "Fact":
        return cls(q.text, q.start, q.end, q.value, q.unit, q.norm_value, q.norm_unit,
                   q.qualifier, q.high, dimension=q.dimension)


