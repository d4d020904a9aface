"""Resolutions kept aside for checking: corpus AKN rendered as ODS text exports.

``tests/data/kept_aside/sample1`` (45 resolutions, seed 1), ``sample2`` (48, seed 2) and
``sample3`` (48, seed 3) were drawn at random, stratified by body and period (rule in
``scripts/kept_aside.py``), from the UN corpus files the project holds nowhere else.
``scripts/akn_ods.py`` (lxml only, no reslens) rendered each as an ODS-style text export
and derived its gold from the UN's markup. These are our renderings of real UN XML: they
test the ODS path on wording the rules were not written on, not real ODS downloads.

Sample1 is a DEV set since 23:00 and sample2 a DEV set since session 3: rules were changed
after reading their misses (sample2's: headings printed between operative paragraphs,
``i.`` sub-points under lettered points). Sample3 is the unseen one.

The floors are issue 9's targets (paragraph text accuracy >= 0.995, opening-phrase
accuracy >= 0.98, pooled over all gold paragraphs of a sample), not the measured
figures; a target not met is a strict xfail that says why, so that meeting it shows up.
"""

from __future__ import annotations

import ast
import functools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from project_scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
KEPT_ASIDE = ROOT / "tests" / "data" / "kept_aside"
SAMPLES = ("sample1", "sample2", "sample3")
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "data" / "gold"
TEXT_TARGET, PHRASE_TARGET = 0.995, 0.98


akn_ods = load_script("akn_ods")


def _manifest(sample: str) -> dict:
    return json.loads((KEPT_ASIDE / sample / "sample.json").read_text(encoding="utf-8"))


def _gold(sample: str, row: dict) -> dict:
    return json.loads((KEPT_ASIDE / sample / row["file"]).with_suffix(".json").read_text(encoding="utf-8"))


@functools.cache
def pooled(sample: str) -> dict[str, float]:
    """Text and phrase accuracy pooled over every gold paragraph of a sample."""
    from reslens.api import load_corpus
    from reslens.evaluate import evaluate

    files = _manifest(sample)["files"]
    tables = dict(load_corpus([KEPT_ASIDE / sample / row["file"] for row in files]).items())
    counts = {"paragraphs": 0, "text": 0.0, "phrase": 0.0}
    for row in files:
        gold = _gold(sample, row)
        scores = evaluate(tables, {"doc_id": gold["doc_id"], "paragraphs": gold["paragraphs"]})
        value = dict(zip(scores["metric"], scores["value"], strict=True))
        n = len(gold["paragraphs"])
        counts["paragraphs"] += n
        counts["text"] += value["text_acc"] * n
        counts["phrase"] += value["phrase_acc"] * n
    return {k: counts[k] / counts["paragraphs"] for k in ("text", "phrase")}


@pytest.mark.parametrize("sample", SAMPLES)
def test_kept_aside_sample_covers_every_body_with_a_rendering_and_gold_per_file(sample):
    files = _manifest(sample)["files"]
    assert {row["body"] for row in files} == {"GA", "SC", "HRC", "ECOSOC"}
    for row in files:
        text = (KEPT_ASIDE / sample / row["file"]).read_text(encoding="utf-8")
        gold = _gold(sample, row)
        assert gold["doc_id"] == row["symbol"] and f"<<ODS DOC SYMBOL1>>{row['symbol']}<<" in text
        assert gold["paragraphs"], row["file"]


def test_kept_aside_resolutions_are_held_nowhere_else_in_the_project_nor_in_two_samples():
    kept_aside = load_script("kept_aside")
    others = [ROOT / "data", *(p for p in (ROOT / "tests" / "data").iterdir() if p.name != "kept_aside")]
    elsewhere = kept_aside.held_symbols(tuple(others))
    drawn = [{kept_aside.symbol_key(row["symbol"]) for row in _manifest(s)["files"]} for s in SAMPLES]
    assert not any(d & elsewhere for d in drawn)
    assert all(not a & b for i, a in enumerate(drawn) for b in drawn[i + 1 :])


@pytest.mark.parametrize(
    "sample",
    [
        "sample1",
        # DEV since session 3: 0.992 before the rules made on its misses (titles between operative
        # paragraphs, i. sub-points, lettered points after "as follows:"), 1.0 after
        "sample2",
        # unseen: scored once after the 00:35 rules, once after session 3's (text 0.9990 -> 0.9985)
        "sample3",
    ],
)
def test_kept_aside_paragraph_text_meets_the_target(sample):
    assert pooled(sample)["text"] >= TEXT_TARGET


@pytest.mark.parametrize(
    "sample",
    [
        "sample1",  # a DEV set for opening phrases: rules were changed after reading its misses (23:00)
        # DEV since session 3: 0.979 at e53e6ea; 0.984 once the paragraphs glued by the misses read
        # above are split (their phrases come right); SC still 0.956 (verb-only italics)
        "sample2",
        "sample3",  # unseen: drawn and scored once after the last rule change (00:35)
    ],
)
def test_kept_aside_opening_phrase_meets_the_target(sample):
    assert pooled(sample)["phrase"] >= PHRASE_TARGET


def test_gold_derivation_reproduces_the_shared_gold_of_every_dev_akn_file():
    checked = 0
    for xml in sorted(RAW.glob("*.xml")):
        gold_file = GOLD / f"{xml.stem}.json"
        if gold_file.exists():
            assert akn_ods.gold_differences(xml, json.loads(gold_file.read_text(encoding="utf-8"))) == []
            checked += 1
    assert checked == 7


def test_rendering_keeps_every_line_of_the_shared_renderings_but_the_placeholder_job_number():
    placeholders = {"[DU1]<<ODS JOB NO>>N0000000E<<ODS JOB NO>>", "00-00000", "*0000000*"}
    for xml in sorted(RAW.glob("*.xml")):
        txt = xml.with_suffix(".txt")
        if not txt.exists():
            continue
        only_shared, _ = akn_ods.render_differences(xml, txt)
        # the shared renderings number a lone operative paragraph the UN printed unnumbered
        unnumbered = {line for line in only_shared if line.startswith("1. ")}
        assert set(only_shared) - placeholders - unnumbered == set(), xml.name


def test_lone_unnumbered_operative_paragraph_is_rendered_without_a_number():
    rendered = akn_ods.render(RAW / "E_RES_2023_21.xml")
    assert "\n\tEndorses Economic Commission for Europe decision J (70)" in rendered


def test_footnote_markers_are_glued_to_the_preceding_word_and_listed_after_the_closing():
    rendered = akn_ods.render(RAW / "A_RES_74_146.xml").splitlines()
    assert any(
        "Universal Declaration of Human Rights,1 the International Covenants" in line for line in rendered
    )
    closing = rendered.index("18 December 2019")
    assert rendered[closing + 1] == "1 Resolution 217 A (III)."


def test_renderer_and_gold_deriver_do_not_use_reslens():
    tree = ast.parse((ROOT / "scripts" / "akn_ods.py").read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "reslens" not in imported


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz,;()-’", min_size=1, max_size=8).filter(str.strip)


@settings(max_examples=200, deadline=None)
@given(
    lead=st.lists(st.sampled_from(["Noting", "also", "with", "deep", "concern"]), min_size=1, max_size=3),
    words=st.lists(st.tuples(WORDS, st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=25),
)
def test_printed_line_is_the_gold_text_with_each_marker_glued_to_the_word_before_it(lead, words):
    """For any paragraph: the rendered words are the gold words, a note's marker glued onto one."""
    from lxml import etree

    ns = akn_ods.AKN
    p = etree.Element(f"{{{ns}}}p")
    p.text = "\t"
    span = etree.SubElement(p, f"{{{ns}}}span", {"class": "italic"})
    span.text = " ".join(lead)
    last, markers = span, []
    last.tail = ""
    for i, (word, noted, space_before, spaced) in enumerate(words, start=1):
        last.tail += " " + word + " " * space_before  # the XML may leave a space before the note
        if noted:
            note = etree.SubElement(p, f"{{{ns}}}authorialNote", {"marker": str(i)})
            etree.SubElement(note, f"{{{ns}}}p").text = f"Note {i}."
            note.tail = " " if spaced else ""
            last, markers = note, [*markers, (word, str(i))]
    inline = akn_ods.read_inline(p)
    printed, plain = akn_ods.squash(inline.printed).split(" "), akn_ods.squash(inline.plain).split(" ")
    assert len(printed) == len(plain)
    glued = [(g, pr[len(g) :]) for pr, g in zip(printed, plain, strict=True) if pr != g]
    assert all(pr.startswith(g) for pr, g in zip(printed, plain, strict=True))
    assert [m for _, m in glued] == [m for _, m in markers] and inline.markers == [m for _, m in markers]
    assert akn_ods.lead_of(p) == " ".join(lead)
