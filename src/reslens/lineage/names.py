"""Whether two near-identical paragraphs speak of different things (template filled in twice).

Security Council texts reuse stock paragraphs for every mission, regime and country: the
peacekeeping-performance paragraph names ``MINURSO`` in one resolution and ``UNIFIL`` in
another; a designation entry of a sanctions annex names a different person. Their words
overlap almost entirely, yet they are different provisions. What tells them apart is a
*name*: a capitalised word (after the opening word) of one paragraph that the other
paragraph's resolution never uses anywhere. When **each** paragraph holds such a name
foreign to the other's resolution, the template was filled with a different subject and
the two are not one lineage. A name added on one side only (a new partner, a new report
cited) is an ordinary edit and does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from reslens.lineage.text import TextSets
from reslens.patterns import MONTHS

_TOKEN = re.compile(r"\w+")
_NOT_NAMES = frozenset(m.lower() for m in MONTHS)  # an updated date is an edit, not a new subject
WordSetOf = Callable[[int], frozenset[str]]  # distinct text number -> its lower-case words


def names(text: object) -> frozenset[str]:
    """Capitalised words of a paragraph after its opening word, lower-cased (numbers and months left out)."""
    tokens = _TOKEN.findall(str(text or ""))
    found = {t.lower() for t in tokens[1:] if not t.islower() and not t.isdigit()}
    return frozenset(found - _NOT_NAMES)


class Vocabularies:
    """Every word (lower case) of each resolution, from its paragraphs' word sets; built when asked for."""

    def __init__(self, texts_of_doc: dict[int, np.ndarray], word_set: WordSetOf) -> None:
        self.texts_of_doc = texts_of_doc  # resolution number -> its distinct text numbers
        self.word_set = word_set
        self._words: dict[int, frozenset[str]] = {}

    @classmethod
    def of(cls, docs: np.ndarray, text_of_row: np.ndarray, word_set: WordSetOf) -> Vocabularies:
        """``docs`` and ``text_of_row``: per paragraph row, its resolution number and distinct text number."""
        order = np.argsort(docs, kind="stable")
        cuts = np.flatnonzero(np.diff(docs[order])) + 1
        groups = np.split(order, cuts) if len(order) else []
        return cls({int(docs[g[0]]): np.unique(text_of_row[g]) for g in groups}, word_set)

    def __getitem__(self, doc: int) -> frozenset[str]:
        found = self._words.get(doc)
        if found is None:
            texts = self.texts_of_doc.get(doc, ())
            found = self._words[doc] = frozenset().union(*(self.word_set(int(t)) for t in texts))
        return found


def different_subjects(
    texts: tuple[np.ndarray, np.ndarray],
    docs: tuple[np.ndarray, np.ndarray],
    names_of: tuple[TextSets, TextSets],
    vocabularies: tuple[Vocabularies, Vocabularies],
) -> np.ndarray:
    """Per paragraph pair: True when each paragraph names something the other's resolution never mentions.

    Args:
        texts: distinct text numbers of the asking and the searched paragraph of each pair.
        docs: resolution numbers of the asking and the searched paragraph of each pair.
        names_of: names of the asking and the searched texts.
        vocabularies: words of the asking and the searched resolutions.
    """
    out = np.zeros(len(texts[0]), dtype=bool)
    foreign: tuple[dict[tuple[int, int], bool], dict[tuple[int, int], bool]] = ({}, {})

    def is_foreign(side: int, text: int, doc: int, named: frozenset[str]) -> bool:
        found = foreign[side].get((text, doc))
        if found is None:
            found = foreign[side][(text, doc)] = not named <= vocabularies[1 - side][doc]
        return found

    for k, (u, v, a, b) in enumerate(zip(texts[0].tolist(), texts[1].tolist(), docs[0].tolist(),
                                         docs[1].tolist(), strict=True)):  # fmt: skip
        named_u, named_v = names_of[0][u], names_of[1][v]
        if named_u and named_v and named_u != named_v:
            out[k] = is_foreign(0, u, b, named_u) and is_foreign(1, v, a, named_v)
    return out
