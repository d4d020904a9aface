"""Give operative paragraphs their implied subject while they are parsed.

An operative paragraph (``Calls upon States to ...``) has no written subject: the
adopting body is implied. Parsed on its own, its first verb is often tagged as a plural
noun and attached wrongly. :class:`ContextTokenizer` tokenizes such a text behind a short
subject ("The General Assembly calls upon States ...") so the tagger and parser see a
normal clause; the ``reslens_context`` component, placed after the model's pipes, then
cuts the subject off again and returns a Doc over the paragraph text alone, keeping every
annotation (tags, lemmas, morphology, heads, dependencies, entities).

Measured on the operative paragraphs of the dev gold (210 paragraphs, en_core_web_sm
3.8.0): the opening verb is tagged VBZ in 118 paragraphs parsed alone and 176 with the
subject; it is the root in 153 vs 168.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

CONTEXT_KEY = "reslens_context"
DEFAULT_SUBJECT = "The General Assembly"
SEQUENCE_WORDS = frozenset({"also", "further", "strongly", "again", "once", "hereby"})


def needs_subject(text: str) -> bool:
    """True when ``text`` opens like an operative paragraph (``Urges``, ``Also calls``).

    The test is on form only: a capitalised first word that is a third-person verb
    (ends in ``s`` but not ``ss``) or a sequence word.
    """
    first = text.split(" ", 1)[0].strip(",;:")
    if not first[:1].isupper() or not first.isalpha():
        return False
    low = first.lower()
    return low in SEQUENCE_WORDS or (low.endswith("s") and not low.endswith("ss") and len(low) > 3)


class ContextTokenizer:
    """Wrap a tokenizer so operative paragraphs are tokenized behind a subject."""

    def __init__(self, tokenizer: Any, subject: str = DEFAULT_SUBJECT) -> None:
        self.tokenizer = tokenizer
        self.subject = subject

    def __call__(self, text: str) -> Doc:
        if not needs_subject(text):
            return self.tokenizer(text)
        doc = self.tokenizer(f"{self.subject} {text[0].lower()}{text[1:]}")
        n_prefix = len(self.tokenizer(self.subject))
        doc.user_data[CONTEXT_KEY] = n_prefix
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # to_disk, from_bytes, rules ... of the wrapped tokenizer
        return getattr(self.tokenizer, name)


def strip_context(doc: Doc) -> Doc:
    """Return ``doc`` without the subject added by :class:`ContextTokenizer`."""
    n = doc.user_data.get(CONTEXT_KEY)
    if not n:
        return doc
    tokens = doc[n:]
    words = [t.text for t in tokens]
    words[0] = words[0][:1].upper() + words[0][1:]  # the tokenizer lower-cased only this letter
    heads = [t.head.i - n if t.head.i >= n else t.i - n for t in tokens]
    new = Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in tokens],
        tags=[t.tag_ for t in tokens],
        pos=[t.pos_ for t in tokens],
        morphs=[str(t.morph) for t in tokens],
        lemmas=[t.lemma_ for t in tokens],
        heads=heads if doc.has_annotation("DEP") else None,
        deps=[t.dep_ if t.head.i >= n else "ROOT" for t in tokens] if doc.has_annotation("DEP") else None,
    )
    new.ents = [Span(new, e.start - n, e.end - n, e.label_) for e in doc.ents if e.start >= n]
    new.user_data.update({k: v for k, v in doc.user_data.items() if k != CONTEXT_KEY})
    new._context = doc._context  # keeps nlp.pipe(..., as_tuples=True) working
    return new


@Language.component("reslens_context", assigns=["token.dep", "token.tag"])
def context_component(doc: Doc) -> Doc:
    """Pipeline adapter for :func:`strip_context`."""
    return strip_context(doc)
