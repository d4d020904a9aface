"""Group a page's glyphs into printed lines, keeping what the layout says about each.

A line is the glyphs on one baseline, read left to right. Glyphs printed smaller
and raised above a line's baseline (footnote markers, ``1st``) belong to that line;
raised digits are footnote markers and are glued to the word before them, as the
ODS export prints them (``2025,1 the report``). Digits on the baseline or lowered
(``CO2``, ``G20``, ``(a) 3 experts``) stay text. Words are split where the text
stream has a space (printed, or guessed by PDFium) or the gap between two glyphs is
wider than a fraction of a space.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reslens.ingest.pdf_glyphs import Glyph

_SAME_BASELINE = 2.0  # points: glyphs of one line sit on one baseline, give or take rounding
_SMALL = 0.85  # a glyph below this share of the line's size is a superscript/subscript candidate
_RAISED = 0.15  # ... and raised by this share of the line's size is a superscript
_MAX_SMALL_RUN = 8  # glyphs in a run of superscripts or subscripts (``12``, ``th``, ``a``)
_SPACE_GAP = 0.2  # a gap wider than this share of the type size (em box) is a word space
_COLUMN_GAP = 3.0  # a gap wider than this many font sizes separates columns (masthead, tables)


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """One line as printed: its text and where and how it is set.

    ``italic_head`` is the italic words at the head of the text (after a ``1.`` or
    ``(a)`` label, which the UN prints upright), ``""`` when the line opens upright.
    """

    text: str
    x0: float
    x1: float
    top: float
    base: float
    size: float
    bold: bool
    italic: bool  # every letter italic
    italic_head: str
    page: int
    text_x: float  # where the text after a ``1.``/``(a)`` label starts (``x0`` when unlabelled)
    columns: tuple[str, ...] = ()  # the pieces of a line set in separate columns

    @property
    def bottom(self) -> float:
        return self.base + 0.25 * self.size


def printed_lines(glyphs: Sequence[Glyph], page: int) -> list[PrintedLine]:
    """The page's lines, top to bottom."""
    clusters: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.base, g.x0)):
        if clusters and g.base - clusters[-1][0].base <= _SAME_BASELINE:
            clusters[-1].append(g)
        else:
            clusters.append([g])
    clusters = _attach_small(clusters)
    return [_line(c, page) for c in clusters]


def _main_size(cluster: Iterable[Glyph]) -> float:
    sizes = Counter(g.size for g in cluster)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _attach_small(clusters: list[list[Glyph]]) -> list[list[Glyph]]:
    """Merge a few small glyphs set above or below a baseline (``1``, ``st``, ``2``) into that line."""
    sizes = [_main_size(c) for c in clusters]
    bases = [c[0].base for c in clusters]
    merged = [False] * len(clusters)
    for i, cluster in enumerate(clusters):
        if len(cluster) > _MAX_SMALL_RUN:
            continue
        for j, low, high in (
            (i + 1, -0.75, -0.1),
            (i - 1, 0.0, 0.35),
        ):  # raised on the next, lowered on the last
            if not 0 <= j < len(clusters) or merged[j] or sizes[i] >= sizes[j] * _SMALL:
                continue
            if bases[j] + low * sizes[j] <= bases[i] <= bases[j] + high * sizes[j]:
                clusters[j].extend(cluster)
                merged[i] = True
                break
    return [c for c, gone in zip(clusters, merged, strict=True) if not gone]


def _line(cluster: list[Glyph], page: int) -> PrintedLine:
    ink = sorted(cluster, key=lambda g: g.x0)
    size = _main_size(ink)
    base = Counter(round(g.base, 1) for g in ink if g.size == size).most_common(1)[0][0]
    ink = _markers_after_words(ink, lambda g: _is_marker(g, size, base))
    chars: list[str] = []
    italic: list[bool] = []
    breaks: list[int] = []  # where a new column starts in ``chars``
    prev: Glyph | None = None
    prev_marker = False
    for g in ink:
        marker = _is_marker(g, size, base)
        if prev is not None:
            gap = g.x0 - prev.x1
            lead_marker = prev_marker and not marker and all(ch.isdigit() for ch in chars)  # a note's number
            column = gap > _COLUMN_GAP * size and not _only_label(chars)  # "2.<tab>Notes" is one column
            if column:
                breaks.append(len(chars) + 1)
            if gap > _COLUMN_GAP * size or (
                not marker and (lead_marker or g.space_before or gap > _SPACE_GAP * min(g.size, prev.size))
            ):
                chars.append(" ")
                italic.append(prev.italic and g.italic)
        chars.append(g.text)
        italic.append(g.italic and not marker)
        prev, prev_marker = g, marker
    text = "".join(chars)
    starts = [k for k, ch in enumerate(chars) if ch != " "]  # ink index -> position in text
    label = _label_end(text)
    after = next((n for n, k in enumerate(starts) if k >= label and text[k] != " "), 0) if label else 0
    cuts = [0, *breaks, len(text) + 1]
    pieces = tuple(text[a : b - 1] for a, b in zip(cuts, cuts[1:], strict=False))
    letters = [g for g in ink if g.text.isalpha()]
    return PrintedLine(
        text=text,
        x0=min(g.x0 for g in ink),
        x1=max(g.x1 for g in ink),
        top=min(g.top for g in ink if g.size == size),
        base=base,
        size=size,
        bold=bool(letters) and all(g.bold for g in letters),
        italic=bool(letters) and all(g.italic for g in letters),
        italic_head=_italic_head(text, italic),
        page=page,
        text_x=ink[after].x0 if after < len(ink) else ink[0].x0,
        columns=pieces if len(pieces) > 1 else (),
    )


def _only_label(chars: list[str]) -> bool:
    text = "".join(chars)
    return _label_end(text) == len(text)


def _is_marker(g: Glyph, size: float, base: float) -> bool:
    """A footnote marker: a digit set smaller and raised above the line's baseline."""
    return g.text.isdigit() and g.size < size * _SMALL and g.base < base - size * _RAISED


def _markers_after_words(ink: list[Glyph], is_marker) -> list[Glyph]:
    """A marker the PDF set over a word (``R3ights``) goes after that word, where it belongs."""
    out: list[Glyph] = []
    held: list[Glyph] = []
    for k, g in enumerate(ink):
        if is_marker(g) and out and out[-1].text.isalpha() and k + 1 < len(ink) and _joined(g, ink[k + 1]):
            held.append(g)
            continue
        if held and not (g.text.isalpha() and not g.space_before and _joined(out[-1], g)):
            out += held
            held = []
        out.append(g)
    return out + held


def _joined(left: Glyph, right: Glyph) -> bool:
    """Whether ``right`` follows ``left`` in the same word (a letter, no space between)."""
    return right.text.isalpha() and not right.space_before and right.x0 - left.x1 < _SPACE_GAP * right.size


def _italic_head(text: str, italic: list[bool]) -> str:
    """The italic words at the head of ``text``, after an upright ``1.``/``(a)`` label."""
    start = 0
    label_end = _label_end(text)
    if label_end:
        start = label_end
    while start < len(text) and text[start] == " ":
        start += 1
    end = start
    while end < len(text) and (italic[end] or text[end] == " "):
        end += 1
    head = text[start:end].strip()
    return head if any(ch.isalpha() for ch in head) else ""


def _label_end(text: str) -> int:
    """Length of a leading ``12.`` or ``(a)`` label, 0 if none."""
    if text[:1] == "(":
        close = text.find(")", 1, 7)
        return close + 1 if close > 0 else 0
    digits = len(text) - len(text.lstrip("0123456789"))
    return digits + 1 if 0 < digits <= 3 and text[digits : digits + 1] == "." else 0
