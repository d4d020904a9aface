"""Italic leads (Source.italic_leads) decide the opening phrase; lexicons only name its form."""

from __future__ import annotations

import pytest

from reslens.ingest import read_source
from reslens.model import Source
from reslens.paths import RAW_DIR
from reslens.structure import parse
from reslens.structure.phrases import phrase_of_lead

HEAD = (
    "Resolution adopted by the General Assembly on 19 December 2011\n"
    "[on the report of the Third Committee (A/66/462/Add.2)]\n"
    "66/164.\tPromotion of the Declaration\n\n"
    "\tThe General Assembly,\n"
)
BODY = (
    "\tTaking note with deep concern of the report,\n"
    "\tEchoing the call of the Secretary-General,\n"
    "\t1.\tAgain calls upon States to act;\n"
    "\t2.\tReaffirms once more its support.\n"
)


def _source(leads: dict[str, str]) -> Source:
    text = HEAD + BODY
    lines = text.splitlines()
    found = tuple((i, lead) for i, line in enumerate(lines) for head, lead in leads.items() if head in line)
    return Source(path="snippet.txt", fmt="pdf", text=text, italic_leads=found)


def test_italic_lead_is_the_opening_phrase_verbatim():
    res = parse(
        _source(
            {
                "Taking note": "Taking note with deep concern",
                "Echoing": "Echoing",
                "Again calls": "Again calls upon",
                "Reaffirms": "Reaffirms once more",
            }
        )
    )
    got = [(p.para_id, p.opening_phrase, p.phrase, p.modifier) for p in res.paragraphs]
    assert got == [
        ("PP1", "Taking note with deep concern", "taking note with deep concern", ""),
        ("PP2", "Echoing", "echoing", ""),
        ("OP1", "Again calls upon", "call upon", "again"),
        ("OP2", "Reaffirms once more", "reaffirm", "once more"),
    ]


def test_italic_lead_may_be_shorter_than_the_grammar_would_read():
    """The italics win: ``Taking note`` printed in italics stays ``Taking note``."""
    res = parse(_source({"Taking note": "Taking note"}))
    assert (res.paragraphs[0].opening_phrase, res.paragraphs[0].phrase) == ("Taking note", "taking note")


def test_italic_lead_that_does_not_head_the_text_is_ignored():
    """A lead that is not where the producer said falls back on the grammar, never garbles the text."""
    res = parse(_source({"Echoing": "Recalling"}))
    assert res.paragraphs[1].opening_phrase == "Echoing"
    assert res.paragraphs[1].text.startswith("Echoing the call")


def test_without_italics_the_opening_phrase_still_comes_from_the_text():
    res = parse(Source(path="s.txt", fmt="text", text=HEAD + BODY))
    assert res.paragraphs[2].opening_phrase == "Again calls upon"
    assert res.paragraphs[2].modifier == "again"


@pytest.mark.parametrize(
    ("lead", "section", "expected"),
    [
        ("Gravely concerned further", "preambular", ("gravely concerned", "further")),
        ("Emphasizes once again its serious concern", "operative",
         ("emphasize its serious concern", "once again")),
        ("Welcoming in this regard", "preambular", ("welcoming in this regard", "")),
        ("Looking forward", "preambular", ("looking forward", "")),
        ("Acting under Chapter VII of the Charter of the United Nations", "preambular",
         ("acting under chapter vii of the charter of the united nations", "")),
    ],
)  # fmt: skip
def test_phrase_of_lead_keeps_every_word_of_the_lead(lead, section, expected):
    got = phrase_of_lead(lead, section)
    assert got.opening_phrase == lead and (got.phrase, got.modifier) == expected


def test_akn_reader_gives_the_italic_span_of_each_paragraph():
    source = read_source(RAW_DIR / "S_RES_1325_2000.xml")
    lines = source.text.splitlines()
    leads = dict(source.italic_leads)
    assert leads, "the UN's AKN marks every opening phrase in italics"
    for i, lead in leads.items():
        assert lines[i].lstrip("\t0123456789.").startswith(lead)
    expressing = next(i for i, line in enumerate(lines) if line.startswith("\tExpressing concern"))
    assert leads[expressing] == "Expressing"  # the UN italicises only the participle here


def test_akn_italic_leads_reach_the_paragraphs():
    res = parse(read_source(RAW_DIR / "S_RES_1325_2000.xml"))
    pp4 = next(p for p in res.paragraphs if p.para_id == "PP4")
    assert (pp4.opening_phrase, pp4.phrase) == ("Expressing", "expressing")
