"""The lineage of resolutions: for each paragraph, where its wording first appeared and what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from reslens.lineage.changes import Judge, classify
from reslens.lineage.index import LineageIndex, paragraph_rows, signatures_of
from reslens.lineage.search import find_links

if TYPE_CHECKING:
    from reslens.tables import Tables

TRACE_COLUMNS = (
    "doc_id", "para_id", "first_doc_id", "first_para_id", "first_date", "previous_doc_id", "previous_para_id",
    "similarity", "changes", "added", "removed", "section", "date", "formulaic",
)  # fmt: skip
LINK_COLUMNS = ("previous_doc_id", "previous_para_id", "similarity", "first_doc_id", "first_para_id",
                "first_date", "formulaic")  # fmt: skip
_VERSION_FIELDS = ("text", "opening_phrase", "phrase", "modifier", "addressee")


def trace(tables: Tables, index: LineageIndex) -> pd.DataFrame:
    """One row per paragraph of the resolution(s) in ``tables``: its earliest and nearest earlier version.

    ``changes`` lists what changed from the previous version (``verb strengthened``, ``hedge
    added``, ``reworded``, ``unchanged`` …; ``new`` when there is no earlier version);
    ``added``/``removed`` are the words inserted and deleted. A resolution already in the
    index is traced against the others (never against itself). Headings are left out.

    Args:
        tables: the resolution(s) to trace (structure tables; obligations, when present,
            give the addressee for ``addressee changed``).
        index: from :func:`reslens.lineage.build_index` or :func:`reslens.lineage.load_index`.

    Example:
        >>> lineage = trace(reslens.load("data/raw/A_RES_76_174.txt"), index)
        >>> lineage[["para_id", "previous_doc_id", "changes"]]
    """
    rows = paragraph_rows(tables)
    found = find_links(rows, signatures_of(rows), index) if len(rows) else pd.DataFrame(index=rows.index)
    lineage = rows.join(found.reindex(columns=list(LINK_COLUMNS)))
    lineage = lineage.join(_versions(index.paragraphs, found.reindex(columns=["previous_row"])))
    judge = Judge.load()
    verdicts = [_verdict(row, judge) for row in lineage.to_dict("records")]
    lineage["changes"] = [v[0] for v in verdicts]
    lineage["added"] = [v[1] for v in verdicts]
    lineage["removed"] = [v[2] for v in verdicts]
    return lineage.reindex(columns=list(TRACE_COLUMNS)).astype({"formulaic": "boolean"})


def _versions(paragraphs: pd.DataFrame, previous: pd.DataFrame) -> pd.DataFrame:
    """The fields of each row's previous version (``previous_<field>``), empty where there is none."""
    fields = [f for f in _VERSION_FIELDS if f in paragraphs.columns]
    rows = previous["previous_row"].fillna(-1).to_numpy(dtype=np.int64)
    picked = paragraphs[fields].iloc[np.maximum(rows, 0)].reset_index(drop=True)
    picked[rows < 0] = pd.NA
    return picked.rename(columns={f: f"previous_{f}" for f in fields}).set_axis(previous.index)


def _verdict(row: dict, judge: Judge) -> tuple[list[str], list[str], list[str]]:
    if pd.isna(row.get("previous_doc_id")):
        return ["new"], [], []
    old = {f: row.get(f"previous_{f}") for f in _VERSION_FIELDS}
    new = {f: row.get(f) for f in _VERSION_FIELDS}
    return classify(old, new, judge)
