"""spaCy pipeline component: ``nlp = spacy.blank("zh"); nlp.add_pipe("jqextract")``.

The factory is registered through the ``spacy_factories`` entry point
(pyproject.toml), so installing jqextract is enough: spaCy imports this module
the first time a pipeline asks for "jqextract", including in ``spacy.load``.

What the component sets on each Doc:

* ``doc._.facts``: the :class:`~jqextract.Fact` objects of ``doc.text``, equal
  to ``jqextract.extract(doc.text)``;
* ``doc.spans["quantities"]``: one Span per fact, labelled with its dimension
  ("power", "money", ...; "QUANTITY" when unknown);
* ``doc.spans["subjects"]``: one Span per distinct subject, labelled "SUBJECT".

Facts are computed on the characters, never on tokens, so they do not depend
on the segmenter of the nlp object (char, jieba or pkuseg). To make the Spans
cover exactly the facts' characters, tokens that straddle a fact or subject
boundary are split there (``split_tokens=True``, the default); with
``split_tokens=False`` the tokenization is left alone and Spans are expanded to
the enclosing tokens, while ``doc._.facts`` keeps the exact offsets.

The facts are kept as plain dicts in ``doc.user_data``, because that is what
spaCy serializes (msgpack) for ``nlp.pipe(..., n_process=2)``, ``Doc.to_bytes``
and ``DocBin(store_user_data=True)``; ``doc._.facts`` rebuilds Fact objects
from them on each access.

The component holds an :class:`~jqextract.Extractor` (config ``rules``: a
rules folder, default the shipped rules). ``nlp.to_disk`` writes the rule files
it was built with into the pipeline folder and ``spacy.load`` reads them back,
so a saved pipeline gives the same facts on another machine, whatever rules
that machine has installed or ``$JQEXTRACT_RULES`` names.
"""

import json
from dataclasses import asdict
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .extractor import Extractor
from .facts import Fact

USER_DATA_KEY = "jqextract.facts"
QUANTITIES, SUBJECTS = "quantities", "subjects"


def facts_of_doc(doc: Doc) -> Optional[list]:
    """The Facts stored on ``doc`` by the component; None if it did not run on it."""
    records = doc.user_data.get(USER_DATA_KEY)
    return None if records is None else [Fact(**r) for r in records]


if not Doc.has_extension("facts"):
    Doc.set_extension("facts", getter=facts_of_doc)


class QuantityFacts:
    """The "jqextract" pipeline component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "jqextract", segmenter: Optional[str] = None,
                 split_tokens: bool = True, rules: Optional[str] = None):
        self.name = name
        self.segmenter = segmenter
        self.split_tokens = split_tokens
        self.rules = rules
        self._extractor: Optional[Extractor] = None

    @property
    def extractor(self) -> Extractor:
        """Built on first use, so that ``from_disk`` can give it the saved rules instead."""
        if self._extractor is None:
            self._extractor = Extractor(self.rules, self.segmenter)
        return self._extractor

    def to_disk(self, path, *, exclude=()) -> None:
        """The rule files this component extracts with, and its settings."""
        path = Path(path)
        self.extractor.rules.save(path / "rules")
        settings = {"segmenter": self.segmenter, "split_tokens": self.split_tokens}
        (path / "jqextract.json").write_text(json.dumps(settings), encoding="utf-8")

    def from_disk(self, path, *, exclude=()) -> "QuantityFacts":
        path = Path(path)
        settings = json.loads((path / "jqextract.json").read_text(encoding="utf-8"))
        self.segmenter, self.split_tokens = settings["segmenter"], settings["split_tokens"]
        self._extractor = Extractor(path / "rules", self.segmenter)
        return self

    def __call__(self, doc: Doc) -> Doc:
        facts = self.extractor.extract(doc.text)
        subjects = sorted({(f.subject_start, f.subject_end) for f in facts if f.subject_start is not None})
        if self.split_tokens:
            cuts = {b for f in facts for b in (f.start, f.end)} | {b for s in subjects for b in s}
            split_tokens_at(doc, cuts)
        doc.user_data[USER_DATA_KEY] = [asdict(f) for f in facts]
        doc.spans[QUANTITIES] = [self._span(doc, f.start, f.end, f.dimension or "QUANTITY") for f in facts]
        doc.spans[SUBJECTS] = [self._span(doc, s, e, "SUBJECT") for s, e in subjects]
        return doc

    @staticmethod
    def _span(doc: Doc, start: int, end: int, label: str):
        # "expand" never returns None: a boundary inside a token widens the span
        # (only possible with split_tokens=False).
        return doc.char_span(start, end, label=label, alignment_mode="expand")


def split_tokens_at(doc: Doc, cuts) -> None:
    """Split every token that has a character offset of ``cuts`` strictly inside it.

    The new tokens keep the original's attributes; each is its own head (a
    blank pipeline has no parse; put the component before a parser otherwise).
    """
    with doc.retokenize() as retokenizer:
        for token in doc:
            start = token.idx
            inner = sorted(c - start for c in cuts if start < c < start + len(token.text))
            if not inner:
                continue
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, orths, heads=[(token, i) for i in range(len(orths))])


@Language.factory("jqextract", default_config={"segmenter": None, "split_tokens": True, "rules": None})
def make_component(nlp: Language, name: str, segmenter: Optional[str], split_tokens: bool,
                   rules: Optional[str]) -> QuantityFacts:
    """spaCy factory; ``segmenter`` is jqextract's own ("jieba", "pkuseg", None = default),
    ``rules`` a rules folder (None: the shipped rules)."""
    return QuantityFacts(nlp, name, segmenter=segmenter, split_tokens=split_tokens, rules=rules)
