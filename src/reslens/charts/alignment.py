"""Chart of a paragraph alignment between two versions of a resolution (see ``reslens.compare``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslens.charts._style import SMALL, STATUS_COLORS, TEXT, axes, color_for, require, titled
from reslens.para_ids import para_sort_key

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes


def plot_alignment(data: pd.DataFrame, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Old paragraphs (left) joined to their counterparts (right), coloured by what changed.

    A paragraph moved up or down shows as a slanted line; ``added`` paragraphs have a dot
    on the right only, ``dropped`` ones on the left only.

    Args:
        data: the output of :func:`reslens.compare.align_paragraphs` (``status``,
            ``old_para_id``, ``new_para_id``; ``old_doc_id``/``new_doc_id`` for the title).
        ax: where to draw.
        **kwargs: passed to the line ``Axes.plot`` calls (e.g. ``linewidth``).
    """
    require(data, ["status", "old_para_id", "new_para_id"], "plot_alignment")
    old_ids = _ordered(data["old_para_id"])
    new_ids = _ordered(data["new_para_id"])
    y_old = {pid: -i for i, pid in enumerate(old_ids)}
    y_new = {pid: -i for i, pid in enumerate(new_ids)}
    ax = axes(ax, (7, 0.24 * max(len(old_ids), len(new_ids), 5) + 1.8))
    kwargs.setdefault("linewidth", 1.6)
    for row in data.itertuples(index=False):
        color = color_for(row.status, STATUS_COLORS)
        has_old, has_new = _present(row.old_para_id), _present(row.new_para_id)
        if has_old and has_new:
            ax.plot([0, 1], [y_old[row.old_para_id], y_new[row.new_para_id]], color=color, **kwargs)
        if has_old:
            ax.plot([0], [y_old[row.old_para_id]], "o", color=color, markersize=6)
        if has_new:
            ax.plot([1], [y_new[row.new_para_id]], "o", color=color, markersize=6)
    for pid, y in y_old.items():
        ax.text(-0.04, y, pid, ha="right", va="center", fontsize=SMALL)
    for pid, y in y_new.items():
        ax.text(1.04, y, pid, ha="left", va="center", fontsize=SMALL)
    counts = data["status"].value_counts()
    handles = [_handle(s, counts.get(s, 0)) for s in STATUS_COLORS if s in counts.index]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.12, 1.0), frameon=False, fontsize=SMALL,
              title="paragraph", title_fontsize=SMALL)  # fmt: skip
    old_doc, new_doc = _doc(data, "old_doc_id", "earlier text"), _doc(data, "new_doc_id", "later text")
    ax.text(0, 1.0, old_doc, ha="center", va="bottom", fontsize=TEXT, fontweight="bold",
            transform=ax.get_xaxis_transform())  # fmt: skip
    ax.text(1, 1.0, new_doc, ha="center", va="bottom", fontsize=TEXT, fontweight="bold",
            transform=ax.get_xaxis_transform())  # fmt: skip
    ax.set_xlim(-0.3, 1.3)
    ax.axis("off")
    titled(ax, f"Paragraphs kept, changed, added and dropped: {old_doc} → {new_doc}", pad=20)
    return ax


def _ordered(ids: pd.Series) -> list[str]:
    return sorted({str(p) for p in ids if _present(p)}, key=para_sort_key)


def _present(value: object) -> bool:
    return isinstance(value, str) and value != ""


def _doc(data: pd.DataFrame, column: str, default: str) -> str:
    if column in data.columns and data[column].notna().any():
        return str(data[column].dropna().iloc[0]) or default
    return default


def _handle(status: str, n: int) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([0], [0], color=STATUS_COLORS[status], linewidth=3, label=f"{status} ({n})")
