"""Decode the bytes of a text file, whatever encoding it came in.

Resolutions arrive as UTF-8 (with or without BOM), UTF-16 from Windows tools
(with a BOM or without one), or Windows-1252 with curly quotes from old exports,
and with CRLF or CR line ends. All of them become the same ``str`` with ``\\n``.

A byte that is not UTF-8 is read as Windows-1252 where it stands, and only there: one
stray ``0x93`` in a UTF-8 file becomes ``“`` without garbling every other curly quote,
and a whole Windows-1252 file is read byte by byte the same way.
"""

from __future__ import annotations

import codecs


def _cp1252_here(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the bytes UTF-8 refused, read as Windows-1252 (Latin-1 where it has a hole)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(_one_byte(bytes([b])) for b in bad), err.end


def _one_byte(byte: bytes) -> str:
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252
        return byte.decode("latin-1")


LOCAL_CP1252 = "reslens-cp1252-here"
codecs.register_error(LOCAL_CP1252, _cp1252_here)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, *, keep_form_feeds: bool = False) -> str:
    """Decode ``data`` to text with ``\\n`` line ends (form feeds kept if asked: pdftotext pages).

    Order: a BOM decides; else a NUL pattern reveals BOM-less UTF-16 (NULs on odd
    bytes: little-endian, on even bytes: big-endian); else UTF-8, each byte it refuses
    read as Windows-1252 (which keeps curly quotes and dashes) where it stands.
    """
    text = _decode(data)
    if keep_form_feeds:
        return normalise_newlines(text.replace("\x0c", "\x00")).replace("\x00", "\x0c")
    return normalise_newlines(text)


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    return data.decode("utf-8", errors=LOCAL_CP1252)


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
