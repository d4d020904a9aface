"""Small hand-made corpora for the lineage tests: documents and paragraphs tables from plain lists."""

from __future__ import annotations

import pandas as pd

from reslens.tables import Tables
from reslens.tables.structure import DOCUMENT_COLUMNS, PARAGRAPH_COLUMNS


def corpus(*docs: tuple[str, str, str, list[str]]) -> Tables:
    """Tables of resolutions given as ``(doc_id, adoption_date, title, [operative paragraph texts])``."""
    documents = pd.DataFrame(
        [
            {"doc_id": d, "adoption_date": date, "title": title, "body": "General Assembly"}
            for d, date, title, _ in docs
        ]
    ).reindex(columns=list(DOCUMENT_COLUMNS))
    rows = [
        {"doc_id": d, "para_id": f"OP{i}", "position": i, "section": "operative", "text": text,
         "opening_phrase": text.split()[0], "phrase": text.split()[0].lower().rstrip("s"), "modifier": ""}
        for d, _, _, texts in docs
        for i, text in enumerate(texts, 1)
    ]  # fmt: skip
    paragraphs = pd.DataFrame(rows).reindex(columns=list(PARAGRAPH_COLUMNS))
    empty = pd.DataFrame()
    return Tables(documents.astype("string"), paragraphs, footnotes=empty, references=empty, leftovers=empty)
