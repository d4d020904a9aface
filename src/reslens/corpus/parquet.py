"""Write the tables as a Parquet dataset partitioned by body and session.

``DIR/parquet/<table>/body=<body>/session=<session>/*.parquet`` (Hive partitioning) is
what Dask (``dd.read_parquet``), DuckDB (``read_parquet('…/**/*.parquet',
hive_partitioning=true)``), Spark and ``pyarrow.dataset`` read as one table, reading
only the partitions a query needs. Every table gets the ``body`` and ``session`` of its
document; ``refused`` (files, not documents) is written as one file. Two runs on the
same input write the same file names and bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reslens.tables import Tables

PARTITIONS = ["body", "session"]
UNKNOWN = "unknown"  # a document whose body or session the parser did not find


def write_dataset(tables: Tables, out_dir: str | Path) -> Path:
    """Write every computed table under ``out_dir/parquet``; return that folder."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = Path(out_dir) / "parquet"
    where = tables.documents[["doc_id", *PARTITIONS]].astype("string").fillna(UNKNOWN)
    where = where.assign(**{c: where[c].mask(where[c].str.strip() == "", UNKNOWN) for c in PARTITIONS})
    for name, frame in tables.items():
        if "doc_id" not in frame:
            root.mkdir(parents=True, exist_ok=True)
            frame.to_parquet(root / f"{name}.parquet", index=False)
            continue
        located = frame.drop(columns=[c for c in PARTITIONS if c in frame]).merge(
            where, on="doc_id", how="left"
        )
        located = located.assign(**{c: located[c].fillna(UNKNOWN) for c in PARTITIONS})
        pq.write_to_dataset(
            pa.Table.from_pandas(located, preserve_index=False),
            root / name,
            partition_cols=PARTITIONS,
            existing_data_behavior="delete_matching",
            basename_template="part-{i}.parquet",  # pyarrow's default name is a random uuid
        )
    return root
