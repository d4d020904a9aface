"""MinHash signatures and locality-sensitive hashing (LSH) over word shingles, in numpy.

Two paragraphs whose shingle sets have Jaccard similarity ``s`` agree on one MinHash
value with probability ``s``; cutting the signature into ``BANDS`` bands of ``ROWS``
values makes them share a band (become a candidate pair) with probability
``1 - (1 - s**ROWS)**BANDS`` — about 0.5 at s = 0.28 and 0.98 at s = 0.5. Candidates are
then verified on their words (:mod:`reslens.lineage.search`), so LSH only has to find them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

BANDS = 42
ROWS = 3
PERMUTATIONS = BANDS * ROWS
_PRIME = np.uint64((1 << 61) - 1)
_RNG = np.random.default_rng(20261130)  # fixed: saved signatures must stay comparable
# Multipliers across the whole field (as datasketch draws them): a small multiplier keeps
# a*x + b below the prime, and the "permutation" would keep the order of x for every k.
_A = _RNG.integers(1, (1 << 61) - 1, size=PERMUTATIONS, dtype=np.uint64)
_B = _RNG.integers(0, (1 << 61) - 1, size=PERMUTATIONS, dtype=np.uint64)


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
        permuted = (flat * _A[k] + _B[k]) % _PRIME  # wraps modulo 2**64 first, as datasketch does
        out[:, k] = np.minimum.reduceat(permuted, starts) & np.uint64(0xFFFFFFFF)
    return out


_MIX = _RNG.integers(1, 1 << 63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)


def fingerprints(sigs: np.ndarray) -> np.ndarray:
    """One 64-bit hash per signature: equal signatures (equal word shingles) give equal values."""
    return (sigs.astype(np.uint64) * _MIX).sum(axis=1, dtype=np.uint64)


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """One uint64 key per paragraph and band (shape n x BANDS): equal keys mean a shared band."""
    rows = sigs.reshape(len(sigs), BANDS, ROWS).astype(np.uint64)
    keys = np.zeros((len(sigs), BANDS), dtype=np.uint64)
    for r in range(ROWS):
        keys = keys * np.uint64(0x100000001B3) + rows[:, :, r]
    return keys + np.arange(BANDS, dtype=np.uint64)  # a band's keys never equal another band's


def sorted_keys(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Band keys of a set of paragraphs, flattened and sorted, with the paragraph of each key."""
    flat = keys.ravel()
    order = np.argsort(flat, kind="stable")
    return flat[order], np.repeat(np.arange(len(keys)), keys.shape[1])[order]


def matches(
    query: np.ndarray, table: tuple[np.ndarray, np.ndarray], *, max_bucket: int = 400, upper: bool = False
) -> pd.DataFrame:
    """Pairs ``(left, right)``: query paragraph ``left`` shares a band with table paragraph ``right``.

    A bucket holding more than ``max_bucket`` paragraphs is a stock formula shared by hundreds
    of texts; it gives no pairs here (copies of one text are paired by the caller).

    Args:
        query: band keys of the query paragraphs (from :func:`band_keys`).
        table: :func:`sorted_keys` of the paragraphs searched.
        upper: the query is the table itself: keep each pair once (``left < right``).
    """
    keys, owners = table
    flat = query.ravel()
    by_key = np.argsort(flat, kind="stable")  # searching sorted keys is several times faster
    lo, hi = np.empty(len(flat), dtype=np.int64), np.empty(len(flat), dtype=np.int64)
    lo[by_key] = np.searchsorted(keys, flat[by_key], "left")
    hi[by_key] = np.searchsorted(keys, flat[by_key], "right")
    size = np.where(hi - lo <= max_bucket, hi - lo, 0)
    left = np.repeat(np.repeat(np.arange(len(query)), query.shape[1]), size)
    starts = np.repeat(lo, size)
    offsets = np.arange(size.sum()) - np.repeat(np.cumsum(size) - size, size)
    width = np.int64(max(len(keys), 1))
    right = owners[starts + offsets]
    if upper:
        left, right = left[left < right], right[left < right]
    pair_codes = np.sort(left.astype(np.int64) * width + right)
    pair_codes = pair_codes[np.r_[True, pair_codes[1:] != pair_codes[:-1]]] if len(pair_codes) else pair_codes
    return pd.DataFrame({"left": pair_codes // width, "right": pair_codes % width})


def candidate_pairs(keys: np.ndarray, *, max_bucket: int = 400) -> pd.DataFrame:
    """Pairs ``(left, right)`` of row numbers (left < right) that share at least one band."""
    return matches(keys, sorted_keys(keys), max_bucket=max_bucket, upper=True)
