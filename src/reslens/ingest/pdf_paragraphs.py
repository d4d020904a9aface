"""Join printed body lines into paragraphs and headings by layout alone.

A paragraph starts where the UN layout says so: a first line set in from the
margin (or out from it: a hanging ``1.``), a wider space above it than between the
lines of a paragraph, or, after a page break, a line opening with a label or a
capital under a line that stopped short of the right margin. A line aligned with
the text after the label above continues its paragraph (hanging numbers).
Headings are lines set in bold, or centred; consecutive heading lines set alike
are one heading, except a numbering line of one or two words (``Part IV``,
``Section 11``, ``Annex``), which stands alone as the UN's own text exports print
it. Table rows (pieces in separate columns) stay one line each. No word list
decides anything here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reslens.ingest.hyphens import vocabulary
from reslens.ingest.pdf_lines import PrintedLine
from reslens.ingest.reflow import join_wrapped

_NUMBERING = re.compile(r"^(?:[A-Z][a-z]+ )?(?:[IVXLC]+|\d+(?:\.\d+)*[A-Z]?|[A-Z])\.?$")
_LONE_WORD = re.compile(r"^[A-Z][a-z]+$")
_INDENT = 0.5  # of the type size: a first line set in (or out) by more starts a paragraph
_GAP = 1.3  # of the line step: a wider space above a line starts a paragraph
_SHORT = 2.0  # of the type size: a line stopping this far before the right margin ends a paragraph


@dataclass
class Block:
    """A paragraph or heading: its text on one line, and the italic words heading it."""

    kind: str  # "para" | "heading" | "row"
    text: str
    lead: str = ""


@dataclass(frozen=True)
class _Geometry:
    margin: float  # left edge of most lines
    right: float  # right edge of full lines
    step: float  # distance between baselines inside a paragraph


def paragraphs(lines: Sequence[PrintedLine]) -> list[Block]:
    """The body lines (reading order, all pages) as paragraphs and headings."""
    if not lines:
        return []
    size = Counter(line.size for line in lines).most_common(1)[0][0]
    geometry = _geometries(lines, size)
    words = vocabulary([line.text for line in lines])
    out: list[Block] = []
    first: PrintedLine | None = None  # first line of the open block
    prev: PrintedLine | None = None
    for line in lines:
        geo = geometry[line.page]
        kind = _kind(line, geo, size)
        if prev is None or first is None or kind == "row" or out[-1].kind == "row":
            starts = True
        elif kind == "heading" or out[-1].kind == "heading":
            wrapped = not _numbering(prev.text, lone_word=True) and not _numbering(line.text)
            starts = (
                kind != out[-1].kind or not _close(prev, line, geo) or line.bold != prev.bold or not wrapped
            )
        else:
            starts = _starts(line, prev, first, geo, geometry[prev.page])
        if starts:
            out.append(Block(kind, line.text, line.italic_head))
            first = line
        else:
            block = out[-1]
            if block.lead and _all_lead(prev) and line.italic_head:  # an opening phrase wrapped
                block.lead = f"{block.lead} {line.italic_head}"
            block.text = join_wrapped(block.text, line.text, words)
        prev = line
    return out


def _geometries(lines: Sequence[PrintedLine], size: float) -> dict[int, _Geometry]:
    """Margins of each page (from the whole body when a page has few lines); one line step for all."""
    body = [line for line in lines if abs(line.size - size) < 0.5] or list(lines)
    steps = Counter(
        round(b.base - a.base)
        for a, b in zip(body, body[1:], strict=False)
        if 0 < b.base - a.base < 3 * a.size
    )
    step = float(
        min((s for s, n in steps.items() if n >= steps.most_common(1)[0][1] / 3), default=1.2 * size)
    )
    whole = _geometry(body, step, None)
    by_page: dict[int, list[PrintedLine]] = {}
    for line in body:
        by_page.setdefault(line.page, []).append(line)
    return {p: _geometry(by_page.get(p, []), step, whole) for p in {line.page for line in lines}}


def _geometry(lines: list[PrintedLine], step: float, fallback: _Geometry | None) -> _Geometry:
    lefts = Counter(round(line.x0) for line in lines)
    rights = Counter(round(line.x1) for line in lines)
    if fallback is not None and (not lefts or lefts.most_common(1)[0][1] < 3):
        return fallback
    margin = min((x for x, n in lefts.items() if n >= lefts.most_common(1)[0][1] / 3), default=0.0)
    right = max((x for x, n in rights.items() if n >= rights.most_common(1)[0][1] / 3), default=0.0)
    return _Geometry(margin=float(margin), right=float(right), step=step)


def _kind(line: PrintedLine, geo: _Geometry, size: float) -> str:
    if line.columns:
        return "row"
    labelled = line.text_x != line.x0
    centred = (
        line.x0 > geo.margin + 2 * line.size
        and abs((line.x0 + line.x1) / 2 - (geo.margin + geo.right) / 2) < line.size
        and not line.text.rstrip().endswith((",", ";", ":"))
    )
    if not labelled and (line.bold or centred) and not line.italic:
        return "heading"
    return "para"


def _close(above: PrintedLine, line: PrintedLine, geo: _Geometry) -> bool:
    return line.page == above.page and line.base - above.base <= geo.step * _GAP


def _starts(
    line: PrintedLine, prev: PrintedLine, first: PrintedLine, geo: _Geometry, prev_geo: _Geometry
) -> bool:
    labelled = line.text_x != line.x0
    hang = first.text_x if first.text_x != first.x0 else None
    if hang is not None and not labelled and abs(line.x0 - hang) < 1.5:
        return False
    if abs(line.x0 - geo.margin) > _INDENT * line.size:
        return True
    if line.page == prev.page:
        return line.base - prev.base > geo.step * _GAP
    short = prev.x1 < prev_geo.right - _SHORT * prev.size
    return short and (labelled or line.text[:1].isupper())


def _numbering(text: str, *, lone_word: bool = False) -> bool:
    """A numbering heading (``I``, ``Part IV``, ``Section 11``, ``A.``): it stands on its own line.

    With ``lone_word``, one capitalised word (``Annex``) counts too: it only ends a heading
    above a title, never a title's last wrapped word.
    """
    text = text.strip()
    return bool(_NUMBERING.match(text) or (lone_word and _LONE_WORD.match(text)))


def _all_lead(line: PrintedLine) -> bool:
    """Whether the whole line (after its label) is the italic head: the phrase may go on."""
    return bool(line.italic_head) and line.text.endswith(line.italic_head)
