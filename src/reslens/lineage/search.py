"""Finding each paragraph's earlier versions in an index: candidate pairs, the rule, the link columns.

Candidates come from LSH over the distinct texts (and exact copies by their text); the
rule of :mod:`reslens.lineage.links` decides which are versions; :func:`find_links` turns
the accepted ones into the ``LINK_FIELDS`` of each paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from reslens.lineage import links, minhash, names, text
from reslens.lineage.texts import TextTable

if TYPE_CHECKING:
    from reslens.lineage.index import LineageIndex


def text_pairs(query: TextTable, table: TextTable, rule: links.LinkRule, *, same: bool) -> pd.DataFrame:
    """Distinct-text pairs ``u`` (query) – ``v`` (table) with ``sim`` and ``linked`` (see ``links``).

    LSH finds near copies; exact copies are paired by their text, since a formula shared by
    hundreds of paragraphs fills buckets LSH skips.

    Args:
        query, table: the two text tables.
        rule: the thresholds.
        same: ``query`` is ``table`` (a corpus linked to itself): each pair is verified once.
    """
    if same:
        found = minhash.candidate_pairs(table.bands)
        near = links.neighbour_pairs((table.sets, table.sets), found["left"].to_numpy(),
                                     found["right"].to_numpy(), rule)  # fmt: skip
        mirrored = near.rename(columns={"u": "v", "v": "u"})
        every = np.arange(len(table.sets))
        copies = pd.DataFrame({"u": every, "v": every, "sim": 1.0, "linked": True})
        return pd.concat([near, mirrored, copies], ignore_index=True)
    found = minhash.matches(query.bands, table.sorted_keys())
    near = links.neighbour_pairs((query.sets, table.sets), found["left"].to_numpy(),
                                 found["right"].to_numpy(), rule)  # fmt: skip
    copies = table.copies_of(query).assign(sim=1.0, linked=True)
    return pd.concat([near, copies], ignore_index=True).drop_duplicates(["u", "v"])


def candidate_links(
    query: pd.DataFrame, query_sigs: np.ndarray, index: LineageIndex
) -> tuple[pd.DataFrame, dict]:
    """Every earlier version of each ``query`` row the rule accepts, and the arrays it was judged on."""
    same = query is index.paragraphs
    table = index.texts()
    asked = table if same else TextTable.of(query, query_sigs)
    pairs_of_texts = text_pairs(asked, table, index.rule, same=same)
    n_query = len(query)
    searched = index.arrays(None if same else index.paragraphs["family"].to_numpy(dtype=np.int64))
    docs = searched.docs if same else searched.codes(query["doc_id"])
    left = pd.DataFrame({"row": np.arange(n_query), "doc": docs, "u": asked.text_of_row})
    right = pd.DataFrame({"other": np.arange(len(index)), "other_doc": searched.docs, "v": table.text_of_row})
    pairs = left.merge(pairs_of_texts, on="u").merge(right, on="v")
    kept = ["row", "doc", "other", "other_doc", "u", "v", "sim", "linked"]
    pairs = pairs.loc[pairs["doc"] != pairs["other_doc"], kept]
    family = links.family_sizes(pairs, n_query)
    if same:
        searched.family = family
    order = searched.order if same else searched.rank(query)
    series = searched.series if same else query["series"].fillna("").astype(str).to_numpy()
    searched_words = index.vocabularies()
    asked_words = searched_words if same else asked.vocabularies(docs)
    apart = _named_apart((asked, table), (asked_words, searched_words))
    paragraphs = (np.bincount(docs), np.bincount(searched.docs))  # per resolution number
    sides = (links.Side(order, family, series, paragraphs[0]),
             links.Side(searched.order, searched.family, searched.series, paragraphs[1]))  # fmt: skip
    found = links.eligible_links(pairs, sides, index.rule, apart=apart,
                                 shorter_word_counts=_shorter_word_counts(asked, table))  # fmt: skip
    return found, {"family": family, "order": order, "index_order": searched.order, "same": same}


def _named_apart(
    tables: tuple[TextTable, TextTable], vocabularies: tuple[names.Vocabularies, ...]
) -> Callable[[pd.DataFrame], np.ndarray]:
    """A test of paragraph pairs: does each name something the other's resolution never mentions?"""
    asked, table = tables

    def apart(pairs: pd.DataFrame) -> np.ndarray:
        out = np.zeros(len(pairs), dtype=bool)
        edited = (pairs["sim"] < 1.0).to_numpy()  # a copy names nothing its source lacks
        out[edited] = names.different_subjects(
            (pairs["u"].to_numpy()[edited], pairs["v"].to_numpy()[edited]),
            (pairs["doc"].to_numpy()[edited], pairs["other_doc"].to_numpy()[edited]),
            (asked.names, table.names), vocabularies,
        )  # fmt: skip
        return out

    return apart


def _shorter_word_counts(asked: TextTable, table: TextTable) -> Callable[[pd.DataFrame], np.ndarray]:
    """A measure of paragraph pairs: distinct words of the shorter of the two texts."""

    def words(pairs: pd.DataFrame) -> np.ndarray:
        return np.minimum(_word_counts(asked.sets, pairs["u"].to_numpy()),
                          _word_counts(table.sets, pairs["v"].to_numpy()))  # fmt: skip

    return words


def _word_counts(sets: text.TextSets, numbers: np.ndarray) -> np.ndarray:
    """Distinct words of the texts ``numbers``, each distinct text counted once."""
    distinct, at = np.unique(numbers, return_inverse=True)
    return np.array([len(sets[int(n)]) for n in distinct], dtype=np.int64)[at]


def find_links(query: pd.DataFrame, query_sigs: np.ndarray, index: LineageIndex) -> pd.DataFrame:
    """``LINK_FIELDS`` for each row of ``query`` (the index's own rows when ``query`` is them).

    Also ``previous_row``: the index row of the previous version (-1 when none).
    """
    found, judged = candidate_links(query, query_sigs, index)
    chosen = links.choose_previous(found, judged["index_order"])
    n_query = len(query)
    previous = np.full(n_query, -1, dtype=np.int64)
    previous[chosen["row"].to_numpy()] = chosen["previous"].to_numpy()
    similarity = np.full(n_query, np.nan)
    similarity[chosen["row"].to_numpy()] = chosen["sim"].to_numpy()
    if judged["same"]:
        first = links.first_ancestors(previous, judged["order"])
    else:
        known = index.paragraphs["first_doc_id"].notna().to_numpy()
        first = np.where(previous >= 0, previous, -1)
        first[previous >= 0] = np.where(known[previous[previous >= 0]], -2, previous[previous >= 0])
    family = judged["family"]
    out = link_columns(index.paragraphs, previous, first, similarity, family > index.rule.max_family, family)
    return out.assign(previous_row=previous)


def link_columns(searched: pd.DataFrame, previous: np.ndarray, first: np.ndarray, similarity: np.ndarray,
                 formulaic: np.ndarray, family: np.ndarray) -> pd.DataFrame:
    """The ``LINK_FIELDS`` frame; ``first`` is a searched row, -1 (none) or -2 (the previous row's first)."""
    def pick(column: str, at: np.ndarray) -> pd.Series:
        out = pd.Series(pd.NA, index=range(len(at)), dtype="string")
        found = at >= 0
        out[found] = searched[column].astype("string").take(at[found]).to_numpy()
        return out

    inherited = first == -2
    via = np.where(inherited, previous, -1)
    first_rows = np.where(inherited, -1, first)
    out = pd.DataFrame({
        "previous_doc_id": pick("doc_id", previous), "previous_para_id": pick("para_id", previous),
        "similarity": np.round(similarity, 3),
        "first_doc_id": pick("doc_id", first_rows), "first_para_id": pick("para_id", first_rows),
        "first_date": pick("date", first_rows), "formulaic": formulaic, "family": family,
    })  # fmt: skip
    for column, source in (("first_doc_id", "first_doc_id"), ("first_para_id", "first_para_id"),
                           ("first_date", "first_date")):  # fmt: skip
        if inherited.any():
            out.loc[inherited, column] = pick(source, via)[inherited].to_numpy()
    return out
