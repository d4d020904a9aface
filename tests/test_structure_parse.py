"""parse(): hand-made ODS-layout snippets for each rule, errors, and the dev files."""

from __future__ import annotations

import warnings
from collections import Counter

import pytest
from conftest import GOLD_DIR, RAW_DIR, load_gold

from reslens.errors import ResolutionError
from reslens.model import Source
from reslens.structure import parse, unaccounted

HEAD = (
    "Resolution adopted by the General Assembly on 19 December 2011\n"
    "[on the report of the Third Committee (A/66/462/Add.2)]\n"
    "66/164.\tPromotion of the Declaration\n\n"
    "\tThe General Assembly,\n"
)


def _src(text: str, path: str = "snippet.txt") -> Source:
    return Source(path=path, fmt="text", text=text)


def test_structure_parse_subparagraphs_romanettes_and_headings():
    text = HEAD + (
        "\tRecalling its resolution 53/144,\n"
        "\t1.\tCalls upon States:\n\t(a)\tTo act;\n\t(i)\tPromptly;\n\t(ii)\tFully;\n\t(b)\tTo report;\n"
        "\tSection 2\n\t2.\tDecides to remain seized of the matter.\n"
    )
    ids = [p.para_id for p in parse(_src(text)).paragraphs]
    assert ids == ["PP1", "OP1", "OP1.a", "OP1.a.i", "OP1.a.ii", "OP1.b", "H1", "OP2"]


def test_structure_parse_letter_i_after_h_is_a_letter():
    subs = "".join(f"\t({c})\tItem {c};\n" for c in "abcdefghij")
    res = parse(_src(HEAD + "\tRecalling,\n\t1.\tRequests:\n" + subs))
    assert res.paragraphs[-2].para_id == "OP1.i" and res.paragraphs[-1].para_id == "OP1.j"


def test_structure_parse_multi_part_and_annex():
    text = HEAD.replace("\tThe General Assembly,\n", "") + (
        "A\n\tThe General Assembly,\n\tRecalling,\n\t1.\tDecides to act;\n\n"
        "55th plenary meeting\n30 December 2022\n"
        "B\n\tThe General Assembly,\n\tNoting,\n\t1.\tAdopts the Declaration annexed;\n"
        "Annex\nDeclaration on Things\n\tEveryone has rights.\n"
    )
    res = parse(_src(text))
    assert [p.para_id for p in res.paragraphs] == [
        "A:PP1",
        "A:OP1",
        "B:PP1",
        "B:OP1",
        "B:H1",
        "B:H2",
        "B:ANNEX.1",
    ]
    assert res.paragraphs[-1].part == "B" and res.metadata["meeting"] == "55th plenary meeting"


def test_structure_parse_pdf_cover_on_top_and_no_blank_lines():
    text = (
        "United Nations A/RES/53/144\nGeneral Assembly Distr.: General\n8 March 1999\nFifty-third session\n"
        "Agenda item 110 (b)\n99-77014\nResolution adopted by the General Assembly\n"
        "53/144. Declaration on the Right\nThe General Assembly,\nReaffirming the importance,\n"
        "1. Adopts the Declaration;\n2. Invites Governments to act.\n85th plenary meeting\n9 December 1998\n"
    )
    res = parse(_src(text))
    meta = res.metadata
    assert (meta["symbol"], meta["session"], meta["agenda_item"]) == ("A/RES/53/144", 53, "110 (b)")
    assert (meta["distribution_date"], meta["adoption_date"], meta["job_number"]) == (
        "1999-03-08",
        "1998-12-09",
        "99-77014",
    )
    assert [p.para_id for p in res.paragraphs] == ["PP1", "OP1", "OP2"] and not res.leftovers


def test_structure_parse_security_council_head():
    text = (
        "Resolution 1325 (2000)\n"
        "Adopted by the Security Council at its 4213th meeting, on 31 October 2000\n\n"
        "\tThe Security Council,\n\tRecalling its resolutions 1261 (1999),\n"
        "\t1.\tUrges Member States to act;\n"
    )
    res = parse(_src(text))
    assert res.metadata["symbol"] == "S/RES/1325 (2000)" and res.metadata["meeting"] == "4213th meeting"
    assert [r.symbol for r in res.references] == ["S/RES/1261 (1999)"]


def test_structure_parse_unknown_line_is_a_leftover_with_warning():
    text = (
        HEAD.replace("\n\n", "\n@@ stray @@\n")
        + "\tRecalling,\n\t1.\tDecides;\n\n89th plenary meeting\n19 December 2011\n"
    )
    with pytest.warns(UserWarning, match="snippet.txt"):
        res = parse(_src(text))
    assert [(x.line_no, x.text) for x in res.leftovers] == [(4, "@@ stray @@")]
    assert unaccounted(_src(text)) == {(3, c) for c in range(11) if c not in (2, 8)}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Minutes of the meeting\nThe weather was fine.\n", "no preamble or operative paragraphs found"),
        (
            HEAD + "\tRecalling its resolution 53/144,\n\tNoting with concern that",
            "operative part is missing",
        ),
        (
            "\tL’Assemblée générale,\n\tRappelant sa résolution 53/144 du 9 décembre 1998, par laquelle"
            " elle a adopté la Déclaration sur le droit et la responsabilité des individus, groupes et"
            " organes de la société de promouvoir et protéger les droits de l’homme et les libertés"
            " fondamentales,\n\t1.\tDemande à tous les États de promouvoir la Déclaration et de lui"
            " donner pleinement effet, et de prendre des mesures pour les défenseurs;\n",
            "expected English text, found French",
        ),
    ],
)
def test_structure_parse_errors_name_file_and_problem(text, problem):
    with pytest.raises(ResolutionError) as err:
        parse(_src(text, "bad.txt"))
    assert str(err.value).startswith("bad.txt: ") and problem in str(err.value) and "\n" not in str(err.value)


DEV = sorted(p.stem for p in GOLD_DIR.glob("*.json") if (RAW_DIR / f"{p.stem}.txt").exists())


@pytest.mark.parametrize("stem", DEV)
def test_structure_parse_dev_file_accounts_for_every_character(stem):
    src = _src((RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8"), f"{stem}.txt")
    assert unaccounted(src) == set()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse(src).leftovers == ()


@pytest.mark.parametrize("stem", DEV)
def test_structure_parse_dev_file_matches_gold_structure(stem):
    gold = load_gold(stem)
    res = parse(_src((RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8"), f"{stem}.txt"))
    got = {p.para_id: p for p in res.paragraphs}
    assert Counter(p["section"] for p in gold["paragraphs"]) == Counter(
        p.section for p in res.paragraphs if p.section != "heading"
    )
    assert all(got[g["para_id"]].text == g["text"] for g in gold["paragraphs"])
    assert {(f["number"], f["para_id"]) for f in gold["footnotes"]} == {
        (f.number, f.para_id) for f in res.footnotes
    }
    for key, value in gold["metadata"].items():
        assert str(res.metadata[key]).replace(" ", "") == str(value).replace(" ", ""), key


def test_structure_parse_lettered_points_under_a_preambular_paragraph_are_its_points():
    text = HEAD + (
        "\tRecalling its resolution 1/1, in which it decided that the Commission should assist the Council:\n"
        "\t(a)\tIn promoting human rights,\n\t(b)\tIn the coordination of activities,\n"
        "\tNoting the report,\n\t1.\tReaffirms its resolution 1/1;\n\t2.\tDecides to remain seized.\n"
    )
    paragraphs = parse(_src(text)).paragraphs
    assert [(p.para_id, p.section, p.number) for p in paragraphs] == [
        ("PP1", "preambular", "1"),
        ("PP1.a", "preambular", "1"),
        ("PP1.b", "preambular", "1"),
        ("PP2", "preambular", "2"),
        ("OP1", "operative", "1"),
        ("OP2", "operative", "2"),
    ]
    assert paragraphs[1].text == "In promoting human rights,"


def test_structure_parse_a_decision_made_of_lettered_points_keeps_them_operative():
    text = (
        HEAD + "\tRecalling its resolution 1/1:\n\t(a)\tExpresses its appreciation;\n\t(b)\tDecides to act.\n"
    )
    assert [p.para_id for p in parse(_src(text)).paragraphs] == ["PP1", "OP1", "OP2"]


def test_structure_parse_a_date_alone_after_the_last_paragraph_is_the_adoption_date():
    body = "\tRecalling,\n\t1.\tDecides to act;\n\t2.\tRequests a report, as appropriate.\n\n20 April 2020\n"
    res = parse(_src(HEAD.replace(" on 19 December 2011", "") + body))
    assert res.metadata["adoption_date"] == "2020-04-20"
    assert res.paragraphs[-1].text == "Requests a report, as appropriate."
    assert not res.leftovers


def test_structure_parse_a_long_section_title_under_its_number_is_a_heading():
    title = "Administrative and financial implications of the decisions and recommendations of the Council"
    text = HEAD + f"\tRecalling,\n\t1.\tDecides to act;\n\tII\n\t{title}\n\tHaving considered it,\n"
    text += "\t2.\tTakes note of the statement.\n"
    rows = [(p.para_id, p.section) for p in parse(_src(text)).paragraphs]
    assert rows == [
        ("PP1", "preambular"),
        ("OP1", "operative"),
        ("H1", "heading"),
        ("H2", "heading"),
        ("OP1~1", "preambular"),
        ("OP2", "operative"),
    ]
