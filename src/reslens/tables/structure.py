"""Parsed resolutions → the tidy structure tables (documents, paragraphs, footnotes, …).

One row per observation, keyed by ``doc_id`` (the normalised symbol) and ``para_id``.
Column lists are module constants: they are the documented contract (README "Tables").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING

from reslens.model import Resolution
from reslens.para_ids import is_point
from reslens.tables.frames import make_frame

if TYPE_CHECKING:
    import pandas as pd

DOCUMENT_COLUMNS = (
    "doc_id", "symbol", "body", "session", "resolution_number", "agenda_item", "adoption_date",
    "distribution_date", "meeting", "committee", "committee_report", "title", "job_number", "vote", "notes",
    "numbering", "doc_type", "sponsors", "source", "format", "n_preambular", "n_operative", "n_footnotes",
    "n_furniture_lines", "n_leftovers",
)  # fmt: skip
PARAGRAPH_COLUMNS = (
    "doc_id", "para_id", "position", "part", "section", "number", "opening_phrase", "phrase",
    "modifier", "footnotes", "text",
)  # fmt: skip
FOOTNOTE_COLUMNS = ("doc_id", "number", "para_id", "text", "marker_note")
REFERENCE_COLUMNS = ("doc_id", "where", "text", "symbol", "kind")
LEFTOVER_COLUMNS = ("doc_id", "line_no", "text", "reason")


def documents_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per resolution: its metadata and how much of each part was found."""
    rows = [_document_row(res) for res in resolutions]
    return make_frame(rows, DOCUMENT_COLUMNS, integers=[c for c in DOCUMENT_COLUMNS if c.startswith("n_")])


def paragraphs_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per paragraph or heading, in document order (``position`` from 1)."""
    rows = [
        {"doc_id": res.doc_id, "position": i, **_row(p)}
        for res in resolutions
        for i, p in enumerate(res.paragraphs, 1)
    ]
    return make_frame(rows, PARAGRAPH_COLUMNS, integers=["position"])


def footnotes_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per footnote, with the paragraph that carries its marker."""
    rows = [{"doc_id": res.doc_id, **_row(f)} for res in resolutions for f in res.footnotes]
    return make_frame(rows, FOOTNOTE_COLUMNS, integers=["number"])


def references_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per citation of a UN symbol, normalised (``symbol``) and as written (``text``)."""
    rows = [{"doc_id": res.doc_id, **_row(r)} for res in resolutions for r in res.references]
    return make_frame(rows, REFERENCE_COLUMNS)


def leftovers_table(resolutions: Iterable[Resolution]) -> pd.DataFrame:
    """One row per line the parser could not place: reported, never dropped."""
    rows = [{"doc_id": res.doc_id, **_row(x)} for res in resolutions for x in res.leftovers]
    return make_frame(rows, LEFTOVER_COLUMNS, integers=["line_no"])


def _row(item: object) -> dict[str, object]:
    """The fields of a flat, frozen model record as a row. ``asdict`` recurses and copies
    every value, which cost a tenth of a whole-corpus structure run; these records hold
    only strings, numbers and tuples."""
    return {f.name: getattr(item, f.name) for f in fields(item)}


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
