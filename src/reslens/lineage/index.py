"""The paragraph index of a corpus: every paragraph with its MinHash signature and its ancestors.

Built once for a corpus (:func:`build_index`), saved and reloaded as one Parquet file, and
grown with :meth:`LineageIndex.add` as files arrive (signatures already computed are kept;
links are recomputed, since a newly added older text can become an ancestor).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from reslens.lineage import links, minhash, names, text
from reslens.lineage.search import find_links
from reslens.lineage.texts import RowArrays, TextTable

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


def link(index: LineageIndex) -> LineageIndex:
    """Fill the link columns of every paragraph of ``index`` (see :mod:`reslens.lineage.links`)."""
    rows = index.paragraphs.drop(columns=[c for c in LINK_FIELDS if c in index.paragraphs.columns])
    bare = LineageIndex(rows.reset_index(drop=True), index.signatures, index.rule)
    found = find_links(bare.paragraphs, bare.signatures, bare).drop(columns="previous_row")
    return LineageIndex(bare.paragraphs.join(found), index.signatures, index.rule)
