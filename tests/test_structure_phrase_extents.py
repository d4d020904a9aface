"""Where an opening phrase ends without italics: the UN's usual italic extent (phrase_extents.tsv)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from project_scripts import load_script

from reslens.structure.phrases import EXTENTS, Extent, extent_in, opening_phrase, phrase_of_lead, usual_extent

ROOT = Path(__file__).resolve().parents[1]
SC, GA, HRC = "Security Council", "General Assembly", "Human Rights Council"


derive = load_script("derive_phrase_extents")


def test_the_extents_file_leaves_out_every_resolution_the_project_measures_on():
    """Kept-aside samples and gold files must not be looked up in a table derived from them."""
    header = next(
        line for line in (ROOT / "src" / "reslens" / "lexicons" / EXTENTS).open(encoding="utf-8")
        if line.startswith("# Left out")
    )  # fmt: skip
    left_out = set(header.split(":", 1)[1].split())
    key = derive.kept_aside.symbol_key
    measured = set()
    for manifest in (ROOT / "tests" / "data" / "kept_aside").glob("*/sample.json"):
        listed = json.loads(manifest.read_text(encoding="utf-8"))
        measured |= {key(r["symbol"]) for r in listed.get("drawn", []) + listed["files"]}
    for folder in ("tests/data/gold", "tests/data/dev2", "data/gold"):
        for gold in (ROOT / folder).glob("*.json"):
            measured.add(key(json.loads(gold.read_text(encoding="utf-8"))["doc_id"]))
    assert len(measured) > 45
    assert measured <= left_out


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        ("Acting under Chapter VII of the Charter of the United Nations,", SC, "Acting"),
        ("Expressing its concern at the situation,", SC, "Expressing"),
        ("Expressing its concern at the situation,", HRC, "Expressing its concern"),
        ("Reiterates its request to the Secretary-General", GA, "Reiterates its request"),
        ("Remaining concerned that the situation", GA, "Remaining concerned"),
        ("Decides on the following modalities:", GA, "Decides"),
    ],
)
def test_without_italics_the_un_usual_italics_for_the_body_end_the_phrase(text, body, expected):
    section = "operative" if text.split()[0].endswith("s") else "preambular"
    assert opening_phrase(text, section, body=body).opening_phrase == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gravely concerned also by the reports,", ("Gravely concerned also", "gravely concerned", "also")),
        (
            "Taking note with deep concern of the report,",
            ("Taking note with deep concern", "taking note with deep concern", ""),
        ),
    ],
)
def test_words_the_table_never_saw_after_a_phrase_are_left_to_grammar(text, expected):
    assert tuple(opening_phrase(text, "preambular", body=GA)) == expected


def test_italics_printed_by_the_source_win_over_the_table():
    lead = "Acting under Chapter VII of the Charter of the United Nations"
    assert phrase_of_lead(lead, "preambular").opening_phrase == lead


def test_an_extent_past_the_first_comma_is_no_answer():
    assert usual_extent(["Acting"], SC) == Extent(1, False)
    assert usual_extent(["Taking", "note"], GA).length == 2
    assert usual_extent(["Unheardofing"], GA) == Extent(0, False)


words = st.sampled_from(
    ["Expressing", "its", "concern", "also", "Noting", "with", "deep", "Acting", "under", "Chapter", "VII",
     "Calls", "upon", "on", "States", "the", "and", "Welcoming", "encouraging", "Having", "considered"]
)  # fmt: skip
punctuation = st.sampled_from([" ", " ", " ", ", ", "; ", ": ", " (", "2 "])


@given(st.lists(st.tuples(words, punctuation), min_size=1, max_size=12), st.sampled_from([SC, GA, HRC, ""]))
def test_the_opening_phrase_is_always_the_head_of_the_text_before_its_first_clause_break(parts, body):
    text = "".join(w + p for w, p in parts).strip()
    for section in ("preambular", "operative"):
        found = opening_phrase(text, section, body=body).opening_phrase
        assert text.startswith(found)
        assert not any(mark in found for mark in ",;:(")


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["GA", "SC"]),
            st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=derive.KEY_WORDS),
            st.integers(1, 3),
        ),
        max_size=40,
    )
)
def test_the_written_rows_answer_as_the_full_table_for_every_kept_head(samples):
    heads = [derive.Head(0, body, "preambular", " ".join(ws), min(n, len(ws))) for body, ws, n in samples]
    rows = {key: length for key, (length, _) in derive.table(heads).items()}
    seen: dict[tuple[str, tuple[str, ...]], Counter] = {}
    for h in heads:
        for n in range(1, len(h.key()) + 1):
            for body in (h.body, "*"):
                seen.setdefault((body, h.key()[:n]), Counter())[h.length] += 1
    for (body, key), lengths in seen.items():
        length, share = derive._answer(lengths)
        kept = sum(lengths.values()) >= derive.MIN_COUNT and share >= derive.MIN_SHARE
        if kept and (length <= len(key) or len(key) == derive.KEY_WORDS):
            assert extent_in(rows, list(key), body) == Extent(length, len(key) > length)
