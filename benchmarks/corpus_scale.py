"""Whole-corpus figures: structure on 2 processes, Dask against local processes, full NLP,
the cached second run, and peak memory.

    python benchmarks/corpus_scale.py /work/corpus [--workers 2] [--parts structure nlp] [--cache DIR]

Parts (both by default):

``structure``
    1. ingest + parse + tables + data_extract on ``workers`` local processes, no cache;
       target >= 150 resolutions/s on 2 cores;
    2. the same on a Dask ``LocalCluster`` of ``workers`` single-threaded processes,
       started before the clock (its start-up is printed apart); target <= 1.3x run 1.
``nlp``
    3. structure and the full NLP step (``analyze``) filling an empty cache; target <= 15 min;
    4. the same calls again, read from the cache; target <= 15 s.

Wall times depend on what else runs on the machine, so each run prints the load
average with its time. Peak memory is sampled twice a second over this process and all
its descendants (the workers). Linux only (``/proc``). Not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
import warnings
from pathlib import Path

import reslens


def timed(label: str, run):
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.1f} s, load average at the end {load_average()}", flush=True)
    return result, seconds


class MemorySampler(threading.Thread):
    """Samples the resident memory of this process and all its descendants (worker
    processes are children of a fork server or a Dask nanny, which ``ru_maxrss`` of
    this process does not see): the largest total and the largest single process."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_total_kib = 0
        self.peak_process_kib = 0
        self.running = True

    def run(self) -> None:
        while self.running:
            tree = _process_tree(os.getpid())
            sizes = [_status_kib(pid, "VmRSS") for pid in tree]
            self.peak_total_kib = max(self.peak_total_kib, sum(sizes))
            self.peak_process_kib = max([self.peak_process_kib, *(_status_kib(pid, "VmHWM") for pid in tree)])
            time.sleep(0.5)


def _process_tree(root: int) -> list[int]:
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _status_kib(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def structure_part(corpus: Path, workers: int) -> None:
    from dask.distributed import Client, LocalCluster

    tables, t_local = timed(
        "1. structure, local processes", lambda: reslens.load_corpus(corpus, workers=workers)
    )
    n_docs = len(tables.documents)
    print(f"   {n_docs} resolutions, {len(tables.refused)} files set aside: "
          f"{n_docs / t_local:.0f} resolutions/s (target >= 150)")  # fmt: skip
    unmapped = tables.votes["member_state"].isna().sum()
    print(f"   votes {len(tables.votes):,} rows ({unmapped} names not mapped to a State), "
          f"sponsors {len(tables.sponsors):,}, subjects {len(tables.subjects):,}, "
          f"words in paragraphs {tables.paragraphs['text'].str.split().str.len().sum():,}")  # fmt: skip
    del tables
    start = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    print(f"   Dask LocalCluster start-up: {time.perf_counter() - start:.1f} s")
    _, t_dask = timed(
        "2. structure, Dask LocalCluster", lambda: reslens.load_corpus(corpus, engine="dask", client=client)
    )
    print(f"   Dask / local processes: {t_dask / t_local:.2f}x (target <= 1.3)")
    client.close()
    cluster.close()


def nlp_part(corpus: Path, workers: int, cache: Path) -> None:
    def full_run():
        loaded = reslens.load_corpus(corpus, workers=workers, cache=cache)
        return reslens.analyze(loaded, workers=workers, cache=cache)

    tables, t_full = timed("3. structure + NLP, filling the cache", full_run)
    print(f"   {t_full / 60:.1f} min (target <= 15); obligations {len(tables.obligations):,} rows, "
          f"actors {len(tables.actors):,}, themes {len(tables.themes):,}")  # fmt: skip
    del tables
    _, t_cached = timed("4. structure + NLP, from the cache", full_run)
    size = sum(f.stat().st_size for f in cache.rglob("*") if f.is_file()) / 2**20
    print(f"   {t_cached:.1f} s (target <= 15); cache {size:.0f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="the unpacked corpus (UN folder layout)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--parts", nargs="+", choices=("structure", "nlp"), default=["structure", "nlp"])
    ap.add_argument("--cache", type=Path, default=None, help="cache folder (default: a new temporary one)")
    args = ap.parse_args()
    warnings.simplefilter("ignore")  # the summary lines; the figures are printed below
    sampler = MemorySampler()
    sampler.start()
    print(
        f"corpus {args.corpus}, {args.workers} workers, {os.cpu_count()} CPUs, load average {load_average()}"
    )
    if "structure" in args.parts:
        structure_part(args.corpus, args.workers)
    if "nlp" in args.parts:
        cache = args.cache or Path(tempfile.mkdtemp(prefix="reslens-cache-"))
        nlp_part(args.corpus, args.workers, cache)
        if args.cache is None:
            shutil.rmtree(cache, ignore_errors=True)
    sampler.running = False
    total, largest = sampler.peak_total_kib / 2**20, sampler.peak_process_kib / 2**20
    print(f"peak memory, this process and its workers together: {total:.2f} GiB (target <= 3 GiB); "
          f"largest single process {largest:.2f} GiB")  # fmt: skip


if __name__ == "__main__":
    main()
