"""Line-end hyphens in text copied out of a PDF: a compound's hyphen or a word break?

A PDF may hyphenate long words at line ends (``implemen-`` / ``tation``) and also
wrap compounds at their own hyphen (``self-`` / ``determination``). The document
itself is the best witness: a joined form seen elsewhere (``implementation``) drops
the hyphen, a hyphenated form seen elsewhere keeps it. Without a witness, a hyphen
after a known compound prefix (lexicon ``compound_prefixes``) or after a whole word
of the text is kept, and any other is a word break. A capital or digit after the
hyphen (``non-`` / ``State``) always keeps it: hyphenation never breaks there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reslens.lexicons import lexicon_view

WORD = re.compile(r"[A-Za-z]+(?:[-\u2011][A-Za-z]+)*")
_TAIL = re.compile(r"([A-Za-z]+)[-\u2011]$")
_HEAD = re.compile(r"^([A-Za-z]+)")


def _prefixes() -> frozenset[str]:
    return lexicon_view("compound_prefixes", None, _build_prefixes)


def _build_prefixes(entries: list[dict]) -> frozenset[str]:
    return frozenset(e["prefix"].lower() for e in entries)


def vocabulary(lines: Sequence[str]) -> Counter[str]:
    """Lower-cased words of ``lines``, leaving out the fragments around line-end hyphens."""
    counts: Counter[str] = Counter()
    broken = False
    for line in lines:
        words = WORD.findall(line)
        if broken and words:
            words = words[1:]
        broken = bool(_TAIL.search(line.rstrip()))
        if broken and words:
            words = words[:-1]
        counts.update(w.lower() for w in words)
    return counts


def keeps_hyphen(left: str, right: str, words: Counter[str]) -> bool:
    """Whether the hyphen ending ``left`` belongs to the word (a compound) when ``right`` follows."""
    tail, head = _TAIL.search(left.rstrip()), _HEAD.match(right.lstrip())
    if not tail or not head or not head[1][0].islower():
        return True
    first, rest = tail[1].lower(), head[1]
    if words[first + rest]:
        return False
    if words[f"{first}-{rest}"] or words[f"{first}\u2011{rest}"]:
        return True
    return first in _prefixes() or bool(words[first])
