"""Pages per second of the PDF reader (ingest only, then ingest + structure) on real UN PDFs.

    python benchmarks/pdf_speed.py [--repeat N] [PDF ...]

Default files: the real dev PDFs with gold (data/real: A/RES/79/1, 56 pages; A/RES/78/68,
48 pages; A/RES/79/257, 12 pages). One process, one core. Target: A_RES_79_1.pdf in
under 5 s. Figures depend on the machine and on what else runs on it: quote them with
the load (printed) and the CPU.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pypdfium2 as pdfium

from reslens.ingest import read_source
from reslens.structure import parse

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
DEV = ["A_RES_79_1.pdf", "A_RES_78_68.pdf", "A_RES_79_257.pdf"]
TARGET_S = 5.0


def best(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=[REAL / name for name in DEV])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; best of {args.repeat}")
    print(f"{'file':22s} {'pages':>5s} {'read s':>7s} {'pages/s':>8s} {'+parse s':>9s}")
    pages_total = read_total = 0.0
    for path in args.pdfs:
        pdf = pdfium.PdfDocument(path)
        pages = len(pdf)
        pdf.close()
        read = best(lambda p=path: read_source(p), args.repeat)
        full = best(lambda p=path: parse(read_source(p)), args.repeat)
        pages_total += pages
        read_total += read
        flag = f"  target < {TARGET_S:.0f} s: {'met' if full < TARGET_S else 'MISSED'}" if pages >= 50 else ""
        print(f"{path.name:22s} {pages:5d} {read:7.2f} {pages / read:8.1f} {full:9.2f}{flag}")
    print(f"{'all':22s} {int(pages_total):5d} {read_total:7.2f} {pages_total / read_total:8.1f}")


if __name__ == "__main__":
    main()
