"""The word lists behind obligation extraction, loaded once from the lexicon files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reslens.lexicons import lexicon_meta, load_lexicon


@dataclass(frozen=True)
class Cues:
    """Operative verbs with their strength, plus the small word classes around them."""

    verbs: dict[str, dict[str, Any]]  # lemma ("call upon") -> verb_strength entry
    terms: dict[str, frozenset[tuple[str, ...]]]  # kind -> term word tuples (obligation_cues)
    hedges: tuple[tuple[str, str], ...]  # (phrase, function)
    kinds: dict[str, str]  # actor label -> addressee kind (actor_types.yml)
    actor_ids: dict[str, str] = field(default_factory=dict)  # actor name, lower case -> id (actors.jsonl)
    pronoun_numbers: dict[str, str] = field(default_factory=dict)  # "him" -> "singular" (obligation_cues)
    effect_defaults: dict[str, Any] = field(default_factory=dict)  # verb class -> {binding, note}

    def actor_id(self, name: str) -> str:
        """Canonical id of an actor named in full (``"General Assembly"`` -> ``general_assembly``).

        A name the actor lexicon does not hold gets its words in snake_case.
        """
        key = " ".join(name.lower().split())
        return self.actor_ids.get(key) or "_".join(re.findall(r"\w+", key))

    def words(self, kind: str) -> frozenset[str]:
        """The one-word terms of ``kind`` (``modal`` -> shall, should, will, must)."""
        return frozenset(t[0] for t in self.terms.get(kind, frozenset()) if len(t) == 1)

    def has(self, kind: str, words: tuple[str, ...]) -> bool:
        """Whether ``words`` is a listed term of ``kind`` (``call_noun``, ``pronoun`` …)."""
        return words in self.terms.get(kind, frozenset())

    def longest(self, kind: str, words: list[str]) -> int:
        """Length of the longest term of ``kind`` that ``words`` starts with (0 if none)."""
        for n in (3, 2, 1):
            if len(words) >= n and self.has(kind, tuple(words[:n])):
                return n
        return 0

    def longest_before(self, kind: str, words: list[str]) -> int:
        """Length of the longest term of ``kind`` that ``words`` ends with (0 if none)."""
        for n in (3, 2, 1):
            if len(words) >= n and self.has(kind, tuple(words[-n:])):
                return n
        return 0


def load_cues(lexicon_dir: str | Path | None = None) -> Cues:
    """Read verb_strength, obligation_cues, hedges and actor_types (from ``lexicon_dir`` if given).

    Modifiers come from ``operative_phrases`` (the list the paragraphs table uses), so an
    opening ``Strongly urges`` gets the same modifier in both tables.
    """
    verbs = {
        e["lemma"].lower(): e for e in load_lexicon("verb_strength", lexicon_dir, required=["lemma", "level"])
    }
    terms: dict[str, set[tuple[str, ...]]] = {"modifier": _modifiers(lexicon_dir)}
    numbers = {}
    for e in load_lexicon("obligation_cues", lexicon_dir, required=["term", "kind"]):
        terms.setdefault(e["kind"], set()).add(tuple(e["term"].lower().split()))
        if e.get("number"):
            numbers[e["term"].lower()] = e["number"]
    hedges = tuple(
        (e["phrase"].lower(), e.get("function", ""))
        for e in load_lexicon("hedges", lexicon_dir, required=["phrase"])
    )
    kinds = {
        e["label"]: e["kind"] for e in load_lexicon("actor_types", lexicon_dir, required=["label", "kind"])
    }
    frozen = {k: frozenset(v) for k, v in terms.items()}
    defaults = lexicon_meta("verb_strength", lexicon_dir).get("effect_defaults") or {}
    return Cues(verbs, frozen, hedges, kinds, _actor_ids(lexicon_dir), numbers, defaults)


def _actor_ids(lexicon_dir: str | Path | None) -> dict[str, str]:
    """Name (pattern words, lower case) -> canonical id, from the actor patterns."""
    out = {}
    for e in load_lexicon("actors", lexicon_dir, required=["label", "pattern"]):
        pattern = e["pattern"]
        words = (
            [str(next(iter(t.values()))) for t in pattern if isinstance(t, dict) and len(t) == 1]
            if isinstance(pattern, list)
            else str(pattern).split()
        )
        if e.get("id") and (not isinstance(pattern, list) or len(words) == len(pattern)):
            out.setdefault(" ".join(words).lower(), e["id"])
    return out


def _modifiers(lexicon_dir: str | Path | None) -> set[tuple[str, ...]]:
    """Modifier words of operative verbs, and chain verbs (``continues to``) read as modifiers."""
    entries = load_lexicon("operative_phrases", lexicon_dir, required=["kind"])
    return {
        tuple(str(e.get("modifier") or e.get("chain")).lower().split())
        for e in entries
        if e["kind"] in ("modifier", "chain")
    }
