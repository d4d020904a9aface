"""Check that a text is English before parsing it: the parser reads English only."""

from __future__ import annotations

import re

from reslens.lexicons import lexicon_view

WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 4000


def _cues() -> tuple[tuple[str, str, frozenset[str]], ...]:
    return lexicon_view("language_cues", None, _build_cues)


def _build_cues(entries: list[dict]) -> tuple[tuple[str, str, frozenset[str]], ...]:
    return tuple((e["language"], e["code"], frozenset(e["words"])) for e in entries)


def detect_language(text: str) -> tuple[str, str]:
    """(name, code) of the language whose function words are most frequent in ``text``.

    Returns ``("", "")`` when the text has too few function words to tell.
    """
    words = [w.lower() for w in WORD.findall(text[:SAMPLE_CHARS])]
    scores = [(sum(w in cue for w in words), name, code) for name, code, cue in _cues()]
    best = max(scores)
    return (best[1], best[2]) if best[0] >= 10 else ("", "")
