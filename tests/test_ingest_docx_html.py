"""DOCX and HTML ingest, on fixtures built from the reference resolution."""

from __future__ import annotations

import io
import re

import pytest

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.paths import REFERENCE_RESOLUTION

BODY = REFERENCE_RESOLUTION.read_text(encoding="utf-8").split("[DU1]<<ODS")[0]
LINES = [line.strip() for line in BODY.split("\n") if line.strip() and line.strip() != "[DU1]"]
OPERATIVE = re.compile(r"^(\d+)\.\t(.*)$")


def _norm(text: str) -> list[str]:
    return [
        " ".join(line.split())
        for line in text.split("[DU1]<<ODS")[0].split("\n")
        if line.strip() and line.strip() != "[DU1]"
    ]


def _docx(auto_number: bool) -> bytes:
    """The reference as Word would hold it; auto_number uses Word list numbering."""
    import docx

    document = docx.Document()
    for line in LINES:
        match = OPERATIVE.match(line)
        if match and auto_number:
            document.add_paragraph(match[2], style="List Number")
        else:
            document.add_paragraph(line.replace("\t", " "))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("auto_number", [False, True])
def test_ingest_docx_matches_reference_paragraphs(auto_number):
    source = read_source("ref.docx", data=_docx(auto_number))
    assert source.fmt == "docx"
    assert _norm(source.text) == [" ".join(line.split()) for line in LINES]


def test_ingest_docx_auto_numbering_is_reconstructed():
    text = read_source("ref.docx", data=_docx(True)).text
    assert "\t1.\tCalls upon all States" in text and "\t17.\tDecides to consider" in text


@pytest.mark.parametrize(
    ("name", "member", "content"),
    [("bad.docx", "word/document.xml", "<not-word/>"), ("res.docx", "readme.txt", "hello")],
    ids=["broken-document-xml", "zip-without-document"],
)
def test_ingest_docx_that_is_not_valid_is_reported(name, member, content):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(member, content)
    with pytest.raises(ResolutionError, match=f"{name}: DOCX is not valid"):
        read_source(name, data=buf.getvalue())


def test_ingest_html_blocks_become_lines_and_chrome_is_dropped():
    paragraphs = "".join(f"<p>{line.replace(chr(9), ' ')}</p>\n" for line in LINES)
    page = (
        "<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style>"
        "<script>var tracking = 1;</script></head><body><nav>Home | Documents</nav>"
        f"<main>{paragraphs}</main></body></html>"
    )
    source = read_source("page.txt", data=page.encode("utf-8"))  # detected by content, not name
    assert source.fmt == "html"
    assert _norm(source.text) == [" ".join(line.split()) for line in LINES]
    assert "tracking" not in source.text and "Home | Documents" in source.furniture
