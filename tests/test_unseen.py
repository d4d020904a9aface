"""Two real resolutions outside the gold sets (tests/data/unseen): PDF text layers copied as text.

Every value asserted here was read off the text by hand (see tests/data/unseen/README.md).
These files are not unseen by the rules: they arrived in the same commit (4713c24) as the
parser changes that make these tests pass (merged masthead lines, meeting and date on one
line, page-foot footnotes, a lone unnumbered operative paragraph). They are regression
tests for those layouts, not a measure of generalisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reslens.ingest import read_source
from reslens.structure import parse

UNSEEN = Path(__file__).parent / "data" / "unseen"


def _parse(name: str):
    return parse(read_source(UNSEEN / name))


@pytest.fixture(scope="module")
def ga_63_25():
    return _parse("A_RES_63_25.pdf.txt")


@pytest.fixture(scope="module")
def ga_63_116():
    return _parse("A_RES_63_116.pdf.txt")


def test_unseen_pdf_text_masthead_with_merged_lines_gives_metadata(ga_63_25):
    meta = ga_63_25.metadata
    assert meta["symbol"] == "A/RES/63/25"
    assert meta["body"] == "General Assembly"
    assert meta["distribution_date"] == "2008-12-03"
    assert str(meta["agenda_item"]) == "64"
    assert meta["session"] == 63
    assert meta["committee_report"] == "A/63/L.31"
    assert meta["job_number"] == "08-47229"


def test_unseen_closing_meeting_and_date_on_one_line(ga_63_25):
    assert ga_63_25.metadata["meeting"] == "57th plenary meeting"
    assert ga_63_25.metadata["adoption_date"] == "2008-11-24"
    assert ga_63_25.paragraphs[-1].text.endswith("at the commemorative plenary meeting.")


def test_unseen_footnote_at_page_foot_is_a_footnote_not_paragraph_text(ga_63_25):
    ids = [p.para_id for p in ga_63_25.paragraphs]
    assert ids == ["PP1", "PP2", "PP3", *(f"OP{n}" for n in range(1, 9))]
    by_id = {p.para_id: p for p in ga_63_25.paragraphs}
    assert by_id["OP5"].text.endswith("to be represented at the commemorative event;")
    assert [(f.number, f.para_id, f.text) for f in ga_63_25.footnotes] == [
        (1, "PP2", "Resolution 217 A (III).")
    ]
    assert "Human Rights1" not in by_id["OP1"].text  # the repeated marker is removed too
    assert not ga_63_25.leftovers


def test_unseen_lone_unnumbered_operative_paragraph_opens_the_operative_part(ga_63_116):
    paras = ga_63_116.paragraphs
    assert [p.para_id for p in paras[:2]] == ["OP1", "H1"]
    assert paras[0].text == "Adopts the following Declaration:"
    assert paras[0].phrase == "adopt"
    annex = [p for p in paras if p.section == "annex"]
    assert len(annex) == 18
    assert annex[0].text.startswith("We, the States Members of the United Nations, celebrate today")
    assert annex[-1].text.endswith("interdependent and mutually reinforcing.")
    assert ga_63_116.metadata["adoption_date"] == "2008-12-10"
    assert not ga_63_116.leftovers
