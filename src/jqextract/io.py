"""Reading the documents the command line is given: which files, and their text.

Kept apart from the CLI so that each failure (undecodable, binary, missing,
unreadable, a broken link or a link loop, a FIFO or device, an unreadable
folder) becomes one :class:`InputError` with a short reason: a batch run
reports it on one line and goes on with the other files.

Only regular files are opened, and they are opened without blocking, so that
a FIFO (which would wait forever for a writer) or a device is refused, never
waited on. Every document, standard input included, is read in blocks and
handed on in pieces of at most a few hundred thousand characters, so memory
stays flat whatever a document's size or content.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath
from typing import BinaryIO

STDIN = "-"
DEFAULT_GLOBS = ("*.txt", "*.md")
AUTO_ENCODINGS = ("utf-8-sig", "gb18030")  # GB18030 is a superset of GBK and GB2312
# a byte-order mark names its encoding; UTF-32's are tried first (UTF-32-LE's starts with UTF-16-LE's)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF8, "utf-8-sig"))
BLOCK_BYTES = 2**20  # bytes read at a time
PIECE_CHARS = 100_000  # characters per piece: extraction works on one piece (at most twice this) at a time
SNIFF_BYTES = 2**20  # from the first non-ASCII byte: what decides between UTF-8 and GB18030


class InputError(Exception):
    """A document that cannot be read; ``str()`` is ``PATH: reason``, the path
    shown with :func:`shown` (control characters escaped: a file name cannot
    forge a line of its own)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{shown(path)}: {reason}")
        self.path, self.reason = path, reason


def shown(name: str) -> str:
    """A file name as one safe line of text.

    Names are carried as the operating system gives them (bytes that are not
    UTF-8 arrive as surrogates, see :func:`os.fsdecode`), so that the file is
    opened by its real name. Written out, such bytes become ``\\xNN``, and
    control characters (a newline in a name, an escape sequence) are escaped
    the same way, so a name can neither stop the output nor forge a line.
    """
    if name == STDIN:
        return "<stdin>"
    if name.isprintable():
        return name
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in text)


display_name = shown  # the name used in output rows and messages


# ---- which files -----------------------------------------------------------------------------

def find_documents(paths: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS,
                   exclude: str | None = None) -> list[str | InputError]:
    """The documents named by ``paths``, in a stable order.

    A folder stands for the files under it (recursively, symbolic links to
    folders not followed) whose names match one of ``globs``, sorted, hidden
    files and folders left out (``.git``, editor backups). A folder that cannot
    be listed is an :class:`InputError` in its place, so it is reported and
    counted like a file that cannot be read. Anything else is kept as given,
    so that a missing or broken path is reported when it is read, in its turn.
    ``exclude`` is the output file, which must not be read back as input.
    """
    skip = os.path.abspath(exclude) if exclude else None
    docs: list[str | InputError] = []
    for arg in paths:
        if arg == STDIN or not os.path.isdir(arg):
            docs.append(arg)
            continue
        found = sorted(walk(Path(arg), Path(arg), globs), key=lambda item: item[0])
        docs += [doc for path, doc in found if isinstance(doc, InputError) or os.path.abspath(path) != skip]
    return docs


def walk(root: Path, folder: Path, globs: tuple[str, ...]) -> Iterator[tuple[Path, str | InputError]]:
    """``(path, document or error)`` for the matching files under ``folder``."""
    try:
        entries = list(os.scandir(folder))
    except OSError as e:
        yield folder, InputError(str(folder), f"cannot read this folder: {reason_of(e, str(folder))}")
        return
    for entry in entries:
        path = folder / entry.name
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(root, path, globs)
        elif not os.path.isdir(path) and any(PurePath(path.relative_to(root)).match(g) for g in globs):
            yield path, str(path)


# ---- opening ------------------------------------------------------------------------------------

def reason_of(e: OSError, path: str) -> str:
    """A short reason for an ``OSError`` on ``path``."""
    if e.errno == errno.ENOENT:
        return "broken symbolic link" if os.path.islink(path) else "no such file"
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return e.strerror or str(e)


def open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file (after symbolic links).

    It is opened without blocking and checked on the open descriptor: opening a
    FIFO for reading would otherwise wait for a writer forever, and reading a
    device such as ``/dev/zero`` would never end. Checking before opening
    would leave a moment in which the file could be swapped.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        if os.path.isdir(path):
            raise InputError(path, "is a directory") from None
        raise InputError(path, reason_of(e, path)) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = ("a directory" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
                else "a socket" if stat.S_ISSOCK(mode) else "a device")
        raise InputError(path, "is a directory" if kind == "a directory" else
                         f"is {kind}, not a regular file (pipe it to standard input: jqextract extract - < PATH)")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def byte_blocks(path: str) -> Iterator[bytes]:
    """The bytes of a regular file or of standard input (``-``), a block at a time."""
    f = sys.stdin.buffer if path == STDIN else open_regular(path)
    try:
        while block := f.read(BLOCK_BYTES):
            yield block
    except OSError as e:
        raise InputError(path, reason_of(e, path)) from None
    finally:
        if f is not sys.stdin.buffer:
            f.close()


# ---- decoding -----------------------------------------------------------------------------------

def sniff(block: bytes, more: Iterator[bytes]) -> tuple[str, bytes]:
    """The encoding of a stream whose first non-ASCII bytes are in ``block``, and
    the bytes it was judged on (``block`` and what was read from ``more`` after it).

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise a megabyte
    from the first non-ASCII byte decides between UTF-8 and GB18030. (ASCII
    reads the same in both, so an ASCII head decides nothing and is not kept.)
    A later undecodable byte is still reported where :func:`decoded` meets it.
    """
    bom = next((enc for mark, enc in BOMS if block.startswith(mark)), None)
    if bom:
        return bom, block
    first = next(i for i, b in enumerate(block) if b >= 0x80)
    head = [block]
    while sum(map(len, head)) < first + SNIFF_BYTES and (nxt := next(more, None)) is not None:
        head.append(nxt)
    data = b"".join(head)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data[first : first + SNIFF_BYTES], final=False)
        return "utf-8", data
    except UnicodeDecodeError:
        return "gb18030", data


def decoded(blocks: Iterable[bytes], encoding: str | None, name: str) -> Iterator[str]:
    """Text from byte blocks, decoded strictly as ``encoding`` (None: detected,
    see :func:`sniff`); line ends become ``\\n`` as Python's text mode reads them,
    so fact offsets index ``open(path, encoding=...).read()``.

    NUL bytes mean a binary file (GB18030 would otherwise "decode" many of them
    into nonsense); with UTF-16 or UTF-32 the check is on the decoded text.
    """
    blocks = iter(blocks)
    decoder = Decoder(encoding, name, False, 0) if encoding else None
    offset, cr = 0, ""
    for block in _with_end(blocks):
        if decoder is None and not block.isascii():
            enc, block = sniff(block, blocks)
            decoder = Decoder(enc, name, True, offset)
        if encoding is None and (decoder is None or decoder.narrow) and b"\x00" in block:
            raise InputError(name, "looks like a binary file (NUL bytes)")
        # before the first non-ASCII byte the encoding is not known yet, and need not be
        text = cr + (decoder.decode(block) if decoder else block.decode("ascii"))
        offset += len(block)
        if "\x00" in text:
            raise InputError(name, "looks like a binary file (NUL characters)")
        cr = "\r" if block and text.endswith("\r") else ""  # a \r\n may be split between two blocks
        yield (text[:-1] if cr else text).replace("\r\n", "\n").replace("\r", "\n")


def _with_end(blocks: Iterator[bytes]) -> Iterator[bytes]:
    yield from blocks
    yield b""  # the end: the decoder is flushed


class Decoder:
    """A strict incremental decoder that reports where it failed as an :class:`InputError`."""

    def __init__(self, enc: str, name: str, auto: bool, offset: int):
        self.enc, self.name, self.auto, self.offset = enc, name, auto, offset
        self.narrow = not enc.startswith(("utf-16", "utf-32"))
        try:
            self.decoder = codecs.getincrementaldecoder(enc)("strict")
        except LookupError:
            raise InputError(name, f"unknown encoding {enc}") from None

    def decode(self, block: bytes) -> str:
        try:
            text = self.decoder.decode(block, final=not block)
        except UnicodeDecodeError as e:
            if self.auto and self.narrow:
                raise InputError(self.name, "cannot be decoded as UTF-8 or GB18030 (try --encoding)") from None
            if self.auto:
                raise InputError(self.name, f"starts with the byte-order mark of {self.enc.upper()} but cannot be decoded "
                                            "as such (try --encoding)") from None
            at = self.offset - len(self.decoder.getstate()[0]) + e.start
            byte = e.object[e.start : e.start + 1].hex() or "end"
            raise InputError(self.name, f"cannot be decoded as {self.enc} (byte 0x{byte} at offset {at})") from None
        self.offset += len(block)
        return text


def text_blocks(path: str, encoding: str | None = None) -> Iterator[str]:
    """The text of one document (``-``: standard input), a block at a time."""
    return decoded(byte_blocks(path), encoding, path)


def read_text(path: str, encoding: str | None = None) -> str:
    """The whole text of one document (``-``: standard input)."""
    return "".join(text_blocks(path, encoding))


# ---- pieces ---------------------------------------------------------------------------------------

PieceEnd = Callable[[str, int, bool], int | None]


def pieces(blocks: Iterable[str], size: int, piece_end: PieceEnd) -> Iterator[tuple[int, str]]:
    """A text given in blocks, as ``(offset, piece)`` pieces of about ``size`` characters.

    ``piece_end(text, size, final)`` says where the next piece of ``text`` ends
    (None: read on); the :class:`~jqextract.Extractor` cuts after a sentence
    end, where no quantity or subject crosses, so that extraction on each
    piece finds what extraction on the whole text finds, at the same offsets
    once ``offset`` is added.
    """
    base, buf = 0, ""
    for block in blocks:
        for i in range(0, len(block), size):  # a piece's worth at a time, so each cut is near the last
            buf += block[i : i + size]
            while buf and (cut := piece_end(buf, size, False)) is not None:
                yield base, buf[:cut]
                base, buf = base + cut, buf[cut:]
    while buf:
        cut = piece_end(buf, size, True)
        yield base, buf[:cut]
        base, buf = base + cut, buf[cut:]


def stream_text(path: str, encoding: str | None, size: int, piece_end: PieceEnd) -> Iterator[tuple[int, str]]:
    """A document (``-``: standard input) as ``(offset, text)`` pieces, in flat memory."""
    return pieces(text_blocks(path, encoding), size, piece_end)
