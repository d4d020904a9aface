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


def test_lexicons_override_folder_replaces_only_the_files_it_holds(tmp_path):
    (tmp_path / "hedges.yml").write_text(
        "meta: {description: a teacher's list}\nentries:\n  - {phrase: if at all possible}\n",
        encoding="utf-8",
    )
    assert load_lexicon("hedges", tmp_path) == [{"phrase": "if at all possible"}]
    assert load_lexicon("verb_strength", tmp_path) == load_lexicon("verb_strength")


def test_lexicons_obligation_modifiers_are_the_paragraph_modifiers():
    paragraph_modifiers = {
        tuple(e["modifier"].split()) for e in load_lexicon("operative_phrases") if e["kind"] == "modifier"
    }
    assert paragraph_modifiers <= load_cues().terms["modifier"]


def test_lexicons_member_states_are_the_193_members_and_two_observers():
    entries = load_lexicon("member_states", required=["id", "name", "status"])
    by_status = {s: [e for e in entries if e["status"] == s] for s in ("member", "observer")}
    assert (len(by_status["member"]), len(by_status["observer"])) == (193, 2)
    assert len({e["id"] for e in entries}) == len(entries)
    names = {n for e in entries for n in [e["name"], *e["variants"]]}
    expected = {"Türkiye", "Syrian Arab Republic", "Democratic Republic of the Congo", "State of Palestine"}
    assert expected <= names


def test_lexicons_place_words_have_known_kinds():
    kinds = {e["kind"] for e in load_lexicon("place_words", required=["word", "kind"])}
    assert kinds == {"always", "prep", "noun"}
