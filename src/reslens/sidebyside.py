"""Aligned paragraphs as plain text, side by side, with the changed words marked.

A reader of :func:`reslens.compare.align_paragraphs` wants to check a "reworded" or
"weakened" verdict against the texts themselves. These helpers print two columns (older
text left, newer right) and mark words as git's word diff does: ``[-removed-]`` on the
left, ``{+added+}`` on the right. Plain text, so it reads the same in a notebook, a
terminal and a nbval comparison.

Example:
    >>> print(format_pairs(changes.query("status == 'reworded'").head(2)))
"""

from __future__ import annotations

import textwrap
from difflib import SequenceMatcher
from itertools import zip_longest
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["mark_changes", "side_by_side", "format_pairs"]


def mark_changes(old: str, new: str) -> tuple[str, str]:
    """Both texts with the words that differ wrapped in ``[-…-]`` (old) and ``{+…+}`` (new)."""
    a, b = str(old or "").split(), str(new or "").split()
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            left += a[i1:i2]
            right += b[j1:j2]
            continue
        if i2 > i1:
            left.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            right.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(left), " ".join(right)


def side_by_side(
    old: str, new: str, *, width: int = 48, titles: tuple[str, str] = ("before", "after")
) -> str:
    """Two texts wrapped into columns of ``width`` characters, separated by `` | ``."""
    columns = [textwrap.wrap(str(text or "—"), width, break_on_hyphens=False) or [""] for text in (old, new)]
    lines = [f"{titles[0]:<{width}} | {titles[1]}", f"{'-' * width}-+-{'-' * width}"]
    lines += [f"{l:<{width}} | {r}".rstrip() for l, r in zip_longest(*columns, fillvalue="")]  # noqa: E741
    return "\n".join(lines)


def format_pairs(alignment: pd.DataFrame, *, width: int = 48, marked: bool = True) -> str:
    """Rows of an alignment table as side-by-side texts, each under a one-line heading.

    Args:
        alignment: rows of :func:`reslens.compare.align_paragraphs` (``status``,
            ``old_para_id``, ``new_para_id``, ``old_text``, ``new_text``; ``similarity``,
            ``verb_change``, ``old_doc_id``, ``new_doc_id`` when present).
        width: characters per column.
        marked: mark the words that differ (see :func:`mark_changes`).
    """
    blocks = []
    for row in alignment.to_dict("records"):
        old, new = _text(row.get("old_text")), _text(row.get("new_text"))
        if marked and old and new:
            old, new = mark_changes(old, new)
        titles = (_title(row, "old"), _title(row, "new"))
        blocks.append(_heading(row) + "\n" + side_by_side(old, new, width=width, titles=titles))
    return "\n\n".join(blocks)


def _text(value: object) -> str:
    return "" if value is None or value != value or str(value) == "<NA>" else str(value)


def _title(row: dict, side: str) -> str:
    return " ".join(x for x in (_text(row.get(f"{side}_doc_id")), _text(row.get(f"{side}_para_id"))) if x)


def _heading(row: dict) -> str:
    parts = [f"== {_text(row.get('status')).upper()}"]
    if _text(row.get("similarity")) and row.get("status") not in ("added", "dropped"):
        parts.append(f"similarity {float(row['similarity']):.2f}")
    if _text(row.get("verb_change")):
        parts.append(f"verb: {row['verb_change']}")
    return ", ".join(parts)
