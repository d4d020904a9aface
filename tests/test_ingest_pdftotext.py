"""pdftotext output (form feeds between pages, numbers on lines of their own) reads like the ODS export.

S/RES/1325 and A/RES/66/137 in data/real/ are DEV files: the reader was written looking at
them. S/RES/1325 has gold (from the UN's AKN); its figures are held here.
"""

from __future__ import annotations

import warnings

import pytest
from conftest import load_gold
from hypothesis import given
from hypothesis import strategies as st

from reslens.api import load
from reslens.evaluate import evaluate
from reslens.ingest import read_source
from reslens.paths import DATA_DIR
from reslens.structure import parse

REAL = DATA_DIR / "real"
HEAD = (
    "A/RES/1/1\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n1 January 2020\n\n"
    "Resolution adopted by the General Assembly on 19 December 2019\n"
    "1/1. A title\nThe General Assembly,\n"
)


def _read(text: str):
    """pdftotext ends every page, the last one too, with a form feed."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a leftover would warn: none may
        return parse(read_source("x.txt", data=(text + "\f").encode()))


def test_a_number_alone_goes_with_the_text_after_it():
    res = _read(
        HEAD
        + "Recalling its resolutions,\n1.\nDecides to act;\n2.\nRequests the Secretary-General\nto report.\n"
    )
    assert [(p.para_id, p.text) for p in res.paragraphs] == [
        ("PP1", "Recalling its resolutions,"),
        ("OP1", "Decides to act;"),
        ("OP2", "Requests the Secretary-General to report."),
    ]


def test_a_number_after_the_first_line_of_its_paragraph_moves_up():
    res = _read(
        HEAD + "Noting the need,\nUrges Member States to ensure at all\n1.\nlevels the representation;\n"
    )
    assert res.paragraphs[-1].para_id == "OP1"
    assert res.paragraphs[-1].text == "Urges Member States to ensure at all levels the representation;"


def test_a_paragraph_across_a_page_break_stays_whole_and_the_footer_is_furniture():
    text = HEAD + (
        "Recalling its resolutions,\n1.\n"
        "Invites the Secretary-General to carry out a study, and further invites him to\n"
        "3\n\f\nA/RES/1/1\n\nsubmit a report;\n2.\nDecides to remain seized of the matter.\n\n"
        "11-24904 1/1\n`````````\n"
    )
    res = _read(text)
    op1 = next(p for p in res.paragraphs if p.para_id == "OP1")
    assert (
        op1.text
        == "Invites the Secretary-General to carry out a study, and further invites him to submit a report;"
    )
    assert all("11-24904" not in p.text and "A/RES/1/1" not in p.text for p in res.paragraphs)
    assert "11-24904 1/1" in res.furniture


def test_page_foot_notes_are_numbered_in_order_and_their_markers_glued():
    text = HEAD + (
        "Recalling the Declaration, 1 and the Covenants, 2\n1.\nDecides to act;\n"
        "_______________\n1\n11-24904\n*1124904*\nResolution 217 A (III).\n"
        "2\nResolution 2200 A (XXI), annex.\n"
        "Please rec cle\n\f2.\nRequests a report.\n"
    )
    res = _read(text)
    assert [(f.number, f.para_id, f.text) for f in res.footnotes] == [
        (1, "PP1", "Resolution 217 A (III)."),
        (2, "PP1", "Resolution 2200 A (XXI), annex."),
    ]
    assert res.paragraphs[0].text == "Recalling the Declaration, and the Covenants,"


def test_real_pdftotext_of_s_res_1325_meets_the_figures():
    tables = load(REAL / "S_RES_1325_2000.txt")
    scores = evaluate(dict(tables.items()), load_gold("S_RES_1325_2000"))
    got = {(r.layer, r.metric): r.value for r in scores.itertuples()}
    assert got[("paragraphs", "text_acc")] >= 0.97
    assert got[("paragraphs", "phrase_acc")] >= 0.95
    assert got[("footnotes", "f1")] >= 0.95
    assert got[("metadata", "acc")] >= 0.95


@pytest.mark.parametrize("name", ["S_RES_1325_2000.txt", "A_RES_66_137.txt"])
def test_real_pdftotext_reads_with_no_leftovers(name):
    res = _read_file(name)
    assert res.leftovers == ()
    assert all(not p.text[:3].strip().isdigit() for p in res.paragraphs)


def test_real_pdftotext_footnotes_sit_where_their_markers_are():
    res = _read_file("A_RES_66_137.txt")
    assert [(f.number, f.para_id) for f in res.footnotes][:3] == [
        (1, "PP1"),
        (2, "ANNEX.5"),
        (3, "ANNEX.5"),
    ]


def _read_file(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse(read_source(REAL / name))


@pytest.mark.parametrize(
    "footer",
    [
        "11-24904 1/1",
        "23-21227 7/9A/C.3/78/L.41",
        "*2321227*A/C.3/78/L.41",
        "23-21227 (E) 131123",
    ],
)
def test_page_footers_as_text_layers_glue_them_are_furniture(footer):
    text = HEAD + (
        "Recalling its resolutions,\n1.\nInvites the Secretary-General to carry out a study, and to\n"
        f"{footer}\n\fsubmit a report;\n2.\nDecides to remain seized of the matter.\n"
    )
    res = _read(text)
    assert (
        res.paragraphs[1].text
        == "Invites the Secretary-General to carry out a study, and to submit a report;"
    )
    assert footer in res.furniture


@given(st.sampled_from(["Calling", "Echoing", "Remaining", "Looking forward to", "Deeply troubled by"]))
def test_pdftotext_paragraphs_open_by_grammar_not_by_a_list(head):
    res = _read(
        HEAD + f"Recalling its resolutions,\n{head} the report of the\nSecretary-General,\n1.\nDecides.\n"
    )
    assert [p.text for p in res.paragraphs][:2] == [
        "Recalling its resolutions,",
        f"{head} the report of the Secretary-General,",
    ]
