"""Read a Word 97-2003 binary (``.doc``, an OLE compound file) through LibreOffice.

The UN serves many older resolutions in this format. Its binary layout is not
worth re-implementing: LibreOffice, run headless, converts it to DOCX keeping
paragraphs, italics, footnotes and the page headers (the masthead), and the DOCX
reader does the rest, so a ``.doc`` reads exactly like the ``.docx`` Word would
save. antiword was measured too and not chosen: it is faster but prints no
italics and no page headers (``benchmarks/word97_converters.py``; figures in the
README). Without LibreOffice the file is refused with one line saying what to install.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import tempfile
from pathlib import Path

from reslens.errors import ResolutionError
from reslens.model import Source

CONVERTERS = ("soffice", "libreoffice")
"""Names LibreOffice's command goes by on the PATH."""
INSTALL_HINT = (
    "Word 97-2003 .doc files are read through LibreOffice, which is not installed "
    "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui; others: libreoffice.org), "
    "or save the file as .docx"
)
TIMEOUT_S = 120


def converter() -> str | None:
    """The path of LibreOffice's command, or None when it is not installed."""
    return next((found for name in CONVERTERS if (found := shutil.which(name))), None)


def to_docx(data: bytes, path: str) -> bytes:
    """The DOCX LibreOffice makes of a Word 97 file.

    Each conversion gets its own LibreOffice profile in a temporary folder, so
    conversions running side by side (several workers) do not lock each other out.

    Raises:
        ResolutionError: LibreOffice is missing, fails or times out.
    """
    exe = converter()
    if exe is None:
        raise ResolutionError(path, INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="reslens-doc-") as tmp:
        folder = Path(tmp)
        (folder / "in.doc").write_bytes(data)
        command = [
            exe,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder),
            str(folder / "in.doc"),
        ]
        try:
            subprocess.run(
                command, capture_output=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL, check=False
            )
        except subprocess.TimeoutExpired:
            raise ResolutionError(
                path, f"LibreOffice took more than {TIMEOUT_S} s to convert this .doc"
            ) from None
        out = folder / "in.docx"
        if not out.is_file():
            raise ResolutionError(
                path, "LibreOffice could not convert this Word 97 file (damaged or protected?)"
            )
        return out.read_bytes()


def read_word97(data: bytes, path: str) -> Source:
    """Read Word 97-2003 bytes into ODS-layout text (format ``doc``).

    Raises:
        ResolutionError: no converter, or the file cannot be converted or read.
    """
    from reslens.ingest.docx import read_docx

    return dataclasses.replace(read_docx(to_docx(data, path), path), fmt="doc")
