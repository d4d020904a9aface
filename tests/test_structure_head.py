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
