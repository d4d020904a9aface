"""Theme table and the concern → response view."""

from __future__ import annotations

import pandas as pd
import pytest
import spacy
from gold_frames import paragraphs as gold_paragraphs

from reslens.nlp import build_pipeline
from reslens.nlp.documents import parse_paragraphs
from reslens.tables.themes import CONCERN_COLUMNS, THEME_COLUMNS, concern_response, themes_table

THEMES_ONLY = build_pipeline("blank", enable=["reslens_themes"])


def themes_of(paragraphs: pd.DataFrame, nlp=THEMES_ONLY) -> pd.DataFrame:
    return themes_table(parse_paragraphs(paragraphs, nlp), nlp)


@pytest.fixture(scope="module")
def small_paragraphs():
    return pd.DataFrame(
        {
            "doc_id": ["X/RES/1"] * 4,
            "para_id": ["PP1", "PP2", "OP1", "OP2"],
            "section": ["preambular", "preambular", "operative", "operative"],
            "text": [
                "Gravely concerned about reprisals against defenders,",
                "Noting the impact of climate change on defenders,",
                "Urges States to prevent reprisals and to end impunity;",
                "Decides to remain seized of the matter.",
            ],
        }
    )


def test_tables_themes_rows_point_at_the_evidence(small_paragraphs):
    table = themes_of(small_paragraphs)
    assert list(table.columns) == list(THEME_COLUMNS)
    texts = dict(zip(small_paragraphs["para_id"], small_paragraphs["text"], strict=True))
    for row in table.itertuples():
        assert texts[row.para_id][row.start : row.end] == row.evidence
    assert set(table.loc[table["para_id"] == "OP1", "theme"]) == {
        "threats_reprisals",
        "impunity_accountability",
    }


def test_tables_themes_requires_theme_pipe(small_paragraphs):
    with pytest.raises(ValueError, match="reslens_themes"):
        themes_of(small_paragraphs, spacy.blank("en"))


def test_tables_themes_concern_response_flags_unanswered(small_paragraphs):
    functions = small_paragraphs.assign(phrase_function=["concern", "concern", "", ""])
    view = concern_response(themes_of(small_paragraphs), functions)
    assert list(view.columns) == list(CONCERN_COLUMNS)
    view = view.set_index("theme")
    assert view.loc["threats_reprisals", "preambular"] == "PP1"
    assert view.loc["threats_reprisals", "operative"] == "OP1"
    assert not view.loc["threats_reprisals", "unanswered"]
    assert view.loc["environment", "unanswered"]  # climate change raised, never acted on
    assert not view.loc["impunity_accountability", "unanswered"]  # operative only: not a concern left open


def test_tables_themes_concern_response_orders_paragraphs_numerically():
    themes = pd.DataFrame(
        {
            "doc_id": "X", "theme": "t", "label": "T",
            "para_id": ["OP10", "OP2", "OP2.a", "PP3"],
            "section": ["operative", "operative", "operative", "preambular"],
        }
    )  # fmt: skip
    with pytest.warns(UserWarning, match="phrase functions"):
        row = concern_response(themes).iloc[0]
    assert row["operative"] == "OP2;OP2.a;OP10"
    assert row["n_operative"] == 3


def test_tables_themes_reference_resolution_raises_core_concerns():
    table = themes_of(gold_paragraphs("A_RES_66_164"))
    found = set(table["theme"])
    assert {"threats_reprisals", "impunity_accountability", "civic_space"} <= found
    assert set(table["section"]) <= {"preambular", "operative"}


def test_tables_themes_concern_response_only_concern_paragraphs_go_unanswered():
    paragraphs = pd.DataFrame(
        {
            "doc_id": "X", "para_id": ["PP1", "PP2", "PP3", "OP1"],
            "section": ["preambular", "preambular", "preambular", "operative"],
            "phrase_function": ["reference", "welcome", "concern", ""],
            "text": [
                "Recalling its resolution on climate change and on impunity,",
                "Welcoming the work on climate change,",
                "Deeply concerned about reprisals against defenders,",
                "Decides to remain seized of the matter.",
            ],
        }
    )  # fmt: skip
    view = concern_response(themes_of(paragraphs), paragraphs).set_index("theme")
    # recalled and welcomed, never voiced as a concern: mentioned, but not left unanswered
    assert view.loc["environment", "preambular"] == "PP1;PP2"
    assert view.loc["environment", "concern"] == ""
    assert not view.loc["environment", "unanswered"]
    assert not view.loc["impunity_accountability", "unanswered"]
    assert view.loc["threats_reprisals", "concern"] == "PP3"
    assert view.loc["threats_reprisals", "n_concern"] == 1
    assert view.loc["threats_reprisals", "unanswered"]


def test_tables_themes_concern_response_reads_functions_of_the_reference_resolution():
    from reslens.tables.nlp import add_phrase_functions

    paragraphs = add_phrase_functions(gold_paragraphs("A_RES_66_164"))
    view = concern_response(themes_of(paragraphs), paragraphs)
    concern_ids = set(paragraphs.loc[paragraphs["phrase_function"] == "concern", "para_id"])
    for row in view.itertuples():
        assert set(filter(None, row.concern.split(";"))) <= concern_ids
        assert row.unanswered == (row.n_concern > 0 and row.n_operative == 0)


def test_tables_themes_concern_response_names_missing_function_column(small_paragraphs):
    with pytest.raises(ValueError, match="phrase_function"):
        concern_response(themes_of(small_paragraphs), small_paragraphs)
