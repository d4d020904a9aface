"""Charts of paragraph lineage (see :mod:`reslens.lineage`): where wording comes from, how it hardened."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslens.charts._style import OKABE_ITO, SMALL, TEXT, axes, one_document, require, thin_ticks, titled
from reslens.para_ids import para_sort_key

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

# The one label a paragraph is drawn with: the most telling of its changes, in this order.
CHANGE_STYLE = {
    "new": (OKABE_ITO["blue"], "*"),
    "verb strengthened": (OKABE_ITO["bluish_green"], "^"),
    "verb weakened": (OKABE_ITO["vermillion"], "v"),
    "hedge removed": (OKABE_ITO["bluish_green"], "P"),
    "hedge added": (OKABE_ITO["vermillion"], "X"),
    "addressee changed": (OKABE_ITO["reddish_purple"], "D"),
    "modifier added": (OKABE_ITO["sky_blue"], ">"),
    "modifier removed": (OKABE_ITO["sky_blue"], "<"),
    "reworded": (OKABE_ITO["orange"], "o"),
    "unchanged": (OKABE_ITO["grey"], "s"),
}
HARDENING = ("verb strengthened", "hedge removed")
SOFTENING = ("verb weakened", "hedge added")
BAR_COLORS = {  # four bars that must not be confused: green/blue up, vermillion/purple down
    "verb strengthened": OKABE_ITO["bluish_green"],
    "hedge removed": OKABE_ITO["blue"],
    "verb weakened": OKABE_ITO["vermillion"],
    "hedge added": OKABE_ITO["reddish_purple"],
}


def main_change(changes: object) -> str:
    """The label a paragraph is drawn with: the first of ``CHANGE_STYLE`` among its changes."""
    present = set(changes) if isinstance(changes, (list, tuple)) else set(str(changes).split(";"))
    return next((label for label in CHANGE_STYLE if label in present), "reworded")


def plot_lineage(data: pd.DataFrame, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Each paragraph of one resolution (rows, reading order) at the year its wording first appeared.

    A paragraph new in this resolution sits at the resolution's own year. Markers say what
    changed since the previous version (a paragraph with several changes shows the most
    telling: verb, hedge, addressee, modifier, then wording).

    Args:
        data: the output of :func:`reslens.lineage.trace` for one resolution (``para_id``,
            ``first_date``, ``date``, ``changes``).
        ax: where to draw; a new figure sized to the paragraphs if None.
        **kwargs: passed to ``Axes.scatter`` (e.g. ``s`` for marker size).
    """
    require(data, ["para_id", "first_date", "date", "changes"], "plot_lineage")
    doc_id = one_document(data, "plot_lineage")
    rows = data.assign(_key=data["para_id"].map(para_sort_key)).sort_values("_key").reset_index(drop=True)
    own_year = rows["date"].astype("string").str[:4]
    years = rows["first_date"].astype("string").str[:4].fillna(own_year).astype(float)
    labels = [main_change(c) for c in rows["changes"]]
    ax = axes(ax, (7.5, 0.18 * len(rows) + 1.8))
    kwargs.setdefault("s", 46)
    for label, (color, marker) in CHANGE_STYLE.items():
        at = [i for i, lab in enumerate(labels) if lab == label]
        if at:
            ax.scatter(years[at], at, color=color, marker=marker, label=f"{label} ({len(at)})", **kwargs)
    thin_ticks(ax, rows["para_id"].astype(str).tolist(), axis="y", max_labels=45)
    ax.invert_yaxis()
    ax.set_xlabel("year the wording first appeared", fontsize=TEXT)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=SMALL)
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=SMALL,
              title="change since the previous version", title_fontsize=SMALL)  # fmt: skip
    titled(ax, "Where each paragraph's wording comes from", doc_id)
    return ax


def plot_hardening(data: pd.DataFrame, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Paragraphs hardened (up) and softened (down) in each resolution of a series, oldest first.

    Hardened: an operative verb strengthened or a hedge taken out; softened: a verb weakened
    or a hedge put in (against each paragraph's previous version).

    Args:
        data: :func:`reslens.lineage.trace` rows of several resolutions (``doc_id``,
            ``date``, ``changes``), e.g. every resolution of one series.
        ax: where to draw; a new figure if None.
        **kwargs: passed to ``Axes.bar`` (e.g. ``width``).
    """
    require(data, ["doc_id", "date", "changes"], "plot_hardening")
    docs = data[["doc_id", "date"]].drop_duplicates("doc_id").sort_values(["date", "doc_id"])
    ax = axes(ax, (max(6.0, 0.7 * len(docs) + 3), 5.0))
    kwargs.setdefault("width", 0.7)
    positions = range(len(docs))
    for sign, group in ((1, HARDENING), (-1, SOFTENING)):
        bottom = [0.0] * len(docs)
        for label in group:
            counts = [sign * _count(data, doc, label) for doc in docs["doc_id"]]
            color = BAR_COLORS[label]
            hatch = None if sign > 0 else "//"
            ax.bar(positions, counts, bottom=bottom, color=color, label=label, hatch=hatch, edgecolor="white",
                   **kwargs)  # fmt: skip
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.axhline(0, color="black", linewidth=0.8)
    ticks = [f"{d} ({str(y)[:4]})" for d, y in zip(docs["doc_id"], docs["date"], strict=True)]
    ax.set_xticks(list(positions), ticks, fontsize=SMALL, rotation=35, ha="right")
    ax.set_ylabel("paragraphs (hardened up, softened down)", fontsize=TEXT)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=SMALL)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=SMALL)
    titled(ax, "Hardening and softening of a series, against each paragraph's previous version")
    return ax


def _count(data: pd.DataFrame, doc_id: str, label: str) -> int:
    changes = data.loc[data["doc_id"] == doc_id, "changes"]
    return int(sum(label in (c if isinstance(c, (list, tuple)) else str(c).split(";")) for c in changes))
