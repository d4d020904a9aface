"""Footnote markers glued to words, years and resolution numbers; the footnote list."""

from __future__ import annotations

from reslens.structure.accounting import Ledger
from reslens.structure.footnotes import find_footnote_block, find_markers, strip_markers


def _place(text: str, numbers: list[int]) -> tuple[list[int], str]:
    markers = find_markers([text], numbers)
    return [m.number for m in markers], strip_markers(text, [(m.start, m.end) for m in markers])


def test_structure_footnotes_marker_glued_to_year_and_after_comma():
    found, text = _place("resolutions 13/13 of 25 March 20101 and 16/5 of 24 March 2011,2", [1, 2])
    assert found == [1, 2]
    assert text == "resolutions 13/13 of 25 March 2010 and 16/5 of 24 March 2011,"


def test_structure_footnotes_marker_glued_to_word_and_punctuation():
    found, text = _place(
        "the Special Rapporteur on human rights defenders6 and the Covenant on Rights,7 certain", [6, 7]
    )
    assert found == [6, 7]
    assert text == "the Special Rapporteur on human rights defenders and the Covenant on Rights, certain"


def test_structure_footnotes_marker_glued_to_resolution_number():
    found, text = _place("recalling its resolution 77/2285 of 2022", [5])
    assert found == [5] and text == "recalling its resolution 77/228 of 2022"


def test_structure_footnotes_ordinary_numbers_are_not_markers():
    found, _ = _place(
        "resolution 53/144 of 9 December 1998, rate of 11.1 per cent, 5,500,000 dollars, P-3 post, IS2.4",
        [1, 2, 3, 4, 5],
    )
    assert found == []


def test_structure_footnotes_block_with_wrapped_line_and_furniture_after():
    lines = [
        "\t17.\tDecides to remain seized of the matter.",
        "",
        "1 See Official Records,",
        "chap. II.",
        "2 A/66/53.",
        "A/RES/1/1",
    ]
    ledger = Ledger(lines)
    ledger.claim(5, "furniture")
    block = find_footnote_block(ledger, 0)
    assert [(fn.number, fn.lines) for fn in block] == [(1, [2, 3]), (2, [4])]
