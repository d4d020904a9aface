"""Tidy pandas tables: the documented contract of reslens (see README "Tables").

:class:`Tables` holds one DataFrame per table. The structure tables come from
:mod:`reslens.tables.structure`; the NLP tables (actors, obligations, themes) are
added by :func:`reslens.analyze`; the corpus tables (votes, sponsors, subjects, refused)
by :func:`reslens.load_corpus`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from reslens.model import Resolution

__all__ = ["Tables", "structure_tables"]


@dataclass(frozen=True)
class Tables:
    """The tables of one resolution or a corpus; NLP tables are ``None`` until analysed."""

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    footnotes: pd.DataFrame
    references: pd.DataFrame
    leftovers: pd.DataFrame
    actors: pd.DataFrame | None = None
    obligations: pd.DataFrame | None = None
    themes: pd.DataFrame | None = None
    votes: pd.DataFrame | None = None
    sponsors: pd.DataFrame | None = None
    subjects: pd.DataFrame | None = None
    refused: pd.DataFrame | None = None

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """Yield ``(name, frame)`` for every table that has been computed."""
        for f in fields(self):
            frame = getattr(self, f.name)
            if frame is not None:
                yield f.name, frame

    def with_tables(self, **frames: pd.DataFrame) -> Tables:
        """Return a copy with some tables added or replaced."""
        return replace(self, **frames)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={len(frame)} rows" for name, frame in self.items())
        return f"Tables({shown})"


def structure_tables(resolutions: list[Resolution]) -> Tables:
    """Build the structure tables of parsed resolutions (no spaCy needed)."""
    from reslens.tables import structure as s

    return Tables(
        documents=s.documents_table(resolutions),
        paragraphs=s.paragraphs_table(resolutions),
        footnotes=s.footnotes_table(resolutions),
        references=s.references_table(resolutions),
        leftovers=s.leftovers_table(resolutions),
    )
