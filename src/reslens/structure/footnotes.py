"""Footnotes: the numbered list after the body, and their markers glued in the text.

Markers are printed as superscripts and arrive glued to the word before them:
``20101`` is 2010 plus footnote 1, ``2011,2`` is 2011 plus footnote 2,
``defenders6``, ``Rights,3``. The footnote list gives the numbers to look for and
markers appear in increasing order, so each number is searched after the previous
marker, and a digit run glued to digits is only split where the rest is a plausible
year or resolution number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslens.patterns import FOOTNOTE_LINE, PARAGRAPH_START
from reslens.structure.accounting import Ledger

DIGITS = re.compile(r"\d+")
YEAR = re.compile(r"(?:19|20)\d\d")
MAX_CONTINUATION = 6


@dataclass
class FootnoteLines:
    number: int
    lines: list[int]


@dataclass(frozen=True)
class Marker:
    number: int
    segment: int  # index into the segment list searched
    start: int
    end: int


def find_footnote_block(ledger: Ledger, lo: int) -> list[FootnoteLines]:
    """The run of ``N text`` lines closing the document (after line ``lo``), claimed.

    Scans backwards from the end over free lines: numbers must fall by one; up to a few
    unnumbered lines between them are continuations of the footnote above.
    """
    block: list[FootnoteLines] = []
    pending: list[int] = []
    for i in range(len(ledger.lines) - 1, lo, -1):
        line = ledger.lines[i]
        if not line.strip() or not ledger.is_free(i):
            continue
        m = FOOTNOTE_LINE.match(line)
        if m and not PARAGRAPH_START.match(line) and (not block or int(m["n"]) == block[0].number - 1):
            block.insert(0, FootnoteLines(int(m["n"]), [i, *reversed(pending)]))
            pending = []
        elif len(pending) < MAX_CONTINUATION and not PARAGRAPH_START.match(line):
            pending.append(i)
        else:
            break
    for fn in block:
        for i in fn.lines:
            ledger.claim(i, "footnote")
    return block


def footnote_text(ledger: Ledger, fn: FootnoteLines) -> str:
    """The footnote's text without its number, whitespace collapsed."""
    first = FOOTNOTE_LINE.match(ledger.lines[fn.lines[0]])
    parts = [first["text"] if first else "", *(ledger.lines[i] for i in fn.lines[1:])]
    return " ".join(" ".join(parts).split())


def find_markers(segments: list[str], numbers: list[int]) -> list[Marker]:
    """Place each footnote number in ``segments`` (document order), left to right."""
    found: list[Marker] = []
    seg, pos = 0, 0
    for n in numbers:
        hit = _search(segments, str(n), seg, pos)
        if hit is None:
            continue
        found.append(Marker(n, *hit))
        seg, pos = hit[0], hit[2]
    return found + _repeats(segments, found)


def _repeats(segments: list[str], first: list[Marker]) -> list[Marker]:
    """Later markers reusing a placed footnote number (``Development,8`` printed twice).

    Only a digit run that is exactly the number and glued to a word or punctuation
    counts, so years and symbols are never taken for a repeat.
    """
    taken = {(m.segment, m.start) for m in first}
    after: dict[str, tuple[int, int]] = {}  # digits -> where its first placed marker ends
    rank: dict[str, int] = {}  # digits -> order of the number among the placed markers
    for i, m in enumerate(first):
        digits = str(m.number)
        after[digits] = min(after.get(digits, (m.segment, m.end)), (m.segment, m.end))
        rank.setdefault(digits, i)
    extra = []
    for s in range(min((seg for seg, _ in after.values()), default=len(segments)), len(segments)):
        for d in DIGITS.finditer(segments[s]):  # one pass over the text, not one per marker
            digits = d.group()
            if (
                digits in after
                and (s, d.start()) >= after[digits]
                and (s, d.start()) not in taken
                and _is_marker(segments[s], d.start(), d.end(), "")
            ):
                extra.append(Marker(int(digits), s, d.start(), d.end()))
    return sorted(extra, key=lambda m: rank[str(m.number)])


def _search(segments: list[str], digits: str, seg: int, pos: int) -> tuple[int, int, int] | None:
    for s in range(seg, len(segments)):
        text = segments[s]
        for m in DIGITS.finditer(text, pos if s == seg else 0):
            run = m.group()
            if not run.endswith(digits):
                continue
            start = m.end() - len(digits)
            if _is_marker(text, start, m.end(), run[: -len(digits)]):
                return s, start, m.end()
    return None


def _is_marker(text: str, start: int, end: int, prefix: str) -> bool:
    after = text[end : end + 2]
    if after[:1].isalnum() or (after[:1] in ".," and after[1:2].isdigit()):
        return False
    if prefix:
        return _plausible_prefix(text, start, prefix)
    before = text[start - 1 : start] if start else ""
    if before.isalpha():
        letters = re.search(r"[A-Za-z’']+$", text[:start])
        return before.islower() or bool(letters and len(letters.group()) >= 2)
    if before in ")]\"”’'":
        return True
    if before in ".,;:":
        prev = text[start - 2 : start - 1]
        if prev.isdigit():
            return before == "," and len(text[start:end]) <= 2
        return prev.islower() or prev in ")]\"”’'"
    return False


def _plausible_prefix(text: str, start: int, prefix: str) -> bool:
    """Digits glued to digits: the rest must be a year or a short resolution number."""
    run_start = start - len(prefix)
    slash = text[run_start - 1 : run_start] == "/"
    if slash:  # 77/2285: a GA or HRC number has at most three digits
        return len(prefix) + len(text[start:]) - len(text[start:].lstrip("0123456789")) > 3 >= len(prefix)
    return bool(YEAR.fullmatch(prefix))


def strip_markers(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the marker spans."""
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    return "".join(out)
