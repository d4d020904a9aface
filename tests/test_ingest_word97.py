"""Word 97-2003 binaries: read through LibreOffice when installed, else one line naming it.

CI machines need not have LibreOffice: tests that convert skip with the reason; the
message a user without it gets is tested by hiding it (an empty PATH).
"""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.ingest.word97 import converter
from reslens.paths import DATA_DIR

# The start of an OLE compound file and the name of the stream only Word 97 files have.
FAKE_WORD97 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
needs_libreoffice = pytest.mark.skipif(
    converter() is None, reason="LibreOffice not installed: Word 97 .doc cannot be converted"
)


def test_word97_without_libreoffice_names_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice, no libreoffice
    with pytest.raises(
        ResolutionError, match=r"^old.doc: .*LibreOffice.*apt-get install libreoffice-writer-nogui"
    ):
        read_source("old.doc", data=FAKE_WORD97)


def test_cli_word97_without_libreoffice_is_one_line_exit_2(tmp_path):
    doc = tmp_path / "N1349600.doc"
    doc.write_bytes(FAKE_WORD97)
    result = subprocess.run(
        [sys.executable, "-m", "reslens", "extract", str(doc), "--out", str(tmp_path / "out"), "--no-nlp"],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": str(tmp_path), "PYTHONPATH": ":".join(sys.path)},
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1
    assert str(doc) in lines[0] and "libreoffice-writer-nogui" in lines[0]


@needs_libreoffice
def test_word97_that_cannot_be_converted_is_a_resolution_error():
    with pytest.raises(ResolutionError, match=r"^broken.doc: "):
        read_source("broken.doc", data=FAKE_WORD97)


@needs_libreoffice
def test_real_word97_reads_like_the_docx_word_would_save():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = read_source(DATA_DIR / "real" / "A_RES_67_290.doc")
    lines = source.text.splitlines()
    assert source.fmt == "doc"
    assert "67/290.\tFormat and organizational aspects of the high-level political forum" in lines[3]
    assert "<<ODS DOC SYMBOL1>>A/RES/67/290<<ODS DOC SYMBOL1>>" in lines  # from the first page's header
    leads = {lead for _, lead in source.italic_leads}
    assert {"Recalling also", "Reaffirming also", "Takes note", "Further decides", "Emphasizes"} <= leads
