"""Per-file results stored as Parquet, so a second run re-does only what changed.

Every result is stored under a key: the SHA-256 of the input (a file's name and bytes,
or a document's paragraphs for the NLP step) together with the reslens version, a
SHA-256 of reslens's own source (its ``.py`` files), the spaCy model and the SHA-256 of
every lexicon. Edit a lexicon or a line of code in a checkout, upgrade reslens or the
model, and the keys change, so those results are made again; add a file and only that
file is read.

Layout: ``DIR/<step>/<table>/<segment>.parquet``. Each run that made something new
writes one segment per table holding the rows of all the files it made, with the
columns ``_key`` (whose result) and ``_row`` (its order); ``DIR/<step>/index/`` lists
every key with its ``doc_id`` or the reason its file was refused. Reading takes the
rows of the wanted keys from all segments (many small files would make a cached run
of a large corpus slow). Segments of old keys stay until the folder is deleted.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from reslens.tables.frames import LIST_COLUMNS

KEY, ROW = "_key", "_row"
INDEX = "index"


def run_fingerprint(*parts: str, lexicon_dir: str | Path | None = None) -> str:
    """What, besides the input, decides a result: reslens version and source, lexicon hashes, ``parts``."""
    from reslens import __version__
    from reslens.lexicons import LEXICON_DIR, lexicon_hashes

    names = sorted({p.stem for p in LEXICON_DIR.iterdir() if p.suffix in (".yml", ".jsonl")})
    hashes = lexicon_hashes(names, lexicon_dir)
    text = "\n".join([__version__, code_digest(), *parts, *(f"{n}={h}" for n, h in sorted(hashes.items()))])
    return hashlib.sha256(text.encode()).hexdigest()


@functools.cache
def code_digest() -> str:
    """The SHA-256 of the installed reslens source, once per process.

    The version number alone would let an edited checkout serve tables made by the old
    code; hashing its ~100 ``.py`` files (0.7 MB) takes a few milliseconds.
    """
    from reslens.paths import PACKAGE_DIR

    return source_digest(PACKAGE_DIR)


def source_digest(package_dir: Path) -> str:
    """A SHA-256 over the relative path and bytes of every ``.py`` file under ``package_dir``."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*.py")):
        digest.update(path.relative_to(package_dir).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def result_key(content: bytes, fingerprint: str) -> str:
    """The key of one input's result under a run fingerprint."""
    return hashlib.sha256(hashlib.sha256(content).digest() + fingerprint.encode()).hexdigest()


class Cache:
    """The cached results of one step (``structure`` or ``nlp``) in a cache folder."""

    def __init__(self, folder: str | Path, step: str) -> None:
        self.root = Path(folder) / step

    def index(self, keys: Iterable[str]) -> pd.DataFrame:
        """The index rows (``_key``, ``doc_id``, ``reason``) of the keys already stored."""
        return self._read(INDEX, set(keys), columns=[KEY, "doc_id", "reason"])

    def rows(self, table: str, keys: set[str]) -> pd.DataFrame | None:
        """The stored rows of ``table`` for ``keys`` (with ``_key``, ``_row``); ``None`` if never stored."""
        if not (self.root / table).is_dir():
            return None
        return self._read(table, keys)

    def store(self, index: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> None:
        """Write one new segment: the index rows and every table's rows (``_key``, ``_row`` included)."""
        segment = f"{uuid.uuid4().hex}.parquet"
        for name, frame in {INDEX: index, **tables}.items():
            folder = self.root / name
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{segment}.tmp"
            frame.to_parquet(tmp, index=False)
            tmp.rename(folder / segment)  # readers never see half a segment

    def _read(self, table: str, keys: set[str], columns: list[str] | None = None) -> pd.DataFrame:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.dataset as ds
        import pyarrow.parquet as pq

        folder = self.root / table
        files = sorted(str(p) for p in folder.glob("*.parquet")) if folder.is_dir() else []
        if not files:
            return pd.DataFrame({c: pd.Series(dtype="string") for c in columns or [KEY]})
        # a segment of a few files may hold a column with no values (Parquet type null)
        schema = pa.unify_schemas([pq.read_schema(f) for f in files], promote_options="permissive")
        dataset = ds.dataset(files, format="parquet", schema=schema)
        found = dataset.to_table(filter=pc.field(KEY).isin(list(keys)))
        frame = found.to_pandas()
        for column in LIST_COLUMNS & set(frame.columns):  # Parquet lists come back as arrays
            frame[column] = frame[column].map(_as_tuple)
        return frame.drop_duplicates([KEY, ROW] if ROW in frame else [KEY], keep="last")


def _as_tuple(value: object) -> object:
    return value if value is None or isinstance(value, (tuple, str)) else tuple(value.tolist())
