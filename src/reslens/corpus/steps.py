"""The work of one task: parse a batch of files, or run the NLP step on a batch of documents.

Module-level functions of plain arguments, so a process pool or a Dask worker can run
them; each returns DataFrames (small, picklable) and never holds more than one batch of
spaCy Docs.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reslens.errors import ResolutionError

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

#: The NLP outputs besides ``phrase_function``, in :class:`reslens.tables.Tables` order.
NLP_TABLES = ("actors", "obligations", "themes")


@dataclass
class FileResult:
    """What one file gave: a resolution, or the reason it was refused.

    Attributes:
        name: the file as listed (archive members as ``archive.zip/member``).
        doc_id: the resolution's id, ``""`` when refused.
        reason: why the file gave no tables, ``""`` when it did.
        warned: how many warnings parsing gave (unplaced text: see ``leftovers``).
        layer: which of the batch's table sets holds its rows (a batch holding one
            ``doc_id`` twice tables the second copy apart, so rows stay per file).
    """

    name: str
    doc_id: str = ""
    reason: str = ""
    warned: int = 0
    layer: int = 0


def structure_of_files(
    named_bytes: list[tuple[str, bytes]],
) -> tuple[list[FileResult], list[dict[str, pd.DataFrame]]]:
    """Parse each ``(name, bytes)``; return each file's result and the batch's structure tables.

    The tables are built once per batch (building them per file costs more than
    parsing): one set, or one more for each further copy of a ``doc_id`` in the batch.
    """
    from reslens.ingest import read_source
    from reslens.structure import parse
    from reslens.tables import structure_tables

    results: list[FileResult] = []
    layers: list[list] = []
    copies: dict[str, int] = {}
    for name, data in named_bytes:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                resolution = parse(read_source(name, data=data))
            except ResolutionError as err:
                results.append(FileResult(name, reason=err.problem))
                continue
        layer = copies.get(resolution.doc_id, 0)
        copies[resolution.doc_id] = layer + 1
        if layer == len(layers):
            layers.append([])
        layers[layer].append(resolution)
        results.append(FileResult(name, resolution.doc_id, warned=len(caught), layer=layer))
    return results, [dict(structure_tables(layer).items()) for layer in layers]


def nlp_of_paragraphs(
    paragraphs: pd.DataFrame,
    model: str | None,
    lexicon_dir: str | None,
    fingerprint: str,
    nlp: Language | None = None,
) -> dict[str, pd.DataFrame | None]:
    """The NLP tables of some documents' paragraphs (a ``body`` column names the adopting body).

    ``nlp`` is used when given (in this process); otherwise the pipeline of ``model`` and
    ``lexicon_dir`` is built once per worker process and ``fingerprint`` (the lexicon
    hashes among others) decides when to build it again.

    Returns:
        ``actors``, ``obligations``, ``themes`` (``None`` where the pipeline lacks the
        pipe) and ``phrase_function``: a one-column frame aligned with ``paragraphs``.
    """
    from reslens.nlp.documents import parse_paragraphs
    from reslens.tables import nlp as nlp_tables
    from reslens.tables.themes import themes_table

    nlp = nlp or pipeline(model, lexicon_dir, fingerprint)
    pipes = set(nlp.pipe_names)
    docs = parse_paragraphs(paragraphs, nlp)
    functions = nlp.get_pipe("reslens_phrases").functions if "reslens_phrases" in pipes else None
    with_functions = nlp_tables.add_phrase_functions(paragraphs.drop(columns="body"), functions=functions)
    return {
        "actors": nlp_tables.actors_table(docs) if "reslens_actors" in pipes else None,
        "obligations": nlp_tables.obligations_table(docs) if "reslens_obligations" in pipes else None,
        "themes": themes_table(docs, nlp) if "reslens_themes" in pipes else None,
        "phrase_function": with_functions[["phrase_function"]].reset_index(drop=True),
    }


@lru_cache(maxsize=2)
def pipeline(model: str | None, lexicon_dir: str | None, fingerprint: str) -> Language:
    """The pipeline, built once per worker process and run fingerprint (an edited lexicon gives a new one)."""
    from reslens.nlp import build_pipeline

    return build_pipeline(model, lexicon_dir=lexicon_dir)
