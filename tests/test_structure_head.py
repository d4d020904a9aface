"""The head of a resolution as different exports print it: same metadata every time."""

from __future__ import annotations

import pytest
from conftest import RAW_DIR

from reslens.model import Source
from reslens.structure import parse

REFERENCE = (RAW_DIR / "A_RES_66_164.txt").read_text(encoding="utf-8")
BODY = REFERENCE[: REFERENCE.index("[DU1]<<ODS JOB NO>>")]  # without the ODS trailing block
MASTHEAD = (
    "United Nations\tA/RES/66/164\nGeneral Assembly\tDistr.: General\n10 April 2012\n"
    "Sixty-sixth session\nAgenda item 69 (b)\n\n11-46866\n"
)
TITLE = "Promotion of the Declaration on the Right and Responsibility of Individuals"


@pytest.mark.parametrize(
    "text",
    [
        MASTHEAD + BODY.replace("[DU1]\n", ""),
        BODY.replace("66/164.\tPromotion", "66/164\tPromotion"),
        BODY.replace("66/164.\tPromotion", "66/164\nPromotion"),
    ],
    ids=["masthead-on-top", "number-without-full-stop", "number-on-its-own-line"],
)
def test_structure_head_variants_give_symbol_number_and_title(text):
    res = parse(Source("variant.txt", "text", text))
    assert res.doc_id == "A/RES/66/164"
    assert res.metadata["resolution_number"] == "66/164"
    assert str(res.metadata["title"]).startswith(TITLE)
    assert not res.leftovers
    assert [p.section for p in res.paragraphs].count("operative") == 17


def test_structure_head_star_note_on_the_title_is_a_document_note():
    note = "*\tReissued for technical reasons on 5 May 2012.\n"
    text = BODY.replace("Fundamental Freedoms\n", "Fundamental Freedoms*\n", 1)
    text = text.replace("1 See Official Records", note + "1 See Official Records", 1)
    res = parse(Source("star.txt", "text", text))
    assert str(res.metadata["title"]).endswith("Fundamental Freedoms")
    assert res.metadata["notes"] == "Reissued for technical reasons on 5 May 2012."
    assert res.paragraphs[-1].text.endswith('"Promotion and protection of human rights".')
    assert [f.number for f in res.footnotes] == [1, 2, 3, 4, 5, 6] and not res.leftovers
