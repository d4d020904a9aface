"""Paragraph text as the lineage index sees it: lower-case words, their set, their 3-word shingles.

Shingles are hashed with CRC-32 (stable across processes and machines, unlike Python's
``hash``), so signatures saved in an index file stay comparable with ones computed later.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 3


def words(text: object) -> list[str]:
    """Lower-case word tokens of a paragraph (punctuation and footnote markers dropped)."""
    return WORD.findall(str(text or "").lower())


def word_set_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two word sets, 0-1: blind to word order, so reordered clauses still match."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def shingle_hashes(tokens: list[str]) -> np.ndarray:
    """Hashes (uint64, below 2**32) of the paragraph's overlapping 3-word shingles.

    A paragraph shorter than three words gives one shingle of all its words.
    """
    codes = np.fromiter((_word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(codes) < SHINGLE_WORDS:
        mixed = np.uint64(0)
        for code in codes:
            mixed = (mixed * np.uint64(1_000_003) + code) & np.uint64(0xFFFFFFFF)
        return np.array([mixed], dtype=np.uint64)
    mixed = codes[:-2] * np.uint64(1_000_003) ** np.uint64(2) + codes[1:-1] * np.uint64(1_000_003) + codes[2:]
    return np.unique(mixed & np.uint64(0xFFFFFFFF))


def all_shingles(token_lists: Iterable[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Shingle hashes of many paragraphs, flat, with the start offset of each paragraph's run."""
    runs = [shingle_hashes(tokens) for tokens in token_lists]
    sizes = np.fromiter((len(r) for r in runs), dtype=np.int64, count=len(runs))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]) if len(runs) else np.zeros(0, dtype=np.int64)
    flat = np.concatenate(runs) if runs else np.zeros(0, dtype=np.uint64)
    return flat, starts


class TextSets:
    """A set of tokens per distinct text (its words, its names), made when first asked for:
    a trace needs only a few of the index's texts."""

    def __init__(self, texts: np.ndarray, tokens: Callable[[object], Iterable[str]]) -> None:
        self.texts = texts
        self.tokens = tokens
        self._sets: dict[int, frozenset[str]] = {}

    def __getitem__(self, number: int) -> frozenset[str]:
        found = self._sets.get(number)
        if found is None:
            found = self._sets[number] = frozenset(self.tokens(self.texts[number]))
        return found

    def __len__(self) -> int:
        return len(self.texts)
