"""Footnote markers a file marks as such (AKN ``<authorialNote>``), carried to the parser.

A reader writes :data:`MARK` in front of each marker it glues into the text; before the
text leaves the reader, :func:`lift_markers` takes the marks out and returns where each
marker stands, so the parser knows these digits are markers and that other digits glued
to words (``CO2``) are text.
"""

from __future__ import annotations

MARK = "\u2063"  # INVISIBLE SEPARATOR: never in a resolution's text, not whitespace to ``str.split``


def lift_markers(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` without :data:`MARK`, and (line index, column) of each digit marker it stood before.

    Line indices count as ``str.splitlines`` does, the way the parser reads the text.
    """
    if MARK not in text:
        return text, ()
    lines, found = [], []
    for i, line in enumerate(text.splitlines(keepends=True)):
        pieces = line.split(MARK)
        out, at = [pieces[0]], len(pieces[0])
        for piece in pieces[1:]:
            if piece[:1].isdigit():
                found.append((i, at))
            out.append(piece)
            at += len(piece)
        lines.append("".join(out))
    return "".join(lines), tuple(found)


def unmark(text: str) -> str:
    """``text`` without :data:`MARK` (where positions are not needed: furniture)."""
    return text.replace(MARK, "")
