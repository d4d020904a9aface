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


def test_suffixed_ids_sort_right_after_the_id_and_points_they_follow():
    ids = ["OP3", "OP2~1", "OP2.c", "OP2", "OP2~2", "OP2~1.a", "OP2.a.ix", "OP2.a.v"]
    assert sorted(ids, key=para_sort_key) == [
        "OP2", "OP2.a.v", "OP2.a.ix", "OP2.c", "OP2~1", "OP2~1.a", "OP2~2", "OP3",
    ]  # fmt: skip


def test_section_ids_sort_by_section_then_preamble_before_operative_and_annex_last():
    ids = ["B:ANNEX.1", "B:II.A.OP1", "B:I.OP5", "B:II.A.PP1", "B:OP9", "B:IX.OP1", "B:V.OP2", "A:OP1"]
    assert sorted(ids, key=para_sort_key) == [
        "A:OP1", "B:OP9", "B:I.OP5", "B:II.A.PP1", "B:II.A.OP1", "B:V.OP2", "B:IX.OP1", "B:ANNEX.1",
    ]  # fmt: skip


def test_doubled_letters_come_after_z():
    assert sorted(["OP1.aa", "OP1.z", "OP1.bb", "OP1.b"], key=para_sort_key) == [
        "OP1.b",
        "OP1.z",
        "OP1.aa",
        "OP1.bb",
    ]


@pytest.mark.parametrize(
    ("para_id", "parent"), [("OP5~1", "OP5~1"), ("OP5.b~1", "OP5"), ("OP5~1.a.ii~2", "OP5~1")]
)
def test_suffixed_points_are_points_of_their_paragraph(para_id, parent):
    assert is_point(para_id) is (para_id != parent)
    assert parent_of(para_id) == parent
