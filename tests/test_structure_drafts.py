"""Drafts, decisions and amendments are documents: doc_type, sponsors from the cover, lettered decisions."""

from __future__ import annotations

import pytest

from reslens.model import Source
from reslens.structure import parse
from reslens.structure.doctype import split_sponsors

DRAFT_COVER = (
    "[DU1]\nUnited Nations A/80/L.1\nGeneral Assembly Distr.: Limited\n9 September 2025\nOriginal: English\n"
    "Eightieth session\nItem 35 of the provisional agenda*\nQuestion of Palestine\n"
    "France, Bosnia and Herzegovina, Guinea and State of\nPalestine:** {kind}\nEndorsement of the New York\n"
    "Declaration\n\n\tThe General Assembly,\n\tRecalling its resolution ES-10/24,\n"
)
DECISION_BODY = (
    "\tRecalling further its decision 79/573 B:\n"
    "\t(a)\tExpresses its profound gratitude to France;\n\t(b)\tEndorses the New York Declaration.\n"
)


def _parse(text: str):
    return parse(Source(path="draft.txt", fmt="text", text=text))


@pytest.mark.parametrize(
    "kind",
    ["draft resolution", "revised draft resolution", "draft decision", "amendments to draft resolution"],
)
def test_a_draft_cover_gives_the_kind_the_sponsors_and_the_title(kind):
    res = _parse(DRAFT_COVER.format(kind=kind) + "\t1.\tDecides to act.\n")
    meta = res.metadata
    assert meta["doc_type"] == ("amendment" if kind.startswith("amend") else kind)
    assert meta["sponsors"] == ("France", "Bosnia and Herzegovina", "Guinea", "State of Palestine")
    assert meta["title"] == "Endorsement of the New York Declaration"
    assert (meta["symbol"], meta["agenda_item"], meta["session"]) == ("A/80/L.1", "35", 80)
    assert res.leftovers == ()


def test_a_draft_decision_with_lettered_points_after_a_colon_reads():
    res = _parse(DRAFT_COVER.format(kind="draft decision") + DECISION_BODY)
    got = [(p.para_id, p.section, p.number, p.opening_phrase) for p in res.paragraphs]
    assert got == [
        ("PP1", "preambular", "1", "Recalling"),
        ("PP2", "preambular", "2", "Recalling further"),
        ("OP1", "operative", "a", "Expresses its profound gratitude"),  # as the UN usually italicises it
        ("OP2", "operative", "b", "Endorses"),
    ]


def test_a_decision_adopted_is_a_decision():
    text = (
        "Decision adopted by the General Assembly on 12 September 2025\n\n\tThe General Assembly,\n"
        + DECISION_BODY
    )
    meta = _parse(text).metadata
    assert (meta["doc_type"], meta["body"], meta["adoption_date"]) == (
        "decision",
        "General Assembly",
        "2025-09-12",
    )


def test_a_resolution_is_a_resolution_without_sponsors():
    text = "Resolution adopted by the General Assembly on 1 December 2020\n\n\tThe General Assembly,\n"
    meta = _parse(text + "\tRecalling,\n\t1.\tDecides.\n").metadata
    assert (meta["doc_type"], meta["sponsors"]) == ("resolution", ())


def test_lettered_points_under_a_numbered_paragraph_stay_points():
    text = "Resolution adopted by the General Assembly on 1 December 2020\n\n\tThe General Assembly,\n"
    res = _parse(
        text + "\tRecalling the following:\n\t(a)\tItem;\n\t1.\tCalls upon States:\n\t(a)\tTo act;\n"
    )
    assert [p.para_id for p in res.paragraphs][-2:] == ["OP1", "OP1.a"]


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        ("Austria, Belgium and Chile", ("Austria", "Belgium", "Chile")),
        ("Trinidad and Tobago and Antigua and Barbuda", ("Trinidad and Tobago", "Antigua and Barbuda")),
        ("Chile**", ("Chile",)),
    ],
)
def test_sponsor_names_with_and_are_kept_whole(listed, names):
    assert split_sponsors(listed) == names


def test_a_reissued_symbol_loses_its_star_and_keeps_the_note():
    text = (
        "Resolution adopted by the General Assembly on 5 December 2023\n\n\tThe General Assembly,\n"
        "\tRecalling,\n\t1.\tDecides.\n\n44th plenary meeting\n5 December 2023\n"
        "*\tReissued for technical reasons on 2 February 2024.\n"
        "[DU1]<<ODS JOB NO>>N2339812E<<ODS JOB NO>>\n<<ODS DOC SYMBOL1>>A/RES/78/68*<<ODS DOC SYMBOL1>>\n"
    )
    meta = _parse(text).metadata
    assert meta["symbol"] == "A/RES/78/68"
    assert meta["notes"] == "Reissued for technical reasons on 2 February 2024."


HEAD = "{adopted}\n{cover}\n{title}\n\n\tThe General Assembly,\n\tRecalling,\n\t1.\tDecides.\n"


@pytest.mark.parametrize(
    ("cover", "committee", "report"),
    [
        (
            "[on the report of the Special Political and Decolonization Committee (Fourth Committee) "
            "(A/77/398, para. 12)]",
            "Special Political and Decolonization Committee (Fourth Committee)",
            "A/77/398",
        ),
        ("[on a proposal considered in plenary meeting (E/2023/L.35)]", "", "E/2023/L.35"),
        ("[on a proposal considered under silence procedure (E/2020/L.5)]", "", "E/2020/L.5"),
        ("[without reference to a Main Committee (A/78/L.13)]", "", "A/78/L.13"),
    ],
)
def test_every_kind_of_cover_line_gives_the_committee_report(cover, committee, report):
    text = HEAD.format(adopted="Resolution adopted by the General Assembly on 7 December 2022", cover=cover,
                       title="77/120.\tSpace and global health")  # fmt: skip
    meta = _parse(text).metadata
    assert (meta["committee"], meta["committee_report"]) == (committee, report)


@pytest.mark.parametrize(
    ("title", "number", "session"),
    [
        ("ES-10/19.\tStatus of Jerusalem", "ES-10/19", "ES-10"),
        ("S-26/2.\tDeclaration of Commitment", "S-26/2", "S-26"),
    ],
)
def test_special_and_emergency_session_numbers_give_the_title(title, number, session):
    text = HEAD.format(
        adopted="Resolution adopted by the General Assembly on 21 December 2017", cover="", title=title
    )
    meta = _parse(text).metadata
    assert (meta["resolution_number"], meta["title"]) == (number, title.split("\t")[1])
    assert meta["session"] == session


def test_a_council_text_adopted_without_a_meeting_keeps_its_date():
    text = "Resolution 2516 (2020)\nAdopted by the Security Council on 30 March 2020\n\n"
    text += "\tThe Security Council,\n"
    meta = _parse(text + "\tRecalling,\n\t1.\tDecides.\n").metadata
    assert (meta["adoption_date"], meta["meeting"], meta["symbol"]) == ("2020-03-30", "", "S/RES/2516 (2020)")


@pytest.mark.parametrize("item", ["99 (aa)", "15 and 119", "13 and 75 (a)", "71 (b)"])
def test_agenda_items_are_read_whole(item):
    cover = "United Nations A/RES/77/55\nGeneral Assembly Distr.: General\n12 December 2022\n"
    cover += f"Seventy-seventh session\nAgenda item {item}\n"
    adopted = "Resolution adopted by the General Assembly on 7 December 2022"
    text = cover + HEAD.format(adopted=adopted, cover="", title="77/55.\tA title")
    assert _parse(text).metadata["agenda_item"] == item


def test_a_section_heading_before_the_first_numbered_paragraph_is_a_heading():
    text = "Resolution adopted by the General Assembly on 5 December 2023\n\n\tThe General Assembly,\n"
    text += (
        "\tNoting the work of the Organization,\n\tI\n\tAchieving sustainable fisheries\n\t1.\tReaffirms.\n"
    )
    res = _parse(text)
    assert [(p.para_id, p.section) for p in res.paragraphs] == [
        ("PP1", "preambular"), ("H1", "heading"), ("H2", "heading"), ("OP1", "operative"),
    ]  # fmt: skip


def test_a_text_adopted_as_numbered_paragraphs_is_the_operative_part():
    text = "Resolution adopted by the General Assembly on 22 September 2024\n\n\tThe General Assembly,\n"
    text += "\tAdopts the following Pact for the Future and its annexes:\n\t1.\tWe, the Heads of State.\n"
    res = _parse(text)
    assert [(p.para_id, p.opening_phrase) for p in res.paragraphs] == [("PP1", "Adopts"), ("OP1", "")]


def test_lettered_points_under_the_lone_unnumbered_operative_paragraph():
    text = "Resolution adopted by the General Assembly on 24 December 2017\n\n\tA\n\tFinal income\n"
    text += "\tThe General Assembly,\n\tResolves that:\n\t(a)\tThe estimates;\n"
    text += "\t| 1. Income | 5 |\n\t(b)\tThe income.\n"
    res = _parse(text)
    assert [p.para_id for p in res.paragraphs] == ["A:H1", "A:OP1", "A:OP1.a", "A:OP1.b"]
    assert res.paragraphs[2].text == "The estimates; | 1. Income | 5 |"
