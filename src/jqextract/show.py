"""``jqextract show``: a document with its quantities highlighted, in a terminal or a web page.

Both renderings walk the same :func:`segments`, so a terminal and the page
always agree on what is marked. Subjects may overlap a quantity or each other;
cutting the text at every boundary keeps the markup flat (no crossing tags).
"""

from __future__ import annotations

import html
from bisect import bisect_right
from itertools import groupby

QUANTITY_ANSI, SUBJECT_ANSI, RESET = "1;30;43", "4;36", "\x1b[0m"  # bold black on yellow; cyan underline


def segments(text: str, facts: list) -> list[tuple[str, tuple | None, bool]]:
    """``(piece, facts of the quantity or None, in_a_subject)`` covering ``text`` in order.

    Facts sharing one span ("A、B均增长10%" gives a fact per subject) are one
    mark; a span overlapping an earlier one is left unmarked rather than
    drawn on top of it.
    """
    marks: list[tuple] = []  # (start, end, facts)
    for f in sorted(facts, key=lambda f: (f.start, -f.end)):
        if marks and (f.start, f.end) == marks[-1][:2]:
            marks[-1][2].append(f)
        elif f.end > f.start and (not marks or f.start >= marks[-1][1]):
            marks.append((f.start, f.end, [f]))
    in_subject = bytearray(len(text) + 1)
    cuts = {0, len(text)}
    for start, end, _ in marks:
        cuts.update((start, end))
    for f in facts:
        if f.subject_start is not None and f.subject_end is not None:
            in_subject[f.subject_start : f.subject_end] = b"\x01" * (f.subject_end - f.subject_start)
            cuts.update((f.subject_start, f.subject_end))
    starts, groups = [m[0] for m in marks], [tuple(m[2]) for m in marks]  # one object per mark: see by_mark
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        i = bisect_right(starts, a) - 1
        mark = groups[i] if i >= 0 and a < marks[i][1] else None
        out.append((text[a:b], mark, bool(in_subject[a])))
    return out


def by_mark(segs):
    """Runs of consecutive pieces that belong to the same mark (the same tuple object) or to none."""
    return groupby(segs, key=lambda s: id(s[1]) if s[1] is not None else None)


def render_ansi(text: str, facts: list, color: bool) -> str:
    """The text for a terminal: colors, or 【】 around quantities when colors are off."""
    out = []
    for mark, group in by_mark(segments(text, facts)):
        pieces = list(group)
        if not color:
            body = "".join(p for p, _, _ in pieces)
            out.append(f"【{body}】" if mark is not None else body)
            continue
        for piece, f, subj in pieces:
            codes = ";".join(c for c, on in ((QUANTITY_ANSI, f is not None), (SUBJECT_ANSI, subj)) if on)
            out.append(f"\x1b[{codes}m{piece}{RESET}" if codes else piece)
    return "".join(out)


def fact_title(facts) -> str:
    """The hover text of a quantity: the fields that have a value, one a line; a blank line between facts."""
    return "\n\n".join("\n".join(f"{k}: {v}" for k, v in f.to_dict().items() if v is not None) for f in facts)


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
    for mark, group in by_mark(segments(text, facts)):
        pieces = list(group)
        inner = "".join(f"<u>{html.escape(p)}</u>" if subj else html.escape(p) for p, _, subj in pieces)
        if mark is not None:
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
