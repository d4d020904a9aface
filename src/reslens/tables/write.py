"""Write tables to disk as CSV (UTF-8, lists joined with ``;``) and optionally Parquet."""

from __future__ import annotations

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
        flat = flatten_lists(frame)
        if "csv" in formats:
            written.append(out / f"{name}.csv")
            flat.to_csv(written[-1], index=False, encoding="utf-8")
        if "parquet" in formats:
            written.append(out / f"{name}.parquet")
            flat.to_parquet(written[-1], index=False)
    return written


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
