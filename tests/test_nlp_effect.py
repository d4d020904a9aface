"""Legal effect by body (verb_strength.yml by_body and effect_defaults), no model."""

from __future__ import annotations

import pytest

from reslens.lexicons import LexiconError
from reslens.nlp.cues import load_cues
from reslens.nlp.effect import acts_under_chapter_vii, legal_effect


@pytest.fixture(scope="module")
def cues():
    return load_cues()


@pytest.mark.parametrize(
    ("verb", "body", "kind", "chapter_vii", "binding"),
    [
        ("decide", "Security Council", "state", True, True),
        ("demand", "Security Council", "other", True, True),
        ("demand", "Security Council", "other", False, None),
        ("call upon", "Security Council", "state", True, False),
        ("urge", "General Assembly", "state", False, False),
        ("recommend", "Human Rights Council", "state", False, False),
        ("decide", "General Assembly", "self", False, True),
        ("decide", "General Assembly", "state", False, False),
        ("decide", "Economic and Social Council", "self", False, True),
        ("welcome", "General Assembly", "none", False, None),
    ],
)
def test_nlp_effect_binding_by_body(cues, verb, body, kind, chapter_vii, binding):
    got, note = legal_effect(
        cues.verbs[verb], body, cues.effect_defaults, addressee_kind=kind, chapter_vii=chapter_vii
    )
    assert got is binding
    assert note


def test_nlp_effect_unknown_binding_value_is_a_lexicon_error(cues):
    entry = {"lemma": "decide", "by_body": {"Security Council": {"binding": "sometimes"}}}
    with pytest.raises(LexiconError, match="decide"):
        legal_effect(
            entry, "Security Council", cues.effect_defaults, addressee_kind="state", chapter_vii=True
        )


def test_nlp_effect_chapter_vii_detected_in_preamble_text(cues):
    terms = cues.terms["binding_context"]
    assert acts_under_chapter_vii(["Acting under Chapter VII of the Charter of the United Nations,"], terms)
    assert not acts_under_chapter_vii(["Recalling Chapter VIII of the Charter,"], terms)
