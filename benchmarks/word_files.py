"""Word files: reading speed, the limits on hostile input, and Word 97 converters compared.

    python benchmarks/word_files.py [--repeat N]

1. Every Word file in data/real/ (``.DOC`` holding DOCX, Word 97 ``.doc``): read and
   parse time (best of N), paragraphs, italic leads, footnotes, leftovers.
2. DOCX made of many empty paragraphs (a 31 KB zip can hold 3.5 million): time to
   read, or to refuse once past the paragraph limit.
3. Word 97 converters on each ``.doc``: LibreOffice headless (``soffice --convert-to
   docx``, then the DOCX reader) against antiword (plain text, then the text reader):
   time and what survives (paragraphs, italic openings, footnotes, masthead metadata).
   A converter that is not installed is reported as such. Not a test.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import time
import warnings
import zipfile
from pathlib import Path

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.ingest.word97 import to_docx
from reslens.paths import DATA_DIR
from reslens.structure import parse

REAL = DATA_DIR / "real"
WORD_SUFFIXES = (".doc", ".docx")


def best_of(repeat: int, run) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def quietly(run):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return run()


def summary(resolution) -> str:
    paragraphs = resolution.paragraphs
    pp = sum(p.section == "preambular" for p in paragraphs)
    op = sum(p.section == "operative" and bool(p.number) and "." not in p.para_id for p in paragraphs)
    placed = sum(bool(f.para_id) for f in resolution.footnotes)
    meta = resolution.metadata
    return (
        f"PP {pp:>3} OP {op:>3} leads {len(resolution.source.italic_leads):>3} "
        f"footnotes {len(resolution.footnotes):>2} (placed {placed:>2}) "
        f"leftovers {len(resolution.leftovers):>2} symbol {meta.get('symbol') or '-'} "
        f"distributed {meta.get('distribution_date') or '-'}"
    )


def real_files(repeat: int) -> None:
    print(f"== real Word files in {REAL} (best of {repeat})")
    for path in sorted(p for p in REAL.iterdir() if p.suffix.lower() in WORD_SUFFIXES):
        try:
            seconds, resolution = best_of(repeat, lambda p=path: quietly(lambda: parse(read_source(p))))
        except ResolutionError as err:
            print(f"{path.name:<24} refused: {err.problem}")
            continue
        print(f"{path.name:<24} {seconds:6.2f} s  {summary(resolution)}")


def empty_paragraphs(n: int) -> bytes:
    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "<w:p/>" * n
        + "</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


def hostile(repeat: int) -> None:
    print("== DOCX of empty paragraphs")
    for n in (10_000, 99_000, 3_500_000):
        data = empty_paragraphs(n)

        def run(data=data) -> str:
            try:
                read_source("empty.docx", data=data)
                return "read"
            except ResolutionError as err:
                return f"refused ({err.problem})"

        seconds, outcome = best_of(repeat, run)
        print(f"{n:>9,} paragraphs, zip {len(data) / 1024:6.0f} KB: {seconds:5.2f} s  {outcome}")


def antiword_text(path: Path) -> bytes:
    return subprocess.run(["antiword", "-w", "0", str(path)], capture_output=True, check=True).stdout


def converters(repeat: int) -> None:
    print(f"== Word 97 converters (best of {repeat}; conversion only, then the whole read + parse)")
    for path in sorted(p for p in REAL.iterdir() if p.suffix.lower() == ".doc"):
        if path.read_bytes()[:4] != b"PK\x03\x04":  # a DOCX named .doc needs no converter
            compare_converters(path, repeat)


def compare_converters(path: Path, repeat: int) -> None:
    data, name = path.read_bytes(), str(path)
    if shutil.which("soffice") or shutil.which("libreoffice"):
        seconds, docx = best_of(repeat, lambda: to_docx(data, name))
        resolution = quietly(lambda: parse(read_source(name, data=docx)))
        print(f"{path.name} LibreOffice {seconds:5.2f} s  {summary(resolution)}")
    else:
        print(f"{path.name} LibreOffice not installed")
    if not shutil.which("antiword"):
        print(f"{path.name} antiword not installed")
        return
    seconds, text = best_of(repeat, lambda: antiword_text(path))
    try:
        resolution = quietly(lambda: parse(read_source(name + ".txt", data=text)))
        print(f"{path.name} antiword    {seconds:5.2f} s  {summary(resolution)}")
    except ResolutionError as err:
        print(f"{path.name} antiword    {seconds:5.2f} s  refused: {err.problem}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if REAL.is_dir():
        real_files(args.repeat)
    hostile(args.repeat)
    if REAL.is_dir():
        converters(args.repeat)


if __name__ == "__main__":
    main()
