"""Vote notes under the closing lines (Human Rights Council texts print them) are metadata."""

from __future__ import annotations

import pytest
from conftest import RAW_DIR

from reslens.model import Source
from reslens.structure import parse

RECORDED = """[Adopted by a recorded vote of 31 to 2, with 14 abstentions. The voting was as follows:
In favour:
Albania, Belgium, Benin, Brazil, Chile, Côte d’Ivoire, France, Ghana, Japan, Kenya, Mexico
Against:
China, Cuba
Abstaining:
Algeria, Bangladesh, Indonesia, Qatar, South Africa, Viet Nam]"""


def _with_vote(vote: str) -> Source:
    text = (RAW_DIR / "A_HRC_RES_58_23.txt").read_text(encoding="utf-8")
    date = text.index("4 April 2025", text.index("58th meeting"))
    end = text.index("\n", date)
    return Source("hrc.txt", "text", text[:end] + "\n" + vote + text[end:])


@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        ("[Adopted without a vote.]", "Adopted without a vote."),
        (RECORDED, "Adopted by a recorded vote of 31 to 2, with 14 abstentions."),
    ],
    ids=["without-a-vote", "recorded-vote"],
)
def test_structure_votes_note_is_metadata_not_paragraphs(vote, expected):
    plain = parse(_with_vote(""))
    voted = parse(_with_vote(vote))
    assert str(voted.metadata["vote"]).startswith(expected)
    assert [p.para_id for p in voted.paragraphs] == [p.para_id for p in plain.paragraphs]
    assert voted.footnotes == plain.footnotes
    assert not voted.leftovers


def test_structure_votes_recorded_vote_keeps_the_whole_list():
    vote = str(parse(_with_vote(RECORDED)).metadata["vote"])
    assert "Against: China, Cuba" in vote and vote.endswith("Viet Nam")
