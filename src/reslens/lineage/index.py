"""The paragraph index of a corpus: every paragraph with its MinHash signature and its ancestors.

Built once for a corpus (:func:`build_index`), saved and reloaded as one Parquet file, and
grown with :meth:`LineageIndex.add` as files arrive (signatures already computed are kept;
links are recomputed, since a newly added older text can become an ancestor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from reslens.lineage import links, minhash, names, text

if TYPE_CHECKING:
    from reslens.tables import Tables

PARAGRAPH_FIELDS = (
    "doc_id",
    "para_id",
    "position",
    "section",
    "opening_phrase",
    "phrase",
    "modifier",
    "text",
)
# from the documents table: adoption date (ISO), title, and the series a resolution belongs to
# (its title; for a text without one, as Security Council texts are, its agenda item)
DOCUMENT_FIELDS = ("date", "title", "series")
LINK_FIELDS = ("previous_doc_id", "previous_para_id", "similarity", "first_doc_id", "first_para_id",
               "first_date", "formulaic", "family")  # fmt: skip
INDEX_VERSION = "6"  # 6: rule 6 (an updated provision of one subject skips the name test); 1-5 are refused


@dataclass
class LineageIndex:
    """Paragraphs of a corpus (one row each, headings left out) with signatures and lineage links.

    ``paragraphs`` holds ``PARAGRAPH_FIELDS`` plus ``date`` (adoption date, ISO) and, once
    linked, ``LINK_FIELDS``; ``signatures`` is one MinHash row per paragraph.
    """

    paragraphs: pd.DataFrame
    signatures: np.ndarray
    rule: links.LinkRule = field(default_factory=links.LinkRule)
    _texts: TextTable | None = field(default=None, repr=False, compare=False)
    _arrays: RowArrays | None = field(default=None, repr=False, compare=False)
    _words: names.Vocabularies | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def texts(self) -> TextTable:
        """The distinct texts of the index (computed once per index object)."""
        if self._texts is None:
            self._texts = TextTable.of(self.paragraphs, self.signatures)
        return self._texts

    def arrays(self, family: np.ndarray | None) -> RowArrays:
        """Per-row arrays for queries (computed once); ``family`` is filled in by linking when None."""
        if self._arrays is None:
            none = np.zeros(len(self), dtype=np.int64)
            self._arrays = RowArrays.of(self.paragraphs, none if family is None else family)
        return self._arrays

    def vocabularies(self) -> names.Vocabularies:
        """The words of each resolution of the index, by the resolution numbers of :meth:`arrays` (once)."""
        if self._words is None:
            self._words = self.texts().vocabularies(self.arrays(None).docs)
        return self._words

    @property
    def doc_ids(self) -> list[str]:
        """The resolutions in the index."""
        return list(dict.fromkeys(self.paragraphs["doc_id"].astype(str)))

    def add(self, tables: Tables) -> LineageIndex:
        """A new index with the resolutions of ``tables`` added (a doc_id already present is replaced)."""
        fresh = paragraph_rows(tables)
        keep = ~self.paragraphs["doc_id"].isin(set(fresh["doc_id"]))
        paragraphs = pd.concat([self.paragraphs.loc[keep, fresh.columns], fresh], ignore_index=True)
        sigs = np.concatenate([self.signatures[keep.to_numpy()], signatures_of(fresh)])
        return link(LineageIndex(paragraphs, sigs, self.rule))

    def save(self, path: str | Path) -> Path:
        """Write the index as one Parquet file (signatures as a list column) and return its path."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(self.paragraphs, preserve_index=False)
        flat = pa.array(self.signatures.ravel(), type=pa.uint32())
        table = table.append_column(
            "signature", pa.FixedSizeListArray.from_arrays(flat, minhash.PERMUTATIONS)
        )
        meta = {b"reslens_lineage": INDEX_VERSION.encode(), **(table.schema.metadata or {})}
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.replace_schema_metadata(meta), path)
        return path


def load_index(path: str | Path, *, rule: links.LinkRule | None = None) -> LineageIndex:
    """Read an index written by :meth:`LineageIndex.save`.

    Raises:
        ValueError: the file is not a reslens lineage index, or one linked by another version
            of the rule (its links would not be this rule's: rebuild it).
    """
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    version = (table.schema.metadata or {}).get(b"reslens_lineage")
    if version is None:
        raise ValueError(f"{path}: not a reslens lineage index (version {INDEX_VERSION})")
    if version != INDEX_VERSION.encode():
        raise ValueError(f"{path}: lineage index version {version.decode(errors='replace')}, this reslens "
                         f"reads version {INDEX_VERSION}: rebuild it with build_index")  # fmt: skip
    column = table.column("signature").combine_chunks()
    sigs = column.values.to_numpy().astype(np.uint32).reshape(-1, minhash.PERMUTATIONS)
    paragraphs = table.drop(["signature"]).to_pandas()
    return LineageIndex(paragraphs, sigs, rule or links.LinkRule())


def build_index(tables: Tables, *, rule: links.LinkRule | None = None) -> LineageIndex:
    """Index every paragraph of a corpus and link each to its earlier versions.

    Args:
        tables: structure tables of many resolutions (``documents`` with ``adoption_date``,
            ``paragraphs``), e.g. from :func:`reslens.load_corpus`.
        rule: thresholds (:class:`reslens.lineage.links.LinkRule`); defaults from the dev sample.

    Example:
        >>> index = build_index(reslens.load_corpus("data/raw"))
        >>> index.save("lineage.parquet")
    """
    rows = paragraph_rows(tables)
    return link(LineageIndex(rows, signatures_of(rows), rule or links.LinkRule()))


def paragraph_rows(tables: Tables) -> pd.DataFrame:
    """The indexed paragraphs of ``tables`` (headings left out), with ``DOCUMENT_FIELDS``."""
    paras = tables.paragraphs
    paras = paras[paras["section"].astype(str) != "heading"]
    docs = tables.documents.reindex(columns=["doc_id", "adoption_date", "title", "agenda_item"])
    title, agenda = (docs[c].fillna("").astype(str) for c in ("title", "agenda_item"))
    docs = docs.assign(series=title.where(title.str.strip() != "", agenda))
    docs = docs.drop(columns="agenda_item").rename(columns={"adoption_date": "date"})
    out = paras.reindex(columns=list(PARAGRAPH_FIELDS)).merge(docs, on="doc_id", how="left")
    return out.astype({c: "string" for c in out.columns if c != "position"}).reset_index(drop=True)


def signatures_of(rows: pd.DataFrame) -> np.ndarray:
    """MinHash signatures of the paragraphs' texts (each distinct text computed once)."""
    norm = [" ".join(text.words(t)) for t in rows["text"]]
    uniq, inverse = np.unique(np.array(norm, dtype=object), return_inverse=True)
    flat, starts = text.all_shingles([u.split() or ["_"] for u in uniq])
    return minhash.signatures(flat, starts)[inverse]


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


def text_pairs(query: TextTable, table: TextTable, rule: links.LinkRule, *, same: bool) -> pd.DataFrame:
    """Distinct-text pairs ``u`` (query) – ``v`` (table) with ``sim`` and ``linked`` (see ``links``).

    LSH finds near copies; exact copies are paired by their text, since a formula shared by
    hundreds of paragraphs fills buckets LSH skips.

    Args:
        query, table: the two text tables.
        rule: the thresholds.
        same: ``query`` is ``table`` (a corpus linked to itself): each pair is verified once.
    """
    if same:
        found = minhash.candidate_pairs(table.bands)
        near = links.neighbour_pairs((table.sets, table.sets), found["left"].to_numpy(),
                                     found["right"].to_numpy(), rule)  # fmt: skip
        mirrored = near.rename(columns={"u": "v", "v": "u"})
        every = np.arange(len(table.sets))
        copies = pd.DataFrame({"u": every, "v": every, "sim": 1.0, "linked": True})
        return pd.concat([near, mirrored, copies], ignore_index=True)
    found = minhash.matches(query.bands, table.sorted_keys())
    near = links.neighbour_pairs((query.sets, table.sets), found["left"].to_numpy(),
                                 found["right"].to_numpy(), rule)  # fmt: skip
    copies = table.copies_of(query).assign(sim=1.0, linked=True)
    return pd.concat([near, copies], ignore_index=True).drop_duplicates(["u", "v"])


def candidate_links(
    query: pd.DataFrame, query_sigs: np.ndarray, index: LineageIndex
) -> tuple[pd.DataFrame, dict]:
    """Every earlier version of each ``query`` row the rule accepts, and the arrays it was judged on."""
    same = query is index.paragraphs
    table = index.texts()
    asked = table if same else TextTable.of(query, query_sigs)
    pairs_of_texts = text_pairs(asked, table, index.rule, same=same)
    n_query = len(query)
    searched = index.arrays(None if same else index.paragraphs["family"].to_numpy(dtype=np.int64))
    docs = searched.docs if same else searched.codes(query["doc_id"])
    left = pd.DataFrame({"row": np.arange(n_query), "doc": docs, "u": asked.text_of_row})
    right = pd.DataFrame({"other": np.arange(len(index)), "other_doc": searched.docs, "v": table.text_of_row})
    pairs = left.merge(pairs_of_texts, on="u").merge(right, on="v")
    kept = ["row", "doc", "other", "other_doc", "u", "v", "sim", "linked"]
    pairs = pairs.loc[pairs["doc"] != pairs["other_doc"], kept]
    family = links.family_sizes(pairs, n_query)
    if same:
        searched.family = family
    order = searched.order if same else searched.rank(query)
    series = searched.series if same else query["series"].fillna("").astype(str).to_numpy()
    searched_words = index.vocabularies()
    asked_words = searched_words if same else asked.vocabularies(docs)
    apart = _named_apart((asked, table), (asked_words, searched_words))
    paragraphs = (np.bincount(docs), np.bincount(searched.docs))  # per resolution number
    sides = (links.Side(order, family, series, paragraphs[0]),
             links.Side(searched.order, searched.family, searched.series, paragraphs[1]))  # fmt: skip
    found = links.eligible_links(pairs, sides, index.rule, apart=apart,
                                 shorter_word_counts=_shorter_word_counts(asked, table))  # fmt: skip
    return found, {"family": family, "order": order, "index_order": searched.order, "same": same}


def _named_apart(
    tables: tuple[TextTable, TextTable], vocabularies: tuple[names.Vocabularies, ...]
) -> Callable[[pd.DataFrame], np.ndarray]:
    """A test of paragraph pairs: does each name something the other's resolution never mentions?"""
    asked, table = tables

    def apart(pairs: pd.DataFrame) -> np.ndarray:
        out = np.zeros(len(pairs), dtype=bool)
        edited = (pairs["sim"] < 1.0).to_numpy()  # a copy names nothing its source lacks
        out[edited] = names.different_subjects(
            (pairs["u"].to_numpy()[edited], pairs["v"].to_numpy()[edited]),
            (pairs["doc"].to_numpy()[edited], pairs["other_doc"].to_numpy()[edited]),
            (asked.names, table.names), vocabularies,
        )  # fmt: skip
        return out

    return apart


def _shorter_word_counts(asked: TextTable, table: TextTable) -> Callable[[pd.DataFrame], np.ndarray]:
    """A measure of paragraph pairs: distinct words of the shorter of the two texts."""

    def words(pairs: pd.DataFrame) -> np.ndarray:
        return np.minimum(_word_counts(asked.sets, pairs["u"].to_numpy()),
                          _word_counts(table.sets, pairs["v"].to_numpy()))  # fmt: skip

    return words


def _word_counts(sets: text.TextSets, numbers: np.ndarray) -> np.ndarray:
    """Distinct words of the texts ``numbers``, each distinct text counted once."""
    distinct, at = np.unique(numbers, return_inverse=True)
    return np.array([len(sets[int(n)]) for n in distinct], dtype=np.int64)[at]


def find_links(query: pd.DataFrame, query_sigs: np.ndarray, index: LineageIndex) -> pd.DataFrame:
    """``LINK_FIELDS`` for each row of ``query`` (the index's own rows when ``query`` is them).

    Also ``previous_row``: the index row of the previous version (-1 when none).
    """
    found, judged = candidate_links(query, query_sigs, index)
    chosen = links.choose_previous(found, judged["index_order"])
    n_query = len(query)
    previous = np.full(n_query, -1, dtype=np.int64)
    previous[chosen["row"].to_numpy()] = chosen["previous"].to_numpy()
    similarity = np.full(n_query, np.nan)
    similarity[chosen["row"].to_numpy()] = chosen["sim"].to_numpy()
    if judged["same"]:
        first = links.first_ancestors(previous, judged["order"])
    else:
        known = index.paragraphs["first_doc_id"].notna().to_numpy()
        first = np.where(previous >= 0, previous, -1)
        first[previous >= 0] = np.where(known[previous[previous >= 0]], -2, previous[previous >= 0])
    family = judged["family"]
    out = link_columns(index.paragraphs, previous, first, similarity, family > index.rule.max_family, family)
    return out.assign(previous_row=previous)


def link_columns(searched: pd.DataFrame, previous: np.ndarray, first: np.ndarray, similarity: np.ndarray,
                 formulaic: np.ndarray, family: np.ndarray) -> pd.DataFrame:
    """The ``LINK_FIELDS`` frame; ``first`` is a searched row, -1 (none) or -2 (the previous row's first)."""
    def pick(column: str, at: np.ndarray) -> pd.Series:
        out = pd.Series(pd.NA, index=range(len(at)), dtype="string")
        found = at >= 0
        out[found] = searched[column].astype("string").take(at[found]).to_numpy()
        return out

    inherited = first == -2
    via = np.where(inherited, previous, -1)
    first_rows = np.where(inherited, -1, first)
    out = pd.DataFrame({
        "previous_doc_id": pick("doc_id", previous), "previous_para_id": pick("para_id", previous),
        "similarity": np.round(similarity, 3),
        "first_doc_id": pick("doc_id", first_rows), "first_para_id": pick("para_id", first_rows),
        "first_date": pick("date", first_rows), "formulaic": formulaic, "family": family,
    })  # fmt: skip
    for column, source in (("first_doc_id", "first_doc_id"), ("first_para_id", "first_para_id"),
                           ("first_date", "first_date")):  # fmt: skip
        if inherited.any():
            out.loc[inherited, column] = pick(source, via)[inherited].to_numpy()
    return out


def link(index: LineageIndex) -> LineageIndex:
    """Fill the link columns of every paragraph of ``index`` (see :mod:`reslens.lineage.links`)."""
    rows = index.paragraphs.drop(columns=[c for c in LINK_FIELDS if c in index.paragraphs.columns])
    bare = LineageIndex(rows.reset_index(drop=True), index.signatures, index.rule)
    found = find_links(bare.paragraphs, bare.signatures, bare).drop(columns="previous_row")
    return LineageIndex(bare.paragraphs.join(found), index.signatures, index.rule)
