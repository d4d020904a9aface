"""Text from ``pdftotext`` (no layout): pages split by form feeds, read into copied-PDF lines.

pdftotext writes a UN PDF page by page, a form feed between pages, with what a
page prints around its text in reading order: the running header (the symbol), the
job number, page number, barcode (often as garbage such as ```````````) and
``Please recycle`` (often mangled, ``Please rec cle``), anywhere near the page
foot. An operative number stands alone on a line, before its text (``1.`` then
``Adopts …``) or after the paragraph's first line (``Urges … at all`` / ``1.`` /
``decision-making levels …``). Footnotes follow a ``_____`` rule at the page
foot, their numbers on lines of their own and not always next to their text, and
their markers stand apart in the body (``2011, 1 of``).

:func:`read_pages` turns this into the lines of text copied out of a PDF (furniture
out, numbers on their paragraph's first line, markers glued, notes numbered in
order) for the hard-wrapped reader in :mod:`reslens.ingest.plain`.
"""

from __future__ import annotations

import re

from reslens.ingest.furniture import is_furniture
from reslens.patterns import ENACTING_FORMULA_LINE, FOOTNOTE_LINE, FURNITURE_LINE
from reslens.structure.grammar import opens_paragraph

GLUED_SYMBOL = re.compile(r"(?<=[\d*])(?=[A-Z]{1,3}/)")  # "7/9A/C.3/…", "*2321227*A/…"
RULE = re.compile(r"^\s*_{5,}\s*$")
NUMBER_ALONE = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z]{1,4}\))\s*$")
BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
MANGLED_RECYCLE = re.compile(r"^\s*Please\s+rec\s?y?\s?cle\s*$", re.I)
COVER_BREAK = re.compile(r"\b(?:on|at|of|by|its|the|and)\s*$")
NOTE_ENDS = (".", ")", "”", '"')
PARAGRAPH_ENDS = (",", ";", ":", ".")


def is_pdftotext(text: str) -> bool:
    """Form feeds between pages and no tab-indented paragraphs: pdftotext output."""
    return "\f" in text and text.count("\n\t") < 3


def read_pages(text: str) -> tuple[list[str], list[str], list[str]]:
    """Body lines, footnote lines (``N text``) and furniture of pdftotext output.

    Lines before the opening formula on the first page (the masthead and cover) are
    kept for the cover reader, a cover line wrapped after a function word joined on.
    Blank lines in the body are dropped: pdftotext puts them around furniture, and
    where a paragraph starts is read from its words.
    """
    pages = text.split("\f")
    body: list[str] = []
    notes: list[str] = []
    furniture: list[str] = []
    started = False
    for page in pages:
        lines = page.split("\n")
        if not started:
            head = next((i for i, line in enumerate(lines) if ENACTING_FORMULA_LINE.match(line)), None)
            if head is None:
                body += lines
                continue
            body += _join_cover(lines[:head])
            lines, started = lines[head:], True
        rule = next((i for i, line in enumerate(lines) if RULE.match(line)), len(lines))
        page_notes = _notes(lines[rule + 1 :], first=len(notes) + 1, furniture=furniture)
        page_body = [line for line in lines[:rule] if line.strip() and not _drop(line, furniture)]
        body += _glue_markers(_place_numbers(page_body), [n for n, _ in page_notes])
        notes += [f"{n} {t}" for n, t in page_notes]
    return body, notes, furniture


def _join_cover(lines: list[str]) -> list[str]:
    """Join a cover line that stops on a function word to the next (``… 4213th meeting, on`` / date)."""
    out: list[str] = []
    for line in lines:
        if out and COVER_BREAK.search(out[-1]) and line.strip():
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def is_page_furniture(line: str) -> bool:
    """A page's footer or header, also glued together as text layers print them.

    ``23-21227 7/9A/C.3/78/L.41`` (page ``7/9`` glued to the symbol), ``*2321227*A/C.3/78/L.41``,
    ``23-21227 (E) 131123`` (job number and print date), ``11-24904 1/1``.
    """
    text = GLUED_SYMBOL.sub(" ", line.strip())
    return bool(text) and (is_furniture(text) or FURNITURE_LINE.match(text) is not None)


def _drop(line: str, furniture: list[str]) -> bool:
    """Page furniture, also as pdftotext mangles it (a barcode with no letters or digits)."""
    text = line.strip()
    if not text:
        return False
    junk = not any(c.isalnum() for c in text)
    if junk or is_page_furniture(text) or MANGLED_RECYCLE.match(text) or BARE_NUMBER.match(text):
        furniture.append(text)
        return True
    return False


def _notes(lines: list[str], first: int, furniture: list[str]) -> list[tuple[int, str]]:
    """The notes under a page's rule, numbered from ``first`` in the order their texts are printed.

    Number-only lines are dropped (pdftotext prints them apart from their text, and
    the page number among them); a note printed ``N text`` keeps its number.
    """
    out: list[tuple[int, str]] = []
    ended = True
    for raw in lines:
        if _drop(raw, furniture) or not raw.strip():
            continue
        text = " ".join(raw.split())
        numbered = FOOTNOTE_LINE.match(text)
        if numbered:
            out.append((int(numbered["n"]), numbered["text"]))
        elif ended or not out:
            out.append((out[-1][0] + 1 if out else first, text))
        else:
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        ended = text.endswith(NOTE_ENDS)
    return out


def _place_numbers(lines: list[str]) -> list[str]:
    """Put each number that stands alone on the first line of its paragraph.

    After the paragraph's first line (that line opens a paragraph by grammar, the
    line before it ended one, and the next goes on in lower case) it moves up;
    otherwise it goes with the line that follows.
    """
    out: list[str] = []
    pending = ""
    for i, line in enumerate(lines):
        text = line.strip()
        text = "1." if text == "l." else text  # an old PDF font prints the figure one as an ell
        if NUMBER_ALONE.match(text):
            nxt = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
            prev = out[-1].strip() if out else ""
            before = next((x.strip() for x in reversed(out[:-1]) if x.strip()), "")
            after_first = (
                prev
                and opens_paragraph(prev)
                and not prev.endswith(PARAGRAPH_ENDS)
                and (not before or before.endswith(PARAGRAPH_ENDS))
                and nxt[:1].islower()
            )
            if after_first:
                out[-1] = f"{text} {prev}"
            else:
                pending = text
            continue
        if pending and text:
            line, pending = f"{pending} {text}", ""
        out.append(line)
    return out + ([pending] if pending else [])


def _glue_markers(lines: list[str], numbers: list[int]) -> list[str]:
    """Glue the page's footnote markers, printed apart (``2011, 1 of``), to the word before them.

    Markers are looked for in order, each after the one before, and only where a
    number stands alone between a word or punctuation and the next word.
    """
    text = "\n".join(lines)
    pos = 0
    for n in numbers:
        m = re.compile(rf"(?<=[^\s\d]) {n}(?=[ \n])").search(text, pos)
        if m:
            text = text[: m.start()] + str(n) + text[m.end() :]
            pos = m.start() + len(str(n))
    return text.split("\n")
