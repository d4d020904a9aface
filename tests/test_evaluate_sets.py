"""Scoring by set: partial gold, the hand-checked theme sample, and scripts/figures.py's file matching."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from project_scripts import load_script

from reslens.evaluate import evaluate, score_footnotes

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "data" / "themes_sample.json").read_text(encoding="utf-8"))


def test_partial_references_are_scored_on_recall_only():
    import pandas as pd

    refs = pd.DataFrame({"doc_id": ["A/RES/1/1"] * 2, "symbol": ["A/RES/2/2", "A/RES/9/9"]})
    gold = {"doc_id": "A/RES/1/1", "references": [{"symbol": "A/RES/2/2"}], "references_partial": True}
    scores = evaluate({"references": refs}, gold)
    assert scores[["metric", "value"]].values.tolist() == [["r", 1.0]]
    assert evaluate({"references": refs}, {**gold, "references": []}).empty


def test_a_text_without_footnotes_has_nothing_to_get_wrong():
    assert score_footnotes([], [])["text_acc"] == 1.0


def test_the_theme_sample_lists_every_paragraph_of_its_texts():
    from reslens.api import load

    for doc in SAMPLE["documents"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tables = load(ROOT / doc["source"])
        assert set(tables.paragraphs["para_id"]) == set(doc["themes"]), doc["doc_id"]


def test_the_theme_sample_holds_its_measured_pooled_f1():
    """Measured 2026-11-30: P 0.68, R 0.86, F1 0.76 over 42 hand-tagged pairs (floor: 0.75)."""
    from reslens.nlp import build_pipeline

    figures = load_script("figures")
    scores = figures.score_themes(build_pipeline("blank")).set_index(["file", "metric"])["value"]
    assert scores[("all three (pooled pairs)", "f1")] >= 0.75


def test_figures_pick_up_every_gold_file_that_has_an_input(tmp_path):
    figures = load_script("figures")
    (tmp_path / "A_RES_1_1.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "A_RES_1_1.docx").write_bytes(b"PK")
    (tmp_path / "A_RES_2_2.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    found = figures.inputs_for(tmp_path, {"A_RES_1_1", "A_RES_3_3"})
    assert [p.name for _, p in found] == ["A_RES_1_1.docx", "A_RES_1_1.pdf"]


@pytest.mark.parametrize("name", ["dev", "dev-2", "real files", "rendered PDFs"])
def test_every_set_of_figures_has_inputs_in_the_repository(name):
    figures = load_script("figures")
    folder, gold_folders = figures.SETS[name]
    assert figures.inputs_for(folder, set(figures.golds(gold_folders)))
