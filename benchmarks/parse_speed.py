"""Ingest + structure speed over the dev set, without spaCy.

    python benchmarks/parse_speed.py [--repeat N] [FILE_OR_FOLDER ...]

Prints the parse time of each resolution (best of N runs) and resolutions per second
over the whole set on one core. Target: >= 200 resolutions/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reslens.api import collect_paths
from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.paths import RAW_DIR
from reslens.structure import parse


def best_time(path: Path, repeat: int) -> float:
    """Best wall time of ``repeat`` ingest+parse runs of one file, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        parse(read_source(path))
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(p) for p in sorted(RAW_DIR.glob("*.txt"))])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    total = 0.0
    parsed = 0
    for path in collect_paths(args.paths):
        try:
            seconds = best_time(path, args.repeat)
        except ResolutionError as err:
            print(f"{path.name:28s} skipped: {err.problem}")
            continue
        total += seconds
        parsed += 1
        print(f"{path.name:28s} {path.stat().st_size / 1024:7.1f} KiB {seconds * 1000:8.2f} ms")
    if not parsed:
        return 1
    print(
        f"\n{parsed} resolutions in {total * 1000:.1f} ms: {parsed / total:.0f} resolutions/s "
        f"(mean {total / parsed * 1000:.2f} ms per resolution, one core, best of {args.repeat})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
