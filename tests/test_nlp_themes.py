"""Theme tagger on a blank English pipeline: lexicon terms become labelled spans."""

from __future__ import annotations

import pytest
import spacy

import reslens.nlp.themes  # noqa: F401  (registers the factory)
from reslens.lexicons import LexiconError, load_lexicon
from reslens.nlp.themes import SPANS_KEY, build_theme_matcher, find_themes


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("reslens_themes")
    return pipeline


def hits(doc):
    return [(span.label_, span.text) for span in doc.spans[SPANS_KEY]]


def test_nlp_themes_lexicon_entries_have_unique_ids_and_terms():
    entries = load_lexicon("themes", required=["id", "label", "terms"])
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    assert all(e["terms"] for e in entries)
    assert all(isinstance(t, str) for e in entries for t in e["terms"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Condemns all acts of intimidation and reprisals;", ("threats_reprisals", "intimidation")),
        ("Stressing that impunity must end,", ("impunity_accountability", "impunity")),
        (
            "measures to combat terrorism and national security",
            ("counter_terrorism_security_laws", "terrorism"),
        ),
        (
            "procedures governing registration of civil society organizations",
            ("civic_space", "registration of civil society"),
        ),
        ("free from torture and arbitrary detention", ("detention_torture_disappearance", "torture")),
        ("the situation of women human rights defenders", ("gender", "women human rights defenders")),
        ("the use of Chemical Weapons in the Syrian Arab Republic", ("disarmament_wmd", "Chemical Weapons")),
        ("the proposed programme budget for 2025", ("budget_finance", "proposed programme budget")),
    ],
)
def test_nlp_themes_tags_concern_terms(nlp, text, expected):
    assert expected in hits(nlp(text))


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Gravely concerned further by the targeting of human rights defenders,", "threats_reprisals"),
        ("the stigmatization of, or smear campaigns against, defenders", "threats_reprisals"),
        ("arbitrary or unlawful surveillance of journalists", "threats_reprisals"),
        ("to avoid the criminalization of human rights defenders", "threats_reprisals"),
        ("Decides that the staffing table for 2025 shall be as set out", "un_staff"),
        ("Calls upon all parties to armed conflict to respect", "conflict_peacebuilding"),
    ],
)
def test_nlp_themes_names_the_concern_in_its_usual_forms(nlp, text, theme):
    assert theme in {label for label, _ in hits(nlp(text))}


@pytest.mark.parametrize(
    ("text", "not_theme"),
    [
        # 66/164 PP12: personnel of UN agencies are actors here, not a staffing concern
        ("United Nations bodies, offices, departments, specialized agencies and personnel,", "un_staff"),
        ("requests the Secretary-General to provide the necessary staff and posts", "un_staff"),
        ("in accordance with national legislation consistent with the Charter", "rule_of_law"),
        ("through dialogue, openness, participation and justice", "rule_of_law"),
        ("a conflict of interest between the two mandates", "conflict_peacebuilding"),
        ("training for military and civilian police personnel", "humanitarian"),
        ("invites him to submit a report to the Security Council", "peace_security"),
        ("the guidelines for determination of step upon promotion", "awareness_training"),
        ("including target 16.10 of the Sustainable Development Goals", "threats_reprisals"),
    ],
)
def test_nlp_themes_ordinary_words_do_not_raise_a_theme(nlp, text, not_theme):
    assert not_theme not in {label for label, _ in hits(nlp(text))}


def test_nlp_themes_keeps_longest_overlapping_hit_of_one_theme(nlp):
    found = hits(nlp("the right to freedom of peaceful assembly"))
    assert found.count(("civic_space", "freedom of peaceful assembly")) == 1
    assert ("civic_space", "peaceful assembly") not in found


def test_nlp_themes_matches_whole_tokens_only(nlp):
    assert hits(nlp("the reprisalist posture of the staffroom")) == []


def test_nlp_themes_multiword_term_with_commas(nlp):
    assert ("detention_torture_disappearance", "cruel, inhuman or degrading") in hits(
        nlp("torture and other cruel, inhuman or degrading treatment")
    )


def test_nlp_themes_custom_lexicon_overrides_shipped_one(tmp_path):
    lexicon = tmp_path / "themes.yml"
    lexicon.write_text(
        "meta: {description: test, sources: [hand]}\n"
        "entries:\n  - {id: oceans, label: Oceans, terms: [coral reefs]}\n",
        encoding="utf-8",
    )
    custom = spacy.blank("en")
    custom.add_pipe("reslens_themes", config={"lexicon": str(lexicon)})
    assert hits(custom("Protecting Coral Reefs and ending impunity")) == [("oceans", "Coral Reefs")]


def test_nlp_themes_rejects_unknown_attribute():
    vocab_nlp = spacy.blank("en")
    with pytest.raises(LexiconError, match="attr"):
        build_theme_matcher(vocab_nlp.vocab, [{"id": "x", "terms": ["y"]}], vocab_nlp.make_doc, attr="SHAPE")


def test_nlp_themes_rejects_entry_without_terms():
    vocab_nlp = spacy.blank("en")
    with pytest.raises(LexiconError, match="no terms"):
        build_theme_matcher(vocab_nlp.vocab, [{"id": "empty", "terms": []}], vocab_nlp.make_doc)


def test_nlp_themes_find_themes_is_usable_without_the_component():
    blank = spacy.blank("en")
    matcher = build_theme_matcher(blank.vocab, [{"id": "hrd", "terms": ["defenders"]}], blank.make_doc)
    spans = find_themes(blank("protect defenders and Defenders"), matcher)
    assert [(s.label_, s.start) for s in spans] == [("hrd", 1), ("hrd", 3)]


def test_nlp_themes_spans_survive_docbin_roundtrip(nlp):
    from spacy.tokens import DocBin

    doc = nlp("reprisals against journalists")
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert hits(restored) == hits(doc)
