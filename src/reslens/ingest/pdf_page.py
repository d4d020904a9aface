"""Split a printed page into running header, body, footnotes and footer by where things sit.

A UN page repeats furniture at fixed places: the running header (the symbol and a
short title, ``Page 3``) above a rule at the top; the job number, page number,
barcode and "Please recycle" at the foot. Footnotes sit under a short rule (drawn,
or typed as underscores) in smaller type, above the footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reslens.ingest.furniture import is_furniture, is_running_header
from reslens.ingest.pdf_glyphs import PageGlyphs
from reslens.ingest.pdf_lines import PrintedLine, printed_lines

_EDGE = 0.12  # share of the page height at top and foot where headers and footers sit
_TYPED_RULE = re.compile(r"^[_\u2014\u2013-]{5,}$")  # "__________________"
_NOTE_START = re.compile(r"^(?:\d{1,3}/?|\*{1,3})\s")  # "1 Resolution 70/1.", "1/ A/48/803.", "* Reissued"
_SHORT_RULE = 0.45  # a footnote rule is shorter than this share of the page width


@dataclass
class PageParts:
    body: list[PrintedLine] = field(default_factory=list)
    notes: list[PrintedLine] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def split_page(page: PageGlyphs, index: int) -> PageParts:
    """The page's body lines, footnote lines and furniture (header, footer, rules)."""
    lines = printed_lines(page.glyphs, index)
    parts = PageParts()
    top = 0
    if index > 0:
        ruled = _header_rule(page)
        while top < len(lines) and (lines[top].base < ruled or _is_header(lines[top], page)):
            parts.furniture.append(lines[top].text)
            top += 1
    end = len(lines)
    while end > top and lines[end - 1].base > page.height * (1 - _EDGE) and is_furniture(lines[end - 1].text):
        end -= 1
    footer = [line.text for line in lines[end:]]
    rule = _footnote_rule(lines[top:end], page)
    for line in lines[top:end]:
        if _TYPED_RULE.match(line.text):
            parts.furniture.append(line.text)
        elif rule is not None and line.top >= rule:
            parts.notes.append(line)
        else:
            parts.body.append(line)
    parts.furniture += footer
    return parts


def _header_rule(page: PageGlyphs) -> float:
    """The rule under the running header (drawn across most of the width near the top), or 0."""
    near_top = [r for r in page.rules if r.top < page.height * _EDGE]
    width = sum(r.x1 - r.x0 for r in near_top)
    return max(r.top for r in near_top) if near_top and width > page.width * 0.6 else 0.0


def _is_header(line: PrintedLine, page: PageGlyphs) -> bool:
    if line.base > page.height * _EDGE:
        return False
    return (
        is_furniture(line.text)
        or is_running_header(line.text)
        or (len(line.columns) == 2 and any(is_furniture(c) for c in line.columns))
    )


def _footnote_rule(lines: list[PrintedLine], page: PageGlyphs) -> float | None:
    """The footnote separator: a typed rule, or a short one drawn from the margin over a numbered note."""
    for line in lines:
        if _TYPED_RULE.match(line.text) and line.top > page.height * 0.25:
            return line.top - 0.1
    body = _body_size(lines)
    margin = min((line.x0 for line in lines), default=0.0)
    for rule in sorted(page.rules, key=lambda r: r.top):
        if rule.top < page.height * 0.3 or rule.x1 - rule.x0 > page.width * _SHORT_RULE:
            continue
        if abs(rule.x0 - margin) > 0.05 * page.width:  # the footnote rule starts at the text's margin
            continue
        under = [line for line in lines if line.top >= rule.top]
        if under and _NOTE_START.match(under[0].text) and all(line.size < body * 1.02 for line in under):
            return rule.top
    return None


def _body_size(lines: list[PrintedLine]) -> float:
    sizes = [line.size for line in lines]
    return max(set(sizes), key=sizes.count) if sizes else 0.0
