"""Odd but valid variants of the reference text parse to the same paragraphs and footnotes."""

from __future__ import annotations

import warnings

import pytest
from conftest import RAW_DIR

from reslens.errors import ResolutionError
from reslens.model import Source
from reslens.structure import parse

REFERENCE = (RAW_DIR / "A_RES_66_164.txt").read_text(encoding="utf-8")


def _parse(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a leftover line would warn
        return parse(Source(path="variant.txt", fmt="text", text=text))


def _shape(res) -> list[tuple]:
    paragraphs = [(p.para_id, p.section, p.text, p.phrase, p.footnotes) for p in res.paragraphs]
    return paragraphs + [(f.number, f.para_id, f.text) for f in res.footnotes]


def _without_trailer(text: str) -> str:
    """The ODS export without its trailer (ODS markers, rules, cover block) after the footnotes."""
    return text[: text.index("[DU1]<<ODS")]


VARIANTS = {
    "blank line between every paragraph": lambda t: t.replace("\n", "\n\n"),
    "spaces instead of tabs": lambda t: t.replace("\t", "    "),
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
    "no ODS trailer block": _without_trailer,
    "trailing spaces on every line": lambda t: t.replace("\n", "  \n"),
}


@pytest.mark.parametrize("name", VARIANTS)
def test_structure_robustness_variant_parses_like_the_original(name):
    original = _parse(REFERENCE)
    variant = _parse(VARIANTS[name](REFERENCE))
    assert _shape(variant) == _shape(original)
    keep = ("title", "adoption_date", "meeting", "committee_report", "resolution_number")
    assert {k: variant.metadata[k] for k in keep} == {k: original.metadata[k] for k in keep}


def test_structure_robustness_no_trailer_still_knows_the_symbol():
    assert _parse(_without_trailer(REFERENCE)).metadata["symbol"] == "A/RES/66/164"


@pytest.mark.parametrize("cut_before", ["\t1.\t", "\tWelcoming the cooperation"])
def test_structure_robustness_truncated_before_operative_part_names_it(cut_before):
    text = REFERENCE[: REFERENCE.index(cut_before)]
    with pytest.raises(ResolutionError, match="operative") as err:
        parse(Source(path="cut.txt", fmt="text", text=text))
    assert str(err.value).startswith("cut.txt: ")
