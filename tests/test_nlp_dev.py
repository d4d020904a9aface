"""Obligations on all five DEV gold files (tests/data/gold), from their ODS text exports.

These are the files the rules were written and tuned on, so the figures are dev figures,
not a measure of how reslens does on unseen text (``scripts/figures.py`` prints both).
The floors are the scores measured when this test was written, rounded down to two
decimals: a change that loses ground on any dev file fails here.
"""

from __future__ import annotations

import pytest
from conftest import RAW_DIR, load_gold

# stem -> minimum obligation F1, addressee accuracy, kind accuracy, action F1 (measured 2026-11-30)
FLOORS = {
    "A_HRC_RES_58_23": (0.98, 0.96, 0.96, 0.93),
    "A_RES_66_164": (1.0, 1.0, 1.0, 1.0),
    "A_RES_74_146": (0.97, 0.93, 0.95, 0.95),
    "A_RES_76_174": (0.99, 0.98, 0.98, 0.96),
    "S_RES_1325_2000": (1.0, 1.0, 1.0, 1.0),
}


@pytest.fixture(scope="module")
def scores():
    from reslens.api import analyze, load_corpus
    from reslens.evaluate import evaluate

    tables = dict(analyze(load_corpus([RAW_DIR / f"{stem}.txt" for stem in FLOORS])).items())
    out = {}
    for stem in FLOORS:
        gold = load_gold(stem)
        frame = evaluate(tables, {"doc_id": gold["doc_id"], "obligations": gold["obligations"]})
        out[stem] = dict(zip(frame["metric"], frame["value"], strict=True))
    return out


def test_every_dev_gold_file_with_obligations_is_scored():
    from conftest import gold_stems

    assert {s for s in gold_stems() if load_gold(s).get("obligations")} == set(FLOORS)


@pytest.mark.model
@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_dev_obligations_hold_their_measured_scores(scores, stem):
    f1, addressee, kind, actions = FLOORS[stem]
    got = scores[stem]
    assert got["f1"] >= f1
    assert got["addressee_acc"] >= addressee
    assert got["kind_acc"] >= kind
    assert got["actions_f1"] >= actions
