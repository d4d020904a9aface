"""Score the lineage index against hand-judged paragraph pairs (``tests/data/lineage``).

A pair counts as linked when the index accepts one paragraph as an earlier version of the
other (either way round: "same lineage" is the question, and a text whose date the parser
did not find sorts last in the index but first in the sample). Any accepted version
counts, not only the one :func:`reslens.lineage.trace` reports as the nearest, exactly as
:func:`reslens.lineage.search.candidate_links` decides.
"""

from __future__ import annotations

import pandas as pd

from reslens.lineage.changes import Judge, classify
from reslens.lineage.index import LineageIndex
from reslens.lineage.search import candidate_links


def judge_pairs(sample: pd.DataFrame, index: LineageIndex) -> pd.DataFrame:
    """The sample with ``linked`` (the index's verdict) and ``predicted_changes`` (labels, ``;``-joined).

    Args:
        sample: pairs with ``earlier_doc_id``, ``earlier_para_id``, ``later_doc_id``, ``later_para_id``.
        index: an index holding every resolution the sample names.
    """
    paras = index.paragraphs
    keys = zip(paras["doc_id"].astype(str), paras["para_id"].astype(str), strict=True)
    at = {key: i for i, key in enumerate(keys)}
    accepted: set[tuple[int, int]] = set()
    for doc_id in sorted(set(sample["later_doc_id"]) | set(sample["earlier_doc_id"])):
        rows = paras[paras["doc_id"] == doc_id]
        found, _ = candidate_links(
            rows.reset_index(drop=True), index.signatures[rows.index.to_numpy()], index
        )
        accepted |= {(int(rows.index[r]), int(o)) for r, o in zip(found["row"], found["other"], strict=True)}
    judge = Judge.load()
    linked, labels = [], []
    for pair in sample.itertuples(index=False):
        earlier = at[(pair.earlier_doc_id, pair.earlier_para_id)]
        later = at[(pair.later_doc_id, pair.later_para_id)]
        linked.append((later, earlier) in accepted or (earlier, later) in accepted)
        labels.append(
            ";".join(classify(paras.iloc[earlier].to_dict(), paras.iloc[later].to_dict(), judge)[0])
        )
    return sample.assign(linked=linked, predicted_changes=labels)


def sample_scores(judged: pd.DataFrame) -> dict[str, float]:
    """Precision and recall of "same lineage", and how often the change labels match exactly.

    Change accuracy is over the pairs a person judged the same lineage (label sets compared,
    order ignored).
    """
    truth = judged["same_lineage"].str.lower().eq("yes")
    linked = judged["linked"].astype(bool)
    hits = int((truth & linked).sum())
    same = judged[truth]
    exact = [
        _labels(a) == _labels(b)
        for a, b in zip(same["changes"], same["predicted_changes"], strict=True)
    ]
    return {
        "pairs": len(judged), "same_lineage": int(truth.sum()), "linked": int(linked.sum()),
        "precision": hits / max(int(linked.sum()), 1), "recall": hits / max(int(truth.sum()), 1),
        "change_accuracy": sum(exact) / max(len(exact), 1),
    }  # fmt: skip


def _labels(written: str) -> set[str]:
    """The change labels of a ``;``-joined cell (``a; b`` and ``a;b`` are the same two labels)."""
    return {label.strip() for label in written.split(";") if label.strip()}
