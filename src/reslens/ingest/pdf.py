"""Read a UN PDF by its layout into the ODS layout, with the opening phrases it prints in italics.

Glyphs come from :mod:`reslens.ingest.pdf_glyphs` (PDFium), are grouped into printed
lines (:mod:`reslens.ingest.pdf_lines`), each page is split into header, body,
footnotes and footer by position (:mod:`reslens.ingest.pdf_page`), and body lines
are joined into paragraphs by indentation and spacing
(:mod:`reslens.ingest.pdf_paragraphs`). The first page's masthead becomes the
ODS metadata block; everything before the enacting formula is the cover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reslens.errors import ResolutionError
from reslens.ingest.furniture import AGENDA, is_masthead, masthead_block
from reslens.ingest.layout import COVER_START, closing_lines, cover_lines
from reslens.ingest.pdf_glyphs import read_glyphs
from reslens.ingest.pdf_lines import PrintedLine
from reslens.ingest.pdf_page import split_page
from reslens.ingest.pdf_paragraphs import Block, paragraphs
from reslens.ingest.reflow import FORMULA, Line, format_paragraph, join_footnotes, join_wrapped
from reslens.model import Source

_SLASH_NOTE = re.compile(r"^(\d{1,3})/\s+(?=\S)")  # "1/ A/48/803." (typewriter-era footnotes)
_SLASH_MARK = r"\s+{n}/(?=[\s,;.:)]|$)"  # "... in Haiti 1/ and" -> "... in Haiti1 and"


def read_pdf(data: bytes, path: str) -> Source:
    """Lay out the text of a PDF as an ODS text export.

    Raises:
        ResolutionError: the PDF is damaged, encrypted, or has no text layer.
    """
    pages = [split_page(page, i) for i, page in enumerate(read_glyphs(data, path))]
    if not any(p.body or p.notes for p in pages):
        raise ResolutionError(path, "PDF has no text layer (a scan?); OCR it first")
    furniture = [text for p in pages for text in p.furniture]
    body = [line for p in pages for line in p.body]
    start = next((i for i, line in enumerate(body) if FORMULA.match(line.text)), None)
    if start is None:
        start = 0
    head, agenda = _agenda_title(_cover_blocks(body[:start]))
    cover, masthead = cover_lines([Line(text) for text in head])
    masthead += agenda
    notes = [line.text for p in pages for line in p.notes]
    notes, blocks = _slash_footnotes(notes, paragraphs(body[start:]))
    lines = [_format(b) for b in blocks]
    text_lines, trailing = closing_lines(lines)
    footnotes = join_footnotes(list(trailing) + notes)
    metadata = masthead_block(masthead + pages[0].furniture)  # the job number is at the first page's foot
    out = ["[DU1]", *cover, "", "", *text_lines, *footnotes, *metadata]
    return Source(
        path=path,
        fmt="pdf",
        text="\n".join(out) + "\n",
        furniture=tuple(furniture + masthead),
        italic_leads=tuple(_leads(out, blocks, lines)),
    )


def _cover_blocks(lines: Sequence[PrintedLine]) -> list[str]:
    """Lines before the enacting formula, a block of lines set alike (a wrapped title) joined.

    Masthead pieces (symbol, ``Distr.: General``, date) stay one line each.
    """
    out: list[str] = []
    prev: PrintedLine | None = None
    for line in lines:
        alike = (
            prev is not None
            and line.page == prev.page
            and abs(line.size - prev.size) < 0.5
            and line.bold == prev.bold
            and 0 < line.base - prev.base < 1.8 * line.size
            and not is_masthead(line.text)
            and not is_masthead(prev.text)
        )
        out[-1:] = [join_wrapped(out[-1], line.text)] if alike else [*out[-1:], line.text]
        prev = line
    return out


def _agenda_title(blocks: list[str]) -> tuple[list[str], list[str]]:
    """Take the agenda item line and the block under it (the item's title) out of the cover."""
    at = next((i for i, text in enumerate(blocks) if AGENDA.match(text)), None)
    if at is None:
        return blocks, []
    end = at + 2 if at + 1 < len(blocks) and not COVER_START.match(blocks[at + 1]) else at + 1
    return blocks[:at] + blocks[end:], blocks[at:end]


def _slash_footnotes(notes: list[str], blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """Typewriter-era footnotes ``1/ text`` become ``1 text``, their ``1/`` markers glued marks."""
    numbers = [m[1] for m in map(_SLASH_NOTE.match, notes) if m]
    if not numbers:
        return notes, blocks
    notes = [_SLASH_NOTE.sub(r"\1 ", note) for note in notes]
    for n in numbers:
        mark = re.compile(_SLASH_MARK.format(n=n))
        for block in blocks:
            block.text = mark.sub(n, block.text)
    return notes, blocks


def _format(block: Block) -> str:
    return "\t" + block.text if block.kind != "para" else format_paragraph(block.text)


def _leads(out: list[str], blocks: list[Block], formatted: list[str]) -> list[tuple[int, str]]:
    """``(line index, italic words)`` for each paragraph whose opening the PDF prints in italics."""
    leads: list[tuple[int, str]] = []
    pos = 0
    for block, text in zip(blocks, formatted, strict=True):
        for i in range(pos, len(out)):
            if out[i] == text or out[i] == text.strip():
                pos = i + 1
                if block.lead and block.kind == "para":
                    leads.append((i, block.lead))
                break
    return leads
