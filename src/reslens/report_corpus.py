"""The corpus part of the HTML report: charts across resolutions instead of one set per text.

A folder of hundreds of resolutions would give hundreds of charts of one text each; the
corpus report shows how many resolutions of each body and session were read, then the
four trend charts, each with a line saying how to read it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def _corpus_chart_specs() -> list[tuple[str, str, Callable[[dict[str, pd.DataFrame]], Any]]]:
    """(title, how to read it, drawing function of the tables) for every corpus chart."""
    from reslens import charts

    def addressed(t: dict[str, pd.DataFrame]) -> Any:
        _needed(t, "votes")  # a corpus read without its data_extract has no votes: say so
        from reslens.corpus import votes_for_addressees

        joined = votes_for_addressees(
            SimpleNamespace(**{k: t.get(k) for k in ("obligations", "votes", "sponsors")})
        )
        return charts.plot_addressed_states(joined, _needed(t, "documents"))

    return [
        ("Verb strength by session and body",
         "Each bar is one session (or year) of one body; the dark base is the share of clauses that decide "
         "or demand. The number above a bar counts its clauses: a bar of a dozen clauses is not a trend.",
         lambda t: charts.plot_strength_by_session(_needed(t, "obligations"), _needed(t, "documents"))),
        ("Concerns raised, by session and body",
         "Preambular paragraphs per resolution that raise each theme; the number of resolutions of each "
         "session is under its label.",
         lambda t: charts.plot_theme_trend(_needed(t, "themes"), _needed(t, "documents"))),
        ("States called upon by name, and their votes",
         "Operative clauses addressed to a State by name, split by how that State voted on the resolution.",
         addressed),
        ("Sponsors and verb strength",
         "One dot per resolution: how many States sponsored it, and the share of its clauses that urge, "
         "demand or decide.",
         lambda t: charts.plot_sponsorship_strength(
             _needed(t, "obligations"), _needed(t, "sponsors"), _needed(t, "documents"))),
    ]  # fmt: skip


def corpus_sections(tables: dict[str, pd.DataFrame], figures: Path) -> list[str]:
    """HTML of the corpus summary and charts; a chart that cannot be drawn is a note saying why."""
    import matplotlib.pyplot as plt

    from reslens.report import _chart_html

    sections = [_summary_html(tables)]
    for title, how, draw in _corpus_chart_specs():
        sections.append(f"<h2>{html.escape(title)}</h2><p>{html.escape(how)}</p>")
        sections.append(_chart_html(draw, tables, {}, title, figures))  # draw(tables) is the "plot"
        plt.close("all")
    return sections


def _needed(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    frame = tables.get(name)
    if frame is None or frame.empty:
        raise ValueError(f"the {name} table is empty or missing")
    return frame


def _summary_html(tables: dict[str, pd.DataFrame]) -> str:
    """Resolutions read per body and session (or year), with recorded votes, and files refused."""
    from reslens.charts.corpus_trends import BODY_ORDER, document_periods

    documents = tables.get("documents")
    if documents is None or documents.empty:
        return '<p class="note">No resolution was read.</p>'
    periods = document_periods(documents.reindex(columns=["doc_id", "body", "session", "adoption_date"]))
    summary = periods.groupby(["body", "period"], sort=False).size().rename("resolutions").to_frame()
    if "adoption_type" in documents.columns:
        recorded = documents.loc[documents["adoption_type"] == "recorded vote", "doc_id"]
        counted = periods[periods["doc_id"].isin(recorded)].groupby(["body", "period"]).size()
        summary["recorded votes"] = counted.reindex(summary.index).fillna(0).astype(int)
    summary = summary.reset_index().merge(periods[["body", "period", "order"]].drop_duplicates())
    rank = summary["body"].map(lambda body: BODY_ORDER.get(body, len(BODY_ORDER)))
    summary = summary.assign(rank=rank).sort_values(["rank", "body", "order"]).drop(columns=["rank", "order"])
    refused = tables.get("refused")
    note = ""
    if refused is not None and len(refused):
        note = f'<p class="note">{len(refused)} file(s) refused: see the table "refused" below.</p>'
    table = summary.to_html(index=False, escape=True, border=0)
    return f"<h2>Corpus: {len(documents)} resolutions</h2>{note}{table}"
