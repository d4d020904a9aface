"""PDF ingest: the real 1999 UN PDF, plus hand-made broken PDFs."""

from __future__ import annotations

import io

import pytest

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.paths import RAW_DIR

PDF = RAW_DIR / "A_RES_53_144_EN.pdf"


@pytest.fixture(scope="module")
def source():
    return read_source(PDF)


def test_ingest_pdf_paragraphs_are_rejoined(source):
    lines = source.text.split("\n")
    assert "\tThe General Assembly," in lines
    operative = [line for line in lines if line.startswith("\t1.\tAdopts")]
    assert len(operative) == 1 and operative[0].endswith("annexed to the present resolution;")
    assert any(line.startswith("\t(a)\tTo meet or assemble peacefully;") for line in lines)


def test_ingest_pdf_furniture_removed_and_kept(source):
    assert "Page 2" not in source.text and "/..." not in source.text
    assert "Page 2" in source.furniture and "/..." in source.furniture


def test_ingest_pdf_footnotes_moved_to_the_end(source):
    lines = source.text.split("\n")
    note = lines.index("2 Resolution 217 A (III).")
    assert note > lines.index("85th plenary meeting")
    assert "Human Rights,2" in source.text  # marker stays glued in the text


def test_ingest_pdf_superscript_set_inside_a_word_moves_to_its_end(source):
    assert "R3ights" not in source.text and "Covenants on Human Rights3 and" in source.text


def test_ingest_pdf_masthead_becomes_metadata_block(source):
    assert "United NationsA/RES/53/144General AssemblyDistr.: General" in source.text
    assert "8 March 1999Fifty-third session" in source.text
    assert "Agenda item 110 (b)" in source.text


def _blank_pdf(pages: int = 1) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_ingest_pdf_without_text_layer_says_ocr():
    with pytest.raises(ResolutionError, match=r"scan.pdf: PDF has no text layer \(a scan\?\); OCR it first"):
        read_source("scan.pdf", data=_blank_pdf())


def test_ingest_pdf_damaged_is_reported():
    broken = PDF.read_bytes()[:3000]
    with pytest.raises(ResolutionError, match="broken.pdf: PDF is damaged"):
        read_source("broken.pdf", data=broken)


def test_ingest_pdf_over_the_page_limit_is_refused_before_reading_a_page(monkeypatch):
    from reslens.ingest import pdf_glyphs

    read = []
    monkeypatch.setattr(pdf_glyphs, "_read_page", lambda page: read.append(page))
    pages = pdf_glyphs.MAX_PAGES + 1
    with pytest.raises(
        ResolutionError, match=rf"long.pdf: PDF has {pages} pages; expected a resolution of at most"
    ):
        read_source("long.pdf", data=_blank_pdf(pages))
    assert read == []


def test_ingest_pdf_at_the_page_limit_is_read():
    from reslens.ingest.pdf_glyphs import MAX_PAGES

    with pytest.raises(ResolutionError, match="no text layer"):  # read to the end, not refused for length
        read_source("long.pdf", data=_blank_pdf(MAX_PAGES))
