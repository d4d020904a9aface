"""The three calls most users need: load one resolution, load many, analyse them."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reslens.errors import ResolutionError
from reslens.model import Resolution
from reslens.tables import Tables, structure_tables

if TYPE_CHECKING:
    from spacy.language import Language

SUPPORTED_SUFFIXES = (".txt", ".text", ".pdf", ".docx", ".doc", ".html", ".htm", ".xml", ".akn")


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


def load_corpus(
    paths_or_folder: str | Path | Iterable[str | Path],
    *,
    errors: str = "refuse",
    workers: int = 1,
    cache: str | Path | None = None,
    engine: str = "local",
    client: Any = None,
    metadata: str | Path | Iterable[str | Path] | None = None,
) -> Tables:
    """Load many resolutions into one set of tables (rows of all documents concatenated).

    Folders are read recursively and zip archives in place, as the UN publishes its
    ``UNxml/*resolutions`` repositories; other language versions (folders ``French/``,
    names ending ``F.xml`` or ``_FR``) are skipped; a resolution found twice is read
    once. Votes, sponsors and subjects come from the ``data_extract`` files found under
    the folders (or ``metadata``).

    Args:
        paths_or_folder: a folder, one path, or an iterable of paths.
        errors: what a file that is not a readable resolution does: ``"refuse"`` lists it
            in ``tables.refused`` and one summary warning tells how many were set aside;
            ``"warn"`` also warns once per such file; ``"raise"`` stops at the first.
        workers: processes parsing files in parallel (same tables, same order as 1).
        cache: a folder keeping each file's tables as Parquet; a second run reads them
            back and parses only new or changed files (and all after a lexicon change).
        engine: ``"local"`` (processes on this machine) or ``"dask"``.
        client: a ``dask.distributed.Client`` for ``engine="dask"``; without one a
            ``LocalCluster`` of ``workers`` processes is started for the call.
        metadata: ``data_extract`` files or folders, when they are not under the corpus.

    Returns:
        The tables, with ``votes``, ``sponsors``, ``subjects`` and ``refused``; the
        documents gain ``adoption_type``, ``yes``, ``no``, ``abstain``, ``chapter_vii``.

    Raises:
        ResolutionError: a path does not exist, a folder holds no supported file, or
            (``errors="raise"``) a file is not a readable resolution.

    Example:
        >>> corpus = load_corpus("data/raw")
        >>> corpus.refused                                   # the French text, the statement
    """
    from reslens.corpus.load import read_corpus

    if errors not in ("raise", "warn", "refuse"):
        raise ValueError(f"errors must be 'refuse', 'warn' or 'raise', not {errors!r}")
    if isinstance(paths_or_folder, (str, Path)):
        paths_or_folder = [paths_or_folder]
    read = read_corpus(
        paths_or_folder, suffixes=SUPPORTED_SUFFIXES, workers=workers, cache=cache,
        engine=engine, client=client, metadata=metadata,
    )  # fmt: skip
    failed = [r for r in read.refusals if r.error]
    if errors == "raise" and failed:
        raise ResolutionError(failed[0].file, failed[0].reason)
    if errors == "warn":
        for refusal in failed:
            warnings.warn(f"{refusal.file}: {refusal.reason}", stacklevel=2)
    if read.has_news:
        warnings.warn(read.summary(), stacklevel=2)
    return read.tables


def analyze(
    tables: Tables,
    nlp: Language | None = None,
    *,
    workers: int = 1,
    cache: str | Path | None = None,
    engine: str = "local",
    client: Any = None,
    model: str | None = None,
    lexicon_dir: str | Path | None = None,
) -> Tables:
    """Add the NLP tables (actors, obligations, themes) and phrase functions.

    Every paragraph is parsed once; each NLP table reads the same Docs. Documents are
    parsed in batches, so memory holds one batch of Docs at a time.

    Args:
        tables: from :func:`load` or :func:`load_corpus`.
        nlp: a pipeline from :func:`reslens.nlp.build_pipeline`; built with defaults if
            omitted. A table whose pipe the pipeline lacks stays ``None`` (a blank
            pipeline gives actors and themes but no obligations, which need a parser).
            A pipeline object stays in this process: with ``workers``, ``cache`` or
            Dask, name it with ``model`` and ``lexicon_dir`` instead.
        workers: processes running spaCy in parallel (same tables, same order as 1).
        cache: a folder keeping each document's NLP tables as Parquet, keyed by its
            paragraphs, the reslens version, the model and the lexicons.
        engine: ``"local"`` or ``"dask"`` (see :func:`load_corpus`).
        client: a ``dask.distributed.Client`` for ``engine="dask"``.
        model: the spaCy pipeline to build (default ``en_core_web_sm`` 3.8.0).
        lexicon_dir: a folder of lexicons overriding the shipped ones.

    Example:
        >>> tables = analyze(load("data/raw/A_RES_66_164.txt"))
        >>> tables.obligations[["para_id", "verb", "addressee", "actions"]].head()
    """
    from reslens.corpus.analysis import analyze_tables

    if nlp is not None and (workers > 1 or engine != "local" or cache is not None or model or lexicon_dir):
        raise ValueError(
            "a pipeline object cannot be sent to other processes or keyed in a cache: "
            "pass model= and lexicon_dir= instead of nlp="
        )
    return analyze_tables(
        tables, nlp=nlp, workers=workers, cache=None if cache is None else str(cache), engine=engine,
        client=client, model=model, lexicon_dir=None if lexicon_dir is None else str(lexicon_dir),
    )  # fmt: skip
