"""Write tables to disk as CSV (UTF-8, lists joined with ``;``) and optionally Parquet.

Next to the tables, :func:`write_provenance` records what made them (package and model
versions, a hash of every input file and lexicon), so a published table can be traced
and reproduced.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from reslens.tables import Tables

FORMATS = ("csv", "parquet")


def write_tables(tables: Tables, out_dir: str | Path, *, formats: tuple[str, ...] = ("csv",)) -> list[Path]:
    """Write every computed table as ``<name>.<format>`` into ``out_dir``.

    Returns:
        The paths written, in table order.
    """
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown table format(s) {sorted(unknown)}; choose from {FORMATS}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        if "csv" in formats:
            written.append(out / f"{name}.csv")
            flatten_lists(frame).to_csv(written[-1], index=False, encoding="utf-8")
        if "parquet" in formats:  # Parquet keeps list columns as lists
            written.append(out / f"{name}.parquet")
            frame.to_parquet(written[-1], index=False)
    return written


def write_provenance(
    out_dir: str | Path,
    *,
    inputs: Iterable[str | Path],
    model: str = "",
    lexicon_dir: str | Path | None = None,
) -> Path:
    """Write ``provenance.json``: reslens and model versions, input and lexicon hashes.

    Args:
        out_dir: the folder holding the tables.
        inputs: the files the tables were made from.
        model: the spaCy pipeline as ``name version`` ("" when no NLP was run).
        lexicon_dir: the user's lexicon folder, if any (its files override the shipped ones).
    """
    import platform

    from reslens import __version__
    from reslens.lexicons import LEXICON_DIR, lexicon_hashes

    names = sorted({p.stem for p in LEXICON_DIR.iterdir() if p.suffix in (".yml", ".jsonl")})
    record = {
        "reslens": __version__,
        "python": platform.python_version(),
        "spacy_model": model,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": {str(p): _sha256(Path(p)) for p in inputs},
        "lexicon_dir": str(lexicon_dir or ""),
        "lexicons": lexicon_hashes(names, lexicon_dir),
    }
    path = Path(out_dir) / "provenance.json"
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flatten_lists(frame: pd.DataFrame) -> pd.DataFrame:
    """Join list or tuple cells with ``;`` so every cell is a scalar."""
    list_columns = [
        c
        for c in frame.columns
        if frame[c].dtype == object and frame[c].map(lambda v: isinstance(v, (list, tuple))).any()
    ]
    return frame.assign(
        **{
            c: frame[c].map(lambda v: ";".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
            for c in list_columns
        }
    )
