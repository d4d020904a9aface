"""NLP tables: canonical addressee ids, pronoun mentions, phrase functions; the notebook view."""

from __future__ import annotations

import pandas as pd
import pytest

from reslens.nlp.documents import parse_paragraphs
from reslens.nlp.pipeline import build_pipeline
from reslens.tables.nlp import actors_table, add_phrase_functions, obligations_table


def _paragraphs(doc_id: str, texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": doc_id,
            "para_id": [f"OP{n}" for n in range(1, len(texts) + 1)],
            "section": "operative",
            "text": texts,
        }
    )


def test_tables_nlp_phrase_function_is_missing_without_a_function():
    paragraphs = pd.DataFrame(
        {
            "para_id": ["PP1", "PP2", "OP1"],
            "section": ["preambular", "preambular", "operative"],
            "phrase": ["recalling", "gravely concerned", "urge"],
        }
    )
    got = add_phrase_functions(paragraphs)["phrase_function"]
    assert got.iloc[:2].tolist() == ["reference", "concern"]
    assert got.isna().iloc[2]
    assert "" not in got.value_counts().index


def test_tables_nlp_display_in_jupyter_returns_none():
    from reslens.nlp import display

    nlp = build_pipeline("blank")
    assert "STATE" in display("Urges States to act;", nlp)
    assert display("Urges States to act;", nlp, jupyter=True) is None


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.model
def test_tables_nlp_addressee_id_merges_forms(nlp):
    texts = [
        "Calls upon all States to protect human rights defenders;",
        "Urges States to release detained journalists;",
        "Requests the Office of the United Nations High Commissioner for Human Rights to assist States;",
        "Also requests the Office of the High Commissioner to report on its work;",
        "Decides to continue its consideration of the question;",
        "Welcomes the report;",
    ]
    docs = parse_paragraphs(_paragraphs("A/RES/99/1", texts), nlp)
    table = obligations_table(docs)
    assert table["addressee_id"].tolist() == ["states", "states", "ohchr", "ohchr", "general_assembly", ""]


@pytest.mark.model
def test_tables_nlp_pronoun_addressee_is_an_actor_mention(nlp):
    texts = [
        "Encourages States to cooperate with the Special Rapporteur, and urges them to respond promptly;"
    ]
    docs = parse_paragraphs(_paragraphs("S/RES/9999 (2030)", texts), nlp)
    table = obligations_table(docs)
    assert table.loc[table["addressee"] == "them", "addressee_id"].tolist() == ["states"]
    actors = actors_table(docs).set_index("text")
    assert actors.loc["them", ["actor", "actor_type"]].tolist() == ["states", "STATE"]
