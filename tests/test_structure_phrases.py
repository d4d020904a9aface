"""Opening phrases: lexicon matches, modifiers before and after, fallbacks."""

from __future__ import annotations

import pytest

from reslens.structure.phrases import opening_phrase


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        (
            "Gravely concerned also by the continuing",
            "preambular",
            ("Gravely concerned also", "gravely concerned", "also"),
        ),
        (
            "Noting with deep concern that in many",
            "preambular",
            ("Noting with deep concern", "noting with deep concern", ""),
        ),
        ("Recalling also all previous resolutions", "preambular", ("Recalling also", "recalling", "also")),
        ("Strongly condemning the use of", "preambular", ("Strongly condemning", "condemning", "strongly")),
        ("Bearing in mind the purposes", "preambular", ("Bearing in mind", "bearing in mind", "")),
        ("Alarmed at the killing", "preambular", ("Alarmed", "alarmed", "")),
        ("Also calls upon States to ensure", "operative", ("Also calls upon", "call upon", "also")),
        ("Strongly encourages States to", "operative", ("Strongly encourages", "encourage", "strongly")),
        (
            "Takes note with appreciation of the report",
            "operative",
            ("Takes note with appreciation", "take note with appreciation", ""),
        ),
        (
            "Condemns unequivocally online attacks",
            "operative",
            ("Condemns unequivocally", "condemn", "unequivocally"),
        ),
        ("Further requests the Secretary-General", "operative", ("Further requests", "request", "further")),
        (
            "Continues to express its particular concern about",
            "operative",
            ("Continues to express its particular concern", "continue to express its particular concern", ""),
        ),
        (
            "Also continues to support the work",
            "operative",
            ("Also continues to support", "continue to support", "also"),
        ),
        ("Continues its consideration of", "operative", ("Continues", "continue", "")),
    ],
)
def test_structure_phrases_lexicon(text, section, expected):
    assert tuple(opening_phrase(text, section)) == expected


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("Pledges its support to", "operative", ("Pledges", "pledge", "")),
        ("Applies the measures", "operative", ("Applies", "apply", "")),
        ("Profoundly shocked by the", "preambular", ("Profoundly shocked", "profoundly shocked", "")),
        ("Hoping that the", "preambular", ("Hoping", "hoping", "")),
    ],
)
def test_structure_phrases_fallback_is_never_empty(text, section, expected):
    assert tuple(opening_phrase(text, section)) == expected


def test_structure_phrases_lexicon_path_override(tmp_path):
    lex = tmp_path / "operative_phrases.yml"
    lex.write_text(
        "meta: {description: t, sources: []}\nentries:\n"
        "  - {kind: phrase, phrase: pledge, variants: [pledges its support]}\n"
    )
    got = opening_phrase("Pledges its support to", "operative", lexicon_dir=str(tmp_path))
    assert got.phrase == "pledge" and got.opening_phrase == "Pledges its support"
