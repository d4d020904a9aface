"""Text copied out of a PDF (hard-wrapped, page footers, running headers, notes at page feet)
parses like the ODS export of the same resolution."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from conftest import RAW_DIR

from reslens.ingest import read_source
from reslens.ingest.plain import mark_headings, move_page_notes
from reslens.structure import parse

PDFS = sorted((Path(__file__).parent / "data" / "un_style_pdf").glob("*.pdf"))


def _copied_text(pdf_path: Path) -> str:
    """What a reader gets by selecting all the text of the PDF and pasting it."""
    with pdfplumber.open(pdf_path) as pdf:
        return "\n".join(page.extract_text(x_tolerance=1.5) or "" for page in pdf.pages)


@pytest.mark.parametrize("pdf_path", PDFS, ids=lambda p: p.stem)
def test_ingest_copied_text_parses_like_the_ods_export(pdf_path):
    copied = parse(read_source(f"{pdf_path.stem}.txt", data=_copied_text(pdf_path).encode("utf-8")))
    ods = parse(read_source(RAW_DIR / f"{pdf_path.stem}.txt"))
    assert copied.doc_id == ods.doc_id
    assert [(p.para_id, p.text) for p in copied.paragraphs] == [(p.para_id, p.text) for p in ods.paragraphs]
    assert [(f.number, f.para_id, f.text) for f in copied.footnotes] == [
        (f.number, f.para_id, f.text) for f in ods.footnotes
    ]
    assert not copied.leftovers


def test_ingest_copied_text_notes_at_a_page_foot_move_to_the_end():
    text = "\n".join(
        [
            "Recalling its resolution 64/163 of 18 December 2009,1 and",
            "2 Ibid., Sixty-sixth Session.",  # a page foot: note 2 first (note 1 on the cover)
            "11-46866 2/4",
            "reiterating the importance of the Declaration,",
        ]
    )
    moved = move_page_notes(text).splitlines()
    assert moved[-1] == "2 Ibid., Sixty-sixth Session."
    assert "reiterating the importance of the Declaration," in moved


def test_ingest_copied_text_body_line_starting_with_a_number_stays():
    text = "Recalling the 2 protocols adopted on that day and\nthe report of the Secretary-General,\n"
    assert move_page_notes(text) == text


def test_ingest_copied_text_headings_and_their_titles_stand_alone():
    lines = ["…for the budget for 2025;", "Part IV", "International cooperation for development",
             "Income section 2", "General income", "52. Recalls that the development of Africa"]  # fmt: skip
    kinds = [line.kind for line in mark_headings(lines)]
    assert kinds == ["", "heading", "heading", "heading", "heading", ""]


@pytest.mark.parametrize("stem", [p.stem for p in sorted(RAW_DIR.glob("*.txt"))])
def test_ingest_copied_text_rules_leave_ods_exports_alone(stem):
    from reslens.ingest.text import decode_text

    raw = (RAW_DIR / f"{stem}.txt").read_bytes()
    assert read_source(RAW_DIR / f"{stem}.txt").text == decode_text(raw)


def test_ingest_copied_text_of_the_1999_pdf_matches_its_pdf_reading():
    pdf_path = RAW_DIR / "A_RES_53_144_EN.pdf"
    copied = parse(read_source("copied.txt", data=_copied_text(pdf_path).encode("utf-8")))
    read = parse(read_source(pdf_path))
    resolution = [p for p in copied.paragraphs if p.section in ("preambular", "operative")]
    assert [(p.para_id, p.text) for p in resolution] == [
        (p.para_id, p.text) for p in read.paragraphs if p.section in ("preambular", "operative")
    ]
    assert [(f.number, f.para_id) for f in copied.footnotes] == [
        (f.number, f.para_id) for f in read.footnotes
    ]
    assert any(p.section == "annex" for p in copied.paragraphs) and not copied.leftovers
