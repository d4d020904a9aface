"""Whole corpora: recursive loading, zip archives, the UN's ``data_extract`` votes,
sponsors and subjects, parallel and cached runs, Dask.

The entry points are :func:`reslens.load_corpus` and :func:`reslens.analyze`; this
package holds their parts, one job per module, and :func:`votes_for_addressees`.
"""

from __future__ import annotations

from reslens.corpus.join import votes_for_addressees

__all__ = ["votes_for_addressees"]
