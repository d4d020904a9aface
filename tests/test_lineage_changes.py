"""Change labels between two versions of a paragraph, and draft → adopted comparisons."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import reslens
from reslens.lineage import LABELS, classify, compare_versions
from reslens.lineage.changes import Judge
from reslens.paths import RAW_DIR

SAMPLE = RAW_DIR.parents[1] / "tests" / "data" / "lineage" / "sample_dev.csv"


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge.load()


def _para(text: str, opening: str, phrase: str, modifier: str = "", addressee: str | None = None) -> dict:
    return {
        "text": text,
        "opening_phrase": opening,
        "phrase": phrase,
        "modifier": modifier,
        "addressee": addressee,
    }


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            _para("Encourages States to protect defenders;", "Encourages", "encourage"),
            _para("Urges States to protect defenders;", "Urges", "urge"),
            ["verb strengthened"],
        ),
        (
            _para("Demands that all parties cease fire;", "Demands", "demand"),
            _para("Calls upon all parties to cease fire;", "Calls upon", "call upon"),
            ["verb weakened", "reworded"],
        ),
        (
            _para("Urges States to protect defenders;", "Urges", "urge"),
            _para("Strongly urges States to protect defenders;", "Strongly urges", "urge", "strongly"),
            ["verb strengthened", "modifier added"],
        ),
        (
            _para("Invites States to share data;", "Invites", "invite"),
            _para("Invites States to share data, as appropriate;", "Invites", "invite"),
            ["hedge added"],
        ),
        (
            _para("Invites States, where appropriate, to share data;", "Invites", "invite"),
            _para("Invites States to share data;", "Invites", "invite"),
            ["hedge removed"],
        ),
        (
            _para(
                "Requests the Secretary-General to report;",
                "Requests",
                "request",
                addressee="secretary_general",
            ),
            _para("Requests the High Commissioner to report;", "Requests", "request", addressee="ohchr"),
            ["addressee changed", "reworded"],
        ),
        (  # one hedge of one function, reworded: not a hedge added and another removed
            _para("Requests her to report, in accordance with her mandate;", "Requests", "request"),
            _para("Requests her to report, in accordance with the mandate;", "Requests", "request"),
            ["reworded"],
        ),
        (
            _para("Notes the report of the Secretary-General;", "Notes", "note"),
            _para("Notes the report of the Secretary-General.", "Notes", "note"),
            ["unchanged"],
        ),
    ],
)
def test_lineage_classify_names_what_changed(judge, old, new, expected):
    labels, _, _ = classify(old, new, judge)
    assert labels == expected
    assert set(labels) <= set(LABELS)


def test_lineage_classify_lists_words_added_and_removed(judge):
    old = _para("Invites States to share data;", "Invites", "invite")
    new = _para("Invites all States to share open data;", "Invites", "invite")
    labels, added, removed = classify(old, new, judge)
    assert labels == ["reworded"] and added == ["all", "open"] and removed == []


@pytest.fixture(scope="module")
def adopted():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return reslens.load(RAW_DIR / "A_RES_76_174.txt")


def _draft_of(adopted):
    """A draft built from the adopted text: one verb softened, a hedge added, a paragraph cut, one extra."""
    paras = adopted.paragraphs.copy()
    at = paras.index[paras["para_id"] == "OP9"][0]
    paras.loc[at, ["text", "opening_phrase", "phrase", "modifier"]] = [
        paras.loc[at, "text"].replace("Also calls upon", "Invites", 1),
        "Invites",
        "invite",
        "",
    ]
    hedged = paras.index[paras["para_id"] == "OP15"][0]
    paras.loc[hedged, "text"] = paras.loc[hedged, "text"].rstrip(";") + ", as appropriate;"
    fund = "Decides to establish a trust fund for defenders;"
    extra = paras.loc[[hedged]].assign(para_id="OP99", text=fund,
                                       opening_phrase="Decides", phrase="decide", modifier="")  # fmt: skip
    paras = pd.concat([paras[paras["para_id"] != "OP31"], extra], ignore_index=True)
    paras["doc_id"] = "A/C.3/76/L.29"
    return adopted.with_tables(paragraphs=paras, documents=adopted.documents.assign(doc_id="A/C.3/76/L.29"))


def test_lineage_compare_versions_shows_what_negotiation_changed(adopted):
    changes = compare_versions(_draft_of(adopted), adopted).set_index("para_id", drop=False)
    assert "verb strengthened" in changes.loc["OP9", "changes"]  # Invites (1) → Also calls upon (2)
    assert "hedge removed" in changes.loc["OP15", "changes"]
    assert changes.loc["OP31", "status"] == "added" and changes.loc["OP31", "changes"] == ["new"]
    dropped = changes[changes["status"] == "dropped"]
    assert list(dropped["draft_para_id"]) == ["OP99"] and list(dropped["changes"]) == [["dropped"]]
    assert (changes.loc["OP1", "changes"]) == ["unchanged"]


def test_lineage_dev_sample_is_complete_and_uses_the_labels():
    sample = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    assert len(sample) >= 100
    assert set(sample["body"]) == {"GA", "SC", "HRC"}
    assert set(sample["same_lineage"]) == {"yes", "no"}
    yes = sample[sample["same_lineage"] == "yes"]
    assert all(set(c.split(";")) <= set(LABELS) for c in yes["changes"])
    assert (sample.loc[sample["same_lineage"] == "no", "changes"] == "").all()
