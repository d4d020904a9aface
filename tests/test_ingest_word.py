"""Word files as the UN serves them, on small DOCX packages built here part by part.

Each fixture writes only the OOXML parts a behaviour needs (body, styles, lists,
footnotes, page headers), so a test shows exactly what Word holds and what reslens
makes of it. The real UN Word files are checked in ``test_ingest_word_real.py``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reslens.api import SUPPORTED_SUFFIXES, parse_file
from reslens.corpus.files import find_files
from reslens.errors import ResolutionError
from reslens.ingest import detect_format, read_source, wordml
from reslens.ingest.docx import _line_text

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
COVER = (
    "Resolution adopted by the General Assembly on 19 December 2017",
    "[on the report of the Third Committee (A/72/439)]",
    "72/189.\tSituation of human rights",
)


def run(text: str, *, italic: bool = False, props: str = "") -> str:
    """One ``<w:r>``; tabs in ``text`` become ``<w:tab/>``."""
    rpr = f"<w:rPr>{'<w:i/>' if italic else ''}{props}</w:rPr>"
    pieces = "<w:tab/>".join(f'<w:t xml:space="preserve">{t}</w:t>' for t in text.split("\t"))
    return f"<w:r>{rpr}{pieces}</w:r>"


def para(*runs: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def plain(text: str) -> str:
    return para(run(text))


def cover() -> str:
    return "".join(plain(line) for line in COVER)


def docx(body: str, **parts: str) -> bytes:
    """A DOCX whose document.xml holds ``body``; ``parts`` maps a part under ``word/`` to its XML."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>")
        for name, xml in parts.items():
            zf.writestr(f"word/{name.replace('__', '/')}", xml)
    return buf.getvalue()


def lines_of(data: bytes, name: str = "res.docx") -> list[str]:
    return read_source(name, data=data).text.splitlines()


def test_word_file_named_doc_is_read_by_its_content():
    data = docx(cover() + plain("The General Assembly,") + plain("1.\tDecides to act."))
    for name in ("N1746257.DOC", "res.doc", "res.txt"):
        assert read_source(name, data=data).fmt == "docx"


def test_word97_binary_is_told_from_other_ole_files():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    assert detect_format(ole + "WordDocument".encode("utf-16-le")) == "doc"
    assert detect_format(ole + "Workbook".encode("utf-16-le")) == "binary"


def test_folder_search_finds_doc_files_in_any_case(tmp_path):
    for name in ("a.DOC", "b.doc", "c.docx", "notes.odt"):
        (tmp_path / name).write_bytes(b"x")
    found, _ = find_files([tmp_path], SUPPORTED_SUFFIXES)
    assert [f.path.name for f in found] == ["a.DOC", "b.doc", "c.docx"]


# --- italics -------------------------------------------------------------------------------


def test_italic_head_of_each_paragraph_becomes_its_lead_on_the_right_line():
    body = cover() + "".join(
        [
            para(run("\t"), run("The General Assembly", italic=True), run(",")),
            para(
                run("\t"),
                run("Reaffirming", italic=True),
                run(" "),
                run("also", italic=True),
                run(" its resolution,"),
            ),
            para(run("\t"), run("Noting", italic=True), run(" that the text has no italics after it,")),
            para(run("\tRecalling its resolution,")),  # no italics: no lead
            para(run("\t1.\t"), run("Takes note ", italic=True), run("of the report;")),
            para(run("\t(a)\t"), run("Welcomes", italic=True), run(" the report;")),
        ]
    )
    source = read_source("res.docx", data=docx(body))
    lines = source.text.splitlines()
    leads = {lines[i].strip(): lead for i, lead in source.italic_leads}
    assert leads == {
        "The General Assembly,": "The General Assembly",
        "Reaffirming also its resolution,": "Reaffirming also",
        "Noting that the text has no italics after it,": "Noting",
        "1.\tTakes note of the report;": "Takes note",
        "(a)\tWelcomes the report;": "Welcomes",
    }


def test_italics_that_stop_inside_a_word_give_only_the_whole_words():
    assert _line_text([("Taking note", True), ("s of", False)]) == ("Taking notes of", "Taking")
    assert _line_text([("Recall", True), ("ing its", False)]) == ("Recalling its", "")


def test_italics_come_from_character_and_paragraph_styles_and_can_be_switched_off():
    styles = (
        f"<w:styles {NS}>"
        '<w:style w:type="character" w:styleId="Em"><w:rPr><w:i/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Quote"><w:rPr><w:i/></w:rPr></w:style>'
        "</w:styles>"
    )
    body = cover() + "".join(
        [
            plain("The General Assembly,"),
            para(run("Recognizing", props='<w:rStyle w:val="Em"/>'), run(" the need,")),
            para(run("Stressing", props='<w:i w:val="0"/>'), run(" the point,")),
            para(run("Underlining the role,"), ppr='<w:pStyle w:val="Quote"/>'),
        ]
    )
    source = read_source("res.docx", data=docx(body, **{"styles.xml": styles}))
    assert [lead for _, lead in source.italic_leads] == ["Recognizing", "Underlining the role"]


@given(
    st.lists(
        st.tuples(st.text(alphabet=st.sampled_from("Ab cd,\t.1()"), max_size=12), st.booleans()), max_size=8
    )
)
def test_lead_is_always_whole_words_at_the_head_of_the_text(pieces):
    text, lead = _line_text(pieces)
    assert text == " ".join("".join(t for t, _ in pieces).split())
    if lead:
        assert lead in text
        after = text[text.index(lead) + len(lead) :]
        assert not after[:1].isalnum()  # never half a word


# --- page headers, parts, tables, footnotes, lists --------------------------------------------


def _with_first_page_header(body: str, header_lines: list[str], footer_lines: list[str]) -> bytes:
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rH2"/>'
        '<w:headerReference w:type="first" r:id="rH1"/><w:footerReference w:type="first" r:id="rF1"/>'
        "<w:titlePg/></w:sectPr>"
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rH1" Type="header" Target="header3.xml"/>'
        '<Relationship Id="rH2" Type="header" Target="header1.xml"/>'
        '<Relationship Id="rF1" Type="footer" Target="footer3.xml"/></Relationships>'
    )
    return docx(
        body + sect,
        **{
            "_rels__document.xml.rels": rels,
            "header1.xml": f"<w:hdr {NS}>{plain('Situation of human rights')}{plain('A/RES/72/999')}</w:hdr>",
            "header3.xml": f"<w:hdr {NS}>{''.join(plain(x) for x in header_lines)}</w:hdr>",
            "footer3.xml": f"<w:ftr {NS}>{''.join(plain(x) for x in footer_lines)}</w:ftr>",
        },
    )


def test_symbol_and_dates_come_from_the_first_page_header_when_the_body_lacks_them(tmp_path):
    body = cover() + plain("The General Assembly,") + plain("1.\tDecides to act.")
    data = _with_first_page_header(
        body,
        ["United Nations", "A/RES/72/189", "General Assembly", "Distr.: General", "19 January 2018"],
        ["17-23185 (E)\t240118", "*1723185*"],
    )
    path = tmp_path / "N1723185.DOC"
    path.write_bytes(data)
    resolution = parse_file(path)
    meta = resolution.metadata
    assert (meta["symbol"], meta["distribution_date"], meta["job_number"]) == (
        "A/RES/72/189",
        "2018-01-19",
        "17-23185",
    )
    assert meta["adoption_date"] == "2017-12-19"  # from the body's cover line
    assert {"A/RES/72/189", "*1723185*", "Situation of human rights"} <= set(resolution.source.furniture)
    assert not resolution.leftovers


def test_resolutions_adopted_in_parts_stay_apart():
    closing = plain("76th plenary meeting") + plain("24 December 2017")
    body = (
        plain("Resolutions adopted by the General Assembly on 24 December 2017")
        + plain("72/253.\tProgramme budget")
        + plain("A")
        + plain("The General Assembly,")
        + plain("1.\tDecides to appropriate funds;")
        + plain("2.\tRequests a report;")
        + closing
        + plain("B")
        + plain("The General Assembly,")
        + plain("1.\tDecides to approve income;")
        + closing
    )
    resolution = parse_file_from(docx(body))
    lines = resolution.source.text.splitlines()
    assert "72/253.\tProgramme budget" in lines  # the part letter is not glued onto the title
    assert [p.para_id for p in resolution.paragraphs] == ["A:OP1", "A:OP2", "B:OP1"]
    assert not resolution.leftovers


def test_part_title_is_a_line_of_its_own_between_letter_and_formula():
    body = (
        plain("Resolutions adopted by the General Assembly on 24 December 2017")
        + plain("72/253.\tProgramme budget")
        + plain("A")
        + plain("Final budget appropriations")
        + plain("The General Assembly")
        + plain("1.\tDecides to appropriate funds;")
    )
    lines = lines_of(docx(body))
    title = next(i for i, line in enumerate(lines) if line.startswith("72/253."))
    assert lines[title] == "72/253.\tProgramme budget"
    assert lines[title + 3 : title + 6] == ["\tA", "\tFinal budget appropriations", "\tThe General Assembly"]


def parse_file_from(data: bytes, name: str = "res.docx"):
    from reslens.structure import parse

    return parse(read_source(name, data=data))


def _table(*rows: list[str]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{plain(c) if c else '<w:p/>'}</w:tc>" for c in r) + "</w:tr>" for r in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def test_table_rows_are_kept_as_bar_separated_lines_under_their_paragraph():
    body = (
        cover()
        + plain("The General Assembly,")
        + plain("1.\tDecides that the amounts shall be as follows:")
        + _table(["", "Section", "Amount"], ["1.", "Overall policymaking", "117 372 900"], ["", "", ""])
        + plain("2.\tRequests a report.")
    )
    resolution = parse_file_from(docx(body))
    lines = resolution.source.text.splitlines()
    assert "\t| | Section | Amount |" in lines
    assert "\t| 1. | Overall policymaking | 117 372 900 |" in lines
    assert not any(line.strip() == "| | | |" for line in lines)  # an empty row is layout
    op1 = next(p for p in resolution.paragraphs if p.para_id == "OP1")
    assert "| 1. | Overall policymaking | 117 372 900 |" in op1.text  # the row numbered 1. is not OP1
    assert [p.para_id for p in resolution.paragraphs] == ["OP1", "OP2"]


def _footnote_parts(notes: dict[str, str]) -> dict[str, str]:
    xml = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + t)}</w:p></w:footnote>'
        for i, t in notes.items()
    )
    separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    return {"footnotes.xml": f"<w:footnotes {NS}>{separators}{xml}</w:footnotes>"}


def _ref(note_id: str) -> str:
    return f'<w:r><w:footnoteReference w:id="{note_id}"/></w:r>'


def test_footnotes_are_numbered_in_the_order_they_are_referenced_and_placed():
    body = (
        cover()
        + plain("The General Assembly,")
        + para(run("Recalling the Declaration,"), _ref("7"))
        + plain("1.\tDecides to act;")
        + _table(["Body", "Venue"])
        + para(run("2.\tNotes the report"), _ref("3"), run(";"))
    )
    notes = _footnote_parts({"3": "A/72/562.", "7": "Resolution 217 A (III)."})
    resolution = parse_file_from(docx(body, **notes))
    lines = resolution.source.text.splitlines()
    assert "1 Resolution 217 A (III)." in lines and "2 A/72/562." in lines
    assert [(f.number, f.para_id) for f in resolution.footnotes] == [(1, "PP1"), (2, "OP2")]


def test_footnote_references_and_superscript_repeats_are_markers_and_other_digits_text():
    sup = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>'
    body = (
        cover()
        + plain("The General Assembly,")
        + para(run("Recalling emissions of CO2 and UNAIDS1 under the Agreement,"), _ref("7"))
        + para(run("1.\tDecides that the Agreement,"), sup, run(" and decision GC.18/Res.1 apply;"))
    )
    resolution = parse_file_from(docx(body, **_footnote_parts({"7": "Resolution 217 A (III)."})))
    assert resolution.source.markers and "\u2063" not in resolution.source.text
    pp1, op1 = resolution.paragraphs
    assert pp1.text == "Recalling emissions of CO2 and UNAIDS1 under the Agreement," and pp1.footnotes == (1,)
    assert op1.text == "Decides that the Agreement, and decision GC.18/Res.1 apply;" and op1.footnotes == (1,)


def test_word_list_numbers_are_printed_as_the_list_defines_them():
    numbering = (
        f'<w:numbering {NS}><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )

    def item(text: str, level: int, num_id: str = "4") -> str:
        return para(run(text), ppr=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')

    body = cover() + "".join(
        [
            item("[without reference to a Main Committee]", 0, num_id="0"),  # numId 0: Word's "no list"
            plain("The General Assembly,"),
            item("Decides that the forum:", 0),
            item("Shall meet;", 1),
            item("Shall report;", 1),
            item("Requests a report.", 0),
            item("Shall be brief.", 1),
        ]
    )
    lines = lines_of(docx(body, **{"numbering.xml": numbering}))
    assert "\t1.\tDecides that the forum:" in lines and "\t(b)\tShall report;" in lines
    assert "\t2.\tRequests a report." in lines and "\t(a)\tShall be brief." in lines
    assert not any("1. [without" in line for line in lines)


def test_line_break_inside_a_paragraph_starts_a_new_line():
    closing = "<w:p><w:r><w:t>76th plenary meeting</w:t><w:br/><w:t>24 December 2017</w:t></w:r></w:p>"
    body = cover() + plain("The General Assembly,") + plain("1.\tDecides to act.") + closing
    resolution = parse_file_from(docx(body))
    assert resolution.metadata["meeting"] == "76th plenary meeting"
    assert ["76th plenary meeting", "24 December 2017"] == resolution.source.text.splitlines()[-2:]


# --- hostile and broken input -----------------------------------------------------------------


def _counting(monkeypatch) -> dict[str, int]:
    calls = {"style": 0}
    original = wordml.Package._style_chain

    def counted(self, style_id):
        calls["style"] += 1
        return original(self, style_id)

    monkeypatch.setattr(wordml.Package, "_style_chain", counted)
    return calls


def test_many_empty_paragraphs_cost_no_style_lookups(monkeypatch):
    calls = _counting(monkeypatch)
    empty = '<w:p><w:pPr><w:pStyle w:val="SingleTxt"/></w:pPr></w:p>' * 50_000
    styles = f'<w:styles {NS}><w:style w:type="paragraph" w:styleId="SingleTxt"/></w:styles>'
    body = cover() + empty + plain("The General Assembly,") + plain("1.\tDecides to act.")
    assert "\t1.\tDecides to act." in lines_of(docx(body, **{"styles.xml": styles}))
    assert calls["style"] == 0


def test_style_lookups_do_not_grow_with_the_paragraphs_that_use_the_style(monkeypatch):
    styles = f'<w:styles {NS}><w:style w:type="paragraph" w:styleId="SingleTxt"/></w:styles>'
    styled = para(run("Recalling its resolution,"), ppr='<w:pStyle w:val="SingleTxt"/>')
    lookups = []
    for n in (20, 2_000):
        calls = _counting(monkeypatch)
        lines = lines_of(
            docx(cover() + plain("The General Assembly,") + styled * n, **{"styles.xml": styles})
        )
        assert lines.count("\tRecalling its resolution,") == n
        lookups.append(calls["style"])
        monkeypatch.undo()
    assert lookups[0] == lookups[1] > 0


def test_millions_of_empty_paragraphs_are_refused_at_the_limit():
    data = docx("<w:p/>" * 3_500_000)
    assert len(data) < 100_000  # a small file that unpacks into millions of paragraphs
    with pytest.raises(
        ResolutionError, match=r"bomb.docx: word/document.xml holds more than 100,000 paragraphs"
    ):
        read_source("bomb.docx", data=data)


def test_a_part_that_unpacks_past_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(wordml, "MAX_PART_BYTES", 10_000)
    with pytest.raises(ResolutionError, match=r"big.docx: word/document.xml unpacks to more than"):
        read_source("big.docx", data=docx(plain("x" * 20_000)))


def test_broken_footnotes_part_is_a_resolution_error():
    body = cover() + para(run("The General Assembly,"), _ref("1"))
    with pytest.raises(
        ResolutionError, match=r"res.docx: DOCX is not valid: word/footnotes.xml is not well-formed"
    ):
        read_source("res.docx", data=docx(body, **{"footnotes.xml": "<w:footnotes><w:footnote>"}))


def test_document_without_a_body_is_a_resolution_error():
    with pytest.raises(ResolutionError, match=r"res.docx: DOCX is not valid: .*no <w:body>"):
        read_source("res.docx", data=docx("").replace(b"<w:body></w:body>", b""))


def test_masthead_in_a_cover_table_or_text_box_reads_as_lines_not_a_data_table():
    masthead = _table(["United Nations", "A/RES/60/999"], ["General Assembly", "Distr.: General"])
    box = (
        "<w:p><w:r><w:pict><w:txbxContent>"
        + plain("20 December 2005")
        + plain("Sixtieth session")
        + "</w:txbxContent></w:pict></w:r></w:p>"
    )
    body = masthead + box + cover() + plain("The General Assembly,") + plain("1.\tDecides to act.")
    resolution = parse_file_from(docx(body))
    assert resolution.metadata["symbol"] == "A/RES/60/999"
    assert resolution.metadata["distribution_date"] == "2005-12-20"
    assert not any(line.startswith("|") for line in resolution.source.text.splitlines())
    assert not resolution.leftovers


def test_note_with_its_own_mark_goes_to_notes_and_numbered_notes_keep_counting():
    star = '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/></w:r><w:r><w:t>*</w:t></w:r>'
    body = (
        plain("Resolution adopted by the General Assembly on 19 December 2023")
        + para(run("78/68.\tSustainable fisheries"), star)
        + plain("The General Assembly,")
        + para(run("Recalling the Convention,"), _ref("3"))
        + plain("1.\tDecides to act.")
    )
    notes = _footnote_parts(
        {"2": "Reissued for technical reasons on 5 March 2024.", "3": "Resolution 217 A (III)."}
    )
    resolution = parse_file_from(docx(body, **notes))
    assert resolution.metadata["notes"] == "Reissued for technical reasons on 5 March 2024."
    assert resolution.metadata["title"] == "Sustainable fisheries"
    assert [(f.number, f.para_id, f.text) for f in resolution.footnotes] == [
        (1, "PP1", "Resolution 217 A (III).")
    ]
    assert not resolution.leftovers


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + "]>",
        '<!DOCTYPE d [<!ENTITY j SYSTEM "file:///etc/passwd">]>',
    ],
    ids=["billion-laughs", "external-entity"],
)
def test_entities_in_a_word_part_are_never_expanded(doctype):
    body = plain("The General Assembly, &j;")
    xml = f"<?xml version='1.0'?>{doctype}<w:document {NS}><w:body>{body}</w:body></w:document>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", xml)
    try:
        text = read_source("res.docx", data=buf.getvalue()).text
    except ResolutionError as err:
        assert err.path == "res.docx"
    else:
        assert "root:" not in text and "aaaaaaaaaa" not in text


RUNS = st.lists(
    st.tuples(st.from_regex(r"[A-Za-z]{1,8}( [a-z]{1,8}){0,3}", fullmatch=True), st.booleans()),
    min_size=1,
    max_size=4,
)  # (text, italic) runs of one paragraph
ROWS = st.lists(
    st.lists(st.from_regex(r"[A-Za-z0-9 ]{0,12}", fullmatch=True), min_size=1, max_size=3), max_size=3
)
BLOCKS = st.lists(
    st.one_of(st.tuples(st.just("p"), RUNS), st.tuples(st.just("tbl"), ROWS.filter(bool))), max_size=12
)


@given(BLOCKS)
def test_every_word_of_any_body_is_kept(blocks):
    body = cover() + plain("The General Assembly,")
    for kind, content in blocks:
        if kind == "p":
            body += para(*(run(text + " ", italic=italic) for text, italic in content))
        else:
            body += _table(*content)
    source = read_source("res.docx", data=docx(body))
    words = Counter(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", body)))
    assert words - Counter(re.findall(r"\w+", source.text)) == Counter()
    lines = source.text.splitlines()
    for index, lead in source.italic_leads:
        assert " ".join(lines[index].split()).lstrip("0123456789.() ").startswith(lead)


def test_hidden_text_is_not_read_and_a_positional_tab_separates():
    body = (
        cover()
        + para(run("The General Assembly,"), run(" DOCVARIABLE sss1", props="<w:vanish/>"))
        + para(run("1.\tDecides"), "<w:r><w:ptab/></w:r>", run("to act."))
    )
    lines = lines_of(docx(body))
    assert "\tThe General Assembly," in lines and "\t1.\tDecides to act." in lines


def test_endnotes_are_kept_as_notes_numbered_with_the_footnotes():
    endnotes = (
        f"<w:endnotes {NS}>"
        '<w:endnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        f'<w:endnote w:id="1"><w:p>{run(" A/72/562.")}</w:p></w:endnote></w:endnotes>'
    )
    body = (
        cover()
        + plain("The General Assembly,")
        + para(run("Recalling the Declaration,"), _ref("1"))
        + para(run("1.\tNotes the report"), '<w:r><w:endnoteReference w:id="1"/></w:r>', run(";"))
    )
    parts = {**_footnote_parts({"1": "Resolution 217 A (III)."}), "endnotes.xml": endnotes}
    resolution = parse_file_from(docx(body, **parts))
    assert [(f.number, f.para_id, f.text) for f in resolution.footnotes] == [
        (1, "PP1", "Resolution 217 A (III)."),
        (2, "OP1", "A/72/562."),
    ]


def test_a_flood_of_other_elements_is_refused_at_the_element_limit():
    data = docx(cover() + "<w:bookmarkStart/>" * 600_000 + plain("The General Assembly,"))
    with pytest.raises(
        ResolutionError, match=r"flood.docx: word/document.xml holds more than 500,000 elements"
    ):
        read_source("flood.docx", data=data)
