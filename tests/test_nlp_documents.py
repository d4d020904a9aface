"""Document-level NLP: lettered points and legal effect are on the Docs; the table only reshapes them."""

from __future__ import annotations

import pandas as pd
import pytest

from reslens.nlp.documents import link_documents, parse_paragraphs
from reslens.nlp.obligations import SPANS_KEY
from reslens.nlp.pipeline import build_pipeline
from reslens.tables.nlp import OBLIGATION_COLUMNS, obligations_table


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _resolution(doc_id: str, rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["para_id", "section", "text"]).assign(doc_id=doc_id)


SC_TEXT = [
    ("PP1", "preambular", "Acting under Chapter VII of the Charter of the United Nations,"),
    ("OP1", "operative", "Decides that all States shall prevent the supply of arms;"),
    ("OP2", "operative", "Requests the Secretary-General:"),
    ("OP2.a", "operative", "To report to the Council within 30 days;"),
    ("OP2.b", "operative", "To establish a panel of experts;"),
]


@pytest.mark.model
def test_a_paragraph_with_lettered_points_holds_their_actions_on_its_doc(nlp):
    docs = parse_paragraphs(_resolution("S/RES/9999 (2030)", SC_TEXT), nlp)
    (op2,) = [d for d in docs if d.user_data["para_id"] == "OP2"]
    (row,) = op2.user_data[SPANS_KEY]
    assert row["verb"] == "request" and len(row["actions"]) == 2
    assert all(SPANS_KEY not in d.user_data for d in docs if d.user_data["para_id"].startswith("OP2."))


@pytest.mark.model
def test_the_obligations_table_is_exactly_what_the_docs_hold(nlp):
    docs = parse_paragraphs(_resolution("S/RES/9999 (2030)", SC_TEXT), nlp)
    table = obligations_table(docs)
    stored = [
        {"doc_id": d.user_data["doc_id"], "para_id": d.user_data["para_id"], **row}
        for d in docs
        for row in d.user_data.get(SPANS_KEY, [])
    ]
    assert table.to_dict("records") == [{k: r[k] for k in OBLIGATION_COLUMNS} for r in stored]


@pytest.mark.model
def test_legal_effect_reads_chapter_vii_from_the_documents_preamble(nlp):
    with_vii = parse_paragraphs(_resolution("S/RES/9999 (2030)", SC_TEXT), nlp)
    without = parse_paragraphs(_resolution("S/RES/9998 (2030)", SC_TEXT[1:2]), nlp)
    binding = [
        obligations_table(docs).set_index("para_id").loc["OP1", "binding"] for docs in (with_vii, without)
    ]
    assert bool(binding[0]) is True
    assert pd.isna(binding[1])


@pytest.mark.model
def test_linking_twice_gives_the_same_rows(nlp):
    docs = parse_paragraphs(_resolution("S/RES/9999 (2030)", SC_TEXT), nlp)
    before = [list(d.user_data.get(SPANS_KEY, [])) for d in docs]
    link_documents(docs, nlp.get_pipe("reslens_obligations").cues)
    assert [d.user_data.get(SPANS_KEY, []) for d in docs] == before
