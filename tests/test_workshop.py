"""Workshop self-checks: right answers pass, wrong ones get a hint, placeholders never raise."""

from __future__ import annotations

import pandas as pd
import pytest

import reslens
from reslens.tables import Tables
from reslens.workshop import EXERCISES, check, disagreements_with_gold, hint, question

DEV_FILES = ["A_RES_66_164.txt", "S_RES_1325_2000.txt"]


def _small_tables(**nlp_frames: pd.DataFrame) -> Tables:
    """Hand-made tables of a three-paragraph resolution (one lettered sub-paragraph)."""
    paragraphs = pd.DataFrame(
        {
            "doc_id": "X/RES/1",
            "para_id": ["PP1", "PP2", "PP3", "OP1", "OP1.a", "OP2"],
            "section": ["preambular"] * 3 + ["operative"] * 3,
            "phrase": ["recalling", "noting", "recalling", "urge", None, "request"],
        }
    )
    empty = pd.DataFrame()
    return Tables(empty, paragraphs, empty, empty, empty, **nlp_frames)


OBLIGATIONS = pd.DataFrame(
    {
        "para_id": ["OP1", "OP2", "OP2"],
        "verb": ["urge", "request", "decide"],
        "strength": pd.array([3, 2, 4], dtype="Int64"),
        "addressee_resolved": ["States", "the Special Rapporteur", ""],
        "addressee_kind": ["state", "un", "self"],
    }
)


@pytest.mark.parametrize("exercise", sorted(EXERCISES))
def test_workshop_placeholder_is_not_yet_and_never_raises(exercise):
    verdict = check(exercise, None, _small_tables())
    assert not verdict.correct
    assert repr(verdict).startswith("Not yet")


def test_workshop_unknown_exercise_names_the_choices():
    verdict = check("no-such-exercise", 1, _small_tables())
    assert not verdict.correct and "count-operative" in verdict.message


def test_workshop_unanalysed_tables_ask_for_analyze():
    verdict = check("strongest-verb", "decide", _small_tables())
    assert not verdict.correct and "reslens.analyze" in verdict.message


def test_workshop_wrong_answer_gets_the_hint_not_the_answer():
    verdict = check("count-operative", 3, _small_tables())
    assert not verdict.correct
    assert verdict.message == "Hint: " + hint("count-operative")
    assert "2" not in verdict.message


@pytest.mark.parametrize(
    ("exercise", "answer", "correct"),
    [
        ("count-operative", 2, True),
        ("count-operative", "2", True),
        ("count-operative", 3, False),
        ("count-operative", True, False),
        ("commonest-preambular-phrase", " Recalling ", True),
        ("commonest-preambular-phrase", "noting", False),
        ("special-rapporteur-obligations", ["op2"], True),
        ("special-rapporteur-obligations", "OP2", True),
        ("special-rapporteur-obligations", ["OP1", "OP2"], False),
        ("strongest-verb", "decide", True),
        ("strongest-verb", "urge", False),
        ("state-share", 0.33, True),
        ("state-share", 1 / 3, True),
        ("state-share", 0.5, False),
        ("state-share", "a third", False),
    ],
)
def test_workshop_checks_small_tables(exercise, answer, correct):
    assert check(exercise, answer, _small_tables(obligations=OBLIGATIONS)).correct is correct


def test_workshop_ties_accept_every_top_value():
    actors = pd.DataFrame({"actor_type": ["STATE", "UN_OFFICE", "STATE", "UN_OFFICE", "NGO"]})
    tables = _small_tables(actors=actors)
    assert check("top-actor-type", "STATE", tables).correct
    assert check("top-actor-type", "UN_OFFICE", tables).correct
    assert not check("top-actor-type", "NGO", tables).correct


def test_workshop_question_and_hint_are_text():
    for name in EXERCISES:
        assert question(name).endswith(")") and hint(name)


@pytest.fixture(scope="module")
def analysed(raw_dir):
    from reslens.nlp import build_pipeline

    nlp = build_pipeline()
    return {name: reslens.analyze(reslens.load(raw_dir / name), nlp) for name in DEV_FILES}


@pytest.mark.model
@pytest.mark.parametrize("name", DEV_FILES)
def test_workshop_answers_computed_from_real_tables_pass(analysed, name):
    t = analysed[name]
    n_operative = t.paragraphs.loc[t.paragraphs["section"] == "operative", "number"].nunique()
    preamble = t.paragraphs[t.paragraphs["section"] == "preambular"]
    top_phrase = preamble["phrase"].value_counts().idxmax()
    sr_rows = [
        r.para_id
        for r in t.obligations.itertuples()
        if "special rapporteur" in str(r.addressee_resolved).lower()
    ]
    strongest = t.obligations.sort_values("strength", ascending=False)["verb"].iloc[0]
    share = sum(k == "state" for k in t.obligations["addressee_kind"]) / len(t.obligations)
    top_type = t.actors["actor_type"].value_counts().idxmax()
    view = reslens.tables.themes.concern_response(t.themes, t.paragraphs)
    unanswered = view.query("unanswered")["theme"].tolist()
    answers = {
        "count-operative": n_operative,
        "commonest-preambular-phrase": top_phrase,
        "special-rapporteur-obligations": sr_rows,
        "strongest-verb": strongest,
        "state-share": share,
        "top-actor-type": top_type,
        "unanswered-concerns": unanswered,
    }
    assert set(answers) == set(EXERCISES)
    for exercise, answer in answers.items():
        assert check(exercise, answer, t).correct, exercise


@pytest.mark.model
def test_workshop_answer_for_one_file_fails_on_another(analysed):
    a, b = (analysed[name] for name in DEV_FILES)
    n_a = a.paragraphs.loc[a.paragraphs["section"] == "operative", "number"].nunique()
    assert not check("count-operative", n_a, b).correct


def test_workshop_disagreements_with_gold_lists_kind_action_and_missing_clauses():
    tables = _small_tables(obligations=OBLIGATIONS.assign(actions=[["protect", "promote"], "report", None]))
    gold = {"obligations": [
        {"para_id": "OP1", "verb": "urge", "addressee_kind": "state", "actions": ["promote", "protect"]},
        {"para_id": "OP2", "verb": "request", "addressee_kind": "other", "actions": ["report"]},
        {"para_id": "OP2", "verb": "decide", "addressee_kind": "self", "actions": ["consider"]},
        {"para_id": "OP10", "verb": "welcome", "addressee_kind": "none", "actions": []},
    ]}  # fmt: skip
    rows = disagreements_with_gold(tables, gold)
    assert rows["para_id"].tolist() == ["OP2", "OP2", "OP10"]  # OP1 agrees (order of actions ignored)
    assert rows.set_index("verb").loc["request", ["reslens", "gold"]].tolist() == ["un", "other"]
    assert rows.set_index("verb").loc["decide", ["reslens_actions", "gold_actions"]].tolist() == [
        "",
        "consider",
    ]
    assert rows.set_index("verb").loc["welcome", "reslens"] == "-"


def test_workshop_disagreements_with_gold_refuses_structure_only_annotations():
    with pytest.raises(ValueError, match="no obligations"):
        disagreements_with_gold(_small_tables(obligations=OBLIGATIONS.assign(actions="")), {"paragraphs": []})
