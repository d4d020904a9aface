"""Check that a text is English before parsing it: the parser reads English only."""

from __future__ import annotations

import re
from functools import lru_cache

from reslens.lexicons import load_lexicon

WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, str, frozenset[str]], ...]:
    entries = load_lexicon("language_cues", required=["language", "code", "words"])
    return tuple((e["language"], e["code"], frozenset(e["words"])) for e in entries)


def detect_language(text: str) -> tuple[str, str]:
    """(name, code) of the language whose function words are most frequent in ``text``.

    Returns ``("", "")`` when the text has too few function words to tell.
    """
    words = [w.lower() for w in WORD.findall(text[:SAMPLE_CHARS])]
    scores = [(sum(w in cue for w in words), name, code) for name, code, cue in _cues()]
    best = max(scores)
    return (best[1], best[2]) if best[0] >= 10 else ("", "")
