"""Whole-corpus figures: structure on 2 processes, full NLP, the cached second run, peak
memory, and Dask against local processes.

    python benchmarks/corpus_scale.py /work/corpus [--workers 2] [--nlp] [--cache DIR]

Runs, each timed from the call to the tables in memory:

1. structure (ingest + parse + tables + data_extract), ``workers`` local processes,
   no cache; target >= 150 resolutions/s on 2 cores;
2. the same on a Dask ``LocalCluster`` of ``workers`` single-threaded processes,
   started before the clock (its start-up is printed apart); target <= 1.3x run 1;
3. with ``--nlp``: structure and the full NLP step (``analyze``) filling an empty cache;
   target <= 15 min. Without ``--nlp``, structure only;
4. the same calls again, read from the cache; target <= 15 s.

Peak memory is the largest resident set of this process and of any one worker
process (``ru_maxrss``); their sum bounds the run's total. The machine's load average
is printed at the start and the end: other work on the machine slows every figure.
Not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
import warnings
from pathlib import Path

import reslens


def timed(label: str, run):
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.1f} s", flush=True)
    return result, seconds


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="the unpacked corpus (UN folder layout)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--nlp", action="store_true", help="also run the full NLP step (long: minutes)")
    ap.add_argument("--cache", type=Path, default=None, help="cache folder (default: a new temporary one)")
    args = ap.parse_args()
    warnings.simplefilter("ignore")  # the summary lines; the figures are printed below
    cache = args.cache or Path(tempfile.mkdtemp(prefix="reslens-cache-"))
    print(
        f"corpus {args.corpus}, {args.workers} workers, {os.cpu_count()} CPUs, load average {load_average()}"
    )

    tables, t_local = timed(
        "1. structure, local processes", lambda: reslens.load_corpus(args.corpus, workers=args.workers)
    )
    n_docs, n_refused = len(tables.documents), len(tables.refused)
    rate = n_docs / t_local
    print(f"   {n_docs} resolutions ({n_refused} files set aside): {rate:.0f} resolutions/s (target >= 150)")
    unmapped = tables.votes["member_state"].isna().sum()
    print(f"   votes {len(tables.votes):,} rows ({unmapped} names not mapped to a State), "
          f"sponsors {len(tables.sponsors):,}, subjects {len(tables.subjects):,}")  # fmt: skip
    del tables

    from dask.distributed import Client, LocalCluster

    (cluster, client), _ = timed(
        "   Dask LocalCluster start-up",
        lambda: (lambda c: (c, Client(c)))(
            LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        ),
    )
    _, t_dask = timed(
        "2. structure, Dask LocalCluster",
        lambda: reslens.load_corpus(args.corpus, engine="dask", client=client),
    )
    print(f"   Dask / local processes: {t_dask / t_local:.2f}x (target <= 1.3)")
    client.close()
    cluster.close()

    def full_run():
        loaded = reslens.load_corpus(args.corpus, workers=args.workers, cache=cache)
        return reslens.analyze(loaded, workers=args.workers, cache=cache) if args.nlp else loaded

    what = "structure + NLP" if args.nlp else "structure"
    tables, t_full = timed(f"3. {what}, filling the cache", full_run)
    if args.nlp:
        print(f"   {t_full / 60:.1f} min (target <= 15); obligations {len(tables.obligations):,} rows, "
              f"actors {len(tables.actors):,}, themes {len(tables.themes):,}")  # fmt: skip
    del tables
    _, t_cached = timed(f"4. {what}, from the cache", full_run)
    size = sum(f.stat().st_size for f in cache.rglob("*") if f.is_file()) / 2**20
    print(f"   target <= 15 s; cache {size:.0f} MiB")
    print(f"peak memory: this process {peak_mib(resource.RUSAGE_SELF):.0f} MiB, "
          f"largest worker {peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB (target <= 3 GiB)")  # fmt: skip
    print(f"load average at the end: {load_average()}")
    if args.cache is None:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
