"""One self-contained HTML report of the tables and charts, to mail or open offline.

Figures are embedded as base64 PNG and tables as HTML, so the file needs no network and
no companion folder; the charts are also written as PNG and SVG in ``out_dir/figures``
for slides and papers.
"""

from __future__ import annotations

import base64
import html
import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

MAX_TABLE_ROWS = 200
CSS = """body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}
img{max-width:100%;height:auto}table{border-collapse:collapse;font-size:0.85em}
th,td{border:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}.note{color:#666;font-style:italic}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 1em}dt{font-weight:bold}dd{margin:0}"""


def _chart_specs() -> list[tuple[str, str, Callable[..., Any], dict[str, str]]]:
    """(title, table, chart function, extra arguments) for every chart in the report.

    An extra argument names a table (its rows of the same document are passed) or a
    ``table.column`` (that column's value for the document is passed).
    """
    from reslens import charts

    return [
        ("Operative verbs", "obligations", charts.plot_verb_frequency, {}),
        ("Verb strength along the text", "obligations", charts.plot_verb_strength, {}),
        ("Addressees", "obligations", charts.plot_addressee_kinds, {}),
        ("Who is asked to do what", "obligations", charts.plot_request_network, {"body": "documents.body"}),
        ("Actors by paragraph", "actors", charts.plot_actor_matrix, {"paragraphs": "paragraphs"}),
        ("Themes by paragraph", "themes", charts.plot_theme_matrix, {"paragraphs": "paragraphs"}),
        ("Citations", "references", charts.plot_citation_graph, {}),
        ("Changes between versions", "alignment", charts.plot_alignment, {}),
        ("Where each paragraph's wording comes from", "lineage", charts.plot_lineage, {}),
    ]


def write_report(tables: dict[str, pd.DataFrame], out_dir: Path, *, title: str, corpus: bool = False) -> Path:
    """Write ``out_dir/report.html`` plus every chart as PNG and SVG in ``out_dir/figures``.

    Charts of one document are drawn once per ``doc_id``; a chart whose table is missing or
    empty, or that cannot be drawn, is replaced by a note saying why. With ``corpus=True``
    the charts are the trends across resolutions (:mod:`reslens.report_corpus`) instead.

    Args:
        tables: named tables (``paragraphs``, ``obligations``, ``actors``, ``themes``,
            ``references``, ``alignment``, …); any others are shown as tables only.
        out_dir: folder for the report (created if missing).
        title: the report's heading.
        corpus: draw the corpus charts (by session, body, vote, sponsors), not one set per text.

    Returns:
        The path of the HTML file.
    """
    import matplotlib.pyplot as plt

    out_dir = Path(out_dir)
    figures = out_dir / "figures"
    sections = [f"<h1>{html.escape(title)}</h1>"]
    if corpus:
        from reslens.report_corpus import corpus_sections

        sections += corpus_sections(tables, figures)
    else:
        sections.append(_summary_html(tables.get("documents")))
    for chart_title, key, plot, extra in [] if corpus else _chart_specs():
        sections.append(f"<h2>{html.escape(chart_title)}</h2>")
        data = tables.get(key)
        if data is None or data.empty:
            sections.append(
                f'<p class="note">No chart: the {html.escape(key)} table is empty or missing.</p>'
            )
            continue
        for doc_id, part in _per_document(data, plot):
            kwargs = {name: _argument(tables, src, doc_id) for name, src in extra.items()}
            sections.append(_chart_html(plot, part, kwargs, f"{chart_title} {doc_id}", figures))
            plt.close("all")
    for name, frame in tables.items():
        sections.append(f"<h2>Table: {html.escape(name)}</h2>{_table_html(frame)}")
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{CSS}</style></head><body>{''.join(sections)}</body></html>"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def _per_document(data: pd.DataFrame, plot: Callable[..., Any]) -> list[tuple[str, pd.DataFrame]]:
    """Split by ``doc_id`` for charts of one text; corpus charts get the whole table."""
    from reslens.charts import plot_alignment, plot_citation_graph

    if plot in (plot_citation_graph, plot_alignment) or "doc_id" not in data.columns:
        return [("", data)]
    return [(str(doc), part) for doc, part in data.groupby("doc_id", sort=True)]


def _argument(tables: dict[str, pd.DataFrame], source: str, doc_id: str) -> Any:
    """The rows of table ``source`` for ``doc_id``, or one value for ``table.column``."""
    name, _, column = source.partition(".")
    rows = _subset(tables.get(name), doc_id)
    if not column:
        return rows
    return None if rows is None or rows.empty or not doc_id else rows[column].iloc[0]


SUMMARY_FIELDS = ("symbol", "title", "body", "adoption_date", "meeting", "vote", "n_preambular",
                  "n_operative", "n_footnotes", "n_leftovers")  # fmt: skip


def _summary_html(documents: pd.DataFrame | None) -> str:
    """A short description of each resolution, above the charts."""
    if documents is None or documents.empty:
        return ""
    rows = documents.reindex(columns=SUMMARY_FIELDS).fillna("")
    items = "".join(
        "<dl>"
        + "".join(
            f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>" for k, v in row.items() if str(v)
        )
        + "</dl>"
        for _, row in rows.iterrows()
    )
    return f"<h2>Resolutions</h2>{items}"


def _subset(frame: pd.DataFrame | None, doc_id: str) -> pd.DataFrame | None:
    if frame is None or not doc_id or "doc_id" not in frame.columns:
        return frame
    return frame[frame["doc_id"].astype(str) == doc_id]


def _chart_html(plot: Callable[..., Any], data: pd.DataFrame, kwargs: dict, name: str, folder: Path) -> str:
    from reslens.charts import save_figure

    try:
        ax = plot(data, **kwargs)
    except (ValueError, KeyError, TypeError) as err:
        logger.warning("report: chart %r skipped: %s", name, err)
        return f'<p class="note">No chart for {html.escape(name)}: {html.escape(str(err))}</p>'
    save_figure(ax.figure, name, folder=folder)
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight", facecolor="white")
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<figure><img alt="{html.escape(name)}" src="data:image/png;base64,{encoded}"></figure>'


def _table_html(frame: pd.DataFrame) -> str:
    if frame.empty:
        return '<p class="note">Empty table.</p>'
    shown = frame.head(MAX_TABLE_ROWS)
    note = (
        f'<p class="note">First {MAX_TABLE_ROWS} of {len(frame)} rows.</p>'
        if len(frame) > MAX_TABLE_ROWS
        else ""
    )
    return note + shown.to_html(index=False, escape=True, na_rep="", border=0, render_links=False)
