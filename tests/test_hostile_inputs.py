"""Hostile input ends in one clear line (ResolutionError / exit 2) before any output is written.

Time and memory of the full-size hostile files are measured by benchmarks/hostile.py, not here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from reslens.cli import main
from reslens.errors import ResolutionError
from reslens.ingest import MAX_TEXT_BYTES, read_source
from reslens.ingest.akn import MAX_DEPTH as AKN_MAX_DEPTH
from reslens.ingest.html import MAX_DEPTH as HTML_MAX_DEPTH
from reslens.ingest.text import decode_text

AKN = b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="resolution">'


def _nested_html(depth: int) -> bytes:
    inner = b"<p>The General Assembly,</p><p>1. Urges States to act;</p>"
    return b"<html><body>" + b"<div>" * depth + inner + b"</div>" * depth + b"</body></html>"


def test_html_nested_beyond_the_limit_is_refused_in_one_line():
    with pytest.raises(ResolutionError, match="nested more than"):
        read_source("deep.html", data=_nested_html(HTML_MAX_DEPTH + 10))


def test_html_nested_within_the_limit_is_read():
    assert "Urges States to act;" in read_source("deep.html", data=_nested_html(300)).text


def _akn_inline(depth: int) -> bytes:
    inline = b"<i>" * depth + b"Urges States to act;" + b"</i>" * depth
    return (
        AKN
        + b"<mainBody><paragraph><content><p>"
        + inline
        + b"</p></content></paragraph></mainBody></doc></akomaNtoso>"
    )


@pytest.mark.parametrize("depth", [AKN_MAX_DEPTH + 1, 1500, 50_000])
def test_akn_nested_too_deep_is_a_resolution_error_not_a_recursion_error(depth):
    with pytest.raises(ResolutionError):
        read_source("deep.akn", data=_akn_inline(depth))


def test_akn_inline_markup_a_little_nested_is_read():
    assert "Urges States to act;" in read_source("ok.akn", data=_akn_inline(20)).text


def test_a_text_file_larger_than_any_resolution_is_refused(reference_path):
    data = reference_path.read_bytes()
    with pytest.raises(ResolutionError, match="MB of text"):
        read_source("big.txt", data=data * (MAX_TEXT_BYTES // len(data) + 1))


def test_a_stray_cp1252_byte_is_decoded_where_it_stands():
    text = decode_text("“Quoted” and ‘single’ ".encode() + b"\x93stray\x94")
    assert text == "“Quoted” and ‘single’ “stray”"


def test_a_whole_cp1252_file_still_reads_as_cp1252():
    assert decode_text("“Quoted” – café".encode("cp1252")) == "“Quoted” – café"


def test_cli_out_that_cannot_be_created_is_one_line_and_exit_2(reference_path, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["extract", str(reference_path), "--out", str(blocker / "sub"), "--no-nlp"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--out cannot be created or written" in err[0]


def test_cli_missing_lexicons_folder_fails_before_writing_anything(reference_path, tmp_path, capsys):
    out = tmp_path / "out"
    assert (
        main(["extract", str(reference_path), "--out", str(out), "--lexicons", str(tmp_path / "nope")]) == 2
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--lexicons" in err[0]
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.model
def test_a_paragraph_too_long_for_the_nlp_is_named_in_one_line(reference_path, tmp_path, capsys):
    text = reference_path.read_text(encoding="utf-8").replace(
        "\t17.\tDecides", "\t17.\tUrges " + "States, " * 130_000 + "to act;\n\t18.\tDecides", 1
    )
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "paragraph OP17 has 1,040,013 characters" in err[0]
    assert not list(out.glob("*.csv"))


def test_structure_tables_are_still_written_for_a_long_paragraph_without_nlp(reference_path, tmp_path):
    text = reference_path.read_text(encoding="utf-8").replace(
        "\t17.\tDecides", "\t17.\tUrges " + "x " * 60_000, 1
    )
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "--out", str(tmp_path / "out"), "--no-nlp"]) == 0
    assert len(pd.read_csv(tmp_path / "out" / "paragraphs.csv")) > 0
