"""Every NLP lexicon loads; actor patterns pass spaCy's validation."""

from __future__ import annotations

import pytest
import spacy

from reslens.lexicons import load_lexicon
from reslens.nlp.cues import load_cues
from reslens.nlp.phrases import load_phrase_functions, phrase_function


def test_lexicons_actor_patterns_validate():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True})
    patterns = load_lexicon("actors", required=["label", "pattern", "id"])
    ruler.add_patterns(patterns)
    labels = {e["label"] for e in load_lexicon("actor_types")}
    assert {p["label"] for p in patterns} <= labels


def test_lexicons_verb_levels_are_ordinal():
    cues = load_cues()
    assert all(0 <= int(e["level"]) <= 4 for e in cues.verbs.values())
    assert cues.verbs["urge"]["level"] > cues.verbs["invite"]["level"]


@pytest.mark.parametrize(
    ("phrase", "function"),
    [
        ("recalling", "reference"),
        ("gravely concerned", "concern"),
        ("welcoming", "welcome"),
        ("reiterating its deep concern", "concern"),
        ("noting with deep concern", "concern"),
    ],
)
def test_lexicons_phrase_functions(phrase, function):
    assert phrase_function(phrase, load_phrase_functions()) == function
