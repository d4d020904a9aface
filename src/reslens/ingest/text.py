"""Decode the bytes of a text file, whatever encoding it came in.

Resolutions arrive as UTF-8 (with or without BOM), UTF-16 from Windows tools
(with a BOM or without one), or Windows-1252 with curly quotes from old exports,
and with CRLF or CR line ends. All of them become the same ``str`` with ``\\n``.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Decode ``data`` to text with ``\\n`` line ends.

    Order: a BOM decides; else a NUL pattern reveals BOM-less UTF-16 (NULs on odd
    bytes: little-endian, on even bytes: big-endian); else UTF-8; else
    Windows-1252 (which keeps curly quotes and dashes), else Latin-1.
    """
    return normalise_newlines(_decode(data))


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _utf16_without_bom(data: bytes) -> str:
    sample = data[:4000]
    if len(sample) < 4:
        return ""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return ""


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become ``\\n``; form feeds and the Unicode line separators too."""
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
        .replace("\x0c", "\n")
    )
