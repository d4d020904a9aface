"""Places: a phrase that says where (``around the world``, ``in Chad``) is not an actor.

The words are data (``place_words.yml``; the State ids from ``member_states.yml``).
:mod:`reslens.nlp.actors` stops a mention before a place phrase and drops a named
country used as a place or as part of a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span, Token

from reslens.lexicons import load_lexicon


def is_place_phrase(prep: Token, places: Places) -> bool:
    """A locative preposition phrase: ``around the world``, ``in many countries``, ``in Chad``."""
    low = prep.lower_
    if low in places.always:
        return True
    if low not in places.preps:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.lemma_.lower() in places.nouns or obj.pos_ == "PROPN")


@dataclass(frozen=True)
class Places:
    """Place words (``place_words.yml``) and the ids of named States (``member_states.yml``)."""

    always: frozenset[str]
    preps: frozenset[str]
    nouns: frozenset[str]
    country_ids: frozenset[str]


def load_places(lexicon_dir: str | Path | None = None) -> Places:
    """Read ``place_words.yml`` and the State ids of ``member_states.yml``."""
    words: dict[str, set[str]] = {"always": set(), "prep": set(), "noun": set()}
    for e in load_lexicon("place_words", lexicon_dir, required=["word", "kind"]):
        words.setdefault(e["kind"], set()).add(e["word"].lower())
    ids = frozenset(e["id"] for e in load_lexicon("member_states", lexicon_dir, required=["id", "name"]))
    return Places(frozenset(words["always"]), frozenset(words["prep"]), frozenset(words["noun"]), ids)


def shipped_places() -> Places:
    """The shipped place lists (callers with their own lexicons pass ``places``)."""
    return load_places()


def is_place(span: Span, places: Places) -> bool:
    """A named country used as a place (``in Chad``, ``São Paulo, Brazil``) or a name part
    (``Panama City``, ``the Namibia Plan of Action``)."""
    if span.id_ not in places.country_ids:
        return False
    root = span.root
    if root.dep_ == "compound":
        return True
    head = root.head if root.dep_ == "appos" else root
    return head.dep_ == "pobj" and is_place_phrase(head.head, places)
