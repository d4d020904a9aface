"""Side-by-side text of aligned paragraphs: marks, columns and headings."""

from __future__ import annotations

import pytest

import reslens
from reslens.compare import align_paragraphs
from reslens.sidebyside import format_pairs, mark_changes, side_by_side


def test_sidebyside_marks_only_the_words_that_differ():
    old, new = mark_changes("Encourages States to take action;", "Urges States to take prompt action;")
    assert old == "[-Encourages-] States to take action;"
    assert new == "{+Urges+} States to take {+prompt+} action;"


def test_sidebyside_identical_texts_have_no_marks():
    text = "Decides to remain seized of the matter."
    assert mark_changes(text, text) == (text, text)


@pytest.mark.parametrize("width", [20, 35])
def test_sidebyside_columns_keep_their_width_and_all_words(width):
    old = "Calls upon all States to promote and give full effect to the gender-responsive Declaration"
    new = "Requests the Secretary-General to report"
    lines = side_by_side(old, new, width=width).splitlines()
    assert all(line[width : width + 2] in (" |", "-+") for line in lines)
    left = " ".join(line[:width].strip() for line in lines[2:]).split()
    right = " ".join(line[width + 3 :].strip() for line in lines[2:]).split()
    assert left == old.split() and right == new.split()


def test_sidebyside_formats_real_alignment_rows(raw_dir):
    paragraphs = reslens.load_corpus([raw_dir / "A_RES_74_146.txt", raw_dir / "A_RES_76_174.txt"]).paragraphs
    changes = align_paragraphs(
        paragraphs[paragraphs["doc_id"] == "A/RES/74/146"], paragraphs[paragraphs["doc_id"] == "A/RES/76/174"]
    )
    shown = changes[changes["status"].isin(["reworded", "added"])].head(4)
    text = format_pairs(shown)
    headings = [line for line in text.splitlines() if line.startswith("== ")]
    assert [h.split(",")[0][3:] for h in headings] == shown["status"].str.upper().tolist()
    for row in shown.itertuples():
        assert f"A/RES/76/174 {row.new_para_id}" in text
    reworded = shown[shown["status"] == "reworded"]
    assert reworded.empty or ("[-" in text and "{+" in text)
