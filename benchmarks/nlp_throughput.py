"""Throughput of the full reslens NLP extraction vs the bare English model, in one run.

    python benchmarks/nlp_throughput.py [--repeat N]

Loads the dev set (data/raw/*.txt) into tables, then times over the same paragraph texts
(a) the bare model (``spacy.load``, NER excluded as in reslens) and (b) ``reslens.analyze``
(parse once, then actors, obligations, themes and phrase-function tables). Prints both
throughputs, their ratio (target >= 0.8) and the peak resident memory. Not a test.
"""

from __future__ import annotations

import argparse
import resource
import time

import spacy

from reslens.api import analyze, load_corpus
from reslens.nlp.pipeline import DEFAULT_MODEL, build_pipeline
from reslens.paths import RAW_DIR


def best_of(repeat: int, *runs) -> list[float]:
    """Best wall time of each run over ``repeat`` rounds, in seconds.

    The runs alternate within each round, so load from other processes on the machine
    falls on both alike and the ratio stays fair.
    """
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for n, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[n] = min(best[n], time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    tables = load_corpus(sorted(RAW_DIR.glob("*.txt")))
    texts = tables.paragraphs["text"].astype(str).tolist()
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    full = build_pipeline()
    list(bare.pipe(texts[:20])), analyze(tables.with_tables(paragraphs=tables.paragraphs.head(20)), full)
    t_bare, t_full = best_of(
        args.repeat, lambda: list(bare.pipe(texts, batch_size=64)), lambda: analyze(tables, full)
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is KiB on Linux
    print(f"dev set: {len(tables.documents)} resolutions, {len(texts)} paragraphs, {words:,} words")
    print(f"bare {DEFAULT_MODEL} (no ner):      {words / t_bare:8,.0f} words/s  ({t_bare:.2f} s)")
    print(f"reslens.analyze (all NLP tables): {words / t_full:8,.0f} words/s  ({t_full:.2f} s)")
    print(f"ratio reslens/bare: {t_bare / t_full:.2f} (target >= 0.8)")
    print(f"peak RSS: {peak:.0f} MiB (both pipelines loaded), best of {args.repeat}")


if __name__ == "__main__":
    main()
