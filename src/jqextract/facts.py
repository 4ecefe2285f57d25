"""Stage 4: quantities + subjects → facts, and the public ``extract``.

A :class:`Fact` carries exactly the fields of the contract (facts.md §7) plus
``high`` for ranges and ``dimension``, so ``to_dict()`` is the JSON a user gets
from ``jqextract extract``.
"""

from __future__ import annotations

from .facts_base import FIELDS, Fact
from .quantities import find_quantities
from .segment import check_name
from .text import TextView

__all__ = ["FIELDS", "Fact", "extract", "extract_file"]


def extract(text: str, *, segmenter: str | None = None, subjects: bool = True) -> list[Fact]:
    """Every quantity fact of ``text``, in text order.

    ``subjects=False`` stops after the quantity stage (faster; subject fields
    stay ``None``). ``segmenter`` picks the word segmenter of the subject stage
    (``"jieba"``, the default, or ``"pkuseg"``).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    if subjects:
        check_name(segmenter)  # a wrong name fails on every text, not only on some
    view = TextView(text)  # read once, shared by both stages
    quantities = find_quantities(text, view=view)
    if not subjects or not quantities:
        return [Fact.from_quantity(q) for q in quantities]
    from .subjects import attach_subjects

    return attach_subjects(text, quantities, segmenter=segmenter, view=view)


def extract_file(path, *, encoding: str | None = None, segmenter: str | None = None,
                 subjects: bool = True, chunk_chars: int | None = None):
    """The facts of a file of any size, as a generator, in flat memory.

    The file is read in pieces that end at a sentence end (see
    :func:`jqextract.io.stream_text`); offsets are into the whole text, as
    :func:`extract` on the whole file would give them. Encoding as the CLI
    detects it (UTF-8, with or without BOM, else GB18030) unless given.
    """
    from .io import CHUNK_CHARS, stream_text

    for base, piece in stream_text(str(path), encoding, chunk_chars or CHUNK_CHARS):
        for fact in extract(piece, segmenter=segmenter, subjects=subjects):
            yield shift(fact, base) if base else fact


def shift(fact: Fact, by: int) -> Fact:
    """The fact with its offsets moved by ``by`` characters (a piece's offset in its file)."""
    fact.start += by
    fact.end += by
    if fact.subject_start is not None:
        fact.subject_start += by
        fact.subject_end += by
    return fact
