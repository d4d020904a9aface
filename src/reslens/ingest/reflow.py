"""Re-join hard-wrapped lines into the ODS layout: one paragraph per line.

Used by both the PDF reader (lines come with layout hints from positions) and
plain text copied out of a PDF (no hints). One function, :func:`rejoin`, so both
paths split paragraphs the same way.

A line starts a new paragraph when the layout says so (indented first line, a
gap, a centred heading), or when it starts with an operative number ``1.``, a
letter ``(a)``, a sub-point ``i.``, or the head of a paragraph by its grammar (a capitalised participle,
adjective or verb, see :mod:`reslens.structure.grammar`; no word list) right after
a line that ended a paragraph. Joined lines get one space; a line ending in a
hyphen is joined without a space, and the hyphen is kept when it belongs to a
compound (``self-determination``) or dropped when the word was broken by
hyphenation (``implemen-tation``), judged by :mod:`reslens.ingest.hyphens`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reslens.ingest.hyphens import keeps_hyphen, vocabulary

# The genre's line patterns (reslens.patterns), under the names this module's users import.
from reslens.patterns import DATE_LINE as DATE
from reslens.patterns import ENACTING_FORMULA_LINE as FORMULA
from reslens.patterns import FOOTNOTE_LINE as FOOTNOTE
from reslens.patterns import MEETING_LINE as CLOSING
from reslens.patterns import ROMAN_POINT_LINE as ROMAN_POINT
from reslens.patterns import STAR_NOTE_LINE as STAR_NOTE
from reslens.structure.grammar import opens_paragraph

OPERATIVE = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
LETTERED = re.compile(r"^(\([a-z]{1,4}\))\s+(\S.*)$")
_ENDS_PARAGRAPH = re.compile(r"[,;:.”\"]\d{0,3}$")  # a footnote marker may follow: "2011,2"


@dataclass(frozen=True)
class Line:
    """One printed line. ``kind`` is a layout hint: ``para`` (starts a paragraph),
    ``heading`` (a line of its own), ``cont`` (continues), or ``""`` (unknown)."""

    text: str
    kind: str = ""


def ends_paragraph(text: str) -> bool:
    """Whether ``text`` ends like a paragraph: closing punctuation, a footnote marker may follow."""
    return bool(_ENDS_PARAGRAPH.search(text.rstrip()))


def starts_paragraph(text: str, previous: str) -> bool:
    """Whether ``text`` opens a paragraph, judged from the words alone."""
    ended = ends_paragraph(previous)
    if CLOSING.match(text) or CLOSING.match(previous) or DATE.match(previous):
        return True
    note, before = FOOTNOTE.match(text), FOOTNOTE.match(previous)
    if note and before and int(note[1]) == int(before[1]) + 1:
        return True  # the next footnote after the closing lines
    if OPERATIVE.match(text) or LETTERED.match(text) or ROMAN_POINT.match(text):
        return ended or not previous
    return ended and opens_paragraph(text) or bool(FORMULA.match(text))


def rejoin(lines: Iterable[Line]) -> list[str]:
    """Join wrapped lines into paragraphs and format them in the ODS layout.

    Args:
        lines: body lines in reading order; blank ``text`` means a paragraph break.

    Returns:
        Lines like ``\\tN.\\ttext``, ``\\t(a)\\ttext``, ``\\ttext`` (headings too).
    """
    lines = list(lines)
    words = vocabulary([line.text for line in lines])
    out: list[str] = []
    buf = ""
    for line in lines:
        text = " ".join(line.text.split())
        if line.kind == "heading" and text[:1].islower() and out and not buf and out[-1].startswith("\t"):
            out[-1] = join_wrapped(out[-1], text, words)  # a centred heading wrapped over two lines
        elif not text or line.kind == "heading":
            out += [format_paragraph(buf)] if buf else []
            out += ["\t" + text] if text else []
            buf = ""
        elif line.kind == "para" or (line.kind != "cont" and starts_paragraph(text, buf)) or not buf:
            out += [format_paragraph(buf)] if buf else []
            buf = text
        else:
            buf = join_wrapped(buf, text, words)
    out += [format_paragraph(buf)] if buf else []
    return out


def join_wrapped(left: str, right: str, words: Counter[str] | None = None) -> str:
    """Join two wrapped fragments: a space, or nothing after a hyphen or dash.

    With the document's ``words``, a hyphen that only broke a word is dropped.
    """
    if left.endswith(("-", "\u2011", "/")) and left[-2:-1].isalnum():
        if words is not None and left.endswith("-") and not keeps_hyphen(left, right, words):
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def format_paragraph(text: str) -> str:
    """``\\tN.\\ttext`` for operative paragraphs, ``\\t(a)\\ttext`` for points, else ``\\ttext``."""
    match = OPERATIVE.match(text) or LETTERED.match(text)
    return f"\t{match[1]}{'.' if match.re is OPERATIVE else ''}\t{match[2]}" if match else "\t" + text


def join_footnotes(lines: Sequence[str]) -> list[str]:
    """Footnote lines ``N text`` (or star notes ``* text``), their wrapped continuation lines joined on."""
    words = vocabulary(lines)
    notes: list[str] = []
    for raw in lines:
        text = " ".join(raw.split())
        if not text:
            continue
        if FOOTNOTE.match(text) or STAR_NOTE.match(text) or not notes:
            notes.append(text)
        else:
            notes[-1] = join_wrapped(notes[-1], text, words)
    return notes
