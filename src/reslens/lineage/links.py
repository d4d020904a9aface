"""Which earlier paragraph each paragraph comes from: candidate pairs → verified links → ancestors.

The rule, chosen on the hand-checked samples of ``tests/data/lineage`` (the figures are in the
README; each sample's README section says whether it was dev or unseen for which rule):

1. Two paragraphs of different resolutions are the same lineage when the Dice overlap of
   their word sets is at least ``threshold`` (order-blind: reordered clauses, a changed verb
   or an inserted qualifier cost a few words, not the match), or when one holds at least
   ``containment`` of the other's distinct words and both have at least ``min_words`` of them
   (a paragraph cut down, or carried into a longer one) — unless each names something the
   other's resolution never mentions (a template filled with another mission, country or
   person: :mod:`reslens.lineage.names`). The name test is not asked between a resolution
   and its *renewal*: a related one (point 2) of which at least ``renewal_share`` of the
   paragraphs, and never fewer than ``min_related + 1``, are versions of the other's that are
   neither stock (points 2 and 3) nor told apart; a name foreign to the other text there is a
   mission renamed or a partner added in the same provision. Nor is it asked of the closest
   paragraph at ``threshold`` overlap between related resolutions that share more than
   ``min_related`` such versions (one subject: the yearly seminar, a new envoy's name).
2. **Stock formulas link only inside a series.** A paragraph whose wording is linked (point
   1) into more than ``max_family`` other resolutions ("Decides to remain seized of the
   matter", the financing and agenda-item formulas, lists of human rights instruments) is
   *formulaic* and is linked only to a *related* resolution, one of the same series: the
   same title, or a title extended by a rider; for a text without a title (the Security
   Council's), the Council's agenda item ("The situation in Libya"). Two texts with neither
   are one series when they share at least ``min_related`` linked paragraphs whose wording is
   linked into at most ``SERIES_FAMILY`` resolutions; a text with a series name and one
   without never are.
3. **A series is evidence; a short paragraph is not.** Inside a series a looser overlap,
   ``series_threshold``, is enough (a mandate paragraph rewritten from one year to the next
   keeps about half its words), and only for the closest paragraph of that earlier
   resolution. A paragraph of fewer than ``short_words`` distinct words ("We commit to taking
   the following actions:") says too little to show a common source: it links only inside a
   series (so outside one, containment effectively needs ``short_words`` words, not
   ``min_words``).
4. **Across series, most of the wording must stay.** Between resolutions of different series
   a Dice overlap of ``cross_threshold`` is needed: agreed language carried into another
   series keeps most of its words, while a template filled for another regime, mission or
   meeting ("the Committee", "the Panel", the modalities of a high-level meeting) shares its
   frame and changes the rest.
5. The *previous* version is the most recent earlier linked paragraph, preferring related
   resolutions, then higher similarity; the *first* is found by following previous versions
   back (so a wording that drifted over many years still reaches its origin).
"""

from __future__ import annotations

import re
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
    cross_threshold: float = 0.7


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


@dataclass(frozen=True)
class Side:
    """Per-row facts of one side of the paragraph pairs (the asking or the searched paragraphs)."""

    order: np.ndarray  # rank in time of each row's resolution
    family: np.ndarray  # how many other resolutions hold a near copy of each row
    series: np.ndarray  # series name of each row's resolution ("" when unknown)
    paragraphs: np.ndarray  # paragraphs of each resolution, by resolution number


def eligible_links(
    pairs: pd.DataFrame,
    sides: tuple[Side, Side],
    rule: LinkRule,
    *,
    apart: Callable[[pd.DataFrame], np.ndarray],
    shorter_word_counts: Callable[[pd.DataFrame], np.ndarray],
) -> pd.DataFrame:
    """Every earlier version of each paragraph the rule accepts: ``row``, ``other``, ``sim``, ``related``.

    Args:
        pairs: paragraph pairs ``row`` (asking) – ``other`` (searched), with ``doc``,
            ``other_doc``, ``sim`` and ``linked`` (point 1; a pair that is not may still link in a series).
        sides: the asking and the searched rows' facts.
        rule: the thresholds.
        apart: marks pairs that speak of different subjects (:mod:`reslens.lineage.names`); asked
            last, so only of the few links the rest accepts (shared templates still count as
            evidence that two untitled resolutions are one series).
        shorter_word_counts: distinct words of the shorter paragraph of each pair.
    """
    asking, searched = sides
    rows, others = pairs["row"].to_numpy(), pairs["other"].to_numpy()
    links = pairs[searched.order[others] < asking.order[rows]]
    rows, others = links["row"].to_numpy(), links["other"].to_numpy()
    in_series = (asking.family[rows] <= SERIES_FAMILY) & (searched.family[others] <= SERIES_FAMILY)
    links = links.assign(support=_per_resolution_pair(links, in_series & links["linked"].to_numpy()))
    firsts = links.drop_duplicates(["doc", "other_doc"])  # series and support are per resolution pair
    first_rows, first_others = firsts["row"].to_numpy(), firsts["other"].to_numpy()
    one_series = _related(asking.series[first_rows], searched.series[first_others],
                          firsts["support"].to_numpy(), rule)  # fmt: skip
    keys = pd.MultiIndex.from_frame(firsts[["doc", "other_doc"]])
    related = _on_resolution_pairs(links, keys, one_series).astype(bool)
    formulaic = (asking.family[rows] > rule.max_family) | (searched.family[others] > rule.max_family)
    stock = formulaic | (shorter_word_counts(links) < rule.short_words)
    strong = links["linked"].to_numpy() & ~(stock & ~related)
    strong &= related | (links["sim"].to_numpy() >= rule.cross_threshold)
    links = links.assign(related=related, stock=stock, closest=_closest_in_resolution(links))
    links = links[strong | (related & links["closest"].to_numpy())]
    if len(links):
        away = apart(links)
        versions = _shared_versions(links, away)
        links = links[~away | _renewal(links, versions, sides, rule) | _updated(links, versions, rule)]
    return links[["row", "other", "sim", "related"]]


def _on_resolution_pairs(links: pd.DataFrame, keys: pd.Index, values: np.ndarray) -> np.ndarray:
    """Per paragraph pair, the value of its two resolutions (``keys``: ``doc``, ``other_doc``), else 0."""
    per_pair = pd.Series(values, index=keys, name="value")
    return links[["doc", "other_doc"]].join(per_pair, on=["doc", "other_doc"])["value"].fillna(0).to_numpy()


def _per_resolution_pair(links: pd.DataFrame, counted: np.ndarray) -> np.ndarray:
    """Per pair: how many paragraphs of the asking resolution have a ``counted`` pair with the other one."""
    counts = links[counted].groupby(["doc", "other_doc"])["row"].nunique()
    return _on_resolution_pairs(links, counts.index, counts.to_numpy())


def _shared_versions(links: pd.DataFrame, away: np.ndarray) -> np.ndarray:
    """Per pair: how many substantive versions its two resolutions share (the fewer of the two sides).

    Only versions that are neither stock (formulaic or short) nor told apart by the name test
    count: two missions' or tribunals' resolutions written from one template share generic
    paragraphs and templates filled with their own names, but no provision about one subject.
    """
    kept = links[~away & ~links["stock"].to_numpy()]
    both = kept.groupby(["doc", "other_doc"]).agg(rows=("row", "nunique"), others=("other", "nunique"))
    return _on_resolution_pairs(links, both.index, both[["rows", "others"]].min(axis=1).to_numpy())


def _renewal(
    links: pd.DataFrame, versions: np.ndarray, sides: tuple[Side, Side], rule: LinkRule
) -> np.ndarray:
    """Per pair: are the resolutions related, one repeating ``renewal_share`` of the other's paragraphs?

    ``versions`` (:func:`_shared_versions`) must reach that share on both sides, and never
    fewer than ``min_related + 1``.
    """
    smaller = np.minimum(sides[0].paragraphs[links["doc"].to_numpy()],
                         sides[1].paragraphs[links["other_doc"].to_numpy()])  # fmt: skip
    needed = np.maximum(rule.min_related + 1, rule.renewal_share * smaller)
    return links["related"].to_numpy() & (versions >= needed)


def _updated(links: pd.DataFrame, versions: np.ndarray, rule: LinkRule) -> np.ndarray:
    """Per pair: is this the same provision of one subject, updated (a name foreign to the other text)?

    Related resolutions that share more than ``min_related`` substantive versions are about
    one subject; there the closest paragraph at ``threshold`` overlap is that provision with
    a new seminar, envoy or mission name, not a template filled for another subject.
    """
    close = links["closest"].to_numpy() & (links["sim"].to_numpy() >= rule.threshold)
    return links["related"].to_numpy() & close & (versions > rule.min_related)


def _closest_in_resolution(links: pd.DataFrame) -> np.ndarray:
    """Per pair: is ``other`` the paragraph of its resolution most similar to ``row`` (ties all count)?"""
    best = links.groupby(["row", "other_doc"])["sim"].transform("max")
    return (links["sim"] >= best).to_numpy()


_NOT_WORD = re.compile(r"\W+")


def _related(series: np.ndarray, other: np.ndarray, support: np.ndarray, rule: LinkRule) -> np.ndarray:
    """Per pair: are the two resolutions one series?

    Named series are one when the names are: equal, or one extends the other (``…, including in
    the context of COVID-19``), case, quotes and punctuation aside. Two resolutions without a
    series name are one when they share at least ``min_related`` linked paragraphs; one with a
    name and one without never are.
    """
    names = {*series.tolist(), *other.tolist()} - {""}
    normal = {n: _NOT_WORD.sub(" ", n.lower()).strip() + " " for n in names}  # each name once
    out = np.zeros(len(series), dtype=bool)
    for k, (name, other_name) in enumerate(zip(series.tolist(), other.tolist(), strict=True)):
        if not name or not other_name:
            out[k] = not name and not other_name and support[k] >= rule.min_related
            continue
        name, other_name = normal[name], normal[other_name]
        out[k] = name.startswith(other_name) or other_name.startswith(name)
    return out


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
