"""Tag the concerns a resolution raises (threats, impunity, civic space, ...) with its terms.

The themes and their terms are data (``lexicons/themes.yml``). Matching is spaCy's
:class:`~spacy.matcher.PhraseMatcher` on whole tokens, so it works on
``spacy.blank("en")`` as well as on a full model. The component is a thin adapter over
:func:`find_themes`, and writes its hits to ``doc.spans["reslens_themes"]`` with the theme
id as label; the span text is the evidence.

Example:
    >>> import spacy
    >>> import reslens.nlp.themes  # registers the factory
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("reslens_themes")
    >>> [(s.label_, s.text) for s in nlp("ends impunity for reprisals").spans["reslens_themes"]]
    [('impunity_accountability', 'impunity'), ('threats_reprisals', 'reprisals')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from reslens.lexicons import LexiconError, lexicon_path, load_lexicon

SPANS_KEY = "reslens_themes"
MATCH_ATTRS = ("LOWER", "NORM", "ORTH", "LEMMA")


def build_theme_matcher(
    vocab: Vocab,
    entries: Iterable[dict[str, Any]],
    make_doc: Callable[[str], Doc],
    *,
    attr: str = "LOWER",
) -> PhraseMatcher:
    """Build a phrase matcher whose match ids are the theme ids.

    Args:
        vocab: the pipeline's vocabulary.
        entries: theme entries, each with ``id`` and ``terms``.
        make_doc: turns a term into tokens the way the pipeline tokenizes text
            (``nlp.make_doc``; for ``attr="LEMMA"`` pass a callable that lemmatizes).
        attr: the token attribute compared (``LOWER`` by default: case-insensitive).

    Raises:
        LexiconError: an unknown attribute, or an entry without terms.
    """
    if attr not in MATCH_ATTRS:
        raise LexiconError(f"themes: attr {attr!r} is not one of {', '.join(MATCH_ATTRS)}")
    matcher = PhraseMatcher(vocab, attr=attr)
    for entry in entries:
        terms = [str(t) for t in entry.get("terms") or [] if str(t).strip()]
        if not terms:
            raise LexiconError(f"themes: entry id={entry.get('id')!r} has no terms")
        matcher.add(str(entry["id"]), [make_doc(t) for t in terms])
    return matcher


def find_themes(doc: Doc, matcher: PhraseMatcher) -> list[Span]:
    """Return the theme hits in ``doc``, longest first where hits of one theme overlap.

    "freedom of peaceful assembly" and "peaceful assembly" are one hit, not two; hits
    of different themes may overlap ("women human rights defenders" is gender, and
    "human rights" could be another theme), because a paragraph can raise both.
    """
    spans = matcher(doc, as_spans=True)
    spans.sort(key=lambda s: (s.label_, -len(s), s.start))
    kept: list[Span] = []
    taken: dict[str, set[int]] = {}
    for span in spans:
        seen = taken.setdefault(span.label_, set())
        if seen.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            seen.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: (s.start, s.end, s.label_))


class ThemeTagger:
    """Writes :func:`find_themes` hits to ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str, *, lexicon: str | None, attr: str, spans_key: str):
        self.name = name
        self.spans_key = spans_key
        entries = load_lexicon("themes", lexicon, required=["id", "label", "terms"])
        make_doc = nlp.make_doc if attr != "LEMMA" else nlp
        self.matcher = build_theme_matcher(nlp.vocab, entries, make_doc, attr=attr)
        self.labels = {str(e["id"]): str(e["label"]) for e in entries}
        self.source = str(lexicon_path("themes", lexicon))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = find_themes(doc, self.matcher)
        return doc


@Language.factory(
    "reslens_themes",
    default_config={"lexicon": None, "attr": "LOWER", "spans_key": SPANS_KEY},
    assigns=["doc.spans"],
)
def make_theme_tagger(
    nlp: Language, name: str, lexicon: str | None, attr: str, spans_key: str
) -> ThemeTagger:
    """Create the theme tagger; ``lexicon`` overrides the shipped ``themes.yml`` (file or folder)."""
    if lexicon is not None and not Path(lexicon).exists():
        raise LexiconError(f"{lexicon}: themes lexicon not found")
    return ThemeTagger(nlp, name, lexicon=lexicon, attr=attr, spans_key=spans_key)
