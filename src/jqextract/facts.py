"""Stage 4: quantities + subjects → facts, and the public ``extract``.

A :class:`Fact` carries exactly the fields of the contract (facts.md §7) plus
``high`` for ranges and ``dimension``, so ``to_dict()`` is the JSON a user gets
from ``jqextract extract``.
"""

from __future__ import annotations

from .facts_base import FIELDS, Fact
from .quantities import find_quantities

__all__ = ["FIELDS", "Fact", "extract"]


def extract(text: str, *, segmenter: str | None = None, subjects: bool = True) -> list[Fact]:
    """Every quantity fact of ``text``, in text order.

    ``subjects=False`` stops after the quantity stage (faster; subject fields
    stay ``None``). ``segmenter`` picks the word segmenter of the subject stage
    (``"jieba"``, the default, or ``"pkuseg"``).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    quantities = find_quantities(text)
    if not subjects or not quantities:
        return [Fact.from_quantity(q) for q in quantities]
    from .subjects import attach_subjects

    return attach_subjects(text, quantities, segmenter=segmenter)
