"""Footnote markers glued to words, years and resolution numbers; the footnote list."""

from __future__ import annotations

import pytest

from reslens.model import Source
from reslens.structure import parse
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


def test_structure_footnotes_digits_glued_to_capitals_stay_text_when_a_clear_marker_follows():
    found, text = _place("emissions of CO2 and methane, as the Convention on Climate Change2 says", [2])
    assert found == [2]
    assert text == "emissions of CO2 and methane, as the Convention on Climate Change says"


def test_structure_footnotes_digits_after_the_first_marker_are_never_a_doubtful_repeat():
    found, text = _place("the Paris Agreement,1 CO2 and SO2 and 1 July and UNAIDS1 and km1", [1])
    assert found == [1]
    assert text == "the Paris Agreement, CO2 and SO2 and 1 July and UNAIDS1 and km1"


def test_structure_footnotes_a_clear_repeat_is_still_a_marker():
    found, text = _place(
        "the 2030 Agenda for Sustainable Development,8 and later the Development,8 again", [8]
    )
    assert found == [8, 8]
    assert text == "the 2030 Agenda for Sustainable Development, and later the Development, again"


def test_structure_footnotes_doubtful_marker_taken_only_without_a_clear_one_and_noted():
    text = "the Joint United Nations Programme on HIV/AIDS UNAIDS3 and States"
    markers = find_markers([text], [3])
    assert [(m.number, m.start) for m in markers] == [(3, text.index("3 and"))]
    assert "'UNAIDS3'" in markers[0].note and "no clearer marker" in markers[0].note


def test_structure_footnotes_clear_marker_has_no_note():
    markers = find_markers(
        ["Human Rights Council resolutions 13/13 of 25 March 20101 and defenders2"], [1, 2]
    )
    assert [m.note for m in markers] == ["", ""]


def test_structure_footnotes_a_segment_never_starts_with_a_marker():
    found, text = _place("3 experts shall be appointed", [3])
    assert found == [] and text == "3 experts shall be appointed"


def test_structure_footnotes_single_capitals_formulas_and_decimals_are_text():
    found, _ = _place("the G20 and H2O, PM2.5, A4 paper, article 2, 2 per cent and Goal 3", [2, 3, 4, 5, 20])
    assert found == []


def test_structure_footnotes_a_doubtful_marker_is_not_taken_past_a_larger_clear_one():
    found, text = _place("under the Convention3 and CO2 emissions and the Agreement,4", [2, 3, 4])
    assert found == [3, 4] and "CO2 emissions" in text


def test_structure_footnotes_long_runs_of_letters_and_digits_stay_fast():
    import time

    text = "a1" * 100_000 + " " + "A" * 200_000 + "2"
    start = time.perf_counter()
    find_markers([text], list(range(1, 10)))
    assert time.perf_counter() - start < 5


def test_structure_footnotes_a_document_symbols_last_digit_waits_for_a_clear_marker():
    found, text = _place("the report S/2023/1234 of the Secretary-General and the Council,4", [4])
    assert found == [4] and "S/2023/1234 of" in text
    assert _place("recalling its resolution 77/2285 and A/RES/77/2285", [5])[0] == [5]


def test_structure_footnotes_text_after_the_notes_is_a_leftover_and_the_notes_are_kept():
    """Seven lines after the footnotes used to glue notes and text onto the last paragraph."""
    head = "Resolution adopted by the General Assembly on 19 December 2011\n66/164.\tPromotion\n\n"
    body = "\tThe General Assembly,\n\tRecalling its resolution 53/144,1\n\t1.\tDecides to act.2\n\n"
    notes = "1 See A/53/1.\n2 See A/66/2,\nchap. II.\n"
    after = "".join(f"Text the parser does not know, line {k}.\n" for k in range(1, 8))
    with pytest.warns(UserWarning, match="7 line"):
        res = parse(Source(path="snippet.txt", fmt="text", text=head + body + notes + after))
    assert [(f.number, f.para_id, f.text) for f in res.footnotes] == [
        (1, "PP1", "See A/53/1."),
        (2, "OP1", "See A/66/2, chap. II."),
    ]
    assert res.paragraphs[-1].text == "Decides to act."
    assert [left.text for left in res.leftovers] == [line for line in after.splitlines()]


def test_structure_footnotes_a_few_wrapped_lines_after_the_last_note_still_continue_it():
    lines = ["\t1.\tDecides to act.", "1 See A/53/1.", "2 See the report", *(["of the Council,"] * 6)]
    block = find_footnote_block(Ledger(lines), 0)
    assert [(fn.number, fn.lines) for fn in block] == [(1, [1]), (2, [2, 3, 4, 5, 6, 7, 8])]
