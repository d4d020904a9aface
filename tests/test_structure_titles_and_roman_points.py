"""Titles printed between operative paragraphs, and sub-points printed ``i.``, ``ii.`` under a letter.

Long GA texts (budgets, programmes of action), the Pact for the Future and SC annexes print
a title without numbering between two numbered paragraphs, often longer than a short
heading; recent texts number the points under a lettered point ``i.``, ``ii.`` where older
ones print ``(i)``. Both hold in ODS exports, copied or pdftotext text and PDFs alike.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reslens.ingest.plain import mark_headings
from reslens.ingest.reflow import Line, rejoin
from reslens.model import Source
from reslens.structure import parse

HEAD = (
    "Resolution adopted by the General Assembly on 29 June 2022\n"
    "[on the report of the Fifth Committee (A/76/596)]\n"
    "76/279.\tSupport account for peacekeeping operations\n\n"
    "\tThe General Assembly,\n"
    "\tRecalling its resolution 75/293,\n"
)
CLOSING = "\n89th plenary meeting\n29 June 2022\n"
LONG_TITLE = (
    "Financing of the support account for peacekeeping operations for the financial periods "
    "from 1 July 2020 to 30 June 2021 and from 1 July 2022 to 30 June 2023"
)


def _parse(body: str, notes: str = ""):
    return parse(Source(path="snippet.txt", fmt="text", text=HEAD + body + CLOSING + notes))


def _rows(res) -> list[tuple[str, str]]:
    return [(p.para_id, p.text) for p in res.paragraphs]


def test_a_title_between_op3_and_op4_is_its_own_heading_row_however_long():
    res = _parse(
        "\t1.\tNotes;\n\t2.\tNotes also;\n"
        "\t3.\tApproves the support account requirements, as well as related requirements;\n"
        f"\t{LONG_TITLE}\n"
        "\t4.\tDecides that the requirements shall be financed from the balance;\n"
    )
    ids = [p.para_id for p in res.paragraphs]
    assert ids == ["PP1", "OP1", "OP2", "OP3", "H1", "OP4"]
    assert res.paragraphs[4].section == "heading" and res.paragraphs[4].text == LONG_TITLE
    assert res.paragraphs[3].text.endswith("as well as related requirements;")
    assert not res.leftovers


def test_a_title_after_a_paragraph_ending_in_a_footnote_marker_is_a_heading():
    title = (
        "Governance and institutional perspectives on advancing sustainable, inclusive, science- "
        "and evidence-based solutions for the Sustainable Development Goals"
    )
    res = _parse(
        "\t1.\tTakes note of the report;\n"
        "\t2.\tWelcomes the five actions referred to as the pentagram of action;5\n"
        f"\t{title}\n\t3.\tRecognizes the need for improvements;\n",
        notes="5 E/2025/44.\n",
    )
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "OP2", "H1", "OP3"]
    assert res.paragraphs[3].text == title
    assert res.paragraphs[2].text.endswith("pentagram of action;") and res.paragraphs[2].footnotes == (5,)


def test_a_roman_numeral_over_a_long_title_gives_two_heading_rows_and_the_section():
    res = _parse(
        "\t1.\tNotes;\n\tII\n"
        "\tGovernance and institutional perspectives on advancing sustainable, inclusive and "
        "evidence-based solutions\n\t2.\tRecognizes;\n"
    )
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "H1", "H2", "OP2"]


def test_an_unpunctuated_line_under_a_paragraph_that_has_not_ended_continues_it():
    res = _parse(
        "\t1.\tApproves the requirements for the financing of the support account for peacekeeping\n"
        "\tOperations for the financial period from 1 July 2022 to 30 June 2023 and other related matters\n"
        "\t2.\tDecides;\n"
    )
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "OP2"]
    assert res.paragraphs[1].text.endswith("to 30 June 2023 and other related matters")


def test_a_title_followed_by_no_numbered_paragraph_is_left_to_the_older_rules():
    long_line = " ".join(["Word"] * 20)  # too long for a heading, no number after it
    res = _parse(f"\t1.\tNotes;\n\t2.\tDecides;\n\t{long_line}\n")
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "OP2"]
    assert res.paragraphs[2].text.endswith(long_line)  # kept, in the paragraph above


def test_a_long_line_before_a_number_out_of_sequence_is_not_a_title():
    # a paragraph the source broke in two: "... of" / "17. October 2000;" (S/RES/2118 (2013), annex)
    broken = (
        "Taking into account the Agreement Concerning the Relationship between the United Nations "
        "and the Organisation for the Prohibition of Chemical Weapons of"
    )
    res = _parse(f"\t1.\tNotes;\n\t2.\tDecides;\n\t{broken}\n\t17.\tOctober 2000;\n")
    assert "heading" not in [p.section for p in res.paragraphs]
    assert broken in " ".join(p.text for p in res.paragraphs)


def test_a_long_title_under_a_section_numeral_where_numbering_restarts_at_1_is_a_heading():
    res = _parse(f"\tI\n\t1.\tNotes;\n\t2.\tDecides;\n\tII\n\t{LONG_TITLE}\n\t1.\tApproves;\n")
    assert [p.para_id for p in res.paragraphs] == ["PP1", "H1", "I.OP1", "I.OP2", "H2", "H3", "II.OP1"]
    assert res.paragraphs[5].text == LONG_TITLE


def test_i_under_op2_a_gets_the_id_op2_a_i():
    res = _parse(
        "\t1.\tNotes;\n"
        "\t2.\tRequests the Commission:\n"
        "\t(a)\tTo serve as a platform to support Member States by:\n"
        "\ti.\tAssisting Member States in building their capacities;\n"
        "\tii.\tInviting international financial institutions to engage;\n"
        "\t(b)\tTo report;\n"
    )
    assert _rows(res)[2:] == [
        ("OP2", "Requests the Commission:"),
        ("OP2.a", "To serve as a platform to support Member States by:"),
        ("OP2.a.i", "Assisting Member States in building their capacities;"),
        ("OP2.a.ii", "Inviting international financial institutions to engage;"),
        ("OP2.b", "To report;"),
    ]
    assert [p.number for p in res.paragraphs[2:]] == ["2"] * 5


def test_i_printed_with_a_full_stop_under_h_is_a_sub_point_not_the_letter_i():
    letters = "".join(f"\t({c})\tItem {c};\n" for c in "abcdefgh")
    res = _parse("\t1.\tRequests:\n" + letters + "\ti.\tFirst;\n\tii.\tSecond;\n\t(i)\tItem i.\n")
    assert [p.para_id for p in res.paragraphs][-4:] == ["OP1.h", "OP1.h.i", "OP1.h.ii", "OP1.i"]


def test_a_roman_point_with_no_letter_above_stays_in_the_paragraph_text():
    res = _parse("\t1.\tDecides:\n\ti.\tto act;\n\t2.\tRequests;\n")
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "OP2"]
    assert "i. to act;" in res.paragraphs[1].text and not res.leftovers


def test_lettered_points_after_financed_as_follows_are_points_of_the_paragraph():
    res = _parse(
        "\t1.\tDecides that the requirements shall be financed as follows:\n"
        "\t(a)\tThe unencumbered balance of 201,300 dollars;\n"
        "\t(b)\tThe balance of 364,812,000 dollars;\n"
        "\t2.\tDecides to include the item;\n"
    )
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "OP1.a", "OP1.b", "OP2"]


def test_annex_title_between_numbered_paragraphs_and_roman_points_under_a_letter():
    res = _parse(
        "\t1.\tAdopts the programme of action annexed;\n"
        + CLOSING
        + "\tAnnex\n\tProgramme of action\n"
        + "\t1.\tWe commit ourselves to act:\n\t(a)\tBy building capacities:\n"
        + "\ti.\tAt the national level;\n\tii.\tAt the regional level;\n"
        + f"\t{LONG_TITLE}\n\t2.\tWe will report.\n"
    )
    annex = [(p.para_id, p.section) for p in res.paragraphs if p.para_id.startswith(("ANNEX", "H"))]
    assert annex == [
        ("H1", "heading"),
        ("H2", "heading"),
        ("ANNEX.1", "annex"),
        ("ANNEX.1.a", "annex"),
        ("ANNEX.1.a.i", "annex"),
        ("ANNEX.1.a.ii", "annex"),
        ("H3", "heading"),
        ("ANNEX.2", "annex"),
    ]


def test_copied_text_title_wrapped_between_two_paragraphs_stands_alone():
    lines = [
        "11. Takes note of the report on the budget performance for the period",
        "from 1 July 2020 to 30 June 2021;",
        "Financing of the support account for peacekeeping operations for the",
        "financial periods from 1 July 2020 to 30 June 2021",
        "12. Decides that the requirements shall be financed as follows:",
    ]
    kinds = [line.kind for line in mark_headings(lines)]
    assert kinds == ["", "", "heading", "heading", ""]
    joined = rejoin(mark_headings(lines))
    assert joined[1] == (
        "\tFinancing of the support account for peacekeeping operations for the "
        "financial periods from 1 July 2020 to 30 June 2021"
    )


def test_copied_text_title_needs_the_next_number_in_sequence_after_it():
    lines = ["3. Notes the report;", "Financing of the support account for peacekeeping", "17. October 2000;"]
    assert [line.kind for line in mark_headings(lines)] == ["", "", ""]


def test_copied_text_keeps_a_wrapped_paragraph_line_that_lacks_a_full_stop_in_its_paragraph():
    lines = ["1. Notes the report of the Secretary-General", "Development Goals", "2. Decides;"]
    assert [line.kind for line in mark_headings(lines)] == ["", "", ""]


def test_copied_text_roman_points_start_their_own_paragraphs():
    printed = ["(b) To support Member States by:", "i. Assisting Member States in", "building capacities;",
               "ii. Inviting institutions;"]  # fmt: skip
    lines = [Line(t) for t in printed]
    assert rejoin(lines) == [
        "\t(b)\tTo support Member States by:",
        "\ti. Assisting Member States in building capacities;",
        "\tii. Inviting institutions;",
    ]


TITLE_WORD = st.from_regex(r"[A-Z][a-z]{1,9}|[a-z]{1,9}|[0-9]{1,4}|and|of|the", fullmatch=True)


@settings(max_examples=150, deadline=None)
@given(
    first=st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
    rest=st.lists(TITLE_WORD, min_size=8, max_size=39),  # short titles: the older 16-word rule
    above=st.sampled_from([";", ".", ";3", ":"]),
)
def test_any_capitalised_unpunctuated_title_of_up_to_40_words_between_two_paragraphs_is_a_heading(
    first, rest, above
):
    title = " ".join([first, *rest])
    body = f"\t1.\tNotes the report{above}\n\t{title}\n\t2.\tDecides to act;\n"
    res = _parse(body, notes="3 A/76/1.\n" * (above == ";3"))
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "H1", "OP2"]
    assert res.paragraphs[2].text == title and not res.leftovers
    assert re.sub(r"\d$", "", f"Notes the report{above}") == res.paragraphs[1].text
