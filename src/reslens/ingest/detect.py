"""Tell the format of a file from its bytes, not its name.

Users rename files, download ``.txt`` that are HTML and ``.doc`` that are DOCX; the
first bytes say what a file is. The extension only breaks ties for plain text.
"""

from __future__ import annotations

import io
import re
import zipfile

_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?([\w.-]+)[\s>/]")
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: Word 97-2003, Excel, Outlook...
_WORD_STREAM = "WordDocument".encode("utf-16-le")  # the stream only a Word 97 file has


def detect_format(data: bytes) -> str:
    """Return ``pdf``, ``docx``, ``doc``, ``zip``, ``akn``, ``xml``, ``html``, ``text`` or ``binary``.

    ``doc`` is a Word 97-2003 binary, whatever its name; ``docx`` a Word zip, also
    when named ``.DOC`` as the UN serves many.

    Args:
        data: the whole file (only the start is looked at, except for zips).
    """
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return "docx" if _zip_has(data, "word/document.xml") else "zip"
    if head[:8] == _OLE and _WORD_STREAM in data:
        return "doc"
    text_head = _ascii_head(head)
    if text_head.lstrip().startswith(b"<"):
        if _HTML.search(text_head):
            return "html"
        root = _first_element(text_head)
        if root is not None:
            return "akn" if root.lower() == b"akomantoso" else "xml"
    if _looks_binary(head):
        return "binary"
    return "text"


def _zip_has(data: bytes, name: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return name in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _ascii_head(head: bytes) -> bytes:
    """The head as single-byte text: BOM removed, UTF-16 NULs dropped."""
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:200].count(b"\x00") > len(head[:200]) // 4:
        head = head.replace(b"\x00", b"")
    return head


def _first_element(head: bytes) -> bytes | None:
    """The local name of the first element, skipping ``<?xml?>``, comments, doctype."""
    body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.DOTALL)
    match = _XML_ROOT.match(body.lstrip())
    return match[1] if match else None


def _looks_binary(head: bytes) -> bool:
    """Control bytes that no text encoding we read would produce."""
    sample = _ascii_head(head)
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return controls > len(sample) * 0.05
