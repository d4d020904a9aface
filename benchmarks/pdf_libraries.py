"""Measure PDF text-layer libraries on the real 1999 UN PDF (A/RES/53/144).

Prints, per library: median time of 3 runs, glued words (tokens of 20+ letters:
justified lines whose spaces were lost), footnote markers left glued in place
(``1998,1 in which``), whether reading order puts the page-1 footnote after the
body, and the licence. Run: ``python benchmarks/pdf_libraries.py [PDF]``.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import warnings
from pathlib import Path

PDF = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).resolve().parents[1] / "data/raw/A_RES_53_144_EN.pdf"
)


def _pdfplumber(tol: float):
    def run(path: Path) -> str:
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text(x_tolerance=tol) or "" for p in pdf.pages)

    return run


def _pypdf(path: Path) -> str:
    import pypdf

    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def _pymupdf(path: Path) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pymupdf

    with pymupdf.open(path) as doc:
        return "\n".join(p.get_text() for p in doc)


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


CANDIDATES = {
    "pdfplumber (x_tol=3, default)": (_pdfplumber(3), "MIT"),
    "pdfplumber (x_tol=1.5)": (_pdfplumber(1.5), "MIT"),
    "pypdf": (_pypdf, "BSD-3"),
    "pymupdf": (_pymupdf, "AGPL-3 (or commercial)"),
    "pdfminer.six": (_pdfminer, "MIT"),
}


def measure(run) -> dict[str, object]:
    times, text = [], ""
    for _ in range(3):
        start = time.perf_counter()
        text = run(PDF)
        times.append(time.perf_counter() - start)
    words = re.findall(r"[A-Za-z]+", text)
    body, note = text.find("Conscious of the importance"), text.find("See Official Records")
    return {
        "ms": statistics.median(times) * 1000,
        "glued": sum(len(w) >= 20 for w in words),
        "inline_markers": len(re.findall(r"[a-z,)]\d{1,2} [a-z]", text)),
        "order_ok": 0 <= body < note,
        "words": len(words),
    }


def main() -> None:
    print(f"{PDF.name}")
    print(f"{'library':32s} {'ms':>8s} {'glued':>6s} {'markers':>8s} {'order':>6s} {'words':>6s}  licence")
    for name, (run, licence) in CANDIDATES.items():
        try:
            m = measure(run)
        except ImportError as exc:
            print(f"{name:32s} not installed ({exc.name})")
            continue
        print(
            f"{name:32s} {m['ms']:8.1f} {m['glued']:6d} {m['inline_markers']:8d} "
            f"{str(m['order_ok']):>6s} {m['words']:6d}  {licence}"
        )


if __name__ == "__main__":
    main()
