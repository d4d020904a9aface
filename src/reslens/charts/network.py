"""Layered networks drawn with plain matplotlib: who asks whom to do what, who cites what.

Nodes sit in columns (body → addressees → actions; documents → cited symbols) so labels
never cross edges and the chart reads left to right, which a force layout cannot promise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslens.charts._style import (
    KIND_COLORS,
    KIND_NAMES,
    OKABE_ITO,
    PALETTE,
    SMALL,
    TEXT,
    axes,
    color_for,
    one_document,
    require,
    shorten,
    titled,
    wrap,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

BOX = {"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": OKABE_ITO["grey"]}
BODY_BOX = {**BOX, "edgecolor": KIND_COLORS["self"], "linewidth": 2}
SELF = "\x00self"  # node key of the body's own clauses (never a printed addressee)


def plot_request_network(
    data: pd.DataFrame, *, ax: Axes | None = None, body: str | None = None, top: int = 12, **kwargs: Any
) -> Axes:
    """Who asks whom to do what: adopting body → addressees → requested actions.

    Edge width is the number of clauses; colour is the addressee kind. Forms of one
    addressee ("States", "all States") are one node when the table has an
    ``addressee_id`` column (the canonical actor id), labelled with the form used most.
    Clauses in which the body commits itself (``self``) go through a node drawn like
    the body and labelled "itself", so they do not read as a request to someone else.

    Args:
        data: the obligations table of one document (``addressee_resolved``,
            ``addressee_kind``, ``actions`` as list or ``;`` string; ``addressee_id``
            used when present).
        ax: where to draw.
        body: the adopting body's name for the left node; the ``doc_id`` by default.
        top: at most this many addressees and actions (others are grouped).
        **kwargs: passed to the edge ``Axes.plot`` calls (e.g. ``alpha``).
    """
    require(data, ["addressee_resolved", "addressee_kind", "actions"], "plot_request_network")
    doc_id = one_document(data, "plot_request_network")
    rows = _requests(data, top)
    addressees = rows.groupby("addressee")["n"].sum().sort_values(ascending=False).index.tolist()
    addressees = [a for a in addressees if a != SELF] + [a for a in addressees if a == SELF]
    actions = rows.groupby("action")["n"].sum().sort_values(ascending=False).index.tolist()
    ax = axes(ax, (12, 0.5 * max(len(addressees), len(actions), 4) + 1.5))
    y_addr, y_act = _spread(addressees), _spread(actions)
    scale = 6.0 / max(rows["n"].max(), 1) if len(rows) else 1.0
    kwargs.setdefault("alpha", 0.55)
    for (addr, kind), part in rows.groupby(["addressee", "kind"]):
        color = color_for(kind, KIND_COLORS)
        ax.plot([0, 1], [0.5, y_addr[addr]], color=color, linewidth=1 + scale * part["clauses"].iloc[0],
                solid_capstyle="round", zorder=1, **kwargs)  # fmt: skip
        for action, n in part.groupby("action")["n"].sum().items():
            ax.plot([1, 2], [y_addr[addr], y_act[action]], color=color, linewidth=1 + scale * n,
                    zorder=1, **kwargs)  # fmt: skip
    name = body or doc_id or "adopting body"
    ax.text(0, 0.5, wrap(name, 16, 3), ha="center", va="center", fontsize=TEXT, fontweight="bold",
            bbox=BODY_BOX, zorder=3)  # fmt: skip
    for addr, y in y_addr.items():
        if addr == SELF:
            ax.text(1, y, "itself", ha="center", va="center", fontsize=TEXT, fontweight="bold",
                    bbox=BODY_BOX, zorder=3)  # fmt: skip
        else:
            ax.text(1, y, wrap(addr, 24), ha="center", va="center", fontsize=SMALL, bbox=BOX, zorder=3)
    for action, y in y_act.items():
        ax.text(2.03, y, shorten(action, 26), ha="left", va="center", fontsize=SMALL, zorder=3)
    _kind_legend(ax, rows["kind"].unique())
    ax.set_xlim(-0.35, 2.6)
    ax.set_ylim(-0.04, 1.04)
    ax.axis("off")
    titled(ax, f"Whom {name} asks to do what (edge width = number of clauses)", doc_id)
    return ax


def plot_citation_graph(data: pd.DataFrame, *, ax: Axes | None = None, top: int = 30, **kwargs: Any) -> Axes:
    """Documents (left) and the UN symbols they cite (right), coloured by kind of citation.

    With several documents, symbols cited by more than one show the shared lineage.

    Args:
        data: the references table (``doc_id``, ``symbol``, optional ``kind``).
        ax: where to draw.
        top: at most this many cited symbols (the most cited are kept).
        **kwargs: passed to the edge ``Axes.plot`` calls.
    """
    require(data, ["doc_id", "symbol"], "plot_citation_graph")
    kind = data["kind"].fillna("reference").astype(str) if "kind" in data.columns else "reference"
    refs = data.assign(kind=kind, doc_id=data["doc_id"].astype(str))
    refs = refs.dropna(subset=["symbol"]).drop_duplicates(["doc_id", "symbol"])
    ranked = refs.groupby("symbol").size().sort_values(ascending=False, kind="stable")
    keep = set(ranked.head(top).index)
    shown = refs[refs["symbol"].isin(keep)]
    symbols = shown.drop_duplicates("symbol").sort_values(["kind", "symbol"])
    docs = sorted(shown["doc_id"].astype(str).unique())
    ax = axes(ax, (9, 0.3 * max(len(symbols), 3) + 1.5))
    y_doc, y_sym = _spread(docs), _spread(symbols["symbol"].tolist())
    kinds = sorted(refs["kind"].astype(str).unique())
    colors = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(kinds)}
    kwargs.setdefault("alpha", 0.5)
    for row in shown.itertuples(index=False):
        ax.plot([0, 1], [y_doc[str(row.doc_id)], y_sym[row.symbol]], color=colors[str(row.kind)],
                linewidth=1.2, zorder=1, **kwargs)  # fmt: skip
    for doc, y in y_doc.items():
        ax.text(0, y, doc, ha="right", va="center", fontsize=TEXT, fontweight="bold", bbox=BOX, zorder=3)
    for row in symbols.itertuples(index=False):
        ax.text(1.02, y_sym[row.symbol], shorten(row.symbol, 30), ha="left", va="center", fontsize=SMALL,
                color=colors[str(row.kind)])  # fmt: skip
    ax.legend(handles=[_line(colors[k], k) for k in kinds], loc="upper left", bbox_to_anchor=(1.0, 1.0),
              frameon=False, fontsize=SMALL, title="kind of citation",
              title_fontsize=SMALL)  # fmt: skip
    ax.set_xlim(-0.6, 1.5)
    ax.set_ylim(-0.04, 1.04)
    ax.axis("off")
    rest = f" (top {top} of {len(ranked)})" if len(ranked) > top else ""
    titled(
        ax,
        f"UN documents cited, by citing resolution{rest}",
        docs[0] if len(docs) == 1 else f"{len(docs)} documents",
    )
    return ax


def _requests(data: pd.DataFrame, top: int) -> pd.DataFrame:
    """One row per (addressee, kind, action) with clause counts, long tails grouped."""
    frame = data[data["addressee_resolved"].fillna("").astype(str).str.strip() != ""]
    kind = frame["addressee_kind"].fillna("other").astype(str)
    frame = frame.assign(
        addressee=_addressee_labels(frame).where(kind != "self", SELF),
        kind=kind,
        action=frame["actions"].map(_as_list).map(lambda a: a or ["(no action named)"]),
    )
    clauses = frame.groupby("addressee").size().rename("clauses")
    keep_addr = set(clauses.sort_values(ascending=False).head(top).index) | {SELF}
    frame = frame.assign(addressee=frame["addressee"].where(frame["addressee"].isin(keep_addr), "(others)"))
    long = frame.explode("action")
    keep_act = set(long["action"].value_counts().head(top).index)
    long = long.assign(action=long["action"].where(long["action"].isin(keep_act), "(other actions)"))
    counts = long.groupby(["addressee", "kind", "action"]).size().rename("n").reset_index()
    per_addr = frame.groupby(["addressee", "kind"]).size().rename("clauses").reset_index()
    return counts.merge(per_addr, on=["addressee", "kind"])


def _addressee_labels(frame: pd.DataFrame) -> pd.Series:
    """The node label of each row: with ``addressee_id``, the most used form of that id."""
    forms = frame["addressee_resolved"].astype(str).str.strip()
    if "addressee_id" not in frame.columns:
        return forms
    ids = frame["addressee_id"].fillna("").astype(str).str.strip()
    ids = ids.where(ids != "", "form:" + forms)
    counts = forms.groupby([ids, forms]).size().rename("n").reset_index()
    counts.columns = ["id", "form", "n"]
    best = (
        counts.assign(length=counts["form"].str.len())
        .sort_values(["id", "n", "length"], ascending=[True, False, True])
        .drop_duplicates("id")
    )
    return ids.map(dict(zip(best["id"], best["form"], strict=True)))


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [str(v).strip() for v in value if str(v).strip()]  # type: ignore[union-attr]


def _spread(labels: list[str]) -> dict[str, float]:
    """Evenly spaced y positions from top (1) to bottom (0), centred for one label."""
    if len(labels) == 1:
        return {labels[0]: 0.5}
    return {label: 1 - i / (len(labels) - 1) for i, label in enumerate(labels)}


def _line(color: str, label: str) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([0], [0], color=color, linewidth=3, label=label)


def _kind_legend(ax: Axes, kinds: Any) -> None:
    handles = [_line(color_for(k, KIND_COLORS), KIND_NAMES[k]) for k in KIND_COLORS if k in set(kinds)]
    ax.legend(handles=handles, title="addressee", loc="lower left", frameon=False, fontsize=SMALL,
              title_fontsize=SMALL)  # fmt: skip
