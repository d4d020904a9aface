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

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from reslens.lexicons import lexicon_view

CONTEXT_KEY = "reslens_context"
DEFAULT_SUBJECT = "The General Assembly"


def load_openers(lexicon_dir: str | Path | None = None) -> frozenset[str]:
    """Words that may open an operative paragraph before its verb (``Also``, ``Strongly``).

    They are the first words of the modifiers placed before the verb in
    ``operative_phrases.yml``, the list the paragraphs table uses.
    """
    return lexicon_view("operative_phrases", lexicon_dir, _build_openers)


def _build_openers(entries: list[dict[str, Any]]) -> frozenset[str]:
    return frozenset(
        e["modifier"].split()[0].lower()
        for e in entries
        if e["kind"] == "modifier" and "before" in e.get("position", [])
    )


def needs_subject(text: str, openers: frozenset[str] | None = None) -> bool:
    """True when ``text`` opens like an operative paragraph (``Urges``, ``Also calls``).

    The test is on form only: a capitalised first word that is a third-person verb
    (ends in ``s`` but not ``ss``) or one of ``openers`` (default :func:`load_openers`).
    """
    first = text.split(" ", 1)[0].strip(",;:")
    if not first[:1].isupper() or not first.isalpha():
        return False
    low = first.lower()
    openers = load_openers() if openers is None else openers
    return low in openers or (low.endswith("s") and not low.endswith("ss") and len(low) > 3)


class ContextTokenizer:
    """Wrap a tokenizer so operative paragraphs are tokenized behind a subject.

    It pickles (``nlp.pipe(..., n_process=2)`` sends the pipeline to other processes):
    its state is the wrapped tokenizer, the subject and the opener words.
    """

    def __init__(
        self, tokenizer: Any, subject: str = DEFAULT_SUBJECT, openers: frozenset[str] | None = None
    ) -> None:
        self.tokenizer = tokenizer
        self.subject = subject
        self.openers = load_openers() if openers is None else openers

    def __call__(self, text: str) -> Doc:
        if not needs_subject(text, self.openers):
            return self.tokenizer(text)
        doc = self.tokenizer(f"{self.subject} {text[0].lower()}{text[1:]}")
        n_prefix = len(self.tokenizer(self.subject))
        doc.user_data[CONTEXT_KEY] = n_prefix
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        """Tokenize a stream of texts (``nlp.pipe`` calls this)."""
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # to_disk, from_bytes, rules ... of the wrapped tokenizer
        # Only called for missing attributes; while unpickling, ``tokenizer`` itself is
        # missing, and looking it up here would recurse without end.
        if name.startswith("__") or "tokenizer" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


ANNOTATIONS = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP")  # sentences follow from heads


def strip_context(doc: Doc) -> Doc:
    """Return ``doc`` without the subject added by :class:`ContextTokenizer`.

    Annotations are copied as arrays (fast); a token whose head was in the subject
    becomes a root, as the subject is no longer there.
    """
    n = doc.user_data.get(CONTEXT_KEY)
    if not n:
        return doc
    tokens = doc[n:]
    words = [t.text for t in tokens]
    words[0] = words[0][:1].upper() + words[0][1:]  # the tokenizer lower-cased only this letter
    new = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])
    attrs = [a for a in ANNOTATIONS if a not in ("HEAD", "DEP") or doc.has_annotation("DEP")]
    values = doc.to_array(attrs)[n:].copy()
    if "HEAD" in attrs:
        head, dep = attrs.index("HEAD"), attrs.index("DEP")
        outside = [i for i, t in enumerate(tokens) if t.head.i < n]
        values[outside, head] = 0  # relative offset 0: the token is its own head
        values[outside, dep] = doc.vocab.strings.add("ROOT")
    new.from_array(attrs, values)
    new.ents = [Span(new, e.start - n, e.end - n, e.label_) for e in doc.ents if e.start >= n]
    new.user_data.update({k: v for k, v in doc.user_data.items() if k != CONTEXT_KEY})
    new._context = doc._context  # keeps nlp.pipe(..., as_tuples=True) working
    return new


@Language.component("reslens_context", assigns=["token.dep", "token.tag"])
def context_component(doc: Doc) -> Doc:
    """Pipeline adapter for :func:`strip_context`."""
    return strip_context(doc)
