"""Plain text: ODS exports as they are, and text copied out of a PDF re-joined."""

from __future__ import annotations

import re

from reslens.ingest.furniture import is_furniture
from reslens.ingest.layout import assemble
from reslens.ingest.reflow import FOOTNOTE, OPERATIVE, Line
from reslens.ingest.text import decode_text
from reslens.model import Source

_ENDS = (".", ",", ";", ":", "”", '"', ")")
_RULE = re.compile(r"^\s*_{5,}\s*$")


def read_text(data: bytes, path: str) -> Source:
    """Decode a text file; re-join its paragraphs if it is hard-wrapped."""
    text = decode_text(data)
    if not _is_tabbed(text):
        text = move_page_notes(text)
    if is_hard_wrapped(text):
        lines = [Line(line) for line in text.split("\n")]
        text, masthead = assemble(lines)
        return Source(path=path, fmt="text", text=text, furniture=tuple(masthead))
    return Source(path=path, fmt="text", text=text)


def move_page_notes(text: str) -> str:
    """Move footnotes printed at a page foot (under a ``_____`` rule) to the end.

    Text copied out of a PDF keeps each page's footnotes where the page ended,
    between two paragraphs; an ODS export, which the parser reads, lists them all
    after the closing lines. A rule counts only when a ``1 text`` line follows it.
    """
    lines = text.split("\n")
    body: list[str] = []
    notes: list[str] = []
    i = 0
    while i < len(lines):
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not (_RULE.match(lines[i]) and FOOTNOTE.match(nxt) and not OPERATIVE.match(nxt)):
            body.append(lines[i])
            i += 1
            continue
        i += 1
        while i < len(lines) and lines[i].strip() and not is_furniture(lines[i]):
            if OPERATIVE.match(lines[i].strip()):
                break
            notes.append(lines[i].strip())
            i += 1
    if not notes:
        return text
    while body and not body[-1].strip():
        body.pop()
    return "\n".join([*body, *notes]) + "\n"


def _is_tabbed(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return sum(line.startswith("\t") for line in lines) > len(lines) * 0.2


def is_hard_wrapped(text: str) -> bool:
    """True for text with no tab-indented paragraphs whose lines break mid-sentence.

    An ODS export has a tab before every paragraph; text copied from a PDF has
    none, and many of its lines end without punctuation and go on in lower case.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or _is_tabbed(text):
        return False
    wrapped = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if not a.rstrip().endswith(_ENDS) and re.match(r"\s*[a-z]", b)
    )
    return wrapped > len(lines) * 0.15
