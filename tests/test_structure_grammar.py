"""Paragraph heads by grammar: unknown participles, adjectives and verbs open paragraphs and phrases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reslens.ingest.reflow import Line, rejoin
from reslens.lexicons import load_lexicon
from reslens.structure.grammar import opens_paragraph
from reslens.structure.phrases import opening_phrase

LISTED = {
    word
    for name in ("preambular_phrases", "operative_phrases")
    for e in load_lexicon(name)
    for v in [e.get("phrase", ""), *e.get("variants", [])]
    for word in v.split()
}
stems = st.text(alphabet="abcdefghijklmnoprstuvwyz", min_size=3, max_size=9)
unlisted_participles = stems.map(lambda s: s.capitalize() + "ing").filter(
    lambda w: w.lower() not in LISTED and not w.lower().endswith("thing")
)


@given(unlisted_participles)
def test_any_capitalised_participle_after_a_comma_ended_line_starts_a_paragraph(word):
    lines = [
        Line("Recalling its resolution 53/144 of 9 December 1998 and all its"),
        Line("other resolutions,"),
    ]
    lines.append(Line(f"{word} the importance of the Declaration,"))
    assert rejoin(lines)[-1] == f"\t{word} the importance of the Declaration,"


@given(unlisted_participles)
def test_an_unlisted_participle_is_its_own_opening_phrase(word):
    got = opening_phrase(f"{word} the importance of the Declaration,", "preambular")
    assert (got.opening_phrase, got.phrase) == (word, word.lower())


@given(st.sampled_from(["Organization", "Nations", "Rights", "Declaration", "Commission", "Africa"]))
def test_a_wrapped_line_starting_with_a_name_continues_the_paragraph(name):
    lines = [
        Line("Welcoming the work of the Food and Agriculture,"),
        Line(f"{name}, and the specialized agencies,"),
    ]
    assert len(rejoin(lines)) == 1


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("Calling attention to the need", "preambular", ("Calling attention", "calling attention", "")),
        ("Echoing the call of the Secretary-General,", "preambular", ("Echoing", "echoing", "")),
        (
            "Looking forward to the high-level meeting,",
            "preambular",
            ("Looking forward", "looking forward", ""),
        ),
        ("Remaining concerned that the situation", "preambular", ("Remaining", "remaining", "")),
        ("Again calls upon States to act;", "operative", ("Again calls upon", "call upon", "again")),
        (
            "Reaffirming once more its commitment,",
            "preambular",
            ("Reaffirming once more", "reaffirming", "once more"),
        ),
        (
            "Taking note with deep concern of the report,",
            "preambular",
            ("Taking note with deep concern", "taking note with deep concern", ""),
        ),
        ("Stressing, in this regard, that", "preambular", ("Stressing", "stressing", "")),
        (
            "Noting in this regard the report",
            "preambular",
            ("Noting in this regard", "noting in this regard", ""),
        ),
    ],
)
def test_unknown_heads_get_their_phrase_by_grammar(text, section, expected, no_extents):
    assert tuple(opening_phrase(text, section, lexicon_dir=no_extents)) == expected


@pytest.fixture
def no_extents(tmp_path):
    """A lexicon folder whose italic-extents table is empty: grammar and lexicons alone decide."""
    (tmp_path / "phrase_extents.tsv").write_text("# empty: grammar only\n", encoding="utf-8")
    return str(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Having also considered the report,", "Having also considered"),
        ("Having examined the report,", "Having examined"),
        ("Notes with appreciation initiatives at the national level;", "Notes with appreciation"),
        ("Noting with concern reports of attacks,", "Noting with concern"),
        ("Welcoming and encouraging efforts by States,", "Welcoming and encouraging"),
        ("Recognizing and reaffirming the role,", "Recognizing and reaffirming"),
    ],
)
def test_grammar_reads_auxiliaries_coordinated_verbs_and_a_noun_ending_the_complement(
    text, expected, no_extents
):
    section = "operative" if text.startswith("Notes") else "preambular"
    assert opening_phrase(text, section, lexicon_dir=no_extents).opening_phrase == expected


@pytest.mark.parametrize(
    "text",
    ["Welcoming and Encouraging Development Fund,", "Noting and the", "Having the honour,"],
)
def test_grammar_does_not_join_a_name_or_a_noun_to_the_phrase(text, no_extents):
    assert opening_phrase(text, "preambular", lexicon_dir=no_extents).opening_phrase == text.split()[0]


@pytest.mark.parametrize(
    "line",
    ["Echoing the call,", "Deeply troubled by", "Again calls upon States", "Mindful of", "Confident that",
     "Cognizant of the", "Fully aware of", "Encourages Member States to"],
)  # fmt: skip
def test_heads_of_the_genre_open_a_paragraph(line):
    assert opens_paragraph(line)


@pytest.mark.parametrize(
    "line",
    ["Organization, and the", "United Nations system,", "States and", "Rights of the Child,",
     "Planning and Economic Development", "Something else", "Nations Children's Fund", "Italy, Japan and"],
)  # fmt: skip
def test_names_and_wrapped_words_do_not_open_a_paragraph(line):
    assert not opens_paragraph(line)
