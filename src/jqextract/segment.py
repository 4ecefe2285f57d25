"""Word segmenters behind one interface: jieba (default) and pkuseg.

The subject stage segments only short windows around quantities, never whole
documents, and never a quantity itself, so a segmenter cannot cut one.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from math import log
from pathlib import Path


class SegmenterError(RuntimeError):
    """A segmenter that cannot be loaded, with how to provide it."""


class JiebaSegmenter:
    """jieba's ``lcut(text, HMM=True)``, with the dictionary's best path found in one pass.

    jieba builds a dict of every start's word ends (get_DAG), then a dict of the best path
    from each start (calc, a generator per character), then walks it through generators;
    the subject stage segments a thousand short windows per document, where that machinery
    is most of the cost. The same sums, in the same order, over the same words, are done
    here in one loop per start (the windows' words are jieba's, a test compares them);
    the hidden Markov model of unknown runs and the blocks of other characters are jieba's own.
    """

    name = "jieba"

    def __init__(self):
        import jieba
        from jieba import finalseg

        jieba.setLogLevel(logging.WARNING)
        self._tok = jieba.Tokenizer()
        self._tok.initialize()
        self._han, self._skip, self._hmm = jieba.re_han_default, jieba.re_skip_default, finalseg.cut

    def cut(self, text: str) -> list[str]:
        words: list[str] = []
        for block in self._han.split(text):
            if not block:
                continue
            if self._han.match(block):
                words += self._cut_block(block)
                continue
            for piece in self._skip.split(block):
                if self._skip.match(piece):
                    words.append(piece)
                else:
                    words += piece  # (one word per character, as jieba gives them)
        return words

    def _cut_block(self, block: str) -> list[str]:
        """The words of a block of Han characters, letters and digits (jieba's __cut_DAG):
        the best path's words, where runs of single characters that are no word go to the
        hidden Markov model."""
        route, words, run, x = self._route(block), [], "", 0
        while x < len(block):
            y = route[x][1] + 1
            if y - x == 1:
                run += block[x]
            else:
                words += self._run_words(run)
                run = ""
                words.append(block[x:y])
            x = y
        return words + self._run_words(run)

    def _route(self, block: str) -> list[tuple[float, int]]:
        """jieba's get_DAG and calc together: from each start (the last first), the best
        (log probability of the rest, end of the first word - 1) over the dictionary words that
        start there, else the character alone; the dictionary holds every prefix of its words."""
        freq, n, logtotal = self._tok.FREQ, len(block), log(self._tok.total)
        route: list = [None] * n + [(0, 0)]
        for k in range(n - 1, -1, -1):
            best, i, frag = None, k, block[k]
            while i < n and frag in freq:
                if freq[frag]:
                    step = (log(freq[frag]) - logtotal + route[i + 1][0], i)
                    best = step if best is None or step > best else best  # (max: the first of the greatest)
                i += 1
                frag = block[k : i + 1]
            route[k] = best if best is not None else (log(freq.get(block[k]) or 1) - logtotal + route[k + 1][0], k)
        return route

    def _run_words(self, run: str) -> list[str]:
        if len(run) <= 1:
            return [run] if run else []
        return list(self._hmm(run)) if not self._tok.FREQ.get(run) else list(run)


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


class Lexicon:
    """Which strings are words: jieba's dictionary (it ships with jieba; for the default
    segmenter it is the one already loaded). The subject stage asks it whether a verb,
    a place or a comparison word it matched is a word of its own there or the inside
    of a longer one (生产 in 国内生产总值, 市 in 市场主体, 比 in 比重): a dictionary look-up
    per candidate, where segmenting every clause would cost a third of the pipeline."""

    MAX = 6  # characters: longer dictionary words are phrases, not the words this is for

    def __init__(self, freq: dict[str, int], dict_file=None):
        self.freq = freq  # (jieba's: every prefix of a word is a key too, with frequency 0 if no word)
        self._dict_file = dict_file  # a callable that opens jieba's dict.txt (word, frequency, tag)
        self._tags: dict[frozenset, dict[str, str]] = {}

    def tagged(self, tags: frozenset[str]) -> dict[str, str]:
        """The dictionary's words whose part of speech (jieba's tag: d adverb, p preposition,
        c conjunction …) is one of ``tags``, word → tag: the small part of a part-of-speech
        view the subject stage needs to see where a noun phrase ends (营收|非常满意,
        四线城市贡献票房|在). Read once from the dictionary file (~60,000 entries for the tags
        the shipped rules ask, about 0.2 s). A dictionary file without tags gives none, and
        the part-of-speech view of the subject stage then does nothing."""
        if tags not in self._tags:
            self._tags[tags] = dict(self._read_tagged(tags))
        return self._tags[tags]

    def _read_tagged(self, tags: frozenset[str]):
        """(word, tag) for the dictionary file's words of ``tags``, read as they come."""
        if self._dict_file is None or not tags:
            return
        with self._dict_file() as f:
            for raw in f:
                parts = raw.decode("utf-8").split() if isinstance(raw, bytes) else raw.split()
                if len(parts) == 3 and parts[2] in tags:
                    yield parts[0], parts[2]

    def joined(self, tags: frozenset[str]) -> "JoinedWords":
        """The dictionary's words of ``tags`` as :class:`JoinedWords`, read from the dictionary
        file each call (nothing kept here): for a large list asked little (73,000 people's names)."""
        return JoinedWords([word for word, _ in self._read_tagged(tags)])

    def is_word(self, w: str, min_freq: int = 1) -> bool:
        return len(w) > 1 and self.freq.get(w, 0) >= min_freq  # (jieba keeps prefixes with frequency 0)

    def inside_word(self, text: str, a: int, b: int, lo: int = 0, hi: int | None = None, min_freq: int = 1) -> bool:
        """Whether text[a:b] lies inside a longer word (at least ``min_freq`` common) of text[lo:hi]."""
        hi = len(text) if hi is None else hi
        for i in range(max(lo, b - self.MAX), a + 1):
            for j in range(b, min(hi, i + self.MAX) + 1):
                f = self.freq.get(text[i:j])
                if f is None:
                    break  # (no word starts with text[i:j], so none longer from i either)
                if f >= min_freq and j - i > 1 and (i, j) != (a, b):
                    return True
        return False

    def crosses(self, text: str, pos: int, lo: int = 0, hi: int | None = None, min_freq: int = 1) -> bool:
        """Whether a word of text[lo:hi] (at least ``min_freq`` common) starts before ``pos``
        and ends after it."""
        hi = len(text) if hi is None else hi
        for i in range(max(lo, pos - self.MAX + 1), pos):
            for j in range(pos + 1, min(hi, i + self.MAX) + 1):
                f = self.freq.get(text[i:j])
                if f is None:
                    break  # (as in inside_word: the dictionary holds every prefix of its words)
                if f >= min_freq and j - i > 1:
                    return True
        return False


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """jieba's dictionary, shared with the jieba segmenter when that is loaded."""
    tok = _segmenter("jieba")._tok
    return Lexicon(tok.FREQ, tok.get_dict_file)


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


class JoinedWords:
    """A large set of words asked a few times per document, kept as one string (words between
    line breaks): membership is a substring search, a fraction of a millisecond over the
    dictionary's 73,000 names of people, where a set of them would hold some 20 MB."""

    def __init__(self, words: list[str]):
        self._joined = "\n" + "\n".join(words) + "\n"

    def __contains__(self, word: str) -> bool:
        return bool(word) and "\n" not in word and f"\n{word}\n" in self._joined
