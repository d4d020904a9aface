"""Lossless under mutation: a fixed-seed sample of mutated real texts keeps every promise.

The mutations and the promises are in tests/mutants.py; scripts/mutate.py runs 10,000
mutants and prints the counts. This sample is the CI guard.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from mutants import check, mutant, sources

SEED, COUNT = 20261130, 500


@pytest.fixture(scope="module")
def results():
    texts, rng = sources(), random.Random(SEED)
    return [(m, *check(m)) for m in (mutant(texts, rng) for _ in range(COUNT))]


def test_the_sample_covers_every_mutation(results):
    from mutants import MUTATIONS

    assert {edit for m, _, _ in results for edit in m.edits} == set(MUTATIONS)


def test_no_mutant_raises_anything_but_a_resolution_error(results):
    failures = Counter(p for _, broken, _ in results for p in broken if p.startswith("exception"))
    assert not failures


def test_no_mutant_takes_more_than_ten_seconds(results):
    assert max(seconds for _, _, seconds in results) < 10


@pytest.mark.parametrize(
    "promise",
    [
        "duplicate ids",
        "reading order differs from document order",
        "unplaced text not reported",
        "letters lost",
    ],
)
def test_every_mutant_keeps_the_promise(results, promise):
    broken = [
        (m.source, m.edits) for m, problems, _ in results if any(p.startswith(promise) for p in problems)
    ]
    assert not broken, f"{len(broken)} of {len(results)} mutants, first: {broken[:3]}"
