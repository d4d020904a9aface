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


DEMAND_THAT = """
Demands VBZ VERB demand 0 ROOT
that IN SCONJ that 4 mark
all DT DET all 3 det
parties NNS NOUN party 4 nsubj
comply VBP VERB comply 0 ccomp
with IN ADP with 4 prep
their PRP$ PRON their 7 poss
obligations NNS NOUN obligation 5 pobj
; : PUNCT ; 0 punct
"""


def test_nlp_obligations_directive_that_clause_names_its_subject(cues):
    doc = build(DEMAND_THAT)
    doc.spans["reslens_actors"] = [Span(doc, 2, 4, label="NON_STATE", span_id="parties_to_conflict")]
    (row,) = iter_obligations(doc, cues)
    assert (row.addressee, row.addressee_kind, row.actions) == ("all parties", "other", ("comply",))


def test_nlp_obligations_directive_that_clause_without_actor_has_no_addressee(cues):
    doc = build(DEMAND_THAT)  # no actor spans: "all parties" is not a known actor here
    (row,) = iter_obligations(doc, cues)
    assert (row.addressee, row.addressee_kind) == ("", "none")


REQUEST_HIM = """
Welcomes VBZ VERB welcome 0 ROOT
the DT DET the 2 det
Secretary-General NNP PROPN Secretary-General 0 dobj
, , PUNCT , 0 punct
and CC CCONJ and 0 cc
requests VBZ VERB request 0 conj
him PRP PRON he 5 dobj
to TO PART to 8 aux
continue VB VERB continue 5 xcomp
; : PUNCT ; 0 punct
"""


def test_nlp_obligations_pronoun_without_earlier_addressee_takes_nearest_actor(cues):
    doc = build(REQUEST_HIM)
    doc.spans["reslens_actors"] = [Span(doc, 1, 3, label="UN_OFFICE", span_id="secretary_general")]
    rows = list(iter_obligations(doc, cues))
    assert [r.verb for r in rows] == ["welcome", "request"]
    him = rows[1]
    assert (him.addressee, him.addressee_resolved, him.addressee_kind, him.addressee_id) == (
        "him",
        "the Secretary-General",
        "un",
        "secretary_general",
    )


def test_nlp_obligations_pronoun_number_must_match(cues):
    doc = build(REQUEST_HIM.replace("him PRP PRON he", "them PRP PRON they"))
    doc.spans["reslens_actors"] = [Span(doc, 1, 3, label="UN_OFFICE", span_id="secretary_general")]
    assert list(iter_obligations(doc, cues))[1].addressee_kind == "other"  # no plural actor before "them"


@pytest.fixture(scope="module")
def nlp():
    from reslens.nlp import build_pipeline

    return build_pipeline()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "addressee", "kind", "actions"),
    [
        (
            "Demands that all parties comply fully with their obligations under international law;",
            "all parties",
            "other",
            ["comply"],
        ),
        (
            "Recommends that Governments consider establishing national protection mechanisms;",
            "Governments",
            "state",
            ["consider"],
        ),
        ("Urges that States take measures to protect human rights defenders;", "States", "state", ["take"]),
    ],
)
def test_nlp_obligations_model_that_clause_after_directive(nlp, text, addressee, kind, actions):
    (row,) = nlp(text).user_data["reslens_obligations"]
    assert (row["addressee"], row["addressee_kind"], row["actions"]) == (addressee, kind, actions)


@pytest.mark.model
def test_nlp_obligations_model_named_government_has_the_states_id(nlp):
    (row,) = nlp("Urges the Government of Myanmar to release all political prisoners immediately;").user_data[
        "reslens_obligations"
    ]
    assert (row["addressee"], row["addressee_kind"], row["addressee_id"]) == (
        "the Government of Myanmar",
        "state",
        "myanmar",
    )


@pytest.mark.model
def test_nlp_obligations_model_pronoun_resolves_to_earlier_official(nlp):
    doc = nlp(
        "Takes note of the report of the Secretary-General, and requests him to continue to report "
        "to the General Assembly;"
    )
    row = doc.user_data["reslens_obligations"][-1]
    assert (row["addressee"], row["addressee_kind"], row["addressee_id"]) == (
        "him",
        "un",
        "secretary_general",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modifier", "addressee", "kind", "actions"),
    [
        (
            "Requests further the Secretary-General to submit a report on the matter;",
            "further",
            "the Secretary-General",
            "un",
            ["submit"],
        ),
        (
            "Decides that all States shall not sell, supply, manufacture, possess or transfer arms "
            "to the group;",
            "",
            "all States",
            "state",
            ["sell", "supply", "manufacture", "possess", "transfer"],
        ),
        (
            "Decides that all States shall prohibit the export of arms by their nationals, or using their "
            "flagged vessels or aircraft;",
            "",
            "all States",
            "state",
            ["prohibit"],
        ),
        (
            "Decides, in the event of non-compliance with this resolution, including any attack "
            "on civilians, to impose further measures;",
            "",
            "",
            "self",
            ["impose"],
        ),
        (
            "Requests the Commission to review the methodology to ensure its consistency with the statute, "
            "and to report thereon to the General Assembly at its next session;",
            "",
            "the Commission",
            "un",
            ["review", "report"],
        ),
        (
            "Expects the Secretary-General to ensure full compliance with the rules;",
            "",
            "the Secretary-General",
            "un",
            ["ensure"],
        ),
        (
            "Appeals to all Member States to contribute generously to the Fund;",
            "",
            "all Member States",
            "state",
            ["contribute"],
        ),
        (
            "Urges all Libyan parties to engage constructively in the political process;",
            "",
            "all Libyan parties",
            "other",
            ["engage"],
        ),
    ],
)
def test_nlp_obligations_model_other_genres(nlp, text, modifier, addressee, kind, actions):
    (row,) = nlp(text).user_data["reslens_obligations"]
    assert (row["modifier"], row["addressee"], row["addressee_kind"], row["actions"]) == (
        modifier,
        addressee,
        kind,
        actions,
    )
