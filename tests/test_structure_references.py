"""Citations normalised with the context of the citing body."""

from __future__ import annotations

from reslens.structure.references import find_references


def _symbols(text: str, body: str = "General Assembly") -> list[str]:
    return [r.symbol for r in find_references(text, "PP1", body)]


def test_structure_references_resolution_list_keeps_issuer():
    text = (
        "its resolution 64/163 of 18 December 2009 and Human Rights Council resolutions 13/13"
        " of 25 March 2010 and 16/5 of 24 March 2011,"
    )
    assert _symbols(text) == ["A/RES/64/163", "A/HRC/RES/13/13", "A/HRC/RES/16/5"]


def test_structure_references_its_resolution_follows_document_body():
    assert _symbols("Recalling its resolution 22/6", "Human Rights Council") == ["A/HRC/RES/22/6"]
    text = "Recalling its resolutions 1261 (1999) of 25 August 1999, 1265 (1999)"
    assert _symbols(text, "Security Council") == ["S/RES/1261 (1999)", "S/RES/1265 (1999)"]


def test_structure_references_old_style_and_corrigenda():
    assert _symbols("See resolution 2200 A (XXI), annex.") == ["A/RES/2200(XXI)"]
    assert _symbols("(A/65/53 and Corr.1), chap. II") == ["A/65/53", "A/65/53/Corr.1"]
    assert _symbols("A/HRC/58/53 and Adds.1 and 2.") == [
        "A/HRC/58/53",
        "A/HRC/58/53/Add.1",
        "A/HRC/58/53/Add.2",
    ]


def test_structure_references_documents_parts_and_special_sessions():
    assert _symbols("E/2023/15/Add.1 and ST/SGB/2013/4/Amend.1 and S/2013/553") == [
        "E/2023/15/Add.1", "ST/SGB/2013/4/Amend.1", "S/2013/553"]  # fmt: skip
    assert _symbols("resolutions 72/266 A of 24 December 2017 and ES-10/19") == [
        "A/RES/72/266A",
        "A/RES/ES-10/19",
    ]
    assert _symbols("its decision 73/547") == ["A/DEC/73/547"]


def test_structure_references_own_symbol_excluded():
    refs = find_references("resolution 66/164", "PP1", "General Assembly", exclude="A/RES/66/164")
    assert list(refs) == []


def test_structure_references_list_goes_on_after_a_relative_clause():
    """A/HRC/RES/54/1 (2023): ``48/1 of 7 October 2021, in which the Council appointed ..., 50/14 of ...``."""
    text = (
        "Recalling its resolutions S-31/1 of 24 August 2021, 48/1 of 7 October 2021, in which the Council "
        "appointed a special rapporteur to monitor the situation of human rights in Afghanistan, "
        "50/14 of 8 July 2022 and 51/20 of 7 October 2022, and all relevant resolutions,"
    )
    found = [r.symbol for r in find_references(text, "PP9", "Human Rights Council")]
    assert found == ["A/HRC/RES/S-31/1", "A/HRC/RES/48/1", "A/HRC/RES/50/14", "A/HRC/RES/51/20"]


def test_structure_references_relative_clause_without_a_dated_number_ends_the_list():
    text = (
        "Recalling its resolution 62/171 of 18 December 2007, in which it decided to meet on "
        "10 December 2008,"
    )
    assert [r.symbol for r in find_references(text, "PP2", "General Assembly")] == ["A/RES/62/171"]
