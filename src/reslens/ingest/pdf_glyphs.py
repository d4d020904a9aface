"""The glyphs of a PDF page with what the layout needs: position, baseline, size, italics.

Read through pypdfium2 (PDFium, Apache-2.0/BSD), chosen by measurement
(``benchmarks/pdf_libraries.py``): it gives every character's box, baseline, font
size and font name at C speed. Coordinates are turned top-down (``top`` grows down
the page) so lines sort in reading order. Also returned: the short horizontal rules
drawn on the page (the footnote separator is one).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reslens.errors import ResolutionError

_ITALIC_FLAG = 1 << 6  # PDF font descriptor flag "Italic"
_NAME_BUFFER = 128
_DASHES = "-\u2010\u2011\u2013\u2014"
_GUESSED_SPACE = 0.2  # of the type size: a guessed space before a dash closer than this is none
_LINE_END_HYPHEN = (2, 0xFFFE)  # PDFium's codes for a hyphen that ends a line
_DESCENT = 0.2  # share of the ascent-descent box below the baseline (Times, Arial: 0.19-0.2)
# The longest resolutions in print run to about 100 pages (S/RES/2231 (2015) with its annexes);
# reading costs ~45 ms and ~1 MB a page, so this keeps a file within ~15 s and well under 1 GB.
MAX_PAGES = 300


class Glyph(NamedTuple):  # a tuple: a page can hold thousands
    """One printed character; lengths in points, ``top``/``bottom``/``base`` measured down the page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float  # the baseline
    size: float  # height of the font's ascent-descent box: proportional to the type size
    italic: bool
    bold: bool
    space_before: bool  # a space (printed, or guessed by PDFium) precedes it in the text stream


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal line drawn on the page (a path, not text)."""

    x0: float
    x1: float
    top: float


@dataclass(frozen=True, slots=True)
class PageGlyphs:
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    rules: tuple[Rule, ...]


def read_glyphs(data: bytes, path: str) -> Iterator[PageGlyphs]:
    """Every page's glyphs and rules, one page at a time (the caller keeps what it needs).

    Raises:
        ResolutionError: the PDF is damaged or encrypted, or has more than
            :data:`MAX_PAGES` pages (refused before any page is read).
    """
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ResolutionError(path, f"PDF is damaged or encrypted: {problem}") from None
    try:
        if len(pdf) > MAX_PAGES:
            raise ResolutionError(
                path,
                f"PDF has {len(pdf):,} pages; expected a resolution of at most {MAX_PAGES} pages "
                "(split the file, one resolution each)",
            )
        for i in range(len(pdf)):
            yield _read_page(pdf[i])
    finally:
        pdf.close()


def _read_page(page: pdfium.PdfPage) -> PageGlyphs:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        glyphs = tuple(_glyphs(textpage.raw, height))
    finally:
        textpage.close()
    rules = tuple(_rules(page, height))
    page.close()
    return PageGlyphs(float(width), float(height), glyphs, rules)


def _c_function(function, restype, *argtypes):
    """The same PDFium function with plain-address arguments: ctypes converts those fastest."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


_ADDRESS = ctypes.c_void_p
_LOOSE_BOX = _c_function(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, _ADDRESS, ctypes.c_int, _ADDRESS)
_TEXT_OBJECT = _c_function(pdfium_c.FPDFText_GetTextObject, _ADDRESS, _ADDRESS, ctypes.c_int)
_OBJECT_FONT = _c_function(pdfium_c.FPDFTextObj_GetFont, _ADDRESS, _ADDRESS)
_FONT_NAME = _c_function(
    pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_size_t, _ADDRESS, ctypes.c_char_p, ctypes.c_size_t
)
_FONT_FLAGS = _c_function(pdfium_c.FPDFFont_GetFlags, ctypes.c_int, _ADDRESS)


def _glyphs(textpage, height: float) -> list[Glyph]:
    count = pdfium_c.FPDFText_CountChars(textpage)
    codes = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage, 0, count, codes)  # one call for every character's code
    tp = ctypes.cast(textpage, ctypes.c_void_p).value
    box = pdfium_c.FS_RECTF()
    box_at = ctypes.addressof(box)
    styles: dict[int | None, tuple[bool, bool]] = {}  # per text object: runs share a font
    out: list[Glyph] = []
    space = 0  # 0 none, 1 printed, 2 guessed by PDFium
    for i, code in enumerate(codes[:count]):
        char = "-" if code in _LINE_END_HYPHEN else chr(code)
        if char.isspace() or not char.isprintable():
            if char == " ":  # printed, or guessed by PDFium where the text jumps a word
                space = space or (2 if pdfium_c.FPDFText_IsGenerated(textpage, i) else 1)
            continue
        if not _LOOSE_BOX(tp, i, box_at):  # advance width x the font's ascent..descent
            continue
        obj = _TEXT_OBJECT(tp, i)
        style = styles.get(obj)
        if style is None:
            style = styles[obj] = _style(obj)
        if space == 2 and char in _DASHES and out and box.left - out[-1].x1 < _GUESSED_SPACE * out[-1].size:
            space = 0  # PDFium guesses a space before a dash set close: 'Two -State', '11 –16'
        top, bottom = height - box.top, height - box.bottom
        size = round(bottom - top, 1)  # the loose box spans ascent to descent: the type size in any writer
        out.append(
            Glyph(char, box.left, box.right, top, bottom, bottom - _DESCENT * size, size, *style, space > 0)
        )
        space = 0
    return out


def _style(text_object: int | None) -> tuple[bool, bool]:
    """(italic, bold) of a text object's font, from its name and descriptor flags."""
    font = _OBJECT_FONT(text_object) if text_object else None
    if not font:
        return False, False
    name = ctypes.create_string_buffer(_NAME_BUFFER)
    _FONT_NAME(font, name, _NAME_BUFFER)
    lowered = name.value.decode("latin-1").lower()
    return "italic" in lowered or "oblique" in lowered or bool(
        _FONT_FLAGS(font) & _ITALIC_FLAG
    ), "bold" in lowered


def _rules(page: pdfium.PdfPage, height: float):
    """Thin horizontal paths: separators and underlines."""
    for obj in page.get_objects(
        filter=[pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_SHADING], max_depth=2
    ):
        x0, y0, x1, y1 = obj.get_bounds()
        if y1 - y0 < 2.5 and x1 - x0 > 20:
            yield Rule(float(x0), float(x1), float(height - y1))
