"""Reading the documents the command line is given: which files, and their text.

Kept apart from the CLI so that each failure (undecodable, binary, missing,
unreadable, broken link) becomes one :class:`InputError` with a short reason:
a batch run reports it on one line and goes on with the other files.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from pathlib import Path

STDIN = "-"
DEFAULT_GLOBS = ("*.txt", "*.md")
AUTO_ENCODINGS = ("utf-8-sig", "gb18030")  # GB18030 is a superset of GBK and GB2312
BIG_FILE = 8 * 2**20  # bytes: larger files are read and extracted in pieces, in flat memory
CHUNK_CHARS = 1_000_000  # characters per piece


class InputError(Exception):
    """A document that cannot be read; ``str()`` is ``PATH: reason``."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def find_documents(paths: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS, exclude: str | None = None) -> list[str]:
    """The documents named by ``paths``, in a stable order.

    A folder stands for the files under it (recursively) whose names match one
    of ``globs``, sorted, hidden files and folders left out (``.git``,
    editor backups). Anything else is kept as given, so that a missing or
    broken path is reported when it is read, in its turn. ``exclude`` is the
    output file, which must not be read back as input on a second run.
    """
    skip = os.path.abspath(exclude) if exclude else None
    docs: list[str] = []
    for arg in paths:
        root = Path(arg)
        if arg == STDIN or not root.is_dir():
            docs.append(arg)
            continue
        found = {p for g in globs for p in root.rglob(g)}
        for p in sorted(found):
            rel = p.relative_to(root)
            if any(part.startswith(".") for part in rel.parts) or p.is_dir() or os.path.abspath(p) == skip:
                continue
            docs.append(str(p))
    return docs


def read_bytes(path: str) -> bytes:
    """The raw bytes of a file, or an :class:`InputError` that says why not."""
    p = Path(path)
    if p.is_symlink() and not p.exists():
        raise InputError(path, "broken symbolic link")
    if p.is_dir():
        raise InputError(path, "is a directory")
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Text from bytes: ``encoding`` if given, else UTF-8 (BOM or not), else GB18030.

    NUL bytes mean a binary file (GB18030 would otherwise "decode" many of
    them into nonsense); with ``encoding`` given (UTF-16, say) the check is
    on the decoded text. Line ends become ``\\n``, as Python's text mode reads
    them, so fact offsets index ``open(path, encoding=...).read()``.
    """
    if encoding is None and b"\x00" in data:
        raise InputError(name, "looks like a binary file (NUL bytes)")
    for enc in (encoding,) if encoding else AUTO_ENCODINGS:
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError as e:
            if encoding:
                raise InputError(name, f"cannot be decoded as {encoding} (byte {data[e.start]:#04x} at offset {e.start})") from None
    else:
        raise InputError(name, "cannot be decoded as UTF-8 or GB18030 (try --encoding)")
    if "\x00" in text:
        raise InputError(name, "looks like a binary file (NUL characters)")
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str, encoding: str | None = None, data: bytes | None = None) -> str:
    """The text of one document (``data`` when already read, e.g. standard input)."""
    if data is None:
        data = read_bytes(path)
    return decode(data, display_name(path), encoding)


def display_name(path: str) -> str:
    """How a document is named in output and messages: ``<stdin>`` for ``-``."""
    return "<stdin>" if path == STDIN else path


def is_big(path: str) -> bool:
    """A file large enough (over BIG_FILE bytes) to be read and extracted in pieces."""
    return path != STDIN and os.path.isfile(path) and os.path.getsize(path) > BIG_FILE


def sniff_encoding(path: str, window: int = 2**20) -> str:
    """The encoding of a big file, judged on a megabyte from its first non-ASCII byte.

    ASCII reads the same in UTF-8 and GB18030, so a long ASCII header decides
    nothing; the file is scanned (in flat memory) to the first byte that does.
    A later undecodable byte is still reported: :func:`stream_text` decodes
    strictly and raises :class:`InputError` where it meets it.
    """
    try:
        with open(path, "rb") as f:
            while True:
                block = f.read(window)
                if not block:
                    return "utf-8-sig"  # all ASCII
                if b"\x00" in block:
                    raise InputError(path, "looks like a binary file (NUL bytes)")
                first = next((i for i, b in enumerate(block) if b >= 0x80), None)
                if first is not None:
                    head = block[first:] + f.read(window)
                    break
    except OSError:
        read_bytes(path)  # raises the InputError that says why
        raise
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head[:window], final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "gb18030"


def stream_text(path: str, encoding: str | None, chunk_chars: int, sentence_ends: str) -> Iterator[tuple[int, str]]:
    """A document as ``(offset, text)`` pieces of about ``chunk_chars`` characters.

    Pieces end after a sentence end (``sentence_ends``, the ``[ends]`` of the
    rules' ``text.toml``: no quantity or subject crosses one) that ends a line where
    there is one, so that extraction on each piece finds what extraction on the
    whole text finds, at the same offsets once ``offset`` is added; a piece with
    no such mark in twice its size is cut where it is. Line ends become ``\\n`` as in :func:`decode`.
    """
    enc = encoding or sniff_encoding(path)
    base, carry = 0, ""
    try:
        with open(path, encoding=enc, errors="strict", newline=None) as f:
            while True:
                block = f.read(chunk_chars)
                text = carry + block
                if not text:
                    return
                if "\x00" in block:
                    raise InputError(path, "looks like a binary file (NUL characters)")
                if not block:
                    yield base, text
                    return
                # cut after a sentence that ends its line (。\n), so each piece starts a
                # line and the layout rules (text.TextView) see whole lines; else after any
                cut = max(text.rfind(c + "\n") for c in sentence_ends) + 2
                if cut < 2 or len(text) - cut > chunk_chars:
                    if len(text) < 2 * chunk_chars:
                        carry = text  # no sentence ends its line yet: read on
                        continue
                    # none in twice a piece's size: after any sentence end, or where it is
                    cut = max(text.rfind(c) for c in sentence_ends) + 1 or len(text)
                yield base, text[:cut]
                base, carry = base + cut, text[cut:]
    except UnicodeDecodeError as e:
        raise InputError(path, f"cannot be decoded as {enc} ({e.reason} near byte {e.start} of a block; try --encoding)") from None
    except LookupError:
        raise InputError(path, f"unknown encoding {enc}") from None
    except OSError:
        read_bytes(path)
        raise
