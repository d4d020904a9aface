"""Charts of the obligations table: which verbs, how strong, addressed to whom."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslens.charts._style import (
    KIND_COLORS,
    KIND_NAMES,
    OKABE_ITO,
    SEQUENTIAL_CMAP,
    SMALL,
    TEXT,
    axes,
    color_for,
    one_document,
    require,
    shorten,
    thin_ticks,
    titled,
    whole_counts,
)
from reslens.para_ids import para_sort_key

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes


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
    ax.bar_label(bars, padding=3, fontsize=SMALL)
    ax.invert_yaxis()
    ax.tick_params(labelsize=SMALL)
    ax.set_xlabel("operative clauses", fontsize=TEXT)
    whole_counts(ax, "x")
    ax.margins(x=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    rest = f" (top {top} of {len(counts)})" if len(counts) > top else ""
    titled(ax, f"How often each operative verb is used{rest}", _scope(data))
    return ax


def plot_verb_strength(
    data: pd.DataFrame, *, ax: Axes | None = None, column: str = "strength", **kwargs: Any
) -> Axes:
    """Strength of each operative verb along the text: does the resolution escalate?

    A grey step line follows the strongest verb of each paragraph; each clause is a dot
    shaded by its level (light = soft, dark = strong; no level is grey, so no dot melts
    into the line). The y ticks name the verbs seen at each level.

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
    kwargs.setdefault("s", 70)
    levels = sorted(rows[column].unique())
    low, high = (min(levels), max(levels)) if levels else (0, 1)
    kwargs.setdefault("cmap", SEQUENTIAL_CMAP)
    kwargs.setdefault("vmin", low - 0.6 * max(high - low, 1))  # the softest level is pale blue, not white
    kwargs.setdefault("vmax", high)
    ax.scatter(x, rows[column], c=rows[column], edgecolors="black", linewidths=0.8, zorder=2, **kwargs)
    verbs = rows.groupby(column)["verb"].agg(lambda v: ", ".join(dict.fromkeys(v.astype(str))))
    ax.set_yticks(levels, [f"{lvl}: {shorten(verbs[lvl], 28)}" for lvl in levels], fontsize=SMALL)
    if levels:
        ax.set_ylim(min(levels) - 0.5, max(levels) + 0.5)
    thin_ticks(ax, order)
    ax.set_xlabel("operative paragraph (reading order)", fontsize=TEXT)
    ax.set_ylabel("verb strength (0 states, 4 decides)", fontsize=TEXT)
    ax.spines[["top", "right"]].set_visible(False)
    titled(ax, "How strongly each operative paragraph asks: verb strength in reading order", doc_id)
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
    ax.bar_label(bars, padding=2, fontsize=SMALL)
    ax.tick_params(labelsize=SMALL)
    ax.set_ylabel("operative clauses", fontsize=TEXT)
    whole_counts(ax, "y")
    ax.margins(y=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    titled(ax, "Whom the operative clauses address (clauses per kind of addressee)", _scope(data))
    return ax


def _scope(data: pd.DataFrame) -> str:
    if "doc_id" not in data.columns:
        return ""
    docs = data["doc_id"].dropna().unique()
    return str(docs[0]) if len(docs) == 1 else f"{len(docs)} documents"
