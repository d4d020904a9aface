"""Plain text: ODS exports as they are, and text copied out of a PDF re-joined."""

from __future__ import annotations

import re

from reslens.ingest.layout import assemble
from reslens.ingest.reflow import Line
from reslens.ingest.text import decode_text
from reslens.model import Source

_ENDS = (".", ",", ";", ":", "”", '"', ")")


def read_text(data: bytes, path: str) -> Source:
    """Decode a text file; re-join its paragraphs if it is hard-wrapped."""
    text = decode_text(data)
    if is_hard_wrapped(text):
        lines = [Line(line) for line in text.split("\n")]
        text, masthead = assemble(lines)
        return Source(path=path, fmt="text", text=text, furniture=tuple(masthead))
    return Source(path=path, fmt="text", text=text)


def is_hard_wrapped(text: str) -> bool:
    """True for text with no tab-indented paragraphs whose lines break mid-sentence.

    An ODS export has a tab before every paragraph; text copied from a PDF has
    none, and many of its lines end without punctuation and go on in lower case.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or sum(line.startswith("\t") for line in lines) > len(lines) * 0.2:
        return False
    wrapped = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if not a.rstrip().endswith(_ENDS) and re.match(r"\s*[a-z]", b)
    )
    return wrapped > len(lines) * 0.15
