"""The lineage index: near copies found across resolutions, stock formulas kept inside their series."""

from __future__ import annotations

import random
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lineage_frames import corpus

import reslens
from reslens.compare import align_paragraphs
from reslens.lineage import build_index, load_index, minhash, text, trace
from reslens.lineage.index import INDEX_VERSION
from reslens.paths import RAW_DIR

SEIZED = "Decides to remain seized of the matter."
TOPICS = ["water", "cyprus", "ozone", "tourism", "fisheries", "youth", "deserts", "statistics", "migration",
          "oceans", "energy", "forests", "culture", "aviation", "housing", "trade", "health", "literacy",
          "drought", "transport", "rivers", "tides", "soils", "glaciers"]  # fmt: skip


def _distinctive(topic: str, n: int) -> str:
    """A paragraph of 20 words drawn for ``topic`` and ``n``: shares almost no words with another one."""
    words = random.Random(f"{topic}{n}").sample([f"{topic}{k}" for k in range(200)], 20)
    return f"Requests the Secretary-General to report on {' '.join(words)};"


@pytest.fixture(scope="module")
def hrd_index():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = reslens.load_corpus([RAW_DIR / f for f in ("A_RES_66_164.txt", "A_RES_74_146.txt")])
    return build_index(tables), tables


words_lists = st.lists(st.sampled_from([f"w{i}" for i in range(60)]), min_size=12, max_size=60)


@settings(max_examples=40, deadline=None)
@given(words_lists, words_lists)
def test_lineage_minhash_agreement_estimates_shingle_jaccard(first, second):
    a, b = text.shingle_hashes(first), text.shingle_hashes(second)
    jaccard = len(np.intersect1d(a, b)) / len(np.union1d(a, b))
    flat, starts = text.all_shingles([first, second])
    sigs = minhash.signatures(flat, starts)
    assert abs((sigs[0] == sigs[1]).mean() - jaccard) < 0.2  # 126 permutations: s.d. below 0.045


@settings(max_examples=60, deadline=None)
@given(st.frozensets(st.text(min_size=1, max_size=5)), st.frozensets(st.text(min_size=1, max_size=5)))
def test_lineage_word_set_similarity_is_symmetric_and_bounded(a, b):
    score = text.word_set_similarity(a, b)
    assert score == text.word_set_similarity(b, a)
    assert 0.0 <= score <= 1.0
    assert (score == 1.0) == (a == b)


def test_lineage_hrd_series_links_every_changed_paragraph_of_76_174(hrd_index):
    index, tables = hrd_index
    later = reslens.load(RAW_DIR / "A_RES_76_174.txt")
    lineage = trace(later, index).set_index("para_id")
    earlier = tables.paragraphs[tables.paragraphs["doc_id"] == "A/RES/74/146"]
    aligned = align_paragraphs(earlier, later.paragraphs)  # an independent aligner (difflib, one to one)
    changed = aligned[aligned["status"].isin(["reworded", "strengthened", "weakened"])]
    assert len(changed) >= 10
    for pair in changed.itertuples():
        row = lineage.loc[pair.new_para_id]
        assert row["previous_doc_id"] == "A/RES/74/146", pair.new_para_id
        assert row["previous_para_id"] == pair.old_para_id, pair.new_para_id
    for pair in changed.itertuples():  # the aligner's modifier verdicts, as lineage labels
        if "no modifier →" in pair.change:
            assert "modifier added" in lineage.loc[pair.new_para_id, "changes"], pair.new_para_id
        if "→ no modifier" in pair.change:
            assert "modifier removed" in lineage.loc[pair.new_para_id, "changes"], pair.new_para_id


def test_lineage_hrd_split_paragraph_keeps_its_origin_and_its_stronger_verbs(hrd_index):
    """74/146 OP24 ("Takes note …, encourages …, requests …") became 76/174 OP29 and OP30."""
    index, _ = hrd_index
    lineage = trace(reslens.load(RAW_DIR / "A_RES_76_174.txt"), index).set_index("para_id")
    for para_id in ("OP29", "OP30"):  # Encourages (level 1), Requests (level 2) after Takes note (level 0)
        row = lineage.loc[para_id]
        assert (row["previous_doc_id"], row["previous_para_id"]) == ("A/RES/74/146", "OP24")
        assert "verb strengthened" in row["changes"]


def test_lineage_first_version_reaches_back_through_the_series(hrd_index):
    index, _ = hrd_index
    lineage = trace(reslens.load(RAW_DIR / "A_RES_76_174.txt"), index)
    from_66 = lineage[lineage["first_doc_id"] == "A/RES/66/164"]
    assert len(from_66) >= 3  # the 2011 wording kept through 74/146 (measured: 4 paragraphs)
    assert set(from_66["first_date"]) == {"2011-12-19"}


def test_lineage_paragraph_without_ancestor_is_new_with_empty_ancestor_columns(hrd_index):
    index, _ = hrd_index
    lonely = corpus(("A/RES/99/1", "2044-01-01", "Lunar mining", ["Welcomes the lunar mining code of 2043;"]))
    row = trace(lonely, index).iloc[0]
    assert row["changes"] == ["new"]
    assert (
        row[["first_doc_id", "first_para_id", "first_date", "previous_doc_id", "previous_para_id"]]
        .isna()
        .all()
    )


def _formula_corpus():
    """23 unrelated resolutions (over LinkRule.max_family) ending with one formula, and a water series."""
    water = [_distinctive("water", 1), _distinctive("water", 2), SEIZED]
    docs = [(f"A/RES/70/{i}", f"2015-0{1 + i % 9}-1{i % 10}", f"Topic {t}", [_distinctive(t, 1), SEIZED])
            for i, t in enumerate(TOPICS[1:], 1)]  # fmt: skip
    follow_up = ("A/RES/71/1", "2016-05-05", "Topic water", [_distinctive("water", 3), *water])
    return corpus(("A/RES/70/0", "2015-01-02", "Topic water", water), *docs, follow_up)


def test_lineage_stock_formula_links_only_inside_its_series():
    index = build_index(_formula_corpus()).paragraphs.set_index(["doc_id", "para_id"])
    in_series = index.loc[("A/RES/71/1", "OP4")]  # Decides to remain seized of the matter.
    assert in_series["formulaic"]
    assert (in_series["previous_doc_id"], in_series["previous_para_id"]) == ("A/RES/70/0", "OP3")
    for doc_id in ("A/RES/70/5", "A/RES/70/13"):
        unrelated = index.loc[(doc_id, "OP2")]
        assert unrelated["formulaic"]
        assert unrelated[["previous_doc_id", "first_doc_id"]].isna().all()


def test_lineage_stock_formula_of_an_untitled_resolution_is_not_in_a_titled_series():
    """Security Council texts have no title: sharing paragraphs with a GA series does not make them one."""
    water = [_distinctive("water", 1), _distinctive("water", 2)]
    council = corpus(("S/RES/2500 (2019)", "2019-06-06", "", [*water, SEIZED]))
    lineage = trace(council, build_index(_formula_corpus())).set_index("para_id")
    assert lineage.loc["OP1", "previous_doc_id"] == "A/RES/71/1"  # its own wording is still traced
    assert lineage.loc["OP3", "formulaic"] and lineage.loc["OP3", "changes"] == ["new"]


def test_lineage_agreed_language_links_into_an_unrelated_resolution_with_its_verb_change():
    index = build_index(_formula_corpus())
    urged = _distinctive("cyprus", 1).replace("Requests", "Urges")
    later = corpus(("A/RES/72/1", "2017-03-03", "Ozone review", [urged, SEIZED]))
    lineage = trace(later, index).set_index("para_id")
    assert (lineage.loc["OP1", "previous_doc_id"], lineage.loc["OP1", "previous_para_id"]) == (
        "A/RES/70/1",
        "OP1",
    )
    assert "verb strengthened" in lineage.loc["OP1", "changes"]
    assert lineage.loc["OP1", "added"] == ["urges"] and lineage.loc["OP1", "removed"] == ["requests"]
    assert lineage.loc["OP2", "changes"] == ["new"]  # the formula, with no earlier text of its series


CHAPEAU = "We commit to taking the following actions:"


def _rewritten(topic: str, n: int, kept: int, mark: str = "x") -> str:
    """``_distinctive(topic, n)`` with all but ``kept`` of its 20 drawn words replaced (``mark`` appended)."""
    head, drawn = _distinctive(topic, n).rstrip(";").split(" on ", 1)
    words = drawn.split()
    return f"{head} on {' '.join(words[:kept] + [f'{w}{mark}' for w in words[kept:]])};"


def _series_and_stranger(later_in_series: str, in_stranger: str) -> dict:
    """Previous versions of the last paragraph of a water resolution and of an unrelated ozone one."""
    water = [_distinctive("water", 1), _distinctive("water", 2)]
    tables = corpus(
        ("A/RES/70/1", "2015-01-01", "Topic water", [*water, _distinctive("water", 3), CHAPEAU]),
        ("A/RES/71/1", "2016-01-01", "Topic water", [*water, later_in_series]),
        ("A/RES/71/2", "2016-02-02", "Topic ozone", [_distinctive("ozone", 1), in_stranger]),
    )
    index = build_index(tables).paragraphs.set_index(["doc_id", "para_id"])
    return {doc: index.loc[(doc, "OP3" if doc == "A/RES/71/1" else "OP2"), "previous_para_id"]
            for doc in ("A/RES/71/1", "A/RES/71/2")}  # fmt: skip


def test_lineage_short_paragraph_links_only_inside_its_series():
    previous = _series_and_stranger(CHAPEAU, CHAPEAU)
    assert previous["A/RES/71/1"] == "OP4"
    assert pd.isna(previous["A/RES/71/2"])


def test_lineage_half_rewritten_paragraph_links_inside_its_series_but_not_across():
    half = _rewritten("water", 3, kept=8)  # Dice 0.56: under the threshold, over the series threshold
    assert 0.5 <= text.word_set_similarity(frozenset(text.words(half)),
                                           frozenset(text.words(_distinctive("water", 3)))) < 0.6  # fmt: skip
    previous = _series_and_stranger(half, _rewritten("water", 3, kept=8, mark="y"))
    assert previous["A/RES/71/1"] == "OP3"
    assert pd.isna(previous["A/RES/71/2"])


def test_lineage_paragraph_of_another_series_needs_most_of_its_wording():
    two_thirds = _rewritten("water", 3, kept=11)  # Dice 0.67: a version inside the series only
    previous = _series_and_stranger(two_thirds, _rewritten("water", 3, kept=11, mark="y"))
    assert previous["A/RES/71/1"] == "OP3" and pd.isna(previous["A/RES/71/2"])
    most = _rewritten("water", 3, kept=13, mark="y")  # Dice 0.74: agreed language carried across
    assert _series_and_stranger(two_thirds, most)["A/RES/71/2"] == "OP3"


def test_lineage_loose_series_link_goes_only_to_the_closest_paragraph_of_that_resolution():
    from reslens.lineage.check import judge_pairs

    water = [_distinctive("water", 1), _distinctive("water", 2)]
    further, closer = _rewritten("water", 3, kept=7, mark="y"), _rewritten("water", 3, kept=9)
    tables = corpus(
        ("A/RES/70/1", "2015-01-01", "Topic water", [*water, further, closer]),
        ("A/RES/71/1", "2016-01-01", "Topic water", [*water, _distinctive("water", 3)]),
    )
    pairs = pd.DataFrame({"earlier_doc_id": "A/RES/70/1", "earlier_para_id": ["OP3", "OP4"],
                          "later_doc_id": "A/RES/71/1", "later_para_id": "OP3"})  # fmt: skip
    linked = judge_pairs(pairs, build_index(tables)).set_index("earlier_para_id")["linked"]
    assert not linked["OP3"] and linked["OP4"]


def test_lineage_index_round_trips_through_parquet_and_grows(tmp_path, hrd_index):
    index, _ = hrd_index
    path = index.save(tmp_path / "lineage.parquet")
    again = load_index(path)
    assert again.paragraphs.equals(index.paragraphs)
    assert (again.signatures == index.signatures).all()
    later = reslens.load(RAW_DIR / "A_RES_76_174.txt")
    grown = again.add(later)
    assert len(grown) == len(index) + int((later.paragraphs["section"] != "heading").sum())
    assert set(grown.doc_ids) == {"A/RES/66/164", "A/RES/74/146", "A/RES/76/174"}
    linked = grown.paragraphs[grown.paragraphs["doc_id"] == "A/RES/76/174"]
    assert (linked["previous_doc_id"] == "A/RES/74/146").sum() >= 30


def test_lineage_load_index_refuses_another_parquet_file(tmp_path, hrd_index):
    _, tables = hrd_index
    path = tmp_path / "paragraphs.parquet"
    tables.paragraphs.to_parquet(path)
    with pytest.raises(ValueError, match="not a reslens lineage index"):
        load_index(path)


def test_lineage_load_index_refuses_an_index_linked_by_an_older_rule(tmp_path, hrd_index):
    import pyarrow.parquet as pq

    index, _ = hrd_index
    table = pq.read_table(index.save(tmp_path / "lineage.parquet"))
    old = table.replace_schema_metadata({**table.schema.metadata, b"reslens_lineage": b"1"})
    pq.write_table(old, tmp_path / "old.parquet")
    expected = f"version 1, this reslens reads version {INDEX_VERSION}: rebuild it"
    with pytest.raises(ValueError, match=expected):
        load_index(tmp_path / "old.parquet")


def test_lineage_trace_runs_for_every_resolution_of_the_bundled_sample():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the sample's set-aside files are listed in `refused`
        sample = reslens.load_corpus(RAW_DIR.parent / "corpus-sample")
    index = build_index(sample)
    for doc_id in sample.documents["doc_id"]:
        documents = sample.documents[sample.documents["doc_id"] == doc_id]
        paragraphs = sample.paragraphs[sample.paragraphs["doc_id"] == doc_id]
        one = sample.with_tables(documents=documents, paragraphs=paragraphs)
        lineage = trace(one, index)
        assert len(lineage) == int((one.paragraphs["section"] != "heading").sum()), doc_id
        assert lineage["changes"].map(len).gt(0).all(), doc_id
        linked = lineage["previous_doc_id"].notna()
        assert (lineage.loc[linked, "previous_doc_id"] != doc_id).all(), doc_id
