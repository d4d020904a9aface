"""The three calls most users need: load one resolution, load many, analyse them."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reslens.errors import ResolutionError
from reslens.model import Resolution
from reslens.tables import Tables, structure_tables

if TYPE_CHECKING:
    from spacy.language import Language

SUPPORTED_SUFFIXES = (".txt", ".text", ".pdf", ".docx", ".html", ".htm", ".xml", ".akn")


def parse_file(path: str | Path) -> Resolution:
    """Read and parse one file into a :class:`~reslens.model.Resolution`.

    Text that cannot be placed is kept in ``Resolution.leftovers`` and announced by the
    parser with a warning.

    Raises:
        ResolutionError: the file cannot be read as a UN resolution.
    """
    from reslens.ingest import read_source
    from reslens.structure import parse

    return parse(read_source(path))


def load(path: str | Path) -> Tables:
    """Load one resolution into tidy tables.

    Example:
        >>> tables = load("data/raw/A_RES_66_164.txt")
        >>> tables.paragraphs[["para_id", "phrase"]].head(3)
    """
    return structure_tables([parse_file(path)])


def collect_paths(paths_or_folder: str | Path | Iterable[str | Path]) -> list[Path]:
    """Expand a folder (its supported files, sorted) or a list of paths.

    Raises:
        ResolutionError: a folder holds no supported file (subfolders are not searched).
    """
    if isinstance(paths_or_folder, (str, Path)):
        paths_or_folder = [paths_or_folder]
    found: list[Path] = []
    for item in map(Path, paths_or_folder):
        if not item.is_dir():
            found.append(item)
            continue
        inside = sorted(p for p in item.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
        if not inside:
            raise ResolutionError(item, f"no supported files ({' '.join(SUPPORTED_SUFFIXES)}) in this folder")
        found.extend(inside)
    return found


def parse_files(paths: Iterable[Path], *, on_error: Callable[[ResolutionError], None]) -> list[Resolution]:
    """Parse many files, one resolution each; a symbol seen before is skipped with a warning.

    The same resolution in two formats (``A_RES_74_146.txt`` and ``.xml``) would give every
    paragraph twice under one ``doc_id``; the first file read is kept.

    Args:
        paths: the files, in the order to read them.
        on_error: called with the error of a file that is not a readable resolution.
    """
    from tqdm import tqdm

    paths = list(paths)
    seen: dict[str, Path] = {}
    resolutions = []
    for path in tqdm(paths, desc="parsing", unit="file", disable=len(paths) < 20 or None):
        try:
            resolution = parse_file(path)
        except ResolutionError as err:
            on_error(err)
            continue
        if resolution.doc_id in seen:
            warnings.warn(
                f"{path}: {resolution.doc_id} is already loaded from {seen[resolution.doc_id]}; skipped",
                stacklevel=2,
            )
            continue
        seen[resolution.doc_id] = path
        resolutions.append(resolution)
    return resolutions


def load_corpus(paths_or_folder: str | Path | Iterable[str | Path], *, errors: str = "raise") -> Tables:
    """Load many resolutions into one set of tables (rows of all documents concatenated).

    Args:
        paths_or_folder: a folder, one path, or an iterable of paths.
        errors: ``"raise"`` stops at the first bad file; ``"warn"`` skips it with a warning.

    Returns:
        The concatenated tables; a progress bar shows on long runs (20 files or more).
    """
    if errors not in ("raise", "warn"):
        raise ValueError(f"errors must be 'raise' or 'warn', not {errors!r}")

    def on_error(err: ResolutionError) -> None:
        if errors == "raise":
            raise err
        warnings.warn(str(err), stacklevel=3)

    return structure_tables(parse_files(collect_paths(paths_or_folder), on_error=on_error))


def analyze(tables: Tables, nlp: Language | None = None) -> Tables:
    """Add the NLP tables (actors, obligations, themes) and phrase functions.

    Every paragraph is parsed once; each NLP table reads the same Docs.

    Args:
        tables: from :func:`load` or :func:`load_corpus`.
        nlp: a pipeline from :func:`reslens.nlp.build_pipeline`; built with defaults if
            omitted. A table whose pipe the pipeline lacks stays ``None`` (a blank
            pipeline gives actors and themes but no obligations, which need a parser).

    Example:
        >>> tables = analyze(load("data/raw/A_RES_66_164.txt"))
        >>> tables.obligations[["para_id", "verb", "addressee", "actions"]].head()
    """
    from reslens.nlp import build_pipeline
    from reslens.tables import nlp as nlp_tables
    from reslens.tables.themes import themes_table

    nlp = nlp or build_pipeline()
    with_body = tables.paragraphs.merge(tables.documents[["doc_id", "body"]], on="doc_id", how="left")
    docs = nlp_tables.parse_paragraphs(with_body, nlp)
    pipes = set(nlp.pipe_names)
    return tables.with_tables(
        paragraphs=nlp_tables.add_phrase_functions(
            tables.paragraphs,
            functions=nlp.get_pipe("reslens_phrases").functions if "reslens_phrases" in pipes else None,
        ),
        actors=nlp_tables.actors_table(docs) if "reslens_actors" in pipes else None,
        obligations=(
            nlp_tables.obligations_table(docs, nlp.get_pipe("reslens_obligations").cues)
            if "reslens_obligations" in pipes
            else None
        ),
        themes=themes_table(docs, nlp) if "reslens_themes" in pipes else None,
    )
