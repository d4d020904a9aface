"""Charts across resolutions that join the text with the record: votes and sponsors.

Which States a body calls upon by name and how each of them voted on those texts; whether
texts with more sponsors ask more strongly. Tables follow the corpus contract (README
"Tables"): ``votes`` has one row per State per recorded vote, ``sponsors`` one row per
sponsor as the UN lists them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslens.charts._style import (
    OKABE_ITO,
    PALETTE,
    SMALL,
    TEXT,
    axes,
    label_chars,
    nothing_to_draw,
    require,
    shorten,
    titled,
    whole_counts,
)
from reslens.charts.corpus_trends import BODY_ORDER
from reslens.lexicons import lexicon_view

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

# How the addressed State stood on the resolution; against (vermillion) and in favour
# (bluish green) are opposite hues, and the two "no vote" cases are greys.
STANCES = {
    "no": ("voted against", OKABE_ITO["vermillion"]),
    "abstain": ("abstained", OKABE_ITO["orange"]),
    "yes": ("voted in favour", OKABE_ITO["bluish_green"]),
    "absent": ("did not vote (absent, or not a member of the body)", OKABE_ITO["sky_blue"]),
    "unrecorded": ("adopted without a vote", OKABE_ITO["grey"]),
}
SPONSOR_KINDS = ("sponsor", "additional")  # "submitted by" a chair or bureau is not a sponsor


def plot_addressed_states(
    data: pd.DataFrame, documents: pd.DataFrame, *, ax: Axes | None = None, top: int = 12, **kwargs: Any
) -> Axes:
    """Horizontal bars: operative clauses addressed to each State by name, split by its vote.

    A bar that is all vermillion is a State called upon in texts it voted against. The
    label at the end of each bar counts the resolutions that address the State.

    Args:
        data: one row per clause addressed to a named State, with ``doc_id``,
            ``member_state`` and ``vote`` (missing when the State cast none): the output
            of :func:`reslens.corpus.votes_for_addressees`.
        documents: the documents table (``doc_id``, ``adoption_type``): a missing vote on a
            recorded vote means the State was absent or not a member of the body.
        ax: where to draw.
        top: the States addressed in the most clauses.
        **kwargs: passed to ``Axes.barh``.
    """
    require(data, ["doc_id", "member_state", "vote"], "plot_addressed_states")
    require(documents, ["doc_id", "adoption_type"], "plot_addressed_states")
    recorded = set(documents.loc[documents["adoption_type"] == "recorded vote", "doc_id"].astype(str))
    missing = data["doc_id"].astype(str).isin(recorded).map({True: "absent", False: "unrecorded"})
    names = lexicon_view("member_states", None, _state_names)
    state = data["member_state"].map(lambda s: names.get(s, s))
    rows = data.assign(state=state, stance=data["vote"].fillna(missing).astype(str))
    nothing_to_draw(rows, "plot_addressed_states", "no operative clause addressed to a State by name")
    by_state = rows.groupby(["state", "stance"]).size().unstack(fill_value=0)
    order = by_state.sum(axis=1).sort_values(ascending=False, kind="stable").head(top).index.tolist()
    ax = axes(ax, (9, 0.5 * len(order) + 2))
    left = [0] * len(order)
    labels = [shorten(s, label_chars(ax, 40)) for s in order]
    for stance, (name, color) in STANCES.items():
        if stance in by_state.columns:
            widths = by_state.loc[order, stance].tolist()
            ax.barh(labels, widths, left=left, color=color, label=name, **kwargs)
            left = [a + b for a, b in zip(left, widths, strict=True)]
    resolutions = rows.groupby("state")["doc_id"].nunique()
    for y, state in enumerate(order):
        n = resolutions[state]
        ax.text(left[y], y, f"  {n} resolution{'s' if n != 1 else ''}", va="center", fontsize=SMALL)
    ax.invert_yaxis()
    ax.tick_params(labelsize=SMALL)
    ax.set_xlabel("operative clauses addressed to the State by name", fontsize=TEXT)
    whole_counts(ax, "x")
    ax.margins(x=0.25)
    ax.spines[["top", "right"]].set_visible(False)
    below = -0.12 - 0.35 / max(len(order), 1)  # under the x label, whatever the number of bars
    ax.legend(title="the State on that resolution", loc="upper center", bbox_to_anchor=(0.5, below), ncols=2,
              frameon=False, fontsize=SMALL, title_fontsize=SMALL)  # fmt: skip
    titled(ax, "States called upon by name, and how each voted on those resolutions")
    return ax


def sponsorship_strength(
    obligations: pd.DataFrame, sponsors: pd.DataFrame, *, column: str = "strength", strong: int = 3
) -> pd.DataFrame:
    """One row per resolution: ``sponsors`` (States and others listed) and ``strong_share``.

    ``strong_share`` is the percentage of its operative clauses at level ``strong`` or
    above (3 exhorts: "urges", "strongly condemns"; 4 decides or demands).
    """
    require(obligations, ["doc_id", column], "sponsorship_strength")
    require(sponsors, ["doc_id", "sponsor", "kind"], "sponsorship_strength")
    levels = obligations.dropna(subset=[column])
    share = (levels[column].astype(int) >= strong).groupby(levels["doc_id"]).mean().mul(100)
    listed = sponsors[sponsors["kind"].isin(SPONSOR_KINDS)].drop_duplicates(["doc_id", "sponsor"])
    count = listed.groupby("doc_id").size()
    out = share.rename("strong_share").to_frame().join(count.rename("sponsors"), how="left")
    return out.fillna({"sponsors": 0}).astype({"sponsors": int}).reset_index()


def plot_sponsorship_strength(
    obligations: pd.DataFrame,
    sponsors: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    ax: Axes | None = None,
    strong: int = 3,
    **kwargs: Any,
) -> Axes:
    """Scatter: sponsors of each resolution against the share of its clauses that urge or decide.

    One dot per resolution, coloured by body. Read it as a question, not a law: a
    country series keeps about the same sponsors every session, so dots of one series
    cluster.

    Args:
        obligations: the obligations table (``doc_id``, ``strength``).
        sponsors: the sponsors table (``doc_id``, ``sponsor``, ``kind``).
        documents: the documents table (``doc_id``, ``body``), for the colours.
        ax: where to draw.
        strong: the lowest strength level counted as strong (3 exhorts, 4 decides).
        **kwargs: passed to ``Axes.scatter``.
    """
    require(documents, ["doc_id", "body"], "plot_sponsorship_strength")
    rows = sponsorship_strength(obligations, sponsors, strong=strong).merge(
        documents[["doc_id", "body"]], on="doc_id", how="left"
    )
    nothing_to_draw(
        rows, "plot_sponsorship_strength", "no resolution with an operative clause of known strength"
    )
    ax = axes(ax, (8, 4.8))
    kwargs.setdefault("s", 60)
    bodies = sorted(rows["body"].fillna("").unique(), key=lambda b: (BODY_ORDER.get(b, len(BODY_ORDER)), b))
    for i, body in enumerate(bodies):
        part = rows[rows["body"].fillna("") == body]
        color = PALETTE[BODY_ORDER.get(body, i) % len(PALETTE)]  # a body keeps its colour in every chart
        ax.scatter(part["sponsors"], part["strong_share"], color=color, edgecolors="black",
                   linewidths=0.6, label=f"{body or 'unknown body'} ({len(part)})", **kwargs)  # fmt: skip
    ax.set_xlabel("sponsors listed (sponsors and additional sponsors)", fontsize=TEXT)
    ax.set_ylabel(f"% of operative clauses at strength {strong}+", fontsize=TEXT)
    top = float(rows["strong_share"].max()) if len(rows) else 100.0
    ax.set_ylim(-3, min(103, 10 * (top // 10) + 13))  # from 0, to just above the highest dot
    whole_counts(ax, "x")
    ax.tick_params(labelsize=SMALL)
    ax.grid(True, color=OKABE_ITO["grey"], alpha=0.25, linewidth=0.5)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(title="body (resolutions)", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False,
              fontsize=SMALL, title_fontsize=SMALL)  # fmt: skip
    titled(ax, "Do resolutions with more sponsors ask more strongly? One dot per resolution")
    return ax


def _state_names(entries: list[dict[str, Any]]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in entries}
