"""Obligation extraction on hand-built parses of real operative sentences (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from reslens.nlp.cues import load_cues
from reslens.nlp.obligations import iter_obligations


def build(rows: str) -> Doc:
    """Doc from lines 'word TAG POS lemma head dep' (head = absolute index)."""
    parts = [line.split() for line in rows.strip().splitlines()]
    return Doc(
        spacy.blank("en").vocab,
        words=[p[0] for p in parts],
        tags=[p[1] for p in parts],
        pos=[p[2] for p in parts],
        lemmas=[p[3] for p in parts],
        heads=[int(p[4]) for p in parts],
        deps=[p[5] for p in parts],
    )


URGE = """
Urges VBZ VERB urge 0 ROOT
States NNPS PROPN State 0 dobj
to TO PART to 3 aux
take VB VERB take 0 xcomp
all DT DET all 6 det
appropriate JJ ADJ appropriate 6 amod
action NN NOUN action 3 dobj
; : PUNCT ; 0 punct
"""
CALL_AND_URGE_THEM = """
Calls VBZ VERB call 0 ROOT
upon IN ADP upon 0 prep
States NNPS PROPN State 1 pobj
to TO PART to 4 aux
give VB VERB give 0 xcomp
consideration NN NOUN consideration 4 dobj
, , PUNCT , 0 punct
and CC CCONJ and 0 cc
urges VBZ VERB urge 0 conj
them PRP PRON they 8 dobj
to TO PART to 11 aux
enter VB VERB enter 8 xcomp
into IN ADP into 11 prep
a DT DET a 14 det
dialogue NN NOUN dialogue 12 pobj
; : PUNCT ; 0 punct
"""
DECIDE = """
Decides VBZ VERB decide 0 ROOT
to TO PART to 2 aux
remain VB VERB remain 0 xcomp
seized VBN VERB seize 2 acomp
of IN ADP of 3 prep
the DT DET the 6 det
matter NN NOUN matter 4 pobj
. . PUNCT . 0 punct
"""
WELCOME = """
Welcomes VBZ VERB welcome 0 ROOT
the DT DET the 2 det
report NN NOUN report 0 dobj
; : PUNCT ; 0 punct
"""


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def test_nlp_obligations_directive_with_addressee_and_action(cues):
    doc = build(URGE)
    doc.spans["reslens_actors"] = [Span(doc, 1, 2, label="STATE")]
    (row,) = iter_obligations(doc, cues)
    assert (row.verb, row.addressee, row.addressee_kind, row.actions) == (
        "urge",
        "States",
        "state",
        ("take",),
    )
    assert row.strength > cues.verbs["encourage"]["level"]


def test_nlp_obligations_coordinated_clause_and_pronoun(cues):
    rows = list(iter_obligations(build(CALL_AND_URGE_THEM), cues))
    assert [r.verb for r in rows] == ["call upon", "urge"]
    assert rows[1].addressee == "them" and rows[1].addressee_resolved == "States"
    assert rows[1].actions == ("enter",) and "pronoun" in rows[1].rule


def test_nlp_obligations_decide_is_self(cues):
    (row,) = iter_obligations(build(DECIDE), cues, body="Security Council")
    assert (row.addressee, row.addressee_resolved, row.addressee_kind, row.actions) == (
        "",
        "Security Council",
        "self",
        ("remain",),
    )


def test_nlp_obligations_statement_has_no_addressee(cues):
    (row,) = iter_obligations(build(WELCOME), cues)
    assert (row.verb, row.addressee_kind, row.actions) == ("welcome", "none", ())


def test_nlp_obligations_hedges_listed(cues):
    doc = build(URGE.replace("appropriate JJ ADJ appropriate 6 amod", "necessary JJ ADJ necessary 6 amod"))
    (row,) = iter_obligations(doc, cues)
    assert row.conditions == ()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("observers", None),
        ("urges", "urge"),
        ("stresses", "stress"),
        ("requests", "request"),
        ("members", None),
    ],
)
def test_nlp_obligations_plural_noun_is_not_a_body_verb(cues, word, expected):
    """``Encourages all Member States and observers to ...`` (A/RES/63/25): ``observers`` is no verb."""
    from spacy.lang.en import English

    from reslens.nlp.clauses import match_verb

    doc = English()(f"and {word} States")
    found = match_verb(doc, 1, cues)
    assert (found[0] if found else None) == expected
