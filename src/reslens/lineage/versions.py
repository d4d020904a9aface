"""Draft → adopted: what negotiation changed, paragraph by paragraph, with the same labels as a trace."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from reslens.compare import align_paragraphs
from reslens.lineage.changes import Judge, classify

if TYPE_CHECKING:
    from reslens.tables import Tables

VERSION_COLUMNS = ("draft_doc_id", "draft_para_id", "doc_id", "para_id", "status", "similarity", "changes",
                   "added", "removed", "draft_text", "text")  # fmt: skip


def compare_versions(draft: Tables, adopted: Tables, *, threshold: float = 0.5) -> pd.DataFrame:
    """One row per paragraph of either text: matched pairs with their changes, then ``added``/``dropped``.

    Paragraphs are paired one to one by :func:`reslens.compare.align_paragraphs` (the draft
    and the adopted text are two versions of one resolution, so their order is kept);
    each pair gets the labels of :func:`reslens.lineage.classify`. A paragraph only in the
    adopted text has ``status`` ``added`` and ``changes`` ``["new"]``; one only in the draft
    has ``status`` ``dropped`` and ``changes`` ``["dropped"]``.

    Args:
        draft: tables of the draft (e.g. ``A/C.3/76/L.29``), one document.
        adopted: tables of the adopted resolution, one document.
        threshold: lowest similarity for two paragraphs to be one (as in ``align_paragraphs``).
    """
    old, new = (_paragraphs(t) for t in (draft, adopted))
    aligned = align_paragraphs(old, new, threshold=threshold)
    old_rows = old.set_index("para_id").to_dict("index")
    new_rows = new.set_index("para_id").to_dict("index")
    judge = Judge.load()
    rows = []
    for pair in aligned.itertuples(index=False):
        before = old_rows.get(pair.old_para_id) if pd.notna(pair.old_para_id) else None
        after = new_rows.get(pair.new_para_id) if pd.notna(pair.new_para_id) else None
        if before and after:
            changes, added, removed = classify(before, after, judge)
        else:
            changes, added, removed = (["new"] if after else ["dropped"]), [], []
        rows.append({
            "draft_doc_id": pair.old_doc_id, "draft_para_id": pair.old_para_id, "doc_id": pair.new_doc_id,
            "para_id": pair.new_para_id, "status": pair.status, "similarity": pair.similarity,
            "changes": changes, "added": added, "removed": removed, "draft_text": pair.old_text,
            "text": pair.new_text,
        })  # fmt: skip
    return pd.DataFrame(rows, columns=list(VERSION_COLUMNS))


def _paragraphs(tables: Tables) -> pd.DataFrame:
    paras = tables.paragraphs
    return paras[paras["section"].astype(str) != "heading"].reset_index(drop=True)
