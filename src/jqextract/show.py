"""``jqextract show``: a document with its quantities highlighted, in a terminal or a web page.

Both renderings walk the same :func:`segments`, so a terminal and the page
always agree on what is marked. Subjects may overlap a quantity or each other;
cutting the text at every boundary keeps the markup flat (no crossing tags).
"""

from __future__ import annotations

import html
from bisect import bisect_right
from itertools import groupby

from .facts_base import FIELDS

QUANTITY_ANSI, SUBJECT_ANSI, RESET = "1;30;43", "4;36", "\x1b[0m"  # bold black on yellow; cyan underline


def segments(text: str, facts: list) -> list[tuple[str, object, bool]]:
    """``(piece, fact or None, in_a_subject)`` covering ``text`` in order.

    A piece inside a quantity carries its fact; facts whose span overlaps an
    earlier one are left unmarked rather than drawn on top of it.
    """
    marks, last_end = [], 0
    for f in sorted(facts, key=lambda f: (f.start, -f.end)):
        if f.start >= last_end and f.end > f.start:
            marks.append(f)
            last_end = f.end
    in_subject = bytearray(len(text) + 1)
    cuts = {0, len(text)}
    for f in marks:
        cuts.update((f.start, f.end))
    for f in facts:
        if f.subject_start is not None and f.subject_end is not None:
            in_subject[f.subject_start : f.subject_end] = b"\x01" * (f.subject_end - f.subject_start)
            cuts.update((f.subject_start, f.subject_end))
    starts = [f.start for f in marks]
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        i = bisect_right(starts, a) - 1
        fact = marks[i] if i >= 0 and a < marks[i].end else None
        out.append((text[a:b], fact, bool(in_subject[a])))
    return out


def render_ansi(text: str, facts: list, color: bool) -> str:
    """The text for a terminal: colors, or 【】 around quantities when colors are off."""
    out = []
    for fact, group in groupby(segments(text, facts), key=lambda s: id(s[1]) if s[1] is not None else None):
        pieces = list(group)
        if not color:
            body = "".join(p for p, _, _ in pieces)
            out.append(f"【{body}】" if fact is not None else body)
            continue
        for piece, f, subj in pieces:
            codes = ";".join(c for c, on in ((QUANTITY_ANSI, f is not None), (SUBJECT_ANSI, subj)) if on)
            out.append(f"\x1b[{codes}m{piece}{RESET}" if codes else piece)
    return "".join(out)


def fact_title(fact) -> str:
    """The hover text of a quantity: its fields that have a value, one a line."""
    d = fact.to_dict()
    return "\n".join(f"{k}: {d[k]}" for k in FIELDS if d[k] is not None)


CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 56em; margin: 2em auto; padding: 0 1em; line-height: 1.9; color: #222; background: #fff; }
header { border-bottom: 1px solid #ddd; margin-bottom: 1em; }
h1 { font-size: 1.3em; margin: 0 0 .2em; word-break: break-all; }
.legend { color: #555; font-size: .9em; }
.text { white-space: pre-wrap; font-size: 1.05em; }
mark { background: #ffd43b; color: #000; border-radius: 3px; padding: 0 1px; cursor: help; }
mark:hover { background: #fab005; outline: 1px solid #e67700; }
u { text-decoration: underline 2px #1971c2; text-underline-offset: 4px; }
"""


def render_html(text: str, facts: list, name: str) -> str:
    """A self-contained page (inline CSS, nothing fetched): quantities in ``<mark>``
    with their fields as ``title``, subjects underlined; every text escaped."""
    body = []
    for fact, group in groupby(segments(text, facts), key=lambda s: id(s[1]) if s[1] is not None else None):
        pieces = list(group)
        inner = "".join(f"<u>{html.escape(p)}</u>" if subj else html.escape(p) for p, _, subj in pieces)
        if fact is not None:
            inner = f'<mark title="{html.escape(fact_title(pieces[0][1]), quote=True)}">{inner}</mark>'
        body.append(inner)
    n = len(facts)
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>jqextract: {html.escape(name)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(name)}</h1>\n<p class=\"legend\">{n} fact{'s' if n != 1 else ''} · "
        "<mark>quantity</mark> · <u>subject</u> · hover a quantity to see its fields</p></header>\n"
        f"<div class=\"text\">{''.join(body)}</div>\n</body>\n</html>\n"
    )
