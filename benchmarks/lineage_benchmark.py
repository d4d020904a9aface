"""Lineage index over a whole corpus: build and trace times, and scores on the hand-judged samples.

    python benchmarks/lineage_benchmark.py --tables DIR [--corpus DIR] [--index FILE] [SAMPLE.csv ...]

``DIR`` holds ``documents.parquet`` and ``paragraphs.parquet`` of the corpus; when they are
missing, ``--corpus`` (the unpacked ``../shared/corpus``, default ``/work/corpus``) is read
once with :func:`reslens.load_corpus` and cached there. Prints the time to build
the index (target: under 2 minutes for the whole corpus), to save and reload it, to trace one
resolution (target: under 1 s; the first trace after loading also prepares the lookup of the
index's distinct texts, and is printed apart), and precision/recall of "same lineage" and the
accuracy of the change labels on each sample given (``tests/data/lineage/sample_*.csv``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from reslens.lineage import build_index, load_index, trace
from reslens.lineage.check import judge_pairs, sample_scores
from reslens.tables import Tables


def corpus_tables(tables_dir: Path, corpus: Path) -> Tables:
    """The corpus tables, read from ``corpus`` once and cached as Parquet in ``tables_dir``."""
    from reslens import load_corpus

    documents, paragraphs = tables_dir / "documents.parquet", tables_dir / "paragraphs.parquet"
    if not (documents.exists() and paragraphs.exists()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # set-aside files are listed in the refused table
            parsed = load_corpus(corpus)
        tables_dir.mkdir(parents=True, exist_ok=True)
        parsed.documents.to_parquet(documents)
        parsed.paragraphs.to_parquet(paragraphs)
    empty = pd.DataFrame()
    return Tables(pd.read_parquet(documents), pd.read_parquet(paragraphs), empty, empty, empty)


def timed(call):
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def cpu_timed(call):
    """Wall and CPU seconds of one call: CPU time tells the cost apart from other jobs on the machine."""
    cpu = time.process_time()
    result, wall = timed(call)
    return result, wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=Path("/work/corpus"))
    parser.add_argument("--index", type=Path, default=Path("data/interim/lineage.parquet"))
    parser.add_argument("samples", nargs="*", type=Path)
    args = parser.parse_args()
    tables = corpus_tables(args.tables, args.corpus)
    print(f"corpus: {len(tables.documents)} resolutions, {len(tables.paragraphs)} paragraphs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    index, seconds, cpu = cpu_timed(lambda: build_index(tables))
    print(f"build_index: {seconds:.1f} s ({cpu:.1f} s CPU) for {len(index)} paragraphs (headings left out)")
    _, seconds = timed(lambda: index.save(args.index))
    print(f"save: {seconds:.1f} s, {args.index.stat().st_size / 1e6:.0f} MB")
    index, seconds = timed(lambda: load_index(args.index))
    print(f"load_index: {seconds:.1f} s")
    doc_ids = np.random.default_rng(1).choice(index.doc_ids, size=21, replace=False)
    times = []
    for doc_id in doc_ids:
        one = tables.with_tables(
            documents=tables.documents[tables.documents["doc_id"] == doc_id],
            paragraphs=tables.paragraphs[tables.paragraphs["doc_id"] == doc_id],
        )
        times.append(timed(lambda one=one: trace(one, index))[1])
    median = statistics.median(times[1:])
    print(f"trace: first {times[0]:.2f} s (prepares the lookup), then median {median:.2f} s, "
          f"max {max(times[1:]):.2f} s per resolution over {len(times) - 1} resolutions")  # fmt: skip
    for sample in args.samples:
        pairs = pd.read_csv(sample, dtype=str, keep_default_na=False)
        scores = sample_scores(judge_pairs(pairs, index))
        print(f"{sample.name}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                             for k, v in scores.items()))  # fmt: skip


if __name__ == "__main__":
    main()
