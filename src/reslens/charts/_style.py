"""Shared look of every reslens chart: one colour-blind-safe palette, label helpers.

Colours come from the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"),
distinguishable under the common colour-vision deficiencies and on a projector. Each
category keeps its colour across charts (a State is always blue). Text sizes are set
here once, and no label is smaller than ``SMALL`` points: these charts are shown on
projectors in classrooms, where 6-8 pt tick labels cannot be read from the back row.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}
PALETTE = [OKABE_ITO[k] for k in ("blue", "orange", "bluish_green", "vermillion", "sky_blue",
                                  "reddish_purple", "yellow", "grey", "black")]  # fmt: skip
KIND_COLORS = {
    "state": OKABE_ITO["blue"],
    "un": OKABE_ITO["sky_blue"],
    "self": OKABE_ITO["orange"],
    "other": OKABE_ITO["bluish_green"],
    "none": OKABE_ITO["grey"],
}
SECTION_COLORS = {"preambular": OKABE_ITO["orange"], "operative": OKABE_ITO["blue"]}
KIND_NAMES = {"state": "States", "un": "UN bodies", "self": "the body itself", "other": "others",
              "none": "no addressee"}  # fmt: skip
STATUS_COLORS = {  # reworded (orange) and added (blue) are opposite hues: never confused
    "kept": OKABE_ITO["grey"],
    "reworded": OKABE_ITO["orange"],
    "strengthened": OKABE_ITO["bluish_green"],
    "weakened": OKABE_ITO["vermillion"],
    "added": OKABE_ITO["blue"],
    "dropped": OKABE_ITO["reddish_purple"],
}
SEQUENTIAL_CMAP = "Blues"  # one hue, light to dark: more (or stronger) reads darker, colour-blind safe
SMALL = 10  # tick labels, node labels, legends: the smallest text on any chart
TEXT = 11  # axis labels and annotations
TITLE = 13
MIN_SIZE = (6.0, 3.0)  # inches: room for a wrapped title, tick labels and a legend beside a 1-2 column plot
CHAR_EM = 0.58  # average width of a character in DejaVu Sans, in ems, to estimate text widths


def color_for(key: str, mapping: dict[str, str], fallback_index: int = 0) -> str:
    """The fixed colour of ``key``, or a palette colour for categories without one."""
    return mapping.get(key, PALETTE[fallback_index % len(PALETTE)])


def shorten(label: object, width: int = 38) -> str:
    """Cut a label to ``width`` characters with an ellipsis, so tick labels never collide."""
    text = " ".join(str(label).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def label_chars(ax: Axes, most: int = 36) -> int:
    """Characters allowed in a y tick label: about a third of the figure's width, at most ``most``.

    On a narrow figure, long row labels would leave no room for the plot itself.
    """
    inches = float(ax.figure.get_size_inches()[0])
    return max(14, min(most, int(inches * 72 / 3 / (SMALL * CHAR_EM))))


def wrap(label: object, width: int = 18, lines: int = 2) -> str:
    """Wrap a label on word boundaries to at most ``lines`` lines of ``width`` characters."""
    return textwrap.fill(" ".join(str(label).split()), width, max_lines=lines, placeholder="…")


def axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    """Use the caller's Axes, or make a figure sized to the content when there is none."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new_ax = plt.subplots(
        figsize=(max(size[0], MIN_SIZE[0]), max(size[1], MIN_SIZE[1])), layout="constrained"
    )
    return new_ax


def require(data: pd.DataFrame, columns: Iterable[str], chart: str) -> None:
    """Fail early with a message naming the missing columns."""
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise ValueError(f"{chart}: the table lacks column(s) {', '.join(missing)}")


def nothing_to_draw(rows: pd.DataFrame, chart: str, why: str) -> None:
    """Refuse an empty chart with a reason: the report shows the reason instead of blank axes."""
    if rows.empty:
        raise ValueError(f"{chart}: {why}")


def one_document(data: pd.DataFrame, chart: str) -> str:
    """The single ``doc_id`` in ``data`` (empty if the column is absent); charts of one text need it."""
    if "doc_id" not in data.columns:
        return ""
    docs = data["doc_id"].dropna().unique()
    if len(docs) > 1:
        raise ValueError(f"{chart}: {len(docs)} documents in the table; filter to one doc_id first")
    return str(docs[0]) if len(docs) else ""


def thin_ticks(ax: Axes, labels: list[str], *, axis: str = "x", max_labels: int = 40) -> None:
    """Label every k-th tick so that at most ``max_labels`` labels show (no overlap)."""
    step = max(1, -(-len(labels) // max_labels))
    positions = list(range(0, len(labels), step))
    shown = [labels[i] for i in positions]
    if axis == "x":
        ax.set_xticks(positions, shown, rotation=90, fontsize=SMALL)
    else:
        ax.set_yticks(positions, shown, fontsize=SMALL)


def whole_counts(ax: Axes, axis: str = "y") -> None:
    """Integer ticks on a count axis: with one or two clauses, "0.2 clauses" confuses a class."""
    from matplotlib.ticker import MaxNLocator

    (ax.xaxis if axis == "x" else ax.yaxis).set_major_locator(MaxNLocator(integer=True))


def titled(ax: Axes, what: str, doc_id: str = "", *, pad: float = 6.0) -> None:
    """Title saying what is shown and for which document; ``pad`` leaves room for top labels.

    Long titles are wrapped to the estimated width of the axes: a title wider than the
    axes runs off a slide, and one wider than the figure makes constrained layout
    give up ("axes sizes collapsed to zero").
    """
    title = f"{what} — {doc_id}" if doc_id else what
    ax.set_title(textwrap.fill(title, _title_chars(ax)), loc="left", fontsize=TITLE, pad=pad)


def _title_chars(ax: Axes) -> int:
    """How many title characters fit across the axes: its grid cell less the y tick labels.

    Constrained layout widens an axes to its grid cell, less the room its labels need,
    so the cell (not the default subplot box) is the better estimate of the final width.
    """
    fig_width = float(ax.figure.get_size_inches()[0])
    spec = ax.get_subplotspec()
    if spec is None:
        width = fig_width * ax.get_position().width
    else:
        width = fig_width * len(spec.colspan) / spec.get_gridspec().ncols
        labels = max((len(t.get_text()) for t in ax.get_yticklabels()), default=0)
        width -= labels * SMALL * CHAR_EM / 72 + 0.6  # tick labels, axis label and paddings
    return max(24, int(width * 72 / (TITLE * CHAR_EM)))
