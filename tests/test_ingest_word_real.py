"""The real UN Word files in data/real/, read as a user downloads them.

These are DEV files: the Word reader was written looking at them (there is no gold
for them). Expected values were read off the documents themselves: the masthead in
the first page's header, the paragraphs, the tables of the budget and of the ECOSOC
calendar. Unseen Word files are checked elsewhere, later.
"""

from __future__ import annotations

import functools
import re
import warnings
import zipfile
from collections import Counter

import pytest
from lxml import etree

from reslens.api import parse_file
from reslens.ingest.word97 import converter
from reslens.paths import DATA_DIR

REAL = DATA_DIR / "real"
WORD97 = "A_RES_67_290.doc"
needs_libreoffice = pytest.mark.skipif(
    converter() is None, reason="LibreOffice not installed: Word 97 .doc cannot be converted"
)
_NUMBER = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,5}\))\s+")
_LETTERS = re.compile(r"[^\W\d_]+")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@functools.cache  # a Resolution is frozen; a Word 97 file is converted once per run
def _parse(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # leftovers are asserted on, not warned about
        return parse_file(REAL / name)


ALL_WORD_FILES = [
    "A_RES_72_189.DOC",
    "A_RES_72_253_A_B.DOC",
    "E_RES_2018_30.DOC",
    pytest.param(WORD97, marks=needs_libreoffice),
]


@pytest.mark.parametrize("name", ALL_WORD_FILES)
def test_real_word_file_reads_with_no_leftovers(name):
    assert _parse(name).leftovers == ()


@pytest.mark.parametrize(
    ("name", "symbol", "adopted", "distributed", "agenda", "job"),
    [
        ("A_RES_72_189.DOC", "A/RES/72/189", "2017-12-19", "2018-01-19", "72 (c)", "17-23185"),
        ("A_RES_72_253_A_B.DOC", "A/RES/72/253 A-B", "2017-12-24", "2018-01-12", "135", "17-23351"),
        ("E_RES_2018_30.DOC", "E/RES/2018/30", "2018-07-24", "2018-08-03", "12 (g)", "18-12685"),
        pytest.param(
            WORD97, "A/RES/67/290", "2013-07-09", "2013-08-23", "20 (a)", "12-49600", marks=needs_libreoffice
        ),
    ],
)
def test_real_word_file_metadata_from_cover_and_page_header(name, symbol, adopted, distributed, agenda, job):
    meta = _parse(name).metadata
    found = (meta["symbol"], meta["adoption_date"], meta["distribution_date"], meta["agenda_item"])
    assert found == (symbol, adopted, distributed, agenda)
    assert meta["job_number"] == job


@pytest.mark.parametrize(
    ("name", "n_preambular", "n_operative", "n_footnotes"),
    [
        ("A_RES_72_189.DOC", 2, 24, 6),
        ("E_RES_2018_30.DOC", 6, 2, 2),
        pytest.param(WORD97, 10, 30, 21, marks=needs_libreoffice),
    ],
)
def test_real_word_file_paragraph_and_footnote_counts(name, n_preambular, n_operative, n_footnotes):
    resolution = _parse(name)
    numbered = [p for p in resolution.paragraphs if p.section == "operative" and "." not in p.para_id]
    assert sum(p.section == "preambular" for p in resolution.paragraphs) == n_preambular
    assert len(numbered) == n_operative
    assert [f.number for f in resolution.footnotes] == list(range(1, n_footnotes + 1))


@pytest.mark.parametrize("name", ALL_WORD_FILES)
def test_real_word_file_gives_the_italic_opening_of_every_paragraph(name):
    resolution = _parse(name)
    lines = resolution.source.text.splitlines()
    leads = {_NUMBER.sub("", lines[i].strip())[:40]: lead for i, lead in resolution.source.italic_leads}
    heads = [
        p for p in resolution.paragraphs if p.section in ("preambular", "operative") and p.opening_phrase
    ]
    assert heads
    for paragraph in heads:
        lead = leads.get(paragraph.text[:40])
        assert lead and paragraph.text.startswith(lead), paragraph.para_id


def test_resolutions_adopted_together_are_kept_as_parts():
    resolution = _parse("A_RES_72_253_A_B.DOC")
    ids = [p.para_id for p in resolution.paragraphs]
    assert ids[:6] == ["A:H1", "A:OP1", "A:OP2", "A:OP2.a", "A:OP2.b", "A:OP2.c"]  # H1: the part's title
    assert resolution.paragraphs[0].text == "Final budget appropriations for the biennium 2016–2017"
    assert {p.part for p in resolution.paragraphs} == {"A", "B"}
    assert any(
        p.para_id.startswith("B:") and p.text.startswith("Resolves that") for p in resolution.paragraphs
    )
    lines = resolution.source.text.splitlines()
    assert "72/253.\tProgramme budget for the biennium 2016–2017" in lines


def test_budget_tables_are_text_inside_the_paragraph_that_holds_them():
    resolution = _parse("A_RES_72_253_A_B.DOC")
    point_a = next(p for p in resolution.paragraphs if p.text.startswith("The amount of 5,620,221,600"))
    for row in (
        "| 1. | Overall policymaking, direction and coordination | 117 372 900 | 492 900 | 117 865 800 |",
        "| 29A. | Office of the Under-Secretary-General for Management | 22 710 900 | 1 227 100 |",
        "| | Total | 5 620 221 600 | 62 557 400 | 5 682 779 000 |",
    ):
        assert row in point_a.text
    assert "| Total | 539 179 100 | 14 496 500 | 553 675 600 |" in resolution.source.text


def test_every_row_of_the_calendar_tables_is_kept_in_the_annex():
    resolution = _parse("E_RES_2018_30.DOC")
    with zipfile.ZipFile(REAL / "E_RES_2018_30.DOC") as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    tables = list(root.iter(f"{_W}tbl"))
    rows = [r for t in tables for r in t.iter(f"{_W}tr") if "".join(r.itertext()).strip()]
    row_lines = [line for line in resolution.source.text.splitlines() if line.startswith("\t| ")]
    assert len(tables) == 9 and len(row_lines) == len(rows)  # one line per row that holds text
    annex = " ".join(p.text for p in resolution.paragraphs if p.section == "annex")
    for row in ("| Economic Commission for Africa | Addis Ababa |", "| Youth forum | New York |"):
        assert f"\t{row}" in row_lines and row in annex


@pytest.mark.parametrize("name", ["A_RES_72_189.DOC", "A_RES_72_253_A_B.DOC", "E_RES_2018_30.DOC"])
def test_every_word_of_the_document_and_its_footnotes_is_kept(name):
    """Nothing silently dropped: each word Word holds in the body and the footnotes is in the text."""
    source = _parse(name).source
    with zipfile.ZipFile(REAL / name) as zf:
        held = [etree.fromstring(zf.read(part)) for part in ("word/document.xml", "word/footnotes.xml")]
    paragraphs = (
        "".join(t.text or "" for t in p.iter(f"{_W}t")) for root in held for p in root.iter(f"{_W}p")
    )
    words = Counter(w for text in paragraphs for w in _LETTERS.findall(text))
    kept = Counter(_LETTERS.findall(" ".join([source.text, *source.furniture])))
    assert words - kept == Counter()
