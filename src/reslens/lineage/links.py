"""Which earlier paragraph each paragraph comes from: candidate pairs → verified links → ancestors.

The rule, chosen on the hand-checked dev samples (``tests/data/lineage/sample_dev.csv`` to
``sample_dev4.csv``; the figures are in the README):

1. Two paragraphs of different resolutions are the same lineage when the Dice overlap of
   their word sets is at least ``threshold`` (order-blind: reordered clauses, a changed verb
   or an inserted qualifier cost a few words, not the match), or when one holds at least
   ``containment`` of the other's distinct words and both have at least ``min_words`` of them
   (a paragraph cut down, or carried into a longer one) — unless each names something the
   other's resolution never mentions (a template filled with another mission, country or
   person: :mod:`reslens.lineage.names`).
2. **Stock formulas link only inside a series.** A paragraph whose wording is linked (point
   1) into more than ``max_family`` other resolutions ("Decides to remain seized of the
   matter", "Guided by the purposes and principles of the Charter", the financing and
   agenda-item formulas, lists of human rights instruments) is *formulaic*: it is linked
   only to a *related* resolution: one with the same title, or a title extended by a rider
   (both untitled, as Security Council texts are, also qualifies; a titled and an untitled
   one never do), sharing at least ``min_related`` linked paragraphs whose wording is
   linked into at most ``SERIES_FAMILY`` resolutions (a template the name test tells apart
   still counts here: it is evidence of a series, not a version). So boilerplate joins a resolution to
   its own predecessors, never to every text that uses the same formula.
3. **A series is evidence; a short paragraph is not.** Inside a related resolution a looser
   overlap, ``series_threshold``, is enough (a mandate paragraph rewritten from one year to
   the next keeps about half its words), and it counts only for the closest paragraph of
   that resolution. A paragraph of fewer than ``short_words`` distinct words ("We commit to
   taking the following actions:", "Taking note of the report of the Secretary-General
   (S/2001/970)") says too little to show a common source, so it links only inside a series.
   **A renewal keeps its names apart no longer**: between two related resolutions of which one
   repeats at least ``renewal_share`` of the other's paragraphs, the name test (point 1) is
   not asked: a name foreign to the other text there is a mission renamed or a partner
   added in the same provision (UNMIS → UNAMID, a Goma Summit that became a Contact Group).
4. The *previous* version is the most recent earlier linked paragraph, preferring related
   resolutions, then higher similarity; the *first* is found by following previous versions
   back (so a wording that drifted over many years still reaches its origin).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

SERIES_FAMILY = 100


@dataclass(frozen=True)
class LinkRule:
    """Thresholds of the lineage rule (defaults chosen on the dev sample; see module docstring)."""

    threshold: float = 0.6
    containment: float = 0.8
    min_words: int = 15
    max_family: int = 20
    min_related: int = 2
    series_threshold: float = 0.5
    short_words: int = 20
    renewal_share: float = 0.5


def neighbour_pairs(
    sets: tuple[list[frozenset[str]], list[frozenset[str]]],
    left: np.ndarray,
    right: np.ndarray,
    rule: LinkRule,
) -> pd.DataFrame:
    """Verify candidate text pairs: ``sim`` (word-set Dice) and ``linked`` (the rule's first point).

    Pairs that are linked, or close enough to link inside a series (``series_threshold``), are returned.
    """
    from reslens.lineage.text import word_set_similarity

    sims, linked = np.zeros(len(left)), np.zeros(len(left), dtype=bool)
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        one, two = sets[0][a], sets[1][b]
        sims[k] = sim = word_set_similarity(one, two)
        shorter = min(len(one), len(two))
        linked[k] = sim >= rule.threshold or (
            shorter >= rule.min_words and len(one & two) >= rule.containment * shorter
        )
    kept = linked | (sims >= rule.series_threshold)
    return pd.DataFrame({"u": left[kept], "v": right[kept], "sim": sims[kept], "linked": linked[kept]})


def family_sizes(pairs: pd.DataFrame, n_rows: int) -> np.ndarray:
    """For each paragraph, how many other resolutions hold a version of it (a pair linked by point 1)."""
    counts = pairs[pairs["linked"]].groupby("row")["other_doc"].nunique()
    out = np.zeros(n_rows, dtype=np.int64)
    out[counts.index.to_numpy()] = counts.to_numpy()
    return out


def eligible_links(
    pairs: pd.DataFrame,
    order: tuple[np.ndarray, np.ndarray],
    family: tuple[np.ndarray, np.ndarray],
    titles: tuple[np.ndarray, np.ndarray],
    rule: LinkRule,
    sizes: tuple[np.ndarray, np.ndarray] | None = None,
    apart: Callable[[pd.DataFrame], np.ndarray] | None = None,
    words: Callable[[pd.DataFrame], np.ndarray] | None = None,
) -> pd.DataFrame:
    """Every earlier version of each paragraph the rule accepts: ``row``, ``other``, ``sim``, ``related``.

    Args:
        pairs: paragraph pairs ``row`` (asking) – ``other`` (searched), with ``doc``,
            ``other_doc``, ``sim`` and ``linked`` (point 1; a pair that is not may still link in a series).
        order: rank in time of each asking row's resolution, and of each searched row's.
        family: how many other resolutions hold a near copy of each asking and searched row.
        titles: the title of each asking and searched row's resolution ("" when unknown).
        rule: the thresholds.
        sizes: paragraphs of each asking and each searched resolution, by resolution number
            (no renewal is recognised when None).
        apart: marks pairs that speak of different subjects (:mod:`reslens.lineage.names`); dropped
            last, so that it is asked only of the few links the rest accepts (shared templates
            still count as evidence that two untitled resolutions are one series).
        words: distinct words of the shorter paragraph of each pair (no short-paragraph test when None).
    """
    rows, others = pairs["row"].to_numpy(), pairs["other"].to_numpy()
    links = pairs[order[1][others] < order[0][rows]]
    rows, others = links["row"].to_numpy(), links["other"].to_numpy()
    in_series = (family[0][rows] <= SERIES_FAMILY) & (family[1][others] <= SERIES_FAMILY)
    in_series &= links["linked"].to_numpy()
    support = links[in_series].groupby(["doc", "other_doc"])["row"].nunique().rename("support").reset_index()
    links = links.merge(support, on=["doc", "other_doc"], how="left").fillna({"support": 0})
    rows, others = links["row"].to_numpy(), links["other"].to_numpy()
    same_title = [_same_series_title(a, b) for a, b in zip(titles[0][rows], titles[1][others], strict=True)]
    related = (links["support"].to_numpy() >= rule.min_related) & np.array(same_title, dtype=bool)
    links["related"] = related
    formulaic = (family[0][rows] > rule.max_family) | (family[1][others] > rule.max_family)
    short = words(links) < rule.short_words if words is not None else np.zeros(len(links), dtype=bool)
    strong = links["linked"].to_numpy() & ~((formulaic | short) & ~related)
    links = links[strong | (related & _closest_in_resolution(links))]
    if apart is not None and len(links):
        away = apart(links)
        links = links[~away | _renewal(links, away, sizes, rule)]
    return links[["row", "other", "sim", "related"]]


def _renewal(
    links: pd.DataFrame, away: np.ndarray, sizes: tuple[np.ndarray, np.ndarray] | None, rule: LinkRule
) -> np.ndarray:
    """Per pair: are the resolutions related, one repeating ``renewal_share`` of the other's paragraphs?

    Only versions the name test leaves together count: two missions' resolutions written from
    one template share every paragraph, each with its own names, and are not renewals.
    """
    if sizes is None:
        return np.zeros(len(links), dtype=bool)
    kept = links[~away].groupby(["doc", "other_doc"])["row"].nunique().rename("kept")
    repeated = links[["doc", "other_doc"]].join(kept, on=["doc", "other_doc"])["kept"].fillna(0).to_numpy()
    smaller = np.minimum(sizes[0][links["doc"].to_numpy()], sizes[1][links["other_doc"].to_numpy()])
    return links["related"].to_numpy() & (repeated >= rule.renewal_share * smaller)


def _closest_in_resolution(links: pd.DataFrame) -> np.ndarray:
    """Per pair: is ``other`` the paragraph of its resolution most similar to ``row`` (ties all count)?"""
    best = links.groupby(["row", "other_doc"])["sim"].transform("max")
    return (links["sim"] >= best).to_numpy()


def _same_series_title(title: str, other: str) -> bool:
    """Titles of one series: equal, or one extends the other (``…, including in the context of COVID-19``).

    Two resolutions without a title (Security Council resolutions have none) may be one series
    (their shared paragraphs decide); a titled and an untitled one are not.
    """
    if not title or not other:
        return not title and not other
    title, other = title.lower(), other.lower()
    return title.startswith(other) or other.startswith(title)


def choose_previous(links: pd.DataFrame, order: np.ndarray) -> pd.DataFrame:
    """The previous version of each paragraph: the most recent of its eligible links, related first.

    Args:
        links: from :func:`eligible_links`.
        order: rank in time of each searched row's resolution.
    """
    ranked = links.assign(when=order[links["other"].to_numpy()])
    ranked = ranked.sort_values(["row", "related", "when", "sim"], ascending=[True, False, False, False])
    return ranked.drop_duplicates("row").rename(columns={"other": "previous"})


def first_ancestors(previous: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Follow previous versions back: the earliest ancestor row of each paragraph (-1: none).

    Args:
        previous: per row, the row of its previous version, or -1.
        order: per row, its resolution's rank in time (previous versions are always earlier).
    """
    first = np.full(len(previous), -1, dtype=np.int64)
    for row in np.argsort(order, kind="stable"):
        before = previous[row]
        if before >= 0:
            first[row] = first[before] if first[before] >= 0 else before
    return first
