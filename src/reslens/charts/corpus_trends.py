"""Charts across resolutions: how the language of each body changes from session to session.

Both charts place one column per (body, session) on a shared x axis, bodies side by side
with a gap between them: the General Assembly and the Human Rights Council count
sessions, the Security Council and ECOSOC years, so each body keeps its own calendar and
no two are forced onto one time line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from reslens.charts._style import (
    OKABE_ITO,
    SEQUENTIAL_CMAP,
    SMALL,
    TEXT,
    axes,
    label_chars,
    nothing_to_draw,
    require,
    shorten,
    titled,
    wrap,
)
from reslens.lexicons import lexicon_meta

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
OTHER_SESSION = re.compile(r"/((?:ES|S)-\d+)/")  # A/RES/ES-11/4, A/RES/S-32/1
BODY_GAP = 1.0  # empty columns between two bodies


def document_periods(documents: pd.DataFrame) -> pd.DataFrame:
    """``doc_id``, ``body``, ``period`` and ``order`` of each resolution.

    The period is the session the document names (GA and HRC session numbers, ECOSOC
    session years), else the year of adoption (the Security Council has no sessions),
    else the year in the symbol ("S/RES/2515 (2020)"). Emergency and special sessions
    keep their own names ("ES-11", "S-32") and come after the regular sessions. A
    document with none of these is left out.
    """
    require(documents, ["doc_id", "body", "session", "adoption_date"], "document_periods")
    period = documents["session"].fillna("").astype(str).str.strip()
    for column in ("adoption_date", "doc_id"):
        year = documents[column].fillna("").astype(str).str.extract(f"({YEAR.pattern})", expand=False)
        period = period.where(period != "", year.fillna(""))
    other = documents["doc_id"].astype(str).str.extract(OTHER_SESSION.pattern, expand=False).fillna("")
    period = period.where(other == "", other)
    out = documents[["doc_id", "body"]].assign(body=documents["body"].fillna("").astype(str), period=period)
    out = out[out["period"] != ""]
    number = out["period"].str.extract(r"(\d+)", expand=False).astype(float)
    later = out["period"].str.startswith("ES-") * 1000 + out["period"].str.startswith("S-") * 2000
    return out.assign(order=number + later).reset_index(drop=True)


def plot_strength_by_session(
    obligations: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    ax: Axes | None = None,
    column: str = "strength",
    **kwargs: Any,
) -> Axes:
    """Stacked bars: the share of operative clauses at each verb strength, per session and body.

    The strongest level sits on the baseline, so a growing dark base reads as language
    that hardens. The number of clauses is printed above each bar: a session with a
    handful of clauses is not a trend.

    Args:
        obligations: the obligations table (``doc_id`` and ``column``).
        documents: the documents table (``doc_id``, ``body``, ``session``, ``adoption_date``).
        ax: where to draw; a new figure sized to the bars if None.
        column: the ordinal strength column (0 states … 4 decides).
        **kwargs: passed to ``Axes.bar``.
    """
    require(obligations, ["doc_id", column], "plot_strength_by_session")
    rows = obligations.dropna(subset=[column]).merge(document_periods(documents), on="doc_id")
    nothing_to_draw(
        rows, "plot_strength_by_session", "no operative clause with a strength in a dated resolution"
    )
    rows = rows.astype({column: int})
    shares = rows.groupby(["body", "period"])[column].value_counts(normalize=True).unstack(fill_value=0)
    totals = rows.groupby(["body", "period"]).size()
    layout = _layout(rows)
    ax = axes(ax, (0.42 * len(layout) + 4.5, 4.6))
    levels = sorted(shares.columns, reverse=True)
    names = _level_names()
    bottom = [0.0] * len(layout)
    x = list(layout.values())
    low, high = min(levels, default=0), max(levels, default=1)
    for level in levels:
        heights = [100 * shares.at[key, level] for key in layout]
        shade = _shade(level, low, high)
        ax.bar(x, heights, bottom=bottom, width=0.8, color=shade, edgecolor="white", linewidth=0.5,
               label=f"{level}: {names.get(level, '')}".rstrip(": "), **kwargs)  # fmt: skip
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    for key, pos in layout.items():
        ax.text(pos, 101, str(totals[key]), ha="center", va="bottom", fontsize=SMALL)
    ax.set_ylim(0, 108)
    ax.set_ylabel("% of operative clauses", fontsize=TEXT)
    _label_columns(ax, layout)
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], labels[::-1], title="verb strength", loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False, fontsize=SMALL, title_fontsize=SMALL)  # fmt: skip
    ax.spines[["top", "right"]].set_visible(False)
    titled(ax, "How strongly operative clauses ask, by session and body (clauses above each bar)", pad=8)
    return ax


def plot_theme_trend(
    themes: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    ax: Axes | None = None,
    section: str | None = "preambular",
    top: int = 10,
    **kwargs: Any,
) -> Axes:
    """Heat map: paragraphs per resolution that raise each theme, by session and body.

    With ``section="preambular"`` (the default) it shows the concerns a body states;
    ``"operative"`` shows what it acts on, ``None`` both. The value is a mean per
    resolution, so a session with more resolutions does not look more concerned.

    Args:
        themes: the themes table (``doc_id``, ``para_id``, ``label``, ``section``).
        documents: the documents table: every resolution counts, even one with no theme.
        ax: where to draw.
        section: ``"preambular"``, ``"operative"`` or None for both.
        top: the themes with the highest mean over all columns.
        **kwargs: passed to ``Axes.imshow``.
    """
    import numpy as np

    require(themes, ["doc_id", "para_id", "label"] + (["section"] if section else []), "plot_theme_trend")
    periods = document_periods(documents)
    hits = themes if section is None else themes[themes["section"] == section]
    hits = hits.drop_duplicates(["doc_id", "para_id", "label"]).merge(periods, on="doc_id")
    nothing_to_draw(
        hits, "plot_theme_trend", f"no theme in the {section or 'any'} paragraphs of a dated resolution"
    )
    counts = hits.groupby(["label", "body", "period"]).size().unstack(["body", "period"], fill_value=0)
    table = counts.div(periods.groupby(["body", "period"]).size().reindex(counts.columns), axis=1)
    layout = _layout(periods)
    rows = table.mean(axis=1).sort_values(ascending=False).head(top).index.tolist()
    grid = np.full((len(rows), int(max(layout.values(), default=0)) + 1), np.nan)
    for key, pos in layout.items():
        grid[:, int(pos)] = table[key].reindex(rows).fillna(0.0).to_numpy() if key in table else 0.0
    ax = axes(ax, (0.42 * grid.shape[1] + 4.5, 0.42 * len(rows) + 2.2))
    kwargs.setdefault("cmap", SEQUENTIAL_CMAP)
    image = ax.imshow(np.ma.masked_invalid(grid), aspect="auto", vmin=0, **kwargs)
    peak = float(np.nanmax(grid)) if rows else 0.0
    for (i, j), value in np.ndenumerate(grid):
        if not np.isnan(value) and value > 0:
            dark = value > 0.55 * peak
            ax.text(j, i, f"{value:.1f}" if value < 10 else f"{value:.0f}", ha="center", va="center",
                    fontsize=SMALL, color="white" if dark else "black")  # fmt: skip
    ax.set_yticks(range(len(rows)), [shorten(r, label_chars(ax)) for r in rows], fontsize=SMALL)
    n_docs = periods.groupby(["body", "period"]).size()
    _label_columns(ax, layout, counts={key: f"({n_docs[key]})" for key in layout})
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    bar = ax.figure.colorbar(image, ax=ax, fraction=0.03, pad=0.01)
    bar.ax.tick_params(labelsize=SMALL)
    where = {"preambular": "preambular ", "operative": "operative ", None: ""}[section]
    bar.set_label(f"{where}paragraphs per resolution", fontsize=SMALL)
    what = {"preambular": "Concerns raised", "operative": "Themes acted on", None: "Themes"}[section]
    titled(ax, f"{what} per resolution, by session and body (resolutions in brackets)")
    return ax


def _layout(rows: pd.DataFrame) -> dict[tuple[str, str], float]:
    """x position of each (body, period): periods in order, bodies by first period, a gap between."""
    frame = rows[["body", "period"]].drop_duplicates()
    if "order" not in rows.columns:
        frame = frame.assign(order=frame["period"].str.extract(r"(\d+)", expand=False).astype(float))
    else:
        frame = frame.merge(rows[["body", "period", "order"]].drop_duplicates(), on=["body", "period"])
    first = frame.groupby("body")["order"].min().sort_values(kind="stable")
    bodies = sorted(first.index, key=lambda b: (BODY_ORDER.get(b, len(BODY_ORDER)), b))
    layout, x = {}, 0.0
    for body in bodies:
        for period in frame[frame["body"] == body].sort_values(["order", "period"])["period"]:
            layout[(body, period)] = x
            x += 1
        x += BODY_GAP
    return layout


BODY_ORDER = {"General Assembly": 0, "Security Council": 1, "Human Rights Council": 2,
               "Economic and Social Council": 3}  # fmt: skip  # the Charter's order of the organs


def _label_columns(
    ax: Axes, layout: dict[tuple[str, str], float], counts: dict[tuple[str, str], str] | None = None
) -> None:
    """Period under each column (and a count below it), the body's name centred under its group."""
    labels = [f"{key[1]}\n{counts[key]}" if counts else key[1] for key in layout]
    ax.set_xticks(list(layout.values()), labels, fontsize=SMALL)
    ax.set_xlim(min(layout.values(), default=0) - 0.6, max(layout.values(), default=0) + 0.6)
    groups: dict[str, list[float]] = {}
    for (body, _), x in layout.items():
        groups.setdefault(body, []).append(x)
    transform = ax.get_xaxis_transform()
    below = -(SMALL * (2.6 if counts else 1.6) + 6)  # points: under the tick labels
    for body, xs in groups.items():
        middle = (min(xs) + max(xs)) / 2
        ax.annotate(wrap(body or "unknown body", max(14, 5 * len(xs)), 3), (middle, 0), xycoords=transform,
                    xytext=(0, below), textcoords="offset points", ha="center", va="top", fontsize=TEXT,
                    fontweight="bold")  # fmt: skip
        if len(groups) > 1:
            ax.axvline(max(xs) + 0.5 + BODY_GAP / 2, color=OKABE_ITO["grey"], linewidth=0.8, alpha=0.6)


def _shade(level: int, low: int, high: int) -> tuple[float, float, float, float]:
    """The colour of a strength level on the sequential map: the softest level pale, not white."""
    from matplotlib import colormaps

    span = max(high - low, 1)
    return colormaps[SEQUENTIAL_CMAP](0.2 + 0.8 * (level - low) / span)


def _level_names() -> dict[int, str]:
    """``{0: "statement", …}``: the names of the levels in ``verb_strength.yml``."""
    levels = lexicon_meta("verb_strength").get("levels") or {}
    return {int(k): str(v).split(" (")[0] for k, v in levels.items()}
