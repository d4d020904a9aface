"""Footnotes: the numbered list after the body, and their markers glued in the text.

Markers are printed as superscripts and arrive glued to the word before them:
``20101`` is 2010 plus footnote 1, ``2011,2`` is 2011 plus footnote 2,
``defenders6``, ``Rights,3``. But digits glued to letters are also text: ``CO2``,
``PM2.5``, ``G20``, ``km2``. A digit run is a marker only where the evidence says so:

* a footnote with that number exists, and markers come in increasing order
  (footnote *n* is looked for after the marker of *n - 1*);
* the position fits the genre. *Clear*: glued to a word of three or more letters with
  a lower-case end (``defenders6``), to closing punctuation or a bracket or quote
  after one (``Rights,3``, ``(2000)2``), to a year (``20101``) or a resolution number
  (``77/2285``), or after a year and comma (``2011,2``). *Doubtful*: glued to capitals
  (``UNAIDS2``, but also ``CO2``), to a one- or two-letter word (``km2``), to
  punctuation after capitals (``UNCTAD,4``), or closing a document symbol's number
  (``S/2023/1234``). Anything else (``G20``, ``H2O``,
  ``3 experts``, ``article 2``, ``PM2.5``) is text.

A clear position wins; a doubtful one is taken only when no clear one exists for that
number and no clear marker of a larger number comes before it, and the footnote then
carries a ``marker_note`` saying what was read, so the user sees the guess. A repeated
marker (the same number printed again later) must be in a clear position and not
glued to digits. Digits not taken stay in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reslens.patterns import FOOTNOTE_LINE, PARAGRAPH_START
from reslens.structure.accounting import Ledger

DIGITS = re.compile(r"\d+")
YEAR = re.compile(r"(?:19|20)\d\d")
MAX_CONTINUATION = 6
NOTE_END = (".", ";", ":")  # a footnote that ends so is not wrapped onto the next line


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
    note: str = ""  # why the reading is doubtful ("" when the position is clear)


NONE, DOUBTFUL, CLEAR = 0, 1, 2  # how well a position fits a marker


def find_footnote_block(ledger: Ledger, lo: int) -> list[FootnoteLines]:
    """The run of ``N text`` lines closing the document (after line ``lo``), claimed.

    Scans backwards from the end over free lines: numbers must fall by one; up to a few
    unnumbered lines between them are continuations of the footnote above. When more text
    than that follows the notes, the last run counting down to footnote 1 is the block, and
    the text after it is left unplaced (a leftover, reported) instead of hiding the notes.
    """
    block = _closing_run(ledger, lo) or _run_down_to_one(ledger, lo)
    for fn in block:
        for i in fn.lines:
            ledger.claim(i, "footnote")
    return block


def _closing_run(ledger: Ledger, lo: int) -> list[FootnoteLines]:
    """The footnotes ending the text, at most a few lines from its end."""
    block: list[FootnoteLines] = []
    pending: list[int] = []
    for i in _free_lines_backwards(ledger, lo):
        number = _note_number(ledger.lines[i])
        if number is not None and (not block or number == block[0].number - 1):
            block.insert(0, FootnoteLines(number, [i, *reversed(pending)]))
            pending = []
        elif len(pending) < MAX_CONTINUATION and not PARAGRAPH_START.match(ledger.lines[i]):
            pending.append(i)
        else:
            break
    return block


def _run_down_to_one(ledger: Ledger, lo: int) -> list[FootnoteLines]:
    """The last run of footnotes 1 … n, wherever it ends (text may follow it)."""
    run: list[FootnoteLines] = []
    pending: list[int] = []
    for i in _free_lines_backwards(ledger, lo):
        number = _note_number(ledger.lines[i])
        if number is not None and (not run or number == run[0].number - 1):
            run.insert(0, FootnoteLines(number, [i, *reversed(pending)] if run else [i]))
            pending = []
        elif (
            run
            and number is None
            and len(pending) < MAX_CONTINUATION
            and not PARAGRAPH_START.match(ledger.lines[i])
        ):
            pending.append(i)
        else:  # the run is broken: start again at this line if it is a footnote
            run, pending = ([FootnoteLines(number, [i])] if number is not None else []), []
        if run and run[0].number == 1:
            _take_wrapped_lines(ledger, run[-1])
            return run
    return []


def _take_wrapped_lines(ledger: Ledger, fn: FootnoteLines) -> None:
    """Add to the last note the lines that continue it: while its text has not ended (``.``)."""
    for i in range(fn.lines[-1] + 1, len(ledger.lines)):
        line = ledger.lines[i]
        if not line.strip() or not ledger.is_free(i):
            continue
        ended = ledger.lines[fn.lines[-1]].rstrip().endswith(NOTE_END)
        if ended or len(fn.lines) > MAX_CONTINUATION or _note_number(line) is not None:
            return
        fn.lines.append(i)


def _free_lines_backwards(ledger: Ledger, lo: int) -> Iterator[int]:
    """Non-blank lines no stage has claimed, from the last down to just after ``lo``."""
    for i in range(len(ledger.lines) - 1, lo, -1):
        if ledger.lines[i].strip() and ledger.is_free(i):
            yield i


def _note_number(line: str) -> int | None:
    """The number of a footnote line (``2 Official Records …``), None for any other line."""
    m = FOOTNOTE_LINE.match(line)
    return int(m["n"]) if m and not PARAGRAPH_START.match(line) else None


def footnote_text(ledger: Ledger, fn: FootnoteLines) -> str:
    """The footnote's text without its number, whitespace collapsed."""
    first = FOOTNOTE_LINE.match(ledger.lines[fn.lines[0]])
    parts = [first["text"] if first else "", *(ledger.lines[i] for i in fn.lines[1:])]
    return " ".join(" ".join(parts).split())


def find_markers(
    segments: list[str], numbers: list[int], known: set[tuple[int, int]] | None = None
) -> list[Marker]:
    """Place each footnote number in ``segments`` (document order), left to right.

    Footnote *n* takes its first clear position after the marker of *n - 1*; without
    one, its first doubtful position there, unless a clear marker of a larger number
    comes before it (markers are printed in increasing order).

    ``known``: (segment, start) of the markers the file itself marks (AKN), or None
    when the format does not say. When given, those are the clear positions and every
    other position in the body is at best doubtful (segment 0, the title, is read by
    position still: the parser rebuilds it).
    """
    candidates = _candidates(segments, set(numbers), known)
    where: dict[tuple[int, int], list[int]] = {}  # (number, fit) -> candidate indices, ascending
    for k, c in enumerate(candidates):
        where.setdefault((c.number, c.fit), []).append(k)
    found: list[Marker] = []
    at = 0  # index in candidates after the last marker placed
    runs: set[tuple[int, int]] = set()  # (segment, end) of the digit runs holding a marker
    for n in sorted(set(numbers)):
        pick = _first(where.get((n, CLEAR), []), at, candidates, runs)
        if pick is None:
            pick = _first(where.get((n, DOUBTFUL), []), at, candidates, runs)
            if pick is not None and any(c.fit == CLEAR and c.number > n for c in candidates[at:pick]):
                pick = None  # past a larger number's marker: out of order
        if pick is None:
            continue
        c = candidates[pick]
        note = "" if c.fit == CLEAR else _doubt(segments[c.segment], c)
        found.append(Marker(n, c.segment, c.start, c.end, note))
        runs.add((c.segment, c.end))
        at = pick + 1
    return found + _repeats(segments, candidates, found)


def _first(
    indices: list[int], at: int, candidates: list[_Candidate], runs: set[tuple[int, int]]
) -> int | None:
    """The first of ``indices`` from ``at`` whose digit run holds no marker yet (77/2285)."""
    for k in indices[bisect_left(indices, at) :]:
        if (candidates[k].segment, candidates[k].end) not in runs:
            return k
    return None


@dataclass(frozen=True)
class _Candidate:
    number: int
    segment: int
    start: int
    end: int
    fit: int  # CLEAR or DOUBTFUL
    marked: bool = False  # the file marks it as a marker


def _candidates(
    segments: list[str], numbers: set[int], known: set[tuple[int, int]] | None
) -> list[_Candidate]:
    """Every tail of a digit run that is a footnote number and could be a marker, in order."""
    widest = len(str(max(numbers, default=0)))
    out = []
    for s, text in enumerate(segments):
        for run in DIGITS.finditer(text):
            digits = run.group()
            for width in range(min(widest, len(digits)), 0, -1):
                start = run.end() - width
                if digits[-width] == "0" or int(digits[-width:]) not in numbers:
                    continue
                marked = known is not None and (s, start) in known
                fit = CLEAR if marked else _fit(text, start, run.end(), digits[:-width])
                if known is not None and s > 0 and not marked:
                    fit = min(fit, DOUBTFUL)  # the file marks its markers, and not this one
                if fit:
                    out.append(_Candidate(int(digits[-width:]), s, start, run.end(), fit, marked))
    return out


def _repeats(segments: list[str], candidates: list[_Candidate], first: list[Marker]) -> list[Marker]:
    """Later markers reusing a placed footnote number (``Development,8`` printed twice).

    Only a clear position after the first marker counts, and only digits that are
    exactly the number, so years, symbols and ``CO2`` are never taken for a repeat.
    """
    placed = {m.number: (m.segment, m.start) for m in first}
    runs = {(m.segment, m.end) for m in first}
    return [
        Marker(c.number, c.segment, c.start, c.end)
        for c in candidates
        if c.number in placed
        and (c.segment, c.start) > placed[c.number]
        and (c.segment, c.end) not in runs
        and c.fit == CLEAR
        and (c.marked or not segments[c.segment][c.start - 1 : c.start].isdigit())  # years: 6/2019
    ]


def _word_before(text: str, start: int, belongs: Callable[[str], bool]) -> str:
    """The run of characters ending at ``start`` for which ``belongs`` holds (linear, no regex)."""
    k = start
    while k > 0 and belongs(text[k - 1]):
        k -= 1
    return text[k:start]


def _fit(text: str, start: int, end: int, prefix: str) -> int:
    """How well digits ``text[start:end]`` (after the digits ``prefix``) fit a marker."""
    after = text[end : end + 2]
    if after[:1].isalnum() or (after[:1] in ".," and after[1:2].isdigit()):
        return NONE  # H2O, PM2.5, 3rd
    if prefix:
        return _prefix_fit(text, start, end, prefix)
    before = text[start - 1 : start] if start else ""
    if not before:
        return NONE  # a segment never starts with a marker: "(a) 3 experts"
    if before.isalpha():
        word = _word_before(text, start, lambda ch: ch.isalpha() or ch in "’'")
        if len(word) < 2 and before.isupper():
            return NONE  # G20, A4
        if before.isupper() or len(word) < 3:
            return DOUBTFUL  # UNAIDS2 or CO2; km2
        return CLEAR
    if before in _CLOSERS:
        return CLEAR
    if before in ".,;:":
        prev = text[start - 2 : start - 1]
        if prev.isdigit():
            return _after_number(text, start, end, before)
        if prev.islower() or prev in _CLOSERS:
            return CLEAR
        return DOUBTFUL if prev.isupper() else NONE
    return NONE


_CLOSERS = ")]\"”’'"


def _doubt(text: str, c: _Candidate) -> str:
    """The user's note on a doubtful marker: what was read, and what else it could be."""
    token = _word_before(text, c.start, lambda ch: not ch.isspace()) + text[c.start : c.end]
    return (
        f"marker {c.number} read from {token!r}: these digits can also be part of the text "
        f"(CO2, km2, S/2023/1234); no clearer marker for footnote {c.number} was found"
    )


def _after_number(text: str, start: int, end: int, before: str) -> int:
    """Digits after a number and a punctuation mark: ``2011,2`` and ``30 June 2022;4`` are
    markers; ``2030.14`` may be one (or a decimal); ``3.4``, ``10:30``, ``1,500`` are not."""
    if before == ",":
        return CLEAR if end - start <= 2 else NONE
    year = _word_before(text, start - 1, str.isdigit)
    if not YEAR.fullmatch(year):
        return NONE
    return {";": CLEAR, ".": DOUBTFUL}.get(before, NONE)


def _prefix_fit(text: str, start: int, end: int, prefix: str) -> int:
    """Digits glued to digits: the rest must be a year or a short resolution number.

    ``20101`` (a year) and ``77/2285`` (a GA or HRC number has at most three digits,
    under a session of one or two digits or an ECOSOC year) are clear; the same digits
    closing a document symbol (``S/2023/1234``, ``A/78/1001``) are doubtful: such
    numbers run to four digits. ``250/2002`` (a number and a year) holds no marker.
    """
    run_start = start - len(prefix)
    if text[run_start - 1 : run_start] != "/":
        return CLEAR if YEAR.fullmatch(prefix) else NONE
    if not len(prefix) + end - start > 3 >= len(prefix):
        return NONE
    session = _word_before(text, run_start - 1, str.isdigit)
    if not (len(session) <= 2 or YEAR.fullmatch(session)):
        return NONE
    head = text[: run_start - 1 - len(session)]
    return DOUBTFUL if head.endswith("/") and not head.endswith("RES/") else CLEAR


def strip_markers(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the marker spans."""
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    return "".join(out)
