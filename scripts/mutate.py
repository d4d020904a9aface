"""Run N mutated resolutions (default 10,000, fixed seed) and print what broke, by promise and edit.

    PYTHONPATH=src python scripts/mutate.py [--count 10000] [--seed 20261130]

The mutations and the promises are in tests/mutants.py (the CI test runs 500 of them).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from mutants import check, mutant, sources  # noqa: E402 - after the path to tests/


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    texts, rng = sources(), random.Random(args.seed)
    tally = Tally()
    start = time.perf_counter()
    for n in range(args.count):
        m = mutant(texts, rng)
        tally.add(m, *check(m))
        if (n + 1) % 1000 == 0 and n + 1 < args.count:
            print(f"\n... after {n + 1:,} mutants ({time.perf_counter() - start:.0f} s):", flush=True)
            tally.show(len(texts), args.seed)
    print(f"\n== {args.count:,} mutants ({time.perf_counter() - start:.0f} s) ==")
    tally.show(len(texts), args.seed)


class Tally:
    """Counts of broken promises, by promise and by the edits of the mutants that broke them."""

    def __init__(self) -> None:
        self.n = self.broken = self.over_10s = 0
        self.slowest = 0.0
        self.by_promise: Counter[str] = Counter()
        self.by_edit: Counter[str] = Counter()
        self.examples: dict[str, tuple[str, tuple[str, ...]]] = {}

    def add(self, m, problems: list[str], seconds: float) -> None:
        self.n += 1
        self.slowest, self.over_10s = max(self.slowest, seconds), self.over_10s + (seconds > 10)
        self.broken += bool(problems)
        self.by_edit.update(m.edits if problems else ())
        for problem in problems:
            key = problem.split(":")[0]
            self.by_promise[key] += 1
            self.examples.setdefault(key, (m.source, m.edits))

    def show(self, n_texts: int, seed: int) -> None:
        print(f"mutants: {self.n:,} (seed {seed}) from {n_texts} dev texts")
        print(f"breaking one: {self.broken:,}; slowest {self.slowest:.1f} s; over 10 s: {self.over_10s:,}")
        for promise, count in self.by_promise.most_common():
            source, edits = self.examples[promise]
            print(f"  {count:6,}  {promise}   e.g. {source} {list(edits)}")
        if self.by_edit:
            edits = ", ".join(f"{e} {c:,}" for e, c in self.by_edit.most_common())
            print(f"edits of the breaking mutants: {edits}")


if __name__ == "__main__":
    main()
