"""Measure PDF libraries on the real UN PDFs for what reading by layout needs.

    python benchmarks/pdf_libraries.py [--repeat N] [PDF ...]

The layout reader needs every character with its position, font name (italics) and
size (superscript markers, smaller footnotes). Per library and file this prints:
milliseconds to get all characters with those (best of N), characters got, characters
in an italic font, digits set smaller than the body type (superscript candidates),
whether plain text extraction keeps page 1's body before its footnotes (reading
order), and the licence. Default files: the PDFs in data/real.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
Char = tuple[str, float, float, float, str]  # text, x, top, size, font name


def _pypdfium2(path: Path) -> tuple[list[Char], str]:
    from reslens.ingest.pdf_glyphs import read_glyphs

    pages = read_glyphs(path.read_bytes(), str(path))
    chars = [(g.text, g.x0, g.top, g.size, "Italic" if g.italic else "") for p in pages for g in p.glyphs]
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    first = pdf[0].get_textpage().get_text_range()
    pdf.close()
    return chars, first


def _pdfplumber(path: Path) -> tuple[list[Char], str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        chars = [(c["text"], c["x0"], c["top"], c["size"], c["fontname"]) for p in pdf.pages for c in p.chars]
        first = pdf.pages[0].extract_text() or ""
    return chars, first


def _pdfminer(path: Path) -> tuple[list[Char], str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    def walk(item):
        if isinstance(item, LTChar):
            yield (item.get_text(), item.x0, item.y1, item.size, item.fontname)
        elif isinstance(item, LTContainer):
            for child in item:
                yield from walk(child)

    chars: list[Char] = []
    first = ""
    for n, page in enumerate(extract_pages(str(path))):
        page_chars = list(walk(page))
        chars += page_chars
        first = first or (n == 0 and "".join(c[0] for c in page_chars)) or ""
    return chars, first


def _pypdf(path: Path) -> tuple[list[Char], str]:
    """pypdf gives text runs (with font and matrix), not single characters."""
    import pypdf

    chars: list[Char] = []

    def visit(text, cm, tm, font, size):
        name = str((font or {}).get("/BaseFont", ""))
        chars.extend((ch, float(tm[4]), float(tm[5]), float(size), name) for ch in text if not ch.isspace())

    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return chars, reader.pages[0].extract_text()


def _pymupdf(path: Path) -> tuple[list[Char], str]:
    import pymupdf

    chars: list[Char] = []
    with pymupdf.open(path) as doc:
        for page in doc:
            for block in page.get_text("rawdict")["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        size, font = span["size"], span["font"]
                        chars += [(c["c"], c["bbox"][0], c["bbox"][1], size, font) for c in span["chars"]]
        first = doc[0].get_text()
    return chars, first


CANDIDATES: dict[str, tuple[Callable[[Path], tuple[list[Char], str]], str]] = {
    "pypdfium2 (reslens glyphs)": (_pypdfium2, "Apache-2.0 / BSD-3"),
    "pdfplumber": (_pdfplumber, "MIT"),
    "pdfminer.six": (_pdfminer, "MIT"),
    "pypdf (text runs)": (_pypdf, "BSD-3"),
    "pymupdf": (_pymupdf, "AGPL-3 (or commercial)"),
}


def measure(run, path: Path, repeat: int) -> dict[str, object]:
    times, chars, first = [], [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        chars, first = run(path)
        times.append(time.perf_counter() - start)
    body = Counter(round(c[3], 1) for c in chars).most_common(1)[0][0] if chars else 0.0
    note = re.search(r"\n\s*1 [A-Z]", first)  # page 1's first footnote
    formula = first.find("The General Assembly")
    return {
        "ms": min(times) * 1000,
        "chars": len(chars),
        "italic": sum("italic" in c[4].lower() or "oblique" in c[4].lower() for c in chars),
        "small_digits": sum(c[0].isdigit() and c[3] < body * 0.85 for c in chars),
        "order": "n/a" if note is None or formula < 0 else str(formula < note.start()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=sorted(REAL.glob("*.pdf")))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    for path in args.pdfs:
        print(f"\n{path.name}")
        header = f"{'ms':>8s} {'chars':>7s} {'italic':>7s} {'small digits':>12s} {'order':>6s}"
        print(f"  {'library':28s} {header}  licence")
        for name, (run, licence) in CANDIDATES.items():
            try:
                m = measure(run, path, args.repeat)
            except ImportError as exc:
                print(f"  {name:28s} not installed ({exc.name})")
                continue
            print(
                f"  {name:28s} {m['ms']:8.0f} {m['chars']:7d} {m['italic']:7d} {m['small_digits']:12d}"
                f" {m['order']:>6s}  {licence}"
            )


if __name__ == "__main__":
    main()
