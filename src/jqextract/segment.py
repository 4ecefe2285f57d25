"""Word segmenters behind one interface: jieba (default) and pkuseg.

The subject stage segments only short windows around quantities, never whole
documents, and never a quantity itself, so a segmenter cannot cut one.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path


class SegmenterError(RuntimeError):
    """A segmenter that cannot be loaded, with how to provide it."""


class JiebaSegmenter:
    name = "jieba"

    def __init__(self):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._tok = jieba.Tokenizer()
        self._tok.initialize()

    def cut(self, text: str) -> list[str]:
        return self._tok.lcut(text, HMM=True)


class PkusegSegmenter:
    """pkuseg through spacy-pkuseg. ``model`` is a model name or a local folder.

    Nothing is downloaded: a model folder must exist locally. A name of
    spacy-pkuseg's models (``spacy_ontonotes``, ``news``, ``mixed`` …) is looked
    up in its cache (``~/.pkuseg/NAME``), where an earlier, networked run put it.
    The ``pkuseg`` wheel on PyPI ships a model (``pkuseg/models/ctb8``) that is
    found by default.
    """

    name = "pkuseg"

    def __init__(self, model: str | None = None):
        try:
            import spacy_pkuseg
        except ImportError as e:  # pragma: no cover - dependency of the package
            raise SegmenterError("spacy-pkuseg is not installed: pip install spacy-pkuseg") from e
        path = model or os.environ.get("JQEXTRACT_PKUSEG_MODEL") or self._bundled_model()
        if path is not None and not Path(path).is_dir() and path in spacy_pkuseg.config.available_models:
            cached = Path(spacy_pkuseg.config.pkuseg_home) / path
            if not cached.is_dir():
                raise SegmenterError(
                    f"pkuseg model {path!r} is not in {cached.parent}: jqextract downloads nothing; fetch it "
                    f"once where a network is available (python -c \"import spacy_pkuseg; spacy_pkuseg.pkuseg('{path}')\") "
                    "or pass a local model folder"
                )
            path = str(cached)  # a folder: spacy-pkuseg reads it without any download
        if path is None or not Path(path).is_dir():
            raise SegmenterError(
                f"pkuseg model folder not found ({path or 'none given'}): pass a local model folder, "
                "set JQEXTRACT_PKUSEG_MODEL, or `pip install pkuseg==0.0.12` which ships pkuseg/models/ctb8"
            )
        self._seg = spacy_pkuseg.pkuseg(model_name=str(path))

    @staticmethod
    def _bundled_model() -> str | None:
        import importlib.util

        spec = importlib.util.find_spec("pkuseg")
        if spec and spec.submodule_search_locations:
            for loc in spec.submodule_search_locations:
                ctb8 = Path(loc) / "models" / "ctb8"
                if ctb8.is_dir():
                    return str(ctb8)
        return None

    def cut(self, text: str) -> list[str]:
        return self._seg.cut(text)


def check_name(name: str | None) -> None:
    """Refuse an unknown segmenter name at once, before any text needs it."""
    if name is not None and name != "jieba" and name != "pkuseg" and not name.startswith("pkuseg:"):
        raise SegmenterError(f"unknown segmenter {name!r}: use 'jieba' or 'pkuseg'")


def get_segmenter(name: str | None = None):
    """The segmenter called ``name`` ("jieba" or "pkuseg", or "pkuseg:/path/to/model").

    ``None`` means ``$JQEXTRACT_SEGMENTER`` or jieba; one instance per name,
    whatever spelling asked for it (a jieba dictionary costs ~75 MB).
    """
    return _segmenter(name or os.environ.get("JQEXTRACT_SEGMENTER", "jieba"))


@lru_cache(maxsize=4)
def _segmenter(name: str):
    if name == "jieba":
        return JiebaSegmenter()
    check_name(name)
    return PkusegSegmenter(name.partition(":")[2] or None)
