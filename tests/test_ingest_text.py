"""Plain-text ingest: every encoding and line-end gives the same text."""

from __future__ import annotations

import codecs

import pytest

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.ingest.plain import is_hard_wrapped
from reslens.paths import RAW_DIR, REFERENCE_RESOLUTION

REFERENCE = REFERENCE_RESOLUTION.read_text(encoding="utf-8")
# Windows-1252 cannot hold every character; give it one with curly quotes added.
CURLY = REFERENCE.replace('"Promotion', "\u201cPromotion").replace('rights".', "rights\u201d.")


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.encode("utf-16-le"),  # BOM-less
        lambda t: t.encode("utf-16-be"),  # BOM-less
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le", "utf16be", "crlf", "cr", "utf16le-crlf"],
)
def test_ingest_text_every_encoding_gives_identical_text(encode):
    source = read_source("ref.txt", data=encode(REFERENCE))
    assert source.fmt == "text"
    assert source.text == REFERENCE


def test_ingest_text_windows_1252_keeps_curly_quotes():
    assert "\u201c" in CURLY
    source = read_source("ref.txt", data=CURLY.encode("cp1252", errors="strict"))
    assert source.text == CURLY


def test_ingest_text_ods_exports_are_not_rewrapped():
    for path in RAW_DIR.glob("*.txt"):
        assert not is_hard_wrapped(path.read_text(encoding="utf-8")), path.name


def _hard_wrap(text: str, width: int = 70) -> str:
    """Simulate text copied out of a PDF: no tabs, lines wrapped mid-sentence."""
    out = []
    for line in text.split("\n"):
        line = " ".join(line.replace("\t", " ").split())
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def test_ingest_text_hard_wrapped_text_is_rejoined_into_paragraphs():
    body = REFERENCE.split("[DU1]<<ODS")[0]
    wrapped = _hard_wrap(body)
    assert is_hard_wrapped(wrapped)
    source = read_source("copied.txt", data=wrapped.encode("utf-8"))
    expected = [line.strip() for line in body.split("\n") if line.strip() and line.strip() != "[DU1]"]
    got = [line.strip() for line in source.text.split("\n") if line.strip() and line.strip() != "[DU1]"]
    assert [g.replace("\t", " ") for g in got] == [e.replace("\t", " ") for e in expected]
    assert "\t17.\tDecides to consider" in source.text


def test_ingest_text_missing_file_names_it(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ResolutionError, match="nope.txt: file not found"):
        read_source(missing)


def test_ingest_text_empty_file_says_what_was_expected(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(ResolutionError, match=r"empty.txt: file is empty, expected a UN resolution"):
        read_source(empty)


def test_ingest_text_binary_junk_is_rejected():
    junk = bytes(range(256)) * 8
    with pytest.raises(ResolutionError, match="binary data, not a supported format"):
        read_source("junk.bin", data=junk)
