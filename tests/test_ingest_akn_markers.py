"""Footnote markers the AKN file marks (``<authorialNote>``, a note's ``<sup>`` printed again)
reach the parser as markers; digits the file does not mark stay text."""

from __future__ import annotations

import warnings

from hypothesis import given
from hypothesis import strategies as st

from reslens.ingest import read_source
from reslens.ingest.markers import MARK, lift_markers
from reslens.paths import RAW_DIR
from reslens.structure import parse

AKN = RAW_DIR / "A_RES_74_146.xml"
FIRST_NOTE = b"Universal Declaration of Human Rights,<authorialNote"


def _parse(data: bytes):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse(read_source("A_RES_74_146.xml", data=data))


def test_ingest_akn_markers_digits_the_file_does_not_mark_stay_text():
    data = AKN.read_bytes()
    assert data.count(FIRST_NOTE) == 1
    inserted = "emissions of CO2, UNAIDS2, 40 km2 and decision GC.18/Res.1 of"  # Res.1 fits a marker
    mutated = _parse(data.replace(FIRST_NOTE, inserted.encode() + b" " + FIRST_NOTE))
    base = _parse(data)
    assert any(inserted in p.text for p in mutated.paragraphs)
    assert [(f.number, f.para_id, f.marker_note) for f in mutated.footnotes] == [
        (f.number, f.para_id, "") for f in base.footnotes
    ]


def test_ingest_akn_markers_a_notes_superscript_printed_again_is_a_marker():
    source = read_source(AKN)
    lines = source.text.splitlines()
    repeats = [
        (i, col) for i, col in source.markers if lines[i][col - 25 : col].endswith("Sustainable Development,")
    ]
    assert len(repeats) == 2  # the note (authorialNote) and its marker printed again (<sup>8</sup>)
    op2 = next(p for p in _parse(AKN.read_bytes()).paragraphs if p.para_id == "OP2")
    assert op2.footnotes == (8,) and "Sustainable Development, including" in op2.text


def test_ingest_akn_markers_the_source_text_holds_no_mark():
    assert MARK not in read_source(AKN).text


@given(st.lists(st.tuples(st.text(alphabet="ab ,.\n", max_size=8), st.booleans(), st.integers(1, 99))))
def test_ingest_akn_markers_lifting_gives_the_text_and_where_each_marked_number_stands(pieces):
    plain, marked, expected = "", "", []
    for words, mark, number in pieces:
        plain, marked = plain + words, marked + words
        if mark:
            lines = plain.splitlines(keepends=True) or [""]
            line = len(lines) - 1 if not plain.endswith("\n") else len(lines)
            column = 0 if plain.endswith("\n") else len(lines[-1])
            expected.append((line, column))
            marked += MARK
        plain, marked = plain + str(number), marked + str(number)
    assert lift_markers(marked) == (plain, tuple(expected))
