"""Parsed resolutions → the tidy structure tables (documents, paragraphs, footnotes, …).

One row per observation, keyed by ``doc_id`` (the normalised symbol) and ``para_id``.
Column lists are module constants: they are the documented contract (README "Tables").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import TYPE_CHECKING

from reslens.model import Resolution
from reslens.para_ids import is_point

if TYPE_CHECKING:
    import pandas as pd

DOCUMENT_COLUMNS = (
    "doc_id", "symbol", "body", "session", "resolution_number", "agenda_item", "adoption_date",
    "distribution_date", "meeting", "committee", "committee_report", "title", "job_number", "vote",
    "source", "format", "n_preambular", "n_operative", "n_footnotes", "n_furniture_lines",
    "n_leftovers",
)  # fmt: skip
PARAGRAPH_COLUMNS = (
    "doc_id", "para_id", "position", "part", "section", "number", "opening_phrase", "phrase",
    "modifier", "footnotes", "text",
)  # fmt: skip
FOOTNOTE_COLUMNS = ("doc_id", "number", "para_id", "text")
REFERENCE_COLUMNS = ("doc_id", "where", "text", "symbol", "kind")
LEFTOVER_COLUMNS = ("doc_id", "line_no", "text", "reason")


def documents_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per resolution: its metadata and how much of each part was found."""
    rows = [_document_row(res) for res in resolutions]
    return _frame(rows, DOCUMENT_COLUMNS).astype({c: "Int64" for c in DOCUMENT_COLUMNS if c.startswith("n_")})


def paragraphs_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per paragraph or heading, in document order (``position`` from 1)."""
    rows = [
        {"doc_id": res.doc_id, "position": i, **asdict(p)}
        for res in resolutions
        for i, p in enumerate(res.paragraphs, 1)
    ]
    return _frame(rows, PARAGRAPH_COLUMNS).astype({"position": "Int64"})


def footnotes_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per footnote, with the paragraph that carries its marker."""
    rows = [{"doc_id": res.doc_id, **asdict(f)} for res in resolutions for f in res.footnotes]
    return _frame(rows, FOOTNOTE_COLUMNS).astype({"number": "Int64"})


def references_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per citation of a UN symbol, normalised (``symbol``) and as written (``text``)."""
    rows = [{"doc_id": res.doc_id, **asdict(r)} for res in resolutions for r in res.references]
    return _frame(rows, REFERENCE_COLUMNS)


def leftovers_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per line the parser could not place: reported, never dropped."""
    rows = [{"doc_id": res.doc_id, **asdict(x)} for res in resolutions for x in res.leftovers]
    return _frame(rows, LEFTOVER_COLUMNS).astype({"line_no": "Int64"})


def _document_row(res: Resolution) -> dict[str, object]:
    sections = [p.section for p in res.paragraphs if not is_point(p.para_id)]  # points not counted
    return {
        **{c: res.metadata.get(c, "") for c in DOCUMENT_COLUMNS},
        "doc_id": res.doc_id,
        "source": res.source.path,
        "format": res.source.fmt,
        "n_preambular": sections.count("preambular"),
        "n_operative": sections.count("operative"),
        "n_footnotes": len(res.footnotes),
        "n_furniture_lines": len(res.furniture),
        "n_leftovers": len(res.leftovers),
    }


def _frame(rows: list[dict[str, object]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    text_columns = [c for c in columns if frame[c].dtype == object and c != "footnotes"]
    return frame.astype({c: "string" for c in text_columns})
