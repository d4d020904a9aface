"""Hand-made glyphs and lines for each layout rule of the PDF reader (no PDF needed)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from reslens.ingest.pdf_glyphs import Glyph, PageGlyphs, Rule
from reslens.ingest.pdf_lines import PrintedLine, printed_lines
from reslens.ingest.pdf_page import split_page
from reslens.ingest.pdf_paragraphs import paragraphs

SIZE = 11.0  # em box of 10 pt Times
ADVANCE = 5.0


def _run(text: str, x: float, base: float, *, size: float = SIZE, italic: bool = False, bold: bool = False):
    """Glyphs of ``text`` set from ``x`` on ``base``; a space advances without a glyph."""
    out, space = [], False
    for ch in text:
        if ch == " ":
            x, space = x + ADVANCE * 0.6, True
            continue
        width = ADVANCE * size / SIZE
        top, bottom = base - 0.8 * size, base + 0.2 * size
        out.append(Glyph(ch, x, x + width, top, bottom, base, size, italic, bold, space))
        x, space = x + width, False
    return out, x


def _line(*runs) -> list[Glyph]:
    """Runs ``(text, dict of options)`` one after the other on one line."""
    glyphs, x = [], 72.0
    for text, opts in runs:
        x = opts.get("x", x)
        opts = {k: v for k, v in opts.items() if k != "x"}
        made, x = _run(text, x, **{"base": 100.0, **opts})
        glyphs += made
    return glyphs


def test_pdf_glyph_layout_raised_small_digit_is_a_marker_glued_to_the_word_before():
    glyphs = _line(("adopted in 2011,", {}), ("2", {"size": 7.0, "base": 96.0}), (" and", {}))
    assert printed_lines(glyphs, 0)[0].text == "adopted in 2011,2 and"


def test_pdf_glyph_layout_digits_on_the_baseline_or_lowered_stay_text():
    assert printed_lines(_line(("(a) 3 experts in G20", {})), 0)[0].text == "(a) 3 experts in G20"
    lowered = _line(("CO", {}), ("2", {"size": 7.0, "base": 101.5}), (" emissions", {}))
    line = printed_lines(lowered, 0)[0]
    assert line.text == "CO2 emissions"


def test_pdf_glyph_layout_marker_printed_over_a_word_goes_after_it():
    glyphs = _line(("Human R", {}))
    glyphs += _line(("3", {"x": glyphs[-1].x0 + 2, "size": 7.0, "base": 96.0}))
    glyphs += _line(("ights and", {"x": glyphs[-2].x1}))
    assert printed_lines(glyphs, 0)[0].text == "Human Rights3 and"


def test_pdf_glyph_layout_italic_head_follows_an_upright_label():
    glyphs = _line(("1. ", {}), ("Also decides", {"italic": True}), (" to act;", {}))
    line = printed_lines(glyphs, 0)[0]
    assert line.italic_head == "Also decides" and line.text == "1. Also decides to act;"
    assert line.text_x > line.x0  # the text after the label starts further in


def test_pdf_glyph_layout_far_apart_pieces_are_columns():
    glyphs = _line(("United Nations", {}), ("A/RES/1/2", {"x": 450.0}))
    assert printed_lines(glyphs, 0)[0].columns == ("United Nations", "A/RES/1/2")


@given(st.text(alphabet="abcdefghij ,.;", min_size=1, max_size=40).filter(lambda t: t.strip()))
def test_pdf_glyph_layout_a_line_reads_back_its_words(text):
    glyphs, _ = _run(text, 72.0, 100.0)
    assert printed_lines(glyphs, 0)[0].text == " ".join(text.split())


def _printed(text: str, x0: float, base: float, page: int = 0, *, bold: bool = False, label_x: float = 0.0):
    return PrintedLine(
        text=text,
        x0=x0,
        x1=x0 + len(text) * ADVANCE,
        top=base - 9,
        base=base,
        size=SIZE,
        bold=bold,
        italic=False,
        italic_head="",
        page=page,
        text_x=label_x or x0,
    )


def _full(text: str, x0: float, base: float, page: int = 0) -> PrintedLine:
    """A justified line: it runs to the right margin at 540."""
    line = _printed(text, x0, base, page)
    return replace(line, x1=540.0)


def test_pdf_glyph_layout_first_line_indent_and_space_above_start_paragraphs():
    lines = [
        _full("Recalling its resolution 53/144 of 9 December 1998,", 96, 100),
        _printed("and reiterating its importance,", 72, 112),
        _full("Noting with concern that", 96, 130),
        _full("the situation has worsened", 72, 142),
        _printed("in many places,", 72, 154),
        _printed("Unindented, after a wider space,", 72, 178),
    ]
    assert [b.text for b in paragraphs(lines)] == [
        "Recalling its resolution 53/144 of 9 December 1998, and reiterating its importance,",
        "Noting with concern that the situation has worsened in many places,",
        "Unindented, after a wider space,",
    ]


def test_pdf_glyph_layout_hanging_numbers_continue_their_paragraph():
    lines = [
        _full("1. Urges all States", 72, 100),
        _printed("measures necessary;", 99, 112),
        _printed("2. Requests the Secretary-General", 72, 130, label_x=99),
        _printed("to report;", 99, 142),
    ]
    lines[0] = replace(lines[0], text_x=99.0)
    texts = [b.text for b in paragraphs(lines)]
    assert texts == [
        "1. Urges all States measures necessary;",
        "2. Requests the Secretary-General to report;",
    ]


def test_pdf_glyph_layout_page_break_continues_unless_the_last_line_stopped_short():
    lines = [
        _full("Urges all States to take", 96, 100),
        _full("all measures", 72, 112),
        _full("necessary to protect,", 72, 80, page=1),  # the line above ran full: same paragraph
        _printed("and to report,", 72, 92, page=1),  # stopped short: a new paragraph may follow
        _full("Decides to remain seized,", 72, 80, page=2),
        _full("of the matter in all its", 72, 92, page=2),
        _full("aspects and at all times", 72, 104, page=2),
    ]
    assert [b.text for b in paragraphs(lines)] == [
        "Urges all States to take all measures necessary to protect, and to report,",
        "Decides to remain seized, of the matter in all its aspects and at all times",
    ]


def test_pdf_glyph_layout_headings_join_but_numbering_lines_stand_alone():
    lines = [
        _printed("Part IV", 250, 100, bold=True),
        _printed("International cooperation for", 200, 112, bold=True),
        _printed("development", 250, 124, bold=True),
        _full("52. Recalls that the development of Africa", 72, 142),
    ]
    blocks = paragraphs(lines)
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        ("heading", "Part IV"),
        ("heading", "International cooperation for development"),
    ]


def test_pdf_glyph_layout_page_zones_header_footer_and_footnotes():
    def glyphs(text, base, size=SIZE, x=72.0):
        return _run(text, x, base, size=size)[0]

    page = PageGlyphs(
        width=612.0,
        height=792.0,
        glyphs=tuple(
            glyphs("A/RES/79/257 Questions relating to the budget", 60)
            + glyphs("Reaffirms its resolution,", 90)
            + glyphs("__________________", 680, size=7.0)
            + glyphs("1 A/79/6.", 695, size=7.0)
            + glyphs("2/12 24-24698", 760, size=7.0)
        ),
        rules=(Rule(59.0, 552.0, 65.0),),
    )
    parts = split_page(page, 1)
    assert [line.text for line in parts.body] == ["Reaffirms its resolution,"]
    assert [line.text for line in parts.notes] == ["1 A/79/6."]
    assert "2/12 24-24698" in parts.furniture
    assert "A/RES/79/257 Questions relating to the budget" in parts.furniture


def test_pdf_glyph_layout_a_drawn_rule_over_a_table_is_not_a_footnote_rule():
    page = PageGlyphs(
        width=612.0,
        height=792.0,
        glyphs=tuple(_run("Reaffirms it,", 72, 300)[0] + _run("Number of posts", 72, 520, size=7.0)[0]),
        rules=(Rule(72.0, 200.0, 510.0),),
    )
    assert [line.text for line in split_page(page, 1).body] == ["Reaffirms it,", "Number of posts"]
