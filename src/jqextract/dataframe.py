"""Facts as a pandas DataFrame: :func:`to_dataframe`.

pandas is an optional extra (``pip install 'jqextract[pandas]'``), so it is
imported inside the function: ``import jqextract`` must work without it. spaCy
is never imported here either; a Doc can only be passed in if it is loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import asdict

from .facts import FIELDS, FLOAT_FIELDS, OFFSET_FIELDS

COLUMNS = FIELDS + ("subject_start", "subject_end")
INTS = OFFSET_FIELDS + ("subject_start", "subject_end")


def to_dataframe(facts_or_docs):
    """One row per fact, with typed columns.

    Accepts a list of Facts (or their ``to_dict()`` dicts), a spaCy Doc or a list
    of Docs processed by the "jqextract" component, or a dict ``{doc_name:
    facts or Doc}``. For a list of Docs or a dict, a first column ``doc`` says
    where each row comes from (the Doc's position, or the dict key as a string).

    Dtypes are fixed whatever the rows hold (even none), so that arithmetic
    and joins behave the same on every input: ``value``, ``norm_value`` and
    ``high`` are float64 (values may be ints or fractions, and exceed int64
    when normalized), offsets are nullable Int64 (a subject may be absent),
    and text columns are pandas' "string" dtype.
    """
    import pandas as pd

    if _is_doc(facts_or_docs):
        groups, doc_dtype = [(None, facts_or_docs)], None
    elif isinstance(facts_or_docs, Mapping):
        groups, doc_dtype = [(str(k), v) for k, v in facts_or_docs.items()], "string"
    else:
        items = list(facts_or_docs)
        if items and all(_is_doc(x) for x in items):
            groups, doc_dtype = list(enumerate(items)), "Int64"
        else:
            groups, doc_dtype = [(None, items)], None

    rows = [(name, _record(f)) for name, group in groups for f in _facts(group)]
    data = {}
    if doc_dtype:
        data["doc"] = pd.Series([name for name, _ in rows], dtype=doc_dtype)
    for col in COLUMNS:
        dtype = "float64" if col in FLOAT_FIELDS else "Int64" if col in INTS else "string"
        data[col] = pd.Series([r.get(col) for _, r in rows], dtype=dtype)
    return pd.DataFrame(data)


def _is_doc(obj) -> bool:
    spacy_tokens = sys.modules.get("spacy.tokens")
    return spacy_tokens is not None and isinstance(obj, spacy_tokens.Doc)


def _facts(group) -> list:
    """The facts of a Doc, or the group itself (an iterable of facts)."""
    if not _is_doc(group):
        return list(group)
    from .spacy_component import facts_of_doc

    facts = facts_of_doc(group)
    if facts is None:
        raise ValueError("this Doc has no facts: run it through a pipeline with nlp.add_pipe('jqextract')")
    return facts


def _record(fact) -> dict:
    return fact if isinstance(fact, Mapping) else asdict(fact)
