"""Paragraph ids: reading order, and lettered points told apart from section ids."""

from __future__ import annotations

import pytest

from reslens.para_ids import is_point, para_sort_key, parent_of


def test_para_ids_sort_in_reading_order():
    ids = ["OP10", "PP2", "OP2.a", "ANNEX.1", "OP2", "PP10"]
    assert sorted(ids, key=para_sort_key) == ["PP2", "PP10", "OP2", "OP2.a", "OP10", "ANNEX.1"]


@pytest.mark.parametrize(
    ("para_id", "point", "parent"),
    [
        ("OP5", False, "OP5"),
        ("OP5.a", True, "OP5"),
        ("OP5.a.ii", True, "OP5"),
        ("ANNEX.2.b", True, "ANNEX.2"),
        ("B:I.OP1", False, "B:I.OP1"),
        ("B:II.A.OP3.c", True, "B:II.A.OP3"),
        ("H2", False, "H2"),
    ],
)
def test_para_ids_points_are_told_from_section_ids(para_id, point, parent):
    assert is_point(para_id) is point
    assert parent_of(para_id) == parent
