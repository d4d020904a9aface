"""pick_example_paragraph: a paragraph that exists in whatever resolution is loaded."""

from __future__ import annotations

import pandas as pd
import pytest

import reslens
from reslens.examples import pick_example_paragraph
from reslens.paths import RAW_DIR


def _paragraphs(ids, sections):
    return pd.DataFrame({"para_id": ids, "section": sections, "position": range(len(ids))})


def test_examples_first_operative_paragraph_without_obligations():
    paras = _paragraphs(["PP1", "PP2", "OP1", "OP2"], ["preambular", "preambular", "operative", "operative"])
    assert pick_example_paragraph(paras) == "OP1"


def test_examples_multi_part_ids_are_taken_from_the_data():
    paras = _paragraphs(["A:PP1", "A:OP1", "B:PP1", "B:OP1"], ["preambular", "operative"] * 2)
    assert pick_example_paragraph(paras) == "A:OP1"


def test_examples_most_clauses_wins_and_ties_go_to_the_earliest():
    paras = _paragraphs(["PP1", "OP1", "OP2", "OP3"], ["preambular", "operative", "operative", "operative"])
    obligations = pd.DataFrame({"para_id": ["OP1", "OP3", "OP3", "OP2", "OP2", "PP1", "PP1", "PP1"]})
    assert pick_example_paragraph(paras, obligations=obligations) == "OP2"


def test_examples_reading_order_is_numeric_without_position():
    paras = pd.DataFrame({"para_id": ["OP10", "OP2"], "section": "operative"})
    assert pick_example_paragraph(paras) == "OP2"


def test_examples_no_operative_part_gives_the_first_paragraph():
    paras = _paragraphs(["H1", "PP1", "PP2"], ["heading", "preambular", "preambular"])
    assert pick_example_paragraph(paras, obligations=pd.DataFrame({"para_id": []})) == "PP1"


def test_examples_empty_table_is_an_error():
    with pytest.raises(ValueError, match="empty"):
        pick_example_paragraph(_paragraphs([], []))


@pytest.mark.parametrize("name", ["E_RES_2023_21.txt", "A_RES_77_256_A_B.xml", "A_RES_66_164.txt"])
def test_examples_pick_exists_in_dev_files(name):
    paras = reslens.load(RAW_DIR / name).paragraphs
    pid = pick_example_paragraph(paras)
    assert pid in set(paras["para_id"])
    assert paras.set_index("para_id").loc[pid, "section"] == "operative"
