"""Preambular phrase functions: what an opening phrase does (recall, concern, welcome ...).

The mapping is data (``lexicons/phrase_functions.yml``: canonical phrase -> function).
:func:`phrase_function` is pure and maps the structure parser's canonical ``phrase``;
the ``reslens_phrases`` component finds the longest known phrase at the start of a
paragraph Doc (sequence words like ``also`` and ``further`` skipped) and stores it in
``doc.spans["reslens_phrases"]`` with the function as label.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from reslens.lexicons import lexicon_view, load_lexicon

SPANS_KEY = "reslens_phrases"
RENEWAL = frozenset({"reiterating", "reaffirming"})  # "Reiterating its deep concern" -> concern


def _sequence_words(entries: list[dict]) -> frozenset[str]:
    """Words of the modifiers that do not change a phrase's force (``also``, ``once again``)."""
    return frozenset(
        word
        for e in entries
        if e["kind"] == "modifier" and not e.get("effect")
        for word in str(e["modifier"]).lower().split()
    )


def sequence_words() -> frozenset[str]:
    """The sequence words of ``preambular_phrases.yml``, skipped when looking up a function."""
    return lexicon_view("preambular_phrases", None, _sequence_words)


def load_phrase_functions(lexicon_dir: str | Path | None = None) -> dict[str, str]:
    """Canonical phrase (lower case) -> function, from ``phrase_functions.yml``."""
    entries = load_lexicon("phrase_functions", lexicon_dir, required=["phrase", "function"])
    return {" ".join(e["phrase"].lower().split()): e["function"] for e in entries}


def phrase_function(phrase: str, functions: dict[str, str]) -> str:
    """Function of a canonical phrase; sequence words dropped; ``""`` when unknown."""
    skip = sequence_words()
    words = [w for w in phrase.lower().replace(",", " ").split() if w not in skip]
    if len(words) > 2 and words[0] in RENEWAL:
        inner = phrase_function(" ".join(words[1:]).replace("its ", "", 1), functions)
        if inner:
            return inner
    for n in range(len(words), 0, -1):
        hit = functions.get(" ".join(words[:n]))
        if hit:
            return hit
    return ""


def opening_phrase_span(doc: Doc, functions: dict[str, str]) -> Span | None:
    """The longest known phrase at the start of ``doc`` (after sequence words), labelled."""
    words, sequence = [t.lower_ for t in doc[:8]], sequence_words()
    skip = 0
    while skip < len(words) and words[skip] in sequence:
        skip += 1
    for n in range(len(words), skip, -1):
        keep = [w for w in words[skip:n] if w not in sequence]
        function = functions.get(" ".join(keep))
        if function:
            return Span(doc, 0, n, label=function)
    return None


class PhraseTagger:
    """Adapter writing :func:`opening_phrase_span` into ``doc.spans["reslens_phrases"]``."""

    def __init__(self, name: str, lexicon_dir: str | None) -> None:
        self.name = name
        self.functions = load_phrase_functions(lexicon_dir)

    def __call__(self, doc: Doc) -> Doc:
        span = opening_phrase_span(doc, self.functions)
        doc.spans[SPANS_KEY] = [span] if span is not None else []
        return doc


@Language.factory("reslens_phrases", default_config={"lexicon_dir": None}, assigns=["doc.spans"])
def make_phrase_tagger(nlp: Language, name: str, lexicon_dir: str | None) -> PhraseTagger:
    """Factory for the ``reslens_phrases`` component."""
    return PhraseTagger(name, lexicon_dir)
