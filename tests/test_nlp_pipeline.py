"""Pipeline assembly, implied-subject parsing, actors on blank pipelines, and model runs."""

from __future__ import annotations

import pytest
import spacy

from reslens.nlp.context import ContextTokenizer, needs_subject, strip_context
from reslens.nlp.pipeline import build_pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calls upon States to act;", True),
        ("Also urges States", True),
        ("Recalling its resolution", False),
        ("Stress the need", False),
        ("To promote a safe environment", False),
    ],
)
def test_nlp_pipeline_needs_subject(text, expected):
    assert needs_subject(text) is expected


def test_nlp_pipeline_context_round_trip():
    tokenizer = ContextTokenizer(spacy.blank("en").tokenizer)
    doc = strip_context(tokenizer("Calls upon States to act;"))
    assert doc.text == "Calls upon States to act;"


def test_nlp_pipeline_blank_actors_from_lexicon():
    nlp = build_pipeline("blank")
    doc = nlp("Calls upon all States and civil society organizations to act")
    assert {s.text for s in doc.spans["reslens_actors"]} >= {"all States", "civil society organizations"}


def test_nlp_pipeline_blank_skips_title_case_names():
    nlp = build_pipeline("blank")
    doc = nlp("the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society")
    assert list(doc.spans["reslens_actors"]) == []


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.model
def test_nlp_pipeline_analyze_pipes_no_problems(nlp):
    assert not any(nlp.analyze_pipes()["problems"].values())


@pytest.mark.model
def test_nlp_pipeline_reference_obligations_and_actors(nlp):
    import pandas as pd
    from conftest import load_gold

    from reslens.evaluate import evaluate
    from reslens.nlp.documents import parse_paragraphs
    from reslens.tables.nlp import actors_table, obligations_table

    gold = load_gold("A_RES_66_164")
    paras = pd.DataFrame(gold["paragraphs"]).assign(doc_id=gold["doc_id"])
    docs = parse_paragraphs(paras, nlp)
    scores = evaluate(
        {"obligations": obligations_table(docs), "actors": actors_table(docs)},
        {k: gold[k] for k in ("doc_id", "obligations", "actors")},
    ).set_index(["layer", "metric"])
    assert scores.loc[("obligations", "f1"), "value"] >= 0.95
    assert scores.loc[("obligations", "addressee_acc"), "value"] >= 0.9
    assert scores.loc[("actors", "f1"), "value"] >= 0.85


@pytest.mark.model
def test_nlp_pipeline_display_marks_verbs(nlp):
    from reslens.nlp import display

    html = display("Urges States to protect human rights defenders;", nlp)
    assert "VERB:urge" in html and "STATE" in html


def test_nlp_pipeline_factories_are_found_through_entry_points_without_importing_reslens():
    import subprocess
    import sys

    names = ["reslens_context", "reslens_actors", "reslens_obligations", "reslens_phrases", "reslens_themes"]
    code = f"import spacy, sys; nlp = spacy.blank('en'); print(all(nlp.has_factory(n) for n in {names}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


@pytest.mark.model
def test_nlp_pipeline_pickles_and_runs_in_two_processes(nlp):
    import pickle

    copy = pickle.loads(pickle.dumps(nlp))
    assert copy("Urges States to act;").user_data["reslens_obligations"][0]["addressee"] == "States"
    docs = list(nlp.pipe(["Urges States to act;", "Requests the Secretary-General to report;"], n_process=2))
    assert [d.user_data["reslens_obligations"][0]["addressee_kind"] for d in docs] == ["state", "un"]


def test_nlp_pipeline_context_tokenizer_pickles_without_recursion():
    import pickle

    tokenizer = pickle.loads(pickle.dumps(ContextTokenizer(spacy.blank("en").tokenizer)))
    assert strip_context(tokenizer("Also urges States to act;")).text == "Also urges States to act;"


def test_nlp_pipeline_openers_come_from_operative_modifiers(tmp_path):
    from reslens.nlp.context import load_openers

    assert {"also", "further", "strongly"} <= load_openers()
    (tmp_path / "operative_phrases.yml").write_text(
        "meta: {description: t, sources: [t]}\nentries:\n"
        "  - {kind: modifier, modifier: hereby, position: [before]}\n  - {kind: phrase, phrase: decide}\n",
        encoding="utf-8",
    )
    assert needs_subject("Hereby decide", load_openers(tmp_path))
    assert not needs_subject("Hereby decide")
