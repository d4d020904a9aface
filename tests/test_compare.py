"""Paragraph alignment between two versions of a resolution."""

from __future__ import annotations

import gold_frames as gold
import pandas as pd
import pytest

from reslens.compare import ALIGN_COLUMNS, align_paragraphs, similarity, strength_from_obligations

LEVELS = {"encourage": 1, "call upon": 2, "urge": 3}


def frame(doc_id, rows):
    return pd.DataFrame(
        [{"doc_id": doc_id, "para_id": p, "section": "operative" if p.startswith("OP") else "preambular",
          "phrase": ph, "modifier": "", "text": t} for p, ph, t in rows]
    )  # fmt: skip


@pytest.fixture
def versions():
    old = frame("OLD", [
        ("PP1", "recalling", "Recalling its resolution 53/144 on human rights defenders,"),
        ("OP1", "encourage", "Encourages States to protect human rights defenders from reprisals;"),
        ("OP2", "urge", "Urges States to release detained defenders without delay;"),
        ("OP3", "request", "Requests the Secretary-General to report on the subject;"),
        ("OP4", "decide", "Decides to consider the question at its next session."),
    ])  # fmt: skip
    new = frame("NEW", [
        ("PP1", "recalling", "Recalling its resolution 53/144 on human rights defenders,"),
        ("OP1", "urge", "Urges States to protect human rights defenders from reprisals;"),
        ("OP2", "call upon", "Calls upon States to release detained defenders without delay;"),
        ("OP3", "request", "Requests the Secretary-General to report annually on the subject in detail;"),
        ("OP4", "welcome", "Welcomes the work of national human rights institutions;"),
    ])  # fmt: skip
    return old, new


def test_compare_statuses_on_handmade_versions(versions):
    result = align_paragraphs(*versions, strength=LEVELS)
    assert list(result.columns) == list(ALIGN_COLUMNS)
    status = {
        (
            None if pd.isna(r.old_para_id) else r.old_para_id,
            None if pd.isna(r.new_para_id) else r.new_para_id,
        ): r.status
        for r in result.itertuples()
    }
    assert status[("PP1", "PP1")] == "kept"
    assert status[("OP1", "OP1")] == "strengthened"
    assert status[("OP2", "OP2")] == "weakened"
    assert status[("OP3", "OP3")] == "reworded"
    assert status[(None, "OP4")] == "added"
    assert status[("OP4", None)] == "dropped"


def test_compare_verb_change_and_strength_columns(versions):
    result = align_paragraphs(*versions, strength=LEVELS).set_index("new_para_id")
    assert result.loc["OP1", "verb_change"] == "encourage → urge"
    assert (result.loc["OP1", "old_strength"], result.loc["OP1", "new_strength"]) == (1, 3)
    assert result.loc["PP1", "verb_change"] == ""


def test_compare_without_strength_levels_changes_are_reworded(versions):
    result = align_paragraphs(*versions, strength={})
    assert set(result["status"]) <= {"kept", "reworded", "added", "dropped"}


def test_compare_matching_is_one_to_one_and_within_section():
    old = frame("A", [("PP1", "noting", "Noting the report,"), ("OP1", "note", "Notes the report;")])
    new = frame("B", [("OP1", "note", "Notes the report;"), ("OP2", "note", "Notes the report;")])
    result = align_paragraphs(old, new, strength={})
    matched = result.dropna(subset=["old_para_id", "new_para_id"])
    assert matched[["old_para_id", "new_para_id"]].values.tolist() == [["OP1", "OP1"]]
    assert sorted(result["status"]) == ["added", "dropped", "kept"]


def test_compare_threshold_separates_unrelated_paragraphs():
    old = frame("A", [("OP1", "urge", "Urges States to protect journalists;")])
    new = frame("B", [("OP1", "decide", "Decides to include the item in its provisional agenda.")])
    assert set(align_paragraphs(old, new, strength={})["status"]) == {"added", "dropped"}
    assert similarity("a b c d", "a b c d") == 1.0
    assert similarity("a b c d", "w x y z") == 0.0


def test_compare_strength_from_obligations_table():
    obligations = pd.DataFrame({"verb": ["urge", "urge", "encourage"], "strength": [3, 3, 1]})
    assert strength_from_obligations(obligations) == {"urge": 3, "encourage": 1}


def test_compare_gold_series_identical_paragraphs_kept():
    old, new = gold.paragraphs("A_RES_74_146"), gold.paragraphs("A_RES_76_174")
    result = align_paragraphs(old, new, strength=gold.TEST_STRENGTH)
    same_text = old.merge(new, on="text")[["para_id_x", "para_id_y"]]
    assert len(same_text) > 5
    kept = result[result["status"] == "kept"]
    pairs = set(zip(kept["old_para_id"], kept["new_para_id"], strict=True))
    assert set(map(tuple, same_text.values.tolist())) <= pairs
    assert result["new_para_id"].dropna().is_unique and result["old_para_id"].dropna().is_unique
    assert set(result["new_para_id"].dropna()) == set(new["para_id"])
    assert set(result["old_para_id"].dropna()) == set(old["para_id"])


def test_compare_gold_66_164_to_74_146_accounts_for_every_paragraph():
    old, new = gold.paragraphs("A_RES_66_164"), gold.paragraphs("A_RES_74_146")
    result = align_paragraphs(old, new)
    assert result["old_para_id"].notna().sum() == len(old)
    assert result["new_para_id"].notna().sum() == len(new)
    assert (result.loc[result["status"] == "kept", "similarity"] == 1.0).all()


def with_modifiers(doc_id, rows):
    return pd.DataFrame(
        [{"doc_id": doc_id, "para_id": p, "section": "operative", "phrase": ph, "modifier": m,
          "opening_phrase": o, "text": t} for p, ph, m, o, t in rows]
    )  # fmt: skip


def test_compare_modifier_only_changes_are_graded_and_explained():
    old = with_modifiers("OLD", [
        ("OP1", "encourage", "", "Encourages", "Encourages States to protect defenders from reprisals;"),
        ("OP2", "underline", "also", "Also underlines",
         "Also underlines the value of national human rights institutions;"),
        ("OP3", "urge", "strongly", "Strongly urges", "Strongly urges States to release detained defenders;"),
    ])  # fmt: skip
    new = with_modifiers("NEW", [
        ("OP1", "encourage", "strongly", "Strongly encourages",
         "Strongly encourages States to protect defenders from reprisals;"),
        ("OP2", "underline", "", "Underlines", "Underlines the value of national human rights institutions;"),
        ("OP3", "urge", "", "Urges", "Urges States to release detained defenders;"),
    ])  # fmt: skip
    result = align_paragraphs(old, new, strength=LEVELS).set_index("new_para_id")
    assert result.loc["OP1", "status"] == "strengthened"
    assert result.loc["OP1", "change"].startswith("modifier strengthened: no modifier → 'strongly'")
    assert result.loc["OP2", "status"] == "reworded"  # a sequence word: same force
    assert result.loc["OP2", "change"] == "modifier only: 'also' → no modifier, same strength"
    assert result.loc["OP3", "status"] == "weakened"
    assert "'strongly' → no modifier" in result.loc["OP3", "change"]


def test_compare_verb_level_change_is_explained(versions):
    result = align_paragraphs(*versions, strength=LEVELS).set_index("new_para_id")
    assert result.loc["OP1", "change"] == "verb strengthened: encourage (1) → urge (3)"
    assert result.loc["PP1", "change"] == ""
