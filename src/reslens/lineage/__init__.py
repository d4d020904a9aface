"""Agreed language: where each paragraph's wording comes from, and how negotiation changed it.

:func:`build_index` indexes every paragraph of a corpus (MinHash over word shingles, with
locality-sensitive hashing to find near copies, then a word-overlap rule that keeps stock
formulas inside their series); :func:`trace` gives each paragraph of a resolution its first
and previous version and what changed; :func:`compare_versions` does the same for a draft
and the adopted text.

Example:
    >>> from reslens.lineage import build_index, trace
    >>> index = build_index(reslens.load_corpus("data/raw"))
    >>> trace(reslens.load("data/raw/A_RES_76_174.txt"), index)
"""

from reslens.lineage.changes import LABELS, classify
from reslens.lineage.index import LineageIndex, build_index, load_index
from reslens.lineage.links import LinkRule
from reslens.lineage.trace import TRACE_COLUMNS, trace
from reslens.lineage.versions import VERSION_COLUMNS, compare_versions

__all__ = [
    "LABELS", "TRACE_COLUMNS", "VERSION_COLUMNS", "LineageIndex", "LinkRule", "build_index", "classify",
    "compare_versions", "load_index", "trace",
]  # fmt: skip
