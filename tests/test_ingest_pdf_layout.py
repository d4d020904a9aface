"""PDF reader on modern UN layouts: synthetic PDFs of the dev texts (tests/data/un_style_pdf).

The PDFs render real texts with the layout of 2000s-2020s ODS PDFs (see the README
there); reading them must give what the gold says of the same texts: paragraphs and
their ids, text, footnotes and where their markers are, metadata. Plus small
hand-made cases for each layout rule. No reportlab needed: the PDFs are committed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import load_gold

from reslens.ingest import read_source
from reslens.ingest.furniture import is_furniture, is_masthead, is_running_header, masthead_block
from reslens.ingest.hyphens import keeps_hyphen, vocabulary
from reslens.structure import parse

PDF_DIR = Path(__file__).parent / "data" / "un_style_pdf"
STEMS = sorted(p.stem for p in PDF_DIR.glob("*.pdf"))


@pytest.fixture(scope="module", params=STEMS)
def case(request):
    source = read_source(PDF_DIR / f"{request.param}.pdf")
    return source, parse(source), load_gold(request.param)


def test_ingest_pdf_layout_has_one_pdf_per_body():
    assert {s.split("_")[0] + ("_HRC" if "_HRC_" in s else "") for s in STEMS} == {"A", "A_HRC", "E", "S"}


def test_ingest_pdf_layout_paragraph_ids_and_text_match_gold(case):
    _, res, gold = case
    got = {p.para_id: p.text for p in res.paragraphs if p.section != "heading"}
    want = {p["para_id"]: p["text"] for p in gold["paragraphs"]}
    assert list(got) == list(want)
    wrong = [k for k in want if got[k] != want[k]]
    assert not wrong, f"{wrong[:3]}: {[got[k][:80] for k in wrong[:3]]}"


def test_ingest_pdf_layout_footnotes_placed_where_their_markers_are(case):
    _, res, gold = case
    got = [(f.number, f.para_id, f.text) for f in res.footnotes]
    assert got == [(f["number"], f["para_id"], f["text"]) for f in gold["footnotes"]]
    by_para = {p.para_id: set(p.footnotes) for p in res.paragraphs}
    for f in gold["footnotes"]:
        assert f["number"] in by_para.get(f["para_id"], set())


def test_ingest_pdf_layout_metadata_matches_gold(case):
    _, res, gold = case
    for key, value in gold["metadata"].items():
        assert str(res.metadata[key]) == str(value), key


def test_ingest_pdf_layout_furniture_never_in_text(case):
    source, res, gold = case
    job = str(res.metadata["job_number"])
    assert job and job in " ".join(source.furniture)
    texts = [p.text for p in res.paragraphs] + [f.text for f in res.footnotes]
    for text in texts:
        assert job not in text and "Please recycle" not in text and "*" + job.replace("-", "") not in text
    assert not res.leftovers


def test_ingest_pdf_layout_pieces_side_by_side_are_furniture():
    assert is_furniture("11-46866 2/4") and is_furniture("3/4 11-46866")
    assert is_furniture("*1146866* Please recycle") and is_furniture("11-46866 (E)")
    assert not is_furniture("9 A/73/230.")  # a footnote naming a document
    assert not is_furniture("2 Ibid., Sixty-sixth Session")


def test_ingest_pdf_layout_running_header_with_short_title():
    assert is_running_header("A/RES/66/164 Promotion of the Declaration on the Right")
    assert is_running_header("Women and peace and security S/RES/1325 (2000)")
    assert not is_running_header("A/RES/66/164")  # alone it is plain furniture
    assert not is_running_header("Recalling its resolution 53/144 of 9 December 1998,")


def test_ingest_pdf_layout_masthead_line_of_several_pieces():
    assert is_masthead("General Assembly Distr.: General")
    assert is_masthead("United Nations A/HRC/RES/58/23")
    assert not is_masthead("Resolution adopted by the General Assembly on 19 December 2011")
    block = masthead_block(["United Nations", "A/RES/1/2", "General Assembly Distr.: General", "2 May 2000",
                            "Fifty-fourth session", "Agenda item 7", "00-12345 (E)"])  # fmt: skip
    assert "United NationsA/RES/1/2General AssemblyDistr.: General" in block
    assert "2 May 2000Fifty-fourth session" in block and "00-12345" in block


def test_ingest_pdf_layout_hyphen_of_a_broken_word_is_dropped():
    words = vocabulary(["the effective implemen-", "tation of measures and", "their implementation,"])
    assert not keeps_hyphen("effective implemen-", "tation of", words)
    assert keeps_hyphen("and non-", "State actors", words)  # a capital after it: a compound
    assert keeps_hyphen("and self-", "determination", Counter())  # a known compound prefix
    assert not keeps_hyphen("the legis-", "lation", Counter())  # no witness, no prefix: a break
    assert keeps_hyphen("gender-", "based", Counter({"gender-based": 1}))
