"""Charts of the obligations table: which verbs, how strong, addressed to whom."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslens.charts._style import (
    KIND_COLORS,
    OKABE_ITO,
    SEQUENTIAL_CMAP,
    axes,
    color_for,
    one_document,
    require,
    shorten,
    thin_ticks,
    titled,
)
from reslens.para_ids import para_sort_key

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

KIND_NAMES = {"state": "States", "un": "UN bodies", "self": "the body itself", "other": "others",
              "none": "no addressee"}  # fmt: skip


def plot_verb_frequency(
    data: pd.DataFrame, *, ax: Axes | None = None, column: str = "verb", top: int = 15, **kwargs: Any
) -> Axes:
    """Horizontal bars: how many operative clauses use each verb, most used on top.

    Args:
        data: the obligations table (one row per clause).
        ax: where to draw; a new figure sized to the bars if None.
        column: the verb column.
        top: show at most this many verbs (the rest are counted in the title).
        **kwargs: passed to ``Axes.barh`` (e.g. ``color``).
    """
    require(data, [column], "plot_verb_frequency")
    counts = data[column].dropna().astype(str).value_counts()
    shown = counts.head(top)
    ax = axes(ax, (7, 0.4 * len(shown) + 1.2))
    kwargs.setdefault("color", OKABE_ITO["blue"])
    bars = ax.barh([shorten(v, 30) for v in shown.index], shown.to_numpy(), **kwargs)
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel("operative clauses")
    ax.margins(x=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    rest = f" (top {top} of {len(counts)})" if len(counts) > top else ""
    titled(ax, f"Operative verbs by number of clauses{rest}", _scope(data))
    return ax


def plot_verb_strength(
    data: pd.DataFrame, *, ax: Axes | None = None, column: str = "strength", **kwargs: Any
) -> Axes:
    """Strength of each operative verb along the text: does the resolution escalate?

    A grey step line follows the strongest verb of each paragraph; each clause is a dot
    coloured by its level. The y ticks name the verbs seen at each level.

    Args:
        data: the obligations table of one document, with ``para_id``, ``verb`` and ``column``.
        ax: where to draw.
        column: the ordinal strength column (higher = stronger).
        **kwargs: passed to ``Axes.scatter``.
    """
    require(data, ["para_id", "verb", column], "plot_verb_strength")
    doc_id = one_document(data, "plot_verb_strength")
    rows = data.dropna(subset=[column]).astype({column: int})
    order = sorted(rows["para_id"].astype(str).unique(), key=para_sort_key)
    position = {pid: i for i, pid in enumerate(order)}
    x = rows["para_id"].astype(str).map(position)
    ax = axes(ax, (min(16, max(6, 0.28 * len(order) + 2)), 4))
    peak = rows.assign(x=x).groupby("x")[column].max()
    ax.step(peak.index, peak.to_numpy(), where="mid", color=OKABE_ITO["grey"], linewidth=1.5, zorder=1)
    kwargs.setdefault("s", 50)
    ax.scatter(x, rows[column], c=rows[column], cmap=SEQUENTIAL_CMAP, edgecolors="black",
               linewidths=0.5, zorder=2, **kwargs)  # fmt: skip
    levels = sorted(rows[column].unique())
    verbs = rows.groupby(column)["verb"].agg(lambda v: ", ".join(dict.fromkeys(v.astype(str))))
    ax.set_yticks(levels, [f"{lvl}: {shorten(verbs[lvl], 28)}" for lvl in levels], fontsize=9)
    if levels:
        ax.set_ylim(min(levels) - 0.5, max(levels) + 0.5)
    thin_ticks(ax, order)
    ax.set_xlabel("operative paragraph (reading order)")
    ax.set_ylabel("verb strength")
    ax.spines[["top", "right"]].set_visible(False)
    titled(ax, "Strength of operative verbs along the text", doc_id)
    return ax


def plot_addressee_kinds(
    data: pd.DataFrame, *, ax: Axes | None = None, column: str = "addressee_kind", **kwargs: Any
) -> Axes:
    """Bars: to whom the operative clauses are addressed (States, UN, the body itself, …).

    Args:
        data: the obligations table.
        ax: where to draw.
        column: the addressee kind column (``state``, ``un``, ``self``, ``other``, ``none``).
        **kwargs: passed to ``Axes.bar``.
    """
    require(data, [column], "plot_addressee_kinds")
    counts = data[column].fillna("none").astype(str).value_counts()
    kinds = [k for k in KIND_NAMES if k in counts.index] + sorted(set(counts.index) - set(KIND_NAMES))
    ax = axes(ax, (1.3 * len(kinds) + 2, 4))
    colors = [color_for(k, KIND_COLORS, i) for i, k in enumerate(kinds)]
    bars = ax.bar([KIND_NAMES.get(k, k) for k in kinds], [counts[k] for k in kinds], color=colors, **kwargs)
    ax.bar_label(bars, padding=2, fontsize=9)
    ax.set_ylabel("operative clauses")
    ax.margins(y=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    titled(ax, "Whom the operative clauses address", _scope(data))
    return ax


def _scope(data: pd.DataFrame) -> str:
    if "doc_id" not in data.columns:
        return ""
    docs = data["doc_id"].dropna().unique()
    return str(docs[0]) if len(docs) == 1 else f"{len(docs)} documents"
