"""What a search of the index compares: the distinct texts of paragraphs and per-row arrays.

A corpus repeats many paragraphs word for word, so word sets, name sets and band keys are
computed once per distinct text (:class:`TextTable`); time order, resolution numbers and
series are kept as arrays so a query compares against them without a join (:class:`RowArrays`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from reslens.lineage import minhash, names, text


def time_keys(rows: pd.DataFrame) -> np.ndarray:
    """Sortable ``date<TAB>doc_id`` of each paragraph's resolution; no date sorts last."""
    dates = rows["date"].fillna("").astype(str).replace("", "9999")
    return (dates + "\t" + rows["doc_id"].astype(str)).to_numpy(dtype=object)


@dataclass
class RowArrays:
    """Per-row arrays of the index that every query compares against (computed once)."""

    doc_code: dict[str, int]  # doc_id -> number
    docs: np.ndarray  # per row, its resolution's number
    keys: np.ndarray  # sorted distinct time keys
    order: np.ndarray  # per row, odd rank of its time key (2k+1), so a query can fall between
    series: np.ndarray
    family: np.ndarray

    @classmethod
    def of(cls, rows: pd.DataFrame, family: np.ndarray) -> RowArrays:
        codes, uniques = pd.factorize(rows["doc_id"].astype(str))
        keys = time_keys(rows)
        distinct = np.unique(keys)
        return cls({d: i for i, d in enumerate(uniques)}, codes, distinct,
                   2 * np.searchsorted(distinct, keys) + 1,
                   rows["series"].fillna("").astype(str).to_numpy(), family)  # fmt: skip

    def rank(self, rows: pd.DataFrame) -> np.ndarray:
        """Time ranks of other rows on the same scale (a key between two index keys gets an even rank)."""
        keys = time_keys(rows)
        at = np.searchsorted(self.keys, keys)
        equal = (at < len(self.keys)) & (self.keys[np.minimum(at, len(self.keys) - 1)] == keys)
        return 2 * at + equal.astype(np.int64)

    def codes(self, doc_ids: pd.Series) -> np.ndarray:
        """Resolution numbers of other rows: an index resolution keeps its number, a new one gets its own."""
        fresh: dict[str, int] = {}
        out = []
        for doc in doc_ids.astype(str):
            code = self.doc_code.get(doc)
            if code is None:
                code = fresh.setdefault(doc, len(self.doc_code) + len(fresh))
            out.append(code)
        return np.array(out, dtype=np.int64)


@dataclass
class TextTable:
    """The distinct texts of a set of paragraphs: word sets, band keys, and which rows hold each.

    Texts are told apart by their MinHash signature: equal words give equal signatures, and
    two different texts sharing all 126 values is too unlikely to matter.
    """

    text_of_row: np.ndarray  # per paragraph row, the number of its distinct text
    fingerprints: np.ndarray  # per distinct text, a 64-bit hash of its signature (sorted)
    sets: text.TextSets  # words
    bands: np.ndarray  # minhash.band_keys of the distinct texts
    names: text.TextSets  # names.names
    _sorted: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def sorted_keys(self) -> tuple[np.ndarray, np.ndarray]:
        """The band keys sorted for lookup (computed once)."""
        if self._sorted is None:
            self._sorted = minhash.sorted_keys(self.bands)
        return self._sorted

    @classmethod
    def of(cls, rows: pd.DataFrame, sigs: np.ndarray) -> TextTable:
        """Group ``rows`` by signature; ``sigs`` are the rows' signatures."""
        prints = minhash.fingerprints(sigs)
        uniq, first, inverse = np.unique(prints, return_index=True, return_inverse=True)
        texts = rows["text"].astype(str).to_numpy()[first]
        bands = minhash.band_keys(sigs[first])
        word_sets, name_sets = text.TextSets(texts, text.words), text.TextSets(texts, names.names)
        return cls(inverse.astype(np.int64), uniq, word_sets, bands, name_sets)

    def vocabularies(self, docs: np.ndarray) -> names.Vocabularies:
        """The words of each resolution; ``docs`` gives the resolution number of each paragraph row."""
        return names.Vocabularies.of(docs, self.text_of_row, self.sets.__getitem__)

    def copies_of(self, other: TextTable) -> pd.DataFrame:
        """``u`` (in ``other``) – ``v`` (here) for texts the two tables share word for word."""
        at = np.searchsorted(self.fingerprints, other.fingerprints)
        inside = at < len(self.fingerprints)
        found = inside & (self.fingerprints[np.where(inside, at, 0)] == other.fingerprints)
        return pd.DataFrame({"u": np.flatnonzero(found), "v": at[found]})
