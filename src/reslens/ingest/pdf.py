"""Read the text layer of a PDF into the ODS layout (pdfplumber).

pdfplumber was chosen by measurement (``benchmarks/pdf_libraries.py``): with
``x_tolerance=1.5`` it keeps reading order, leaves footnote markers glued where
they stand (``1998,1 in which``) and gives line positions, which the paragraph
re-joining needs. Furniture (headers, footers, masthead) is removed into
``Source.furniture``; footnotes under each page's separator rule move to the end.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from statistics import median

from reslens.errors import ResolutionError
from reslens.ingest.furniture import BARCODE, JOB_NUMBER, SYMBOL, is_furniture, is_running_header
from reslens.ingest.layout import assemble
from reslens.ingest.reflow import Line
from reslens.model import Source

log = logging.getLogger(__name__)
X_TOLERANCE = 1.5  # pdfplumber's default (3) glues words of justified lines together
LABEL = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,4}\))(?=\s)")  # "1." or "(a)" opening a line
INNER_MARKER = re.compile(r"(?P<a>[A-Za-z])(?P<n>\d{1,2})(?P<b>[a-z]+)")
_EDGE_ZONE = 0.11  # top/bottom share of the page where running headers and footers sit


@dataclass
class _Page:
    body: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def read_pdf(data: bytes, path: str) -> Source:
    """Extract, clean and re-join the text layer of a PDF.

    Raises:
        ResolutionError: the PDF is damaged, encrypted, or has no text layer.
    """
    pages = _extract_pages(data, path)
    if not any(p.body or p.notes for p in pages):
        raise ResolutionError(path, "PDF has no text layer (a scan?); OCR it first")
    furniture = [f for p in pages for f in p.furniture]
    lines = _classify([line for p in pages for line in p.body] + [{"break": True}])
    text, more = assemble(lines, [n for p in pages for n in p.notes], masthead=pages[0].furniture)
    return Source(path=path, fmt="pdf", text=text, furniture=tuple(furniture + more))


def _extract_pages(data: bytes, path: str) -> list[_Page]:
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [_read_page(page, first=i == 0) for i, page in enumerate(pdf.pages)]
    except ResolutionError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ResolutionError(path, f"PDF is damaged: {problem}") from None


def _read_page(page, *, first: bool) -> _Page:
    out = _Page()
    rule = _footnote_rule(page)
    height = float(page.height)
    for k, line in enumerate(page.extract_text_lines(x_tolerance=X_TOLERANCE, return_chars=True)):
        text = _unsplit_superscripts(line["text"].strip(), line["chars"])
        top = float(line["top"])
        at_top, at_foot = top < height * _EDGE_ZONE, top > height * (1 - _EDGE_ZONE)
        masthead = first and at_top and bool(SYMBOL.match(text))  # page 1: the symbol is metadata
        if not masthead and (
            ((at_top or at_foot) and is_furniture(text))
            or (k == 0 and at_top and not first and is_running_header(text))  # the page's top line
            or JOB_NUMBER.match(text)
            or BARCODE.match(text)
        ):
            out.furniture.append(text)
        elif rule is not None and top > rule:
            out.notes.append(text)
        else:
            out.body.append(
                {
                    "text": text,
                    "x0": float(line["x0"]),
                    "x1": float(line["x1"]),
                    "top": top,
                    "bottom": float(line["bottom"]),
                    "width": float(page.width),
                    "first": first,
                    "text_x": _text_start(text, line["chars"]),
                }
            )
    return out


def _text_start(text: str, chars: list[dict]) -> float | None:
    """Where the text after a ``1.`` or ``(a)`` label starts: hanging lines align there."""
    label = LABEL.match(text)
    ink = [c for c in chars if c["text"].strip()]
    return float(ink[len(label[0])]["x0"]) if label and len(ink) > len(label[0]) else None


def _unsplit_superscripts(text: str, chars: list[dict]) -> str:
    """Move a footnote marker the PDF set inside a word to the word's end (``R3ights`` -> ``Rights3``).

    Only digits printed small (superscripts) are moved, so symbols such as ``H2O`` stay.
    """
    if not chars:
        return text
    body = max(float(c["size"]) for c in chars)
    small = {c["text"] for c in chars if c["text"].isdigit() and float(c["size"]) < body * 0.8}
    if not small:
        return text
    return INNER_MARKER.sub(lambda m: m[0] if not set(m["n"]) <= small else m["a"] + m["b"] + m["n"], text)


def _footnote_rule(page) -> float | None:
    """The y of the short rule that separates footnotes from the text, if any."""
    width = float(page.width)
    tops = [
        float(e["top"])
        for e in page.edges
        if e.get("orientation") == "h"
        and 30 < float(e["width"]) < width * 0.45
        and float(e["top"]) > page.height * 0.4
    ]
    return min(tops) if tops else None


def _classify(rows: list[dict]) -> list[Line]:
    """Give each body line a layout hint from indentation, centring and gaps.

    A paragraph starts on an indented line or after a wide gap. With hanging
    numbers (``1.`` at the margin, the text and its wrapped lines indented), a line
    aligned with the text after the label above continues that paragraph. Labelled
    lines are never headings, however far they are indented.
    """
    real = [r for r in rows if "text" in r]
    if not real:
        return []
    margin = min(r["x0"] for r in real)
    gaps = [
        b["top"] - a["bottom"]
        for a, b in zip(real, real[1:], strict=False)
        if 0 < b["top"] - a["bottom"] < 40
    ]
    step = median(gaps) if gaps else 3.0
    out: list[Line] = []
    prev: dict | None = None
    hang: float | None = None  # x of the text after the label of the paragraph's first line
    for row in rows:
        if "text" not in row:
            prev, hang = None, None
            continue
        indent = row["x0"] - margin
        gap = row["top"] - prev["bottom"] if prev is not None else None
        wide = gap is not None and gap > step * 2.5
        labelled = bool(LABEL.match(row["text"]))
        if hang is not None and not labelled and not wide and abs(row["x0"] - hang) < 2:
            kind = "cont"
        elif indent > 40 and not labelled:
            kind = "heading"
        elif indent > 5 or wide:
            kind = "para"
        else:
            kind = "cont" if gap is not None and gap >= 0 else ""
        if kind == "heading" or labelled or kind == "para":
            hang = row.get("text_x") if kind != "heading" else None
        out.append(Line(row["text"], kind))
        prev = row
    return out
