"""Pick an example paragraph from the data, so notebooks never hard-code a ``para_id``.

A notebook written for one resolution breaks on another if it asks for ``"OP9"``: a
short text has no ninth paragraph, and a text in parts (A/RES/77/256 A-B) numbers its
paragraphs ``A:OP1``, ``B:OP1``. :func:`pick_example_paragraph` chooses a paragraph that
exists in whatever resolution was loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reslens.para_ids import para_sort_key

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["pick_example_paragraph"]


def pick_example_paragraph(paragraphs: pd.DataFrame, *, obligations: pd.DataFrame | None = None) -> str:
    """The ``para_id`` of a paragraph worth showing: operative, and rich in clauses if known.

    Without ``obligations`` it is the first operative paragraph in reading order. With
    them, it is the operative paragraph with the most obligation clauses (the first such
    one on a tie), which shows several verbs at once. A text with no operative part
    gives its first paragraph.

    Args:
        paragraphs: the paragraphs table of one document (``para_id``, ``section``;
            ``position`` gives reading order when present).
        obligations: the obligations table (``para_id``), optional.

    Returns:
        A ``para_id`` present in ``paragraphs``.

    Raises:
        ValueError: when ``paragraphs`` has no paragraph at all.

    Example:
        >>> pid = pick_example_paragraph(tables.paragraphs, obligations=tables.obligations)
        >>> tables.paragraphs.set_index("para_id").loc[pid, "text"]
    """
    ordered = _reading_order(paragraphs)
    if not ordered:
        raise ValueError("pick_example_paragraph: the paragraphs table is empty")
    sections = dict(zip(paragraphs["para_id"].astype(str), paragraphs["section"].astype(str), strict=False))
    operative = [pid for pid in ordered if sections.get(pid) == "operative"]
    if not operative:
        return ordered[0]
    if obligations is None or obligations.empty or "para_id" not in obligations.columns:
        return operative[0]
    clauses = obligations["para_id"].astype(str).value_counts()
    return max(operative, key=lambda pid: (int(clauses.get(pid, 0)), -operative.index(pid)))


def _reading_order(paragraphs: pd.DataFrame) -> list[str]:
    """Paragraph ids in reading order, without headings."""
    frame = paragraphs
    if "section" in frame.columns:
        frame = frame[frame["section"] != "heading"]
    if "position" in frame.columns:
        return frame.sort_values("position", kind="stable")["para_id"].astype(str).tolist()
    return sorted(frame["para_id"].astype(str).unique(), key=para_sort_key)
