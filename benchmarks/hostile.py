"""Hostile files: each must end in one clear line (exit 2) or a safe result, within 10 s and 1 GB.

Builds the files in a temporary folder, runs ``python -m reslens extract FILE --out DIR``
on each in its own process (``--no-nlp`` unless the case is about the NLP step), and
prints the wall time, the process's peak memory (max RSS), the exit code and the first
line of its stderr. A case over its limits is marked ``OVER``; a traceback is marked
``TRACEBACK``. Nothing is timed inside pytest: run it by hand.

    PYTHONPATH=src python benchmarks/hostile.py [--only NAME ...] [--kill-after 120]
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

LIMIT_SECONDS = 10.0
LIMIT_MB = 1024
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "data" / "raw" / "A_RES_66_164.txt").read_bytes()

AKN_HEAD = b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="resolution">'
AKN_TAIL = b"</doc></akomaNtoso>"


def _docx(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX around ``document_xml``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        _docx_package(zf)
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def _docx_package(zf: zipfile.ZipFile) -> None:
    """The parts a DOCX needs besides word/document.xml."""
    zf.writestr(
        "[Content_Types].xml",
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    zf.writestr(
        "_rels/.rels",
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    )


XML_DECL = b'<?xml version="1.0"?>'
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _w_doc(body: bytes, doctype: bytes = b"") -> bytes:
    return XML_DECL + doctype + b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>"


LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>"
)
XXE = b'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _zip_bomb() -> bytes:
    """A DOCX whose document.xml inflates to 1 GB of one repeated paragraph (~1 MB on disk)."""
    buf = io.BytesIO()
    para = b"<w:p><w:r><w:t>Urges States to act;</w:t></w:r></w:p>"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        _docx_package(zf)
        with zf.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0"?><w:document ' + W + b"><w:body>")
            chunk = para * (1 << 14)
            for _ in range((1 << 30) // len(chunk)):
                out.write(chunk)
            out.write(b"</w:body></w:document>")
    return buf.getvalue()


def _pdf_pages(n: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(n):
        writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _text_pages(n: int) -> bytes:
    """``n`` pages of printed text: the body pages of the real A/RES/79/257 PDF over and over."""
    from pypdf import PdfReader, PdfWriter

    pages = PdfReader(ROOT / "data" / "real" / "A_RES_79_257.pdf").pages[1:]
    writer = PdfWriter()
    for i in range(n):
        writer.add_page(pages[i % len(pages)])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _broken_xref() -> bytes:
    pdf = bytearray(_pdf_pages(3))
    at = pdf.rfind(b"xref")
    pdf[at : at + 200] = b"xref\n0 99999\n" + b"garbage " * 23 + b"x"
    return bytes(pdf)


def _text_with(extra: str, *, after: str) -> bytes:
    """The reference resolution with ``extra`` lines inserted after the line starting ``after``."""
    lines = SAMPLE.decode("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(after)) + 1
    return "\n".join([*lines[:at], extra.rstrip("\n"), *lines[at:]]).encode("utf-8")


OP16 = "\t16.\t"  # inserted text lands among the operative paragraphs
LAST_NOTE = "6 See A/63/288"  # ... or after the last footnote


def _akn(body: bytes, doctype: bytes = b"") -> bytes:
    return XML_DECL + doctype + AKN_HEAD + body + AKN_TAIL


def _docx_text(text: bytes, doctype: bytes = b"", extra: dict[str, bytes] | None = None) -> bytes:
    return _docx(_w_doc(b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>", doctype), extra)


def _deep_html() -> bytes:
    return (
        b"<html><body>"
        + b"<div>" * 100_000
        + b"The General Assembly,"
        + b"</div>" * 100_000
        + b"</body></html>"
    )


def _deep_inline_akn() -> bytes:
    inline = b"<i>" * 2000 + b"Urges States" + b"</i>" * 2000
    return _akn(b"<mainBody><paragraph><content><p>" + inline + b"</p></content></paragraph></mainBody>")


def _whitespace_runs() -> bytes:
    """Lines that open like head, vote, star-note, footnote and cover lines, then 4,000 spaces."""
    leads = [
        "* Note",
        "[Adopted by",
        "Resolution adopted by the General",
        "12 Note",
        "United Nations",
        "   ---",
    ]
    return _text_with("".join(f"{lead}{' ' * 4000}x{' ' * 4000}\n" for lead in leads * 8), after=OP16)


CASES: dict[str, tuple[str, Callable[[], bytes], bool]] = {
    # name: (file suffix, builder, run the NLP too)
    "xxe.xml": (".xml", lambda: _akn(b"<p>&xxe;</p>", XXE), False),
    "entity-bomb.akn": (".akn", lambda: _akn(b"<p>&lol9;</p>", LAUGHS), False),
    "entity-bomb.xml": (".xml", lambda: XML_DECL + LAUGHS + b"<r>&lol9;</r>", False),
    "xxe.docx": (".docx", lambda: _docx_text(b"&xxe;", XXE), False),
    "entity-bomb.docx": (".docx", lambda: _docx_text(b"&lol9;", LAUGHS), False),
    "bad-footnotes.docx": (
        ".docx",
        lambda: _docx_text(b"The General Assembly,", extra={"word/footnotes.xml": b"<w:footnotes"}),
        False,
    ),
    "zip-bomb.docx": (".docx", _zip_bomb, False),
    "empty-paragraphs.docx": (".docx", lambda: _docx(_w_doc(b"<w:p/>" * 3_500_000)), False),
    "broken-xref.pdf": (".pdf", _broken_xref, False),
    "20000-pages.pdf": (".pdf", lambda: _pdf_pages(20_000), False),
    "20000-text-pages.pdf": (".pdf", lambda: _text_pages(20_000), False),
    "300-text-pages.pdf": (".pdf", lambda: _text_pages(300), False),  # at the page limit: read
    "50MB.txt": (".txt", lambda: (SAMPLE * (50_000_000 // len(SAMPLE) + 1))[:50_000_000], False),
    "whitespace-runs.txt": (".txt", _whitespace_runs, False),
    "16000-footnotes.txt": (
        ".txt",
        lambda: _text_with("".join(f"{n} Note {n}.\n" for n in range(7, 16_007)), after=LAST_NOTE),
        False,
    ),
    "deep.html": (".html", _deep_html, False),
    "deep-inline.akn": (".akn", _deep_inline_akn, False),
    "million-char-paragraph.txt": (
        ".txt",
        lambda: _text_with("\t17.\tUrges " + "States, " * 130_000 + "to act;", after=OP16),
        True,
    ),
    "stray-0x93.txt": (".txt", lambda: SAMPLE.replace(b"Recalling", b"\x93Recalling", 1), False),
    "20000-title-lines.txt": (  # each line a candidate title: the look for the next number stays local
        ".txt",
        lambda: _text_with("\tBudget estimates for the financial period\n\n\n" * 20_000, after=OP16),
        False,
    ),
}


def run_case(path: Path, out: Path, nlp: bool, kill_after: float) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, first stderr line) of one CLI run in its own process."""
    cmd = [sys.executable, "-m", "reslens", "extract", str(path), "--out", str(out)] + (
        [] if nlp else ["--no-nlp"]
    )
    # The child reports its own peak RSS: ru_maxrss of RUSAGE_CHILDREN would mix runs.
    wrapper = (
        "import resource, runpy, sys\n"
        "try:\n    runpy.run_module('reslens', run_name='__main__')\n"
        "finally:\n"
        "    print(f'@@maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", wrapper, *cmd[3:]],
            capture_output=True,
            text=True,
            timeout=kill_after,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, float("nan"), -9, f"killed after {kill_after:.0f} s"
    seconds = time.perf_counter() - start
    lines = done.stderr.splitlines()
    peak = next((int(x.split()[1]) / 1024 for x in lines if x.startswith("@@maxrss")), float("nan"))
    shown = [x for x in lines if not x.startswith("@@maxrss")]
    first = (
        "TRACEBACK " + shown[-1]
        if any(x.startswith("Traceback") for x in shown)
        else (shown[0] if shown else "")
    )
    return seconds, peak, done.returncode, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="case names to run")
    parser.add_argument("--kill-after", type=float, default=120.0, help="seconds before a run is killed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reslens-hostile-") as tmp:
        print(
            f"{'case':28} {'size':>10} {'seconds':>8} {'peak MB':>8} {'exit':>4}  verdict  first stderr line"
        )
        for name, (suffix, build, nlp) in CASES.items():
            if args.only and name not in args.only:
                continue
            path = Path(tmp) / f"hostile-{name}"
            path = path.with_suffix(suffix) if path.suffix != suffix else path
            path.write_bytes(build())
            seconds, peak, code, first = run_case(path, Path(tmp) / "out", nlp, args.kill_after)
            over = seconds > LIMIT_SECONDS or not peak <= LIMIT_MB or code not in (0, 2)
            verdict = "TRACEBACK" if first.startswith("TRACEBACK") else ("OVER" if over else "ok")
            size = path.stat().st_size
            print(
                f"{name:28} {size:>10,} {seconds:8.1f} {peak:8.0f} {code:>4}  {verdict:8} {first[:110]}",
                flush=True,
            )
            path.unlink()


if __name__ == "__main__":
    main()
