"""HTML report: one self-contained file, charts embedded, figures written beside it."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg", force=True)

import gold_frames as gold  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from reslens.report import write_report  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    import matplotlib.pyplot as plt

    yield
    plt.close("all")


def test_report_is_self_contained_with_embedded_charts(tmp_path):
    tables = {
        "paragraphs": gold.paragraphs("A_RES_66_164"),
        "obligations": gold.obligations("A_RES_66_164"),
        "references": gold.references("A_RES_66_164"),
        "actors": pd.DataFrame(),
    }
    path = write_report(tables, tmp_path, title="A/RES/66/164 <test>")
    page = path.read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') >= 5
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', page)
    assert "<link" not in page and "<script" not in page
    assert "A/RES/66/164 &lt;test&gt;" in page
    assert "the actors table is empty" in page
    assert "<table" in page
    figures = sorted(p.name for p in (tmp_path / "figures").iterdir())
    assert any(n.endswith(".png") for n in figures) and any(n.endswith(".svg") for n in figures)
    assert len([n for n in figures if n.endswith(".png")]) == len([n for n in figures if n.endswith(".svg")])


def test_report_notes_a_chart_that_cannot_be_drawn(tmp_path):
    obligations = gold.obligations("A_RES_66_164").drop(columns="strength")
    page = write_report({"obligations": obligations}, tmp_path, title="t").read_text(encoding="utf-8")
    assert "No chart for Verb strength" in page
    assert page.count("data:image/png;base64,") == 3


def test_report_corpus_shows_sessions_and_trend_charts_not_one_set_per_text(tmp_path):
    documents = pd.DataFrame({
        "doc_id": ["A/RES/75/1", "A/RES/76/1", "S/RES/2600 (2021)"],
        "body": ["General Assembly", "General Assembly", "Security Council"],
        "session": ["75", "76", ""], "adoption_date": ["2020-12-16", "2021-12-16", "2021-10-29"],
        "adoption_type": ["recorded vote", "without a vote", "recorded vote"],
    })  # fmt: skip
    verbs = {"verb": ["urge", "decide", "demand"], "strength": [3, 4, 4]}
    obligations = documents[["doc_id"]].assign(para_id="OP1", **verbs)
    themes = pd.DataFrame({"doc_id": ["A/RES/75/1"], "para_id": ["PP1"], "section": ["preambular"],
                           "label": ["Health"]})  # fmt: skip
    sponsors = pd.DataFrame({"doc_id": ["A/RES/75/1"], "sponsor": ["canada"], "kind": ["sponsor"]})
    refused = pd.DataFrame({"file": ["x.xml"], "reason": ["not a resolution"]})
    tables = {"documents": documents, "obligations": obligations, "themes": themes, "sponsors": sponsors,
              "refused": refused}  # fmt: skip
    page = write_report(tables, tmp_path, title="corpus", corpus=True).read_text(encoding="utf-8")
    assert "Corpus: 3 resolutions" in page and "1 file(s) refused" in page
    assert "<td>General Assembly</td>" in page and "<td>2021</td>" in page  # the SC counts its years
    assert page.count("data:image/png;base64,") == 3  # strength, concerns, sponsors
    assert "No chart for States called upon by name" in page and "the votes table is empty or missing" in page
    assert "Verb strength along the text" not in page  # the charts of one text are not drawn per document
