"""Paragraph ids: the printed numbers when they run in sequence; unique, in reading order and
reported when the page repeats a number, goes back or skips (structure/numbering.py)."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reslens.model import Source
from reslens.para_ids import para_sort_key
from reslens.structure import parse

HEAD = (
    "Resolution adopted by the General Assembly on 19 December 2011\n"
    "66/164.\tPromotion of the Declaration\n\n"
    "\tThe General Assembly,\n"
    "\tRecalling its resolution 53/144,\n"
)


def _parse(body: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse(Source(path="snippet.txt", fmt="text", text=HEAD + body))


def _numbered(numbers: list[int]) -> str:
    return "".join(f"\t{n}.\tDecides to act on item {k};\n" for k, n in enumerate(numbers))


def _operative(res) -> list[tuple[str, str]]:
    return [(p.para_id, p.number) for p in res.paragraphs if p.section == "operative"]


def test_ids_are_the_printed_numbers_when_they_run_in_sequence():
    res = _parse(_numbered([1, 2, 3]) + "\t(a)\tFirst;\n\t(b)\tSecond;\n")
    assert [i for i, _ in _operative(res)] == ["OP1", "OP2", "OP3", "OP3.a", "OP3.b"]
    assert "numbering" not in res.metadata


def test_a_repeated_number_gets_a_suffixed_id_after_the_first_and_is_reported():
    text = HEAD + _numbered([1, 2, 3, 3, 4])
    with pytest.warns(UserWarning, match=r"1 paragraph number\(s\) out of sequence"):
        res = parse(Source(path="snippet.txt", fmt="text", text=text))
    assert _operative(res) == [("OP1", "1"), ("OP2", "2"), ("OP3", "3"), ("OP3~1", "3"), ("OP4", "4")]
    assert res.metadata["numbering"] == "line 9: paragraph printed '3' out of sequence: id OP3~1"


def test_a_misprinted_number_in_a_gap_takes_the_missing_number():
    res = _parse(_numbered([1, 2, 999, 4]))
    assert _operative(res) == [("OP1", "1"), ("OP2", "2"), ("OP3", "999"), ("OP4", "4")]
    assert "printed '999'" in res.metadata["numbering"]


def test_points_of_a_suffixed_paragraph_follow_its_id():
    res = _parse(_numbered([1, 1]) + "\t(a)\tFirst;\n")
    assert [i for i, _ in _operative(res)] == ["OP1", "OP1~1", "OP1~1.a"]


def test_a_repeated_letter_gets_a_suffixed_point_id():
    res = _parse(_numbered([1]) + "\t(a)\tFirst;\n\t(b)\tSecond;\n\t(b)\tThird;\n\t(c)\tFourth;\n")
    assert [i for i, _ in _operative(res)] == ["OP1", "OP1.a", "OP1.b", "OP1.b~1", "OP1.c"]
    assert "printed '(b)'" in res.metadata["numbering"]


def test_sections_that_restart_at_one_keep_their_section_ids():
    body = _numbered([1, 2]) + "\tI\n" + _numbered([1, 2]) + "\tII\n" + _numbered([1])
    ids = [i for i, _ in _operative(_parse(body))]
    assert ids == ["OP1", "OP2", "I.OP1", "I.OP2", "II.OP1"]


NUMBERS = st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=25)


@settings(max_examples=150, deadline=None)
@given(numbers=NUMBERS, letters=st.lists(st.sampled_from("abcdi"), max_size=6))
def test_any_printed_numbers_give_unique_ids_in_reading_order(numbers, letters):
    points = "".join(f"\t({c})\tTo do {c};\n" for c in letters)
    res = _parse(_numbered(numbers) + points)
    ids = [p.para_id for p in res.paragraphs]
    assert len(set(ids)) == len(ids)
    assert sorted(ids, key=para_sort_key) == ids


@settings(max_examples=150, deadline=None)
@given(numbers=st.lists(st.integers(min_value=1, max_value=400), min_size=1, max_size=25, unique=True))
def test_increasing_printed_numbers_are_the_ids_with_nothing_reported(numbers):
    numbers.sort()
    res = _parse(_numbered(numbers))
    assert [i for i, _ in _operative(res)] == [f"OP{n}" for n in numbers]
    assert "numbering" not in res.metadata


@settings(max_examples=150, deadline=None)
@given(numbers=NUMBERS)
def test_every_id_that_is_not_its_printed_number_is_reported(numbers):
    res = _parse(_numbered(numbers))
    departing = [i for i, n in _operative(res) if i != f"OP{n}"]
    noted = res.metadata.get("numbering", "")
    assert len(noted.split("; ")) if noted else 0 == len(departing)
    assert all(f"id {i}" in noted for i in departing)


def test_a_preambular_paragraph_among_the_operative_ones_takes_an_id_where_it_stands():
    res = _parse(_numbered([1, 2]) + "\tSection 2\n\tRecognizing the need for action,\n" + _numbered([3]))
    rows = [(p.para_id, p.section, p.number) for p in res.paragraphs]
    assert rows == [
        ("PP1", "preambular", "1"),
        ("OP1", "operative", "1"),
        ("OP2", "operative", "2"),
        ("H1", "heading", ""),
        ("OP2~1", "preambular", ""),
        ("OP3", "operative", "3"),
    ]
    assert "preambular paragraph among the operative ones: id OP2~1" in res.metadata["numbering"]
