"""Throughput of full reslens extraction vs the bare English model on the dev paragraphs.

Run: .venv/bin/python benchmarks/nlp_throughput.py   (not a test; prints figures)
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

import pandas as pd
import spacy

from reslens.nlp.pipeline import DEFAULT_MODEL, build_pipeline
from reslens.tables.nlp import actors_table, obligations_table

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"


def paragraphs() -> pd.DataFrame:
    rows = []
    for file in sorted(GOLD.glob("*.json")):
        gold = json.loads(file.read_text(encoding="utf-8"))
        rows += [dict(p, doc_id=gold["doc_id"]) for p in gold["paragraphs"]]
    return pd.DataFrame(rows)


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    paras = paragraphs()
    texts = list(paras["text"])
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    full = build_pipeline()
    list(bare.pipe(texts[:20])), list(full.pipe(texts[:20]))  # warm up
    t_bare = timed(lambda: list(bare.pipe(texts, batch_size=64)))
    t_full = timed(lambda: (obligations_table(paras, full), actors_table(paras, full)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"paragraphs {len(texts)}, words {words}")
    print(f"bare {DEFAULT_MODEL} (no ner): {words / t_bare:,.0f} words/s")
    print(f"reslens extraction (obligations + actors tables): {words / t_full:,.0f} words/s")
    print(f"ratio {t_bare / t_full:.2f} (target >= 0.8); peak RSS {peak:.0f} MiB (both pipelines loaded)")


if __name__ == "__main__":
    main()
