"""What changed between two versions of a paragraph, as labels a reader can check.

Verb strength (``Encourages`` → ``Urges``, or an intensifier such as ``strongly`` added to the
same verb) is judged by :func:`reslens.compare.grade_pair`, the one home of that rule; this
module adds the labels the lineage table needs around it: modifiers, hedges
(``lexicons/hedges.yml``), the addressee, and any other rewording, with the words added and
removed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher

from reslens.compare import grade_pair, modifier_effects, strength_lookup
from reslens.lexicons import load_lexicon
from reslens.lineage.text import words

LABELS = ("verb strengthened", "verb weakened", "modifier added", "modifier removed", "hedge added",
          "hedge removed", "addressee changed", "reworded", "unchanged", "new")  # fmt: skip


@dataclass(frozen=True)
class Judge:
    """The word lists a classification needs, loaded once for many pairs."""

    level_of: object
    effects: Mapping[str, int]
    hedges: tuple[tuple[tuple[str, ...], str], ...]  # (phrase words, function), longest first

    @classmethod
    def load(cls) -> Judge:
        """Verb strengths, modifier effects and hedge phrases (with their function) from the lexicons."""
        hedges = [(tuple(words(e["phrase"])), str(e.get("function") or e["phrase"]))
                  for e in load_lexicon("hedges", required=["phrase"])]  # fmt: skip
        return cls(strength_lookup(), modifier_effects(), tuple(sorted(hedges, key=lambda h: -len(h[0]))))


def classify(
    old: Mapping[str, object], new: Mapping[str, object], judge: Judge
) -> tuple[list[str], list[str], list[str]]:
    """``(labels, added words, removed words)`` from the ``old`` version of a paragraph to the ``new``.

    Args:
        old, new: paragraph records (``text``, ``opening_phrase``, ``phrase``, ``modifier``;
            ``addressee`` when the obligations are known).
        judge: from :meth:`Judge.load`.
    """
    before, after = words(old.get("text")), words(new.get("text"))
    added, removed = word_changes(before, after)
    if before == after:
        return ["unchanged"], added, removed
    labels = []
    status, reason = grade_pair(old, new, level_of=judge.level_of, effects=judge.effects)
    if status in ("strengthened", "weakened"):
        labels.append(f"verb {status}")
    old_mod, new_mod = (_text(r.get("modifier")) for r in (old, new))
    if new_mod and new_mod != old_mod:
        labels.append("modifier added")
    if old_mod and new_mod != old_mod:
        labels.append("modifier removed")
    old_hedges, new_hedges = _hedges(before, judge), _hedges(after, judge)
    if new_hedges - old_hedges:
        labels.append("hedge added")
    if old_hedges - new_hedges:
        labels.append("hedge removed")
    old_to, new_to = _text(old.get("addressee")), _text(new.get("addressee"))
    if old_to and new_to and old_to != new_to:
        labels.append("addressee changed")
    if _body(before, old, judge) != _body(after, new, judge) or not labels:
        labels.append("reworded")
    return labels, added, removed


def word_changes(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """Words inserted into and deleted from ``before`` to make ``after``, in text order."""
    added: list[str] = []
    removed: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            removed += before[i1:i2]
        if op in ("replace", "insert"):
            added += after[j1:j2]
    return added, removed


def _hedges(tokens: list[str], judge: Judge) -> set[str]:
    """The functions of the hedges in a text: ``in accordance with her mandate`` → ``the mandate``
    is one hedge reworded (``mandate`` both times), not one removed and one added."""
    joined = f" {' '.join(tokens)} "
    return {function for phrase, function in judge.hedges if f" {' '.join(phrase)} " in joined}


def _body(tokens: list[str], record: Mapping[str, object], judge: Judge) -> str:
    """The words after the opening phrase, hedges taken out: what is left to be reworded."""
    opening = words(record.get("opening_phrase"))
    rest = tokens[len(opening) :] if tokens[: len(opening)] == opening else tokens
    joined = f" {' '.join(rest)} "
    for phrase, _ in judge.hedges:
        joined = joined.replace(f" {' '.join(phrase)} ", " ")
    return re.sub(r"\s+", " ", joined).strip()


def _text(value: object) -> str:
    """A modifier or addressee in lower case; "" when missing (None, NaN, pandas NA)."""
    import pandas as pd

    return "" if value is None or pd.isna(value) else str(value).strip().lower()
