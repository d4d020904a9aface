"""Read a Word (DOCX) resolution into the ODS layout (python-docx).

Paragraphs come in document order, one per line. Word auto-numbering is not in
the paragraph text, so a numbered-list paragraph (``w:numPr``) gets its number
back: ``N.`` counted per list and level 0, ``(a)`` for level 1. Footnotes from
``word/footnotes.xml`` become ``N text`` lines at the end, their markers glued to
the preceding word as ODS prints them.
"""

from __future__ import annotations

import io
import zipfile
from string import ascii_lowercase

from reslens.errors import ResolutionError
from reslens.ingest.layout import assemble
from reslens.ingest.reflow import Line
from reslens.model import Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, path: str) -> Source:
    """Read DOCX bytes into ODS-layout text.

    Raises:
        ResolutionError: the file is not a valid DOCX.
    """
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, BadZipFile, XML errors...
        raise ResolutionError(path, f"DOCX is not valid: {exc}") from None
    counters: dict[tuple[str, int], int] = {}
    lines = [Line(_paragraph_text(p, counters), "para") for p in document.paragraphs]
    lines = [line for line in lines if line.text.strip()]
    text, masthead = assemble(lines, _footnotes(data))
    return Source(path=path, fmt="docx", text=text, furniture=tuple(masthead))


def _paragraph_text(paragraph, counters: dict[tuple[str, int], int]) -> str:
    """The paragraph's text with footnote markers glued and its list number restored."""
    parts: list[str] = []
    for el in paragraph._p.iter(f"{_W}t", f"{_W}tab", f"{_W}footnoteReference", f"{_W}br"):
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}footnoteReference":
            parts[-1:] = [parts[-1].rstrip()] if parts else []
            parts.append(el.get(f"{_W}id", ""))
        else:
            parts.append(" ")
    text = " ".join("".join(parts).split())
    number = _list_number(_num_pr(paragraph), counters)
    return f"{number} {text}" if number and not text.startswith(number) else text


def _num_pr(paragraph):
    """The paragraph's numbering properties, set directly or through its style."""
    num_pr = paragraph._p.find(f"{_W}pPr/{_W}numPr")
    style = paragraph.style
    while num_pr is None and style is not None:
        num_pr = style.element.find(f"{_W}pPr/{_W}numPr")
        style = style.base_style
    return num_pr


def _list_number(num_pr, counters: dict[tuple[str, int], int]) -> str:
    if num_pr is None:
        return ""
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    key = (
        num_id.get(f"{_W}val", "") if num_id is not None else "",
        int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0,
    )
    counters[key] = counters.get(key, 0) + 1
    for other in [k for k in counters if k[0] == key[0] and k[1] > key[1]]:
        del counters[other]  # a new item restarts its sub-list
    n = counters[key]
    return f"{n}." if key[1] == 0 else f"({ascii_lowercase[(n - 1) % 26]})"


def _footnotes(data: bytes) -> list[str]:
    """``N text`` for every real footnote (ids 0 and -1 are Word's separators)."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if "word/footnotes.xml" not in zf.namelist():
            return []
        root = etree.fromstring(zf.read("word/footnotes.xml"))
    notes = []
    for note in root.iter(f"{_W}footnote"):
        number = note.get(f"{_W}id", "")
        if note.get(f"{_W}type") in ("separator", "continuationSeparator") or number in ("0", "-1"):
            continue
        text = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
        notes.append(f"{number} {text}")
    return notes
