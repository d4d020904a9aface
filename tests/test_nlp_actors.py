"""Actor spans: how far a lexicon match is widened, and named States."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from reslens.nlp.actors import find_actors
from reslens.nlp.pipeline import build_pipeline


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A hand-built parse from (word, tag, pos, dep, head offset) rows."""
    words, tags, pos, deps, heads = zip(*rows, strict=True)
    spaces = [nxt not in (",", ";") for nxt in [*words[1:], ""]]
    vocab = spacy.blank("en").vocab
    return Doc(
        vocab,
        words=list(words),
        spaces=spaces,
        tags=list(tags),
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
    )


def _texts(doc: Doc, matches: list[tuple[int, int, str, str]]) -> list[str]:
    spans, _ = find_actors(doc, [Span(doc, s, e, label=lab, span_id=i) for s, e, lab, i in matches])
    return [s.text for s in spans]


def test_nlp_actors_place_before_mention_is_not_part_of_it():
    # "that in many countries persons and organizations engaged in promoting human rights
    # around the world face threats": the parser hangs "countries" on "persons" as a compound.
    doc = _doc(
        [
            ("in", "IN", "ADP", "ROOT", 0),
            ("many", "JJ", "ADJ", "amod", 2),
            ("countries", "NNS", "NOUN", "compound", 3),
            ("persons", "NNS", "NOUN", "pobj", 0),
            ("and", "CC", "CCONJ", "cc", 3),
            ("organizations", "NNS", "NOUN", "conj", 3),
            ("engaged", "VBN", "VERB", "acl", 3),
            ("in", "IN", "ADP", "prep", 6),
            ("promoting", "VBG", "VERB", "pcomp", 7),
            ("human", "JJ", "ADJ", "amod", 10),
            ("rights", "NNS", "NOUN", "dobj", 8),
            ("around", "IN", "ADP", "prep", 8),
            ("the", "DT", "DET", "det", 13),
            ("world", "NN", "NOUN", "pobj", 11),
        ]
    )
    assert _texts(doc, [(3, 4, "RIGHTS_HOLDERS", "individuals")]) == [
        "persons and organizations engaged in promoting human rights"
    ]


def test_nlp_actors_conjuncts_after_other_form_their_own_mention():
    # "the Office, as well as other relevant bodies, offices and specialized agencies"
    doc = _doc(
        [
            ("the", "DT", "DET", "det", 1),
            ("Office", "NNP", "PROPN", "ROOT", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("as", "RB", "ADV", "advmod", 5),
            ("well", "RB", "ADV", "advmod", 5),
            ("as", "IN", "CCONJ", "cc", 1),
            ("other", "JJ", "ADJ", "amod", 8),
            ("relevant", "JJ", "ADJ", "amod", 8),
            ("bodies", "NNS", "NOUN", "conj", 1),
            (",", ",", "PUNCT", "punct", 8),
            ("offices", "NNS", "NOUN", "conj", 8),
            ("and", "CC", "CCONJ", "cc", 10),
            ("specialized", "JJ", "ADJ", "amod", 13),
            ("agencies", "NNS", "NOUN", "conj", 10),
        ]
    )
    matches = [
        (1, 2, "UN_OFFICE", "ohchr"),
        (8, 9, "UN_OFFICE", "un_entities"),
        (12, 14, "UN_OFFICE", "un_entities"),
    ]
    assert _texts(doc, matches) == ["the Office", "other relevant bodies, offices and specialized agencies"]


def _title_doc(tail: list[tuple[str, str, str, str, int]]) -> Doc:
    head = [("the", "DT", "DET", "det", 2), ("Special", "NNP", "PROPN", "compound", 2)]
    return _doc([*head, ("Rapporteur", "NNP", "PROPN", "ROOT", 2), *tail])


def test_nlp_actors_of_tail_only_when_it_names_an_actor():
    organ = [
        ("of", "IN", "ADP", "prep", 2),
        ("the", "DT", "DET", "det", 5),
        ("Council", "NNP", "PROPN", "pobj", 3),
    ]
    doc = _title_doc(organ)
    named = _texts(doc, [(1, 3, "UN_OFFICE", "special_rapporteur"), (5, 6, "UN_ORGAN", "council")])
    assert named == ["the Special Rapporteur of the Council"]
    thing = [
        ("of", "IN", "ADP", "prep", 2),
        ("any", "DT", "DET", "det", 5),
        ("violation", "NN", "NOUN", "pobj", 3),
    ]
    assert _texts(_title_doc(thing), [(1, 3, "UN_OFFICE", "special_rapporteur")]) == [
        "the Special Rapporteur"
    ]


def test_nlp_actors_blank_pipeline_names_states_case_sensitively():
    nlp = build_pipeline("blank")
    doc = nlp(
        "Calls upon Türkiye, Côte d’Ivoire and the Democratic Republic of the Congo; the chad is a plant"
    )
    got = {(s.text, s.label_, s.id_) for s in doc.spans["reslens_actors"]}
    assert ("Türkiye", "STATE", "turkiye") in got
    assert ("Côte d’Ivoire", "STATE", "cote_divoire") in got
    assert any(i == "democratic_republic_of_the_congo" for _, _, i in got)
    assert not any(i in ("congo", "chad") for _, _, i in got)


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.model
def test_nlp_actors_country_as_place_is_not_an_actor(nlp):
    doc = nlp(
        "Demands that the Syrian Arab Republic cooperate fully with the Mission held in São Paulo, Brazil, "
        "and in Chad, and redeploys a post to Panama City;"
    )
    ids = [s.id_ for s in doc.spans["reslens_actors"]]
    assert ids.count("syrian_arab_republic") == 1
    assert not {"brazil", "chad", "panama"} & set(ids)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Urges States to protect human rights defenders promoting and defending economic, social and "
            "cultural rights, including land rights;",
            "human rights defenders promoting and defending economic, social and cultural rights",
        ),
        (
            "Recognizing the role of indigenous and environmental human rights defenders in society,",
            "indigenous and environmental human rights defenders",
        ),
        (
            "Urges the Secretary-General to ensure that, where appropriate, field operations have experts;",
            "field operations",
        ),
        (
            "Requests the report of the High Commissioner entitled “Procedures and practices”,",
            "the High Commissioner",
        ),
    ],
)
def test_nlp_actors_span_edges(nlp, text, mention):
    doc = nlp(text)
    assert mention in [s.text for s in doc.spans["reslens_actors"]]
