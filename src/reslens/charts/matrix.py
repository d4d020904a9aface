"""Paragraph matrices: who (actors) and what (themes) appears where in a resolution."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from matplotlib.ticker import MaxNLocator

from reslens.charts._style import (
    OKABE_ITO,
    SECTION_COLORS,
    SEQUENTIAL_CMAP,
    SMALL,
    TEXT,
    axes,
    label_chars,
    one_document,
    require,
    shorten,
    thin_ticks,
    titled,
)
from reslens.lexicons import lexicon_view
from reslens.para_ids import para_sort_key

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes


def plot_actor_matrix(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    by: str = "actor_type",
    paragraphs: pd.DataFrame | None = None,
    top: int = 20,
    **kwargs: Any,
) -> Axes:
    """Heatmap of actor mentions per paragraph: rows are actors (or types), columns paragraphs.

    Args:
        data: the actors table of one document (``para_id`` and ``by``).
        ax: where to draw.
        by: the row variable, ``actor_type`` or ``actor``.
        paragraphs: the paragraphs table, to show paragraphs without mentions too.
        top: keep the ``top`` most mentioned rows.
        **kwargs: passed to ``Axes.imshow`` (e.g. ``cmap``).
    """
    require(data, ["para_id", by], "plot_actor_matrix")
    doc_id = one_document(data, "plot_actor_matrix")
    columns = _paragraph_order(data, paragraphs)
    counts = data.groupby([by, "para_id"]).size().unstack(fill_value=0)
    rows = counts.sum(axis=1).sort_values(ascending=False).head(top).index
    grid = counts.reindex(index=rows, columns=columns, fill_value=0)
    ax = axes(ax, (min(16, max(6, 0.22 * len(columns) + 3)), 0.38 * len(rows) + 2))
    masked = grid.to_numpy().astype(float)
    masked[masked == 0] = float("nan")
    kwargs.setdefault("cmap", SEQUENTIAL_CMAP)
    kwargs.setdefault("vmin", 0)  # 0 is blank (masked), so one mention is a visible light blue
    kwargs.setdefault("vmax", max(2.0, float(grid.to_numpy().max(initial=0))))
    image = ax.imshow(masked, aspect="auto", interpolation="nearest", **kwargs)
    bar = ax.figure.colorbar(image, ax=ax, shrink=min(0.8, 4 / max(len(rows), 1) + 0.3), pad=0.01)
    bar.set_label("mentions (darker = more)", fontsize=TEXT)
    bar.ax.tick_params(labelsize=SMALL)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    ax.set_yticks(
        range(len(rows)), [shorten(_readable(r, by), label_chars(ax, 32)) for r in rows], fontsize=SMALL
    )
    thin_ticks(ax, columns)
    _section_divider(ax, columns)
    ax.set_facecolor("white")
    what = "Kinds of actor" if by == "actor_type" else "Actors"
    titled(ax, f"{what} mentioned in each paragraph (darker = more mentions)", doc_id, pad=20)
    return ax


def plot_theme_matrix(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    by: str = "label",
    paragraphs: pd.DataFrame | None = None,
    **kwargs: Any,
) -> Axes:
    """Themes × paragraphs, coloured preamble | operative: concerns raised and acted upon.

    Args:
        data: the themes table of one document (``para_id``, ``section``, ``by``).
        ax: where to draw.
        by: the row variable, ``label`` (readable) or ``theme`` (id).
        paragraphs: the paragraphs table, to show paragraphs without themes too.
        **kwargs: passed to ``Axes.scatter`` (e.g. ``s`` for marker size).
    """
    require(data, ["para_id", "section", by], "plot_theme_matrix")
    doc_id = one_document(data, "plot_theme_matrix")
    columns = _paragraph_order(data, paragraphs)
    col_index = {pid: i for i, pid in enumerate(columns)}
    hits = data.drop_duplicates([by, "para_id"])
    rows = hits.groupby(by).size().sort_values(ascending=False).index.tolist()
    row_index = {r: i for i, r in enumerate(rows)}
    ax = axes(ax, (min(16, max(6, 0.22 * len(columns) + 4)), 0.38 * len(rows) + 2))
    kwargs.setdefault("s", 36)
    kwargs.setdefault("marker", "s")
    for section, color in SECTION_COLORS.items():
        part = hits[hits["section"] == section]
        ax.scatter(part["para_id"].map(col_index), part[by].map(row_index), color=color,
                   label=section, **kwargs)  # fmt: skip
    ax.set_yticks(range(len(rows)), [shorten(r, label_chars(ax)) for r in rows], fontsize=SMALL)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(-0.5, len(columns) - 0.5)
    ax.grid(True, color=OKABE_ITO["grey"], alpha=0.2, linewidth=0.5)
    thin_ticks(ax, columns)
    _section_divider(ax, columns)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=SMALL)
    titled(
        ax, "Themes by paragraph: raised in the preamble, acted on in operative paragraphs", doc_id, pad=20
    )
    return ax


def _readable(label: object, by: str) -> str:
    """``RIGHTS_HOLDERS`` → ``rights holders``: type codes read as words on a slide.

    The words are the ``name`` of the type in ``actor_types.yml``.
    """
    if by != "actor_type":
        return str(label)
    names = lexicon_view("actor_types", None, _type_names)  # built once per version of the file
    return str(names.get(str(label)) or str(label).replace("_", " ").lower())


def _type_names(entries: list[dict[str, Any]]) -> dict[str, str]:
    return {e["label"]: e["name"] for e in entries if e.get("name")}


def _paragraph_order(data: pd.DataFrame, paragraphs: pd.DataFrame | None) -> list[str]:
    if paragraphs is not None and "para_id" in paragraphs.columns:
        frame = paragraphs
        if "section" in frame.columns:
            frame = frame[frame["section"] != "heading"]
        if "position" in frame.columns:
            return frame.sort_values("position")["para_id"].astype(str).tolist()
        return sorted(frame["para_id"].astype(str).unique(), key=para_sort_key)
    return sorted(data["para_id"].astype(str).unique(), key=para_sort_key)


def _section_divider(ax: Axes, columns: list[str]) -> None:
    """Dashed line where the operative part starts, with both parts named above the plot."""
    first_op = next((i for i, pid in enumerate(columns) if pid.split(":")[-1].startswith("OP")), None)
    if first_op is None or first_op == 0:
        return
    ax.axvline(first_op - 0.5, color=OKABE_ITO["black"], linestyle="--", linewidth=1)
    transform = ax.get_xaxis_transform()
    ax.text(first_op - 0.7, 1.0, "preamble ", ha="right", va="bottom", transform=transform, fontsize=SMALL)
    ax.text(first_op - 0.3, 1.0, " operative", ha="left", va="bottom", transform=transform, fontsize=SMALL)
