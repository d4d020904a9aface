"""Ingest: the bytes of any supported file -> clean text in the ODS layout.

One layout for every format (see :mod:`reslens.ingest.akn` for its conventions)
means one structure parser serves text exports, PDFs, DOCX, HTML and AKN XML.

Example:
    >>> from reslens.ingest import read_source
    >>> source = read_source("data/raw/A_RES_66_164.txt")
    >>> source.fmt
    'text'
"""

from __future__ import annotations

from pathlib import Path

from reslens.errors import ResolutionError
from reslens.ingest.detect import detect_format
from reslens.model import Source

__all__ = ["read_source", "detect_format"]

EMPTY = "file is empty, expected a UN resolution (text, PDF, Word, HTML or AKN XML)"
# The largest AKN4UN file of the UN corpus (GA, SC, HRC, ECOSOC 2000-2025) is 0.8 MB, markup
# included; the parser reads about 0.5 MB of text a second. 4 MB (2 MB of UTF-16) is far above
# any resolution and still parses in seconds; a 50 MB text took minutes.
MAX_TEXT_BYTES = 4_000_000


def read_source(path: str | Path, *, data: bytes | None = None) -> Source:
    """Read a resolution file of any supported format into a :class:`Source`.

    Args:
        path: the file; also the name used in messages when ``data`` is given.
        data: the file's bytes, if already in memory (nothing is read from disk).

    Returns:
        The text in the ODS plain-text layout, with furniture kept aside.

    Raises:
        ResolutionError: missing, empty, binary, damaged or unsupported input.
    """
    name = str(path)
    if data is None:
        data = _read_bytes(Path(path), name)
    if not data.strip():
        raise ResolutionError(name, EMPTY)
    fmt = detect_format(data)
    if fmt == "text":
        from reslens.ingest.plain import read_text

        if len(data) > MAX_TEXT_BYTES:
            mb, most = len(data) / 1e6, MAX_TEXT_BYTES / 1e6
            raise ResolutionError(name, f"{mb:.0f} MB of text; expected a resolution, at most {most:.0f} MB")
        return read_text(data, name)
    if fmt == "akn":
        from reslens.ingest.akn import read_akn

        return read_akn(data, name)
    if fmt == "pdf":
        from reslens.ingest.pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from reslens.ingest.docx import read_docx

        return read_docx(data, name)
    if fmt == "doc":
        from reslens.ingest.word97 import read_word97

        return read_word97(data, name)
    if fmt == "html":
        from reslens.ingest.html import read_html

        return read_html(data, name)
    raise ResolutionError(name, _unsupported(fmt, Path(name).suffix.lower()))


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ResolutionError(name, "file not found") from None
    except IsADirectoryError:
        raise ResolutionError(name, "is a folder, expected a resolution file") from None
    except OSError as exc:
        raise ResolutionError(name, f"cannot be read: {exc.strerror}") from None


def _unsupported(fmt: str, suffix: str) -> str:
    if fmt == "zip" and suffix == ".docx":
        return "DOCX is not valid (a zip without word/document.xml)"
    if fmt == "zip":
        return "zip archive, not a supported format; unzip it and read the files inside"
    if fmt == "xml":
        return "XML without an <akomaNtoso> root; only AKN4UN XML is supported"
    return "binary data, not a supported format (expected text, PDF, Word, HTML or AKN XML)"
