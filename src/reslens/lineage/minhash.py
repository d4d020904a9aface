"""MinHash signatures and locality-sensitive hashing (LSH) over word shingles, in numpy.

Two paragraphs whose shingle sets have Jaccard similarity ``s`` agree on one MinHash
value with probability ``s``; cutting the signature into ``BANDS`` bands of ``ROWS``
values makes them share a band (become a candidate pair) with probability
``1 - (1 - s**ROWS)**BANDS`` — about 0.5 at s = 0.28 and 0.98 at s = 0.5. Candidates are
then verified on their words (:mod:`reslens.lineage.index`), so LSH only has to find them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

BANDS = 42
ROWS = 3
PERMUTATIONS = BANDS * ROWS
_PRIME = np.uint64((1 << 61) - 1)
_RNG = np.random.default_rng(20261130)  # fixed: saved signatures must stay comparable
_A = _RNG.integers(1, 1 << 31, size=PERMUTATIONS, dtype=np.uint64)
_B = _RNG.integers(0, 1 << 31, size=PERMUTATIONS, dtype=np.uint64)


def signatures(flat: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """MinHash signature (``PERMUTATIONS`` uint32 values) of each paragraph's shingle run.

    Args:
        flat: every paragraph's shingle hashes, concatenated (from ``text.all_shingles``).
        starts: offset of each paragraph's first shingle in ``flat`` (no run is empty).
    """
    out = np.empty((len(starts), PERMUTATIONS), dtype=np.uint32)
    if not len(starts):
        return out
    for k in range(PERMUTATIONS):
        permuted = (flat * _A[k] + _B[k]) % _PRIME
        out[:, k] = np.minimum.reduceat(permuted, starts) & np.uint64(0xFFFFFFFF)
    return out


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """One uint64 key per paragraph and band (shape n x BANDS): equal keys mean a shared band."""
    rows = sigs.reshape(len(sigs), BANDS, ROWS).astype(np.uint64)
    keys = np.zeros((len(sigs), BANDS), dtype=np.uint64)
    for r in range(ROWS):
        keys = keys * np.uint64(0x100000001B3) + rows[:, :, r]
    return keys + np.arange(BANDS, dtype=np.uint64)  # a band's keys never equal another band's


def candidate_pairs(keys: np.ndarray, *, max_bucket: int = 400) -> pd.DataFrame:
    """Pairs ``(left, right)`` of row numbers (left < right) that share at least one band.

    A bucket holding more than ``max_bucket`` paragraphs is a stock formula shared by
    hundreds of texts; its pairs are left out here (exact copies are paired separately).
    """
    bucket = pd.DataFrame({"key": keys.ravel(), "row": np.repeat(np.arange(len(keys)), keys.shape[1])})
    bucket = bucket.drop_duplicates()
    sizes = bucket.groupby("key")["row"].transform("size")
    bucket = bucket[(sizes > 1) & (sizes <= max_bucket)]
    pairs = bucket.merge(bucket, on="key", suffixes=("_l", "_r"))
    pairs = pairs[pairs["row_l"] < pairs["row_r"]]
    out = pairs[["row_l", "row_r"]].drop_duplicates().rename(columns={"row_l": "left", "row_r": "right"})
    return out.reset_index(drop=True)
