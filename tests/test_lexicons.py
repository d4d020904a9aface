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


def _copy_lexicons(tmp_path, *names):
    from reslens.lexicons import LEXICON_DIR

    for name in names:
        src = next(LEXICON_DIR.glob(f"{name}.*"))
        (tmp_path / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "old", "new", "says"),
    [
        ("themes", "terms: [impunity,", "terms: impunity\n    old_terms: [", "'terms'"),
        ("actors", '"label": "STATE"', '"label": "STATES"', "'STATES'"),
        ("verb_strength", "{lemma: urge, level: 3", "{lemma: urge, level: high", "lemma='urge'"),
        ("verb_strength", "{lemma: urge, level: 3", "{lemma: urge, level: 7", "0 to 4"),
        (
            "verb_strength",
            "{lemma: urge, level: 3, directive: true",
            "{lemma: urge, level: 3, directive: yes please",
            "'directive'",
        ),
        ("obligation_cues", "{term: them, kind: pronoun", "{term: them, kind: pronoum", "'pronoum'"),
        (
            "actor_types",
            "{label: STATE, name: States, kind: state",
            "{label: STATE, name: States, kind: country",
            "'country'",
        ),
    ],
)
def test_lexicons_bad_edit_names_file_and_entry(tmp_path, name, old, new, says):
    from reslens.lexicons import LexiconError

    folder = _copy_lexicons(tmp_path, name)
    file = next(folder.glob(f"{name}.*"))
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LexiconError, match=str(file.name)) as err:
        load_lexicon(name, folder)
    assert says in str(err.value)


def test_lexicons_actor_labels_checked_against_the_users_actor_types(tmp_path):
    folder = _copy_lexicons(tmp_path, "actors", "actor_types")
    types = folder / "actor_types.yml"
    types.write_text(
        types.read_text(encoding="utf-8") + "  - {label: MEDIA, kind: other}\n", encoding="utf-8"
    )
    actors = folder / "actors.jsonl"
    actors.write_text(
        actors.read_text(encoding="utf-8") + '{"label": "MEDIA", "pattern": "journalists", "id": "media"}\n',
        encoding="utf-8",
    )
    assert load_lexicon("actors", folder)[-1]["label"] == "MEDIA"


def test_lexicons_edit_is_seen_without_restart_and_copies_are_fresh(tmp_path):
    import os

    folder = _copy_lexicons(tmp_path, "hedges")
    first = load_lexicon("hedges", folder)
    first[0]["phrase"] = "mutated by a caller"
    assert load_lexicon("hedges", folder)[0]["phrase"] != "mutated by a caller"
    file = folder / "hedges.yml"
    file.write_text(
        file.read_text(encoding="utf-8") + "  - {phrase: as soon as practicable, function: discretion}\n"
    )
    stat = file.stat()
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_lexicon("hedges", folder)[-1]["phrase"] == "as soon as practicable"


def test_lexicons_view_is_rebuilt_when_the_file_changes(tmp_path):
    import os

    from reslens.lexicons import lexicon_view
    from reslens.structure.phrases import opening_phrase

    folder = _copy_lexicons(tmp_path, "operative_phrases")
    assert (
        opening_phrase("Beseeches States to act;", "operative", lexicon_dir=str(folder)).phrase != "implore"
    )
    file = folder / "operative_phrases.yml"
    file.write_text(
        file.read_text(encoding="utf-8") + "  - {kind: phrase, phrase: implore, variants: [beseeches]}\n",
        encoding="utf-8",
    )
    stat = file.stat()
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert (
        opening_phrase("Beseeches States to act;", "operative", lexicon_dir=str(folder)).phrase == "implore"
    )
    assert lexicon_view("operative_phrases", folder, _count) == lexicon_view(
        "operative_phrases", folder, _count
    )


def _count(entries):
    return len(entries)


def test_lexicons_yaml_words_that_look_like_booleans_stay_words():
    english = next(e for e in load_lexicon("language_cues") if e["code"] == "en")
    assert "on" in english["words"]
