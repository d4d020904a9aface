"""AKN4UN XML ingest: the rendering equals the ODS-layout .txt beside each XML."""

from __future__ import annotations

import re

import pytest

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.paths import RAW_DIR

PAIRS = sorted(p for p in RAW_DIR.glob("*.xml") if p.with_suffix(".txt").exists())
ODS_BLOCK = "[DU1]<<ODS JOB NO>>"


def _body(text: str) -> list[str]:
    """Lines before the ODS trailing block, whitespace collapsed, blanks dropped."""
    return [
        re.sub(r"\s+", " ", line).strip() for line in text.split(ODS_BLOCK)[0].split("\n") if line.strip()
    ]


def _without_annex(lines: list[str]) -> list[str]:
    """Drop annexes (``Annex`` after the closing meeting line, up to the footnotes):
    the .txt renderings omit them."""
    out, closed, skipping = [], False, False
    for line in lines:
        closed = closed or bool(re.match(r"^\d+(st|nd|rd|th) .*meeting$", line))
        if closed and re.match(r"^Annex\b", line):
            skipping = True
        elif skipping and re.match(r"^1 [A-Z]", line):  # the first footnote
            skipping = False
        if not skipping:
            out.append(line)
    return out


@pytest.mark.parametrize("xml", PAIRS, ids=lambda p: p.stem)
def test_ingest_akn_rendering_equals_ods_text(xml):
    source = read_source(xml)
    assert source.fmt == "akn"
    expected = _body(xml.with_suffix(".txt").read_text(encoding="utf-8"))
    assert _without_annex(_body(source.text)) == expected


@pytest.mark.parametrize("xml", PAIRS, ids=lambda p: p.stem)
def test_ingest_akn_metadata_block_matches_ods_text(xml):
    txt = xml.with_suffix(".txt").read_text(encoding="utf-8")
    ours = read_source(xml).text
    # The .txt block is a rendering with placeholder job numbers; compare the metadata lines.
    wanted = [line for line in txt.split(ODS_BLOCK)[1].split("\n") if "Distr." in line or "session" in line]
    for line in wanted:
        assert line in ours


def test_ingest_akn_reports_language():
    assert read_source(RAW_DIR / "A_RES_78_216_FR.xml").language == "fr"
    assert read_source(RAW_DIR / "A_RES_74_146.xml").language == "en"


def test_ingest_akn_multipart_marks_each_part():
    text = read_source(RAW_DIR / "A_RES_77_256_A_B.xml").text
    lines = text.split("\n")
    assert lines.index("\tA") < lines.index("\tB")
    assert lines[lines.index("\tA") + 1] == "\tThe General Assembly,"
    assert text.count("56th (resumed) plenary meeting") == 2


def test_ingest_akn_headings_are_own_lines():
    lines = read_source(RAW_DIR / "A_RES_79_257.xml").text.split("\n")
    assert "\tPart I" in lines and "\tSection 1" in lines


def test_ingest_akn_job_number_and_agenda_from_metadata():
    text = read_source(RAW_DIR / "A_RES_74_146.xml").text
    assert "<<ODS JOB NO>>N1922249E<<ODS JOB NO>>" in text
    assert "\nAgenda item 70 (b)\n" in text and "\n19-22249\n" in text


def test_ingest_akn_footnote_marker_glued_and_note_at_end():
    text = read_source(RAW_DIR / "A_RES_74_146.xml").text
    assert "Universal Declaration of Human Rights,1 the" in text
    assert "\n1 Resolution 217 A (III).\n" in text


def test_ingest_akn_malformed_xml_is_reported():
    with pytest.raises(ResolutionError, match="bad.xml: AKN XML is not well formed"):
        read_source("bad.xml", data=b"<akomaNtoso><statement><p>unclosed</statement>")


def test_ingest_akn_other_xml_is_rejected():
    with pytest.raises(ResolutionError, match="without an <akomaNtoso> root"):
        read_source("feed.xml", data=b"<?xml version='1.0'?><rss><channel/></rss>")


def test_ingest_akn_paragraph_number_typed_into_the_text_is_its_number(tmp_path):
    # A/HRC/RES/59/2 prints paragraphs 4 and 7 as "<p>  4  <i>Calls for</i> ..." with no <num>.
    xml = tmp_path / "typed.xml"
    xml.write_text(
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">'
        "<preamble><p>The General Assembly,</p><p><i>Recalling</i> its resolutions,</p></preamble>"
        '<mainBody name="resolution"><paragraph><num>3.</num><content><p><i>Expresses</i> sympathy;</p>'
        "</content></paragraph><paragraph><content><p>\t\t4\t<i>Calls for</i> dialogue;</p></content>"
        "</paragraph><paragraph><content><p>2030 Agenda goals are recalled.</p></content></paragraph>"
        "</mainBody></statement></akomaNtoso>",
        encoding="utf-8",
    )
    lines = read_source(xml).text.splitlines()
    assert "\t4.\tCalls for dialogue;" in lines
    assert "\t2030 Agenda goals are recalled." in lines  # a year opening the text stays text
