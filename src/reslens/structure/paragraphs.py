"""Split the body of a resolution into preambular, operative, sub-, heading and annex blocks.

Input is the ODS layout: one paragraph per line, operative paragraphs numbered
``N.<tab>``, lettered points ``(a)<tab>``, romanettes ``(i)<tab>`` under a letter.
Lines that are neither start a preambular paragraph (before the first number), a
heading (short, unpunctuated) or continue the paragraph above (a wrapped line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reslens.structure.accounting import Ledger

FORMULA = re.compile(r"^\s*The [A-Z][A-Za-z ,'’\-]{3,90}?,?\s*$")
PART = re.compile(r"^\s*(?P<part>[A-H])\s*$")
ANNEX = re.compile(r"^\s*Annex(?:es)?(?:\s+[IVXL\d]+)?\s*$", re.I)
NUMBERED = re.compile(r"^(?P<pre>\s*(?P<n>\d{1,3})\.(?:\s+|$))(?=\S|$)")
LETTERED = re.compile(r"^(?P<pre>\s*\((?P<l>[a-z]{1,5})\)\s+)(?=\S)")
ROMAN = re.compile(r"^(?=[ivxl]+$)(?:x{0,3})(?:ix|iv|v?i{0,3})$")
TERMINAL = (",", ";", ".", ":", "…")


@dataclass
class Block:
    """A paragraph as found on the page: where its text is, before footnotes are placed."""

    section: str  # preambular | operative | annex | heading
    part: str = ""
    number: str = ""  # "5" for OP5 and OP5.a; annex number if printed
    label: str = ""  # "a" or "a.i" for sub-paragraphs
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (line, start, end)

    def raw(self, lines: list[str]) -> str:
        return " ".join(lines[i][s:e] for i, s, e in self.segments)


def is_formula(line: str) -> bool:
    """``The General Assembly,`` and the like: the line that opens the preamble."""
    return bool(FORMULA.match(line)) and len(line.split()) <= 12


def split_blocks(ledger: Ledger, start: int, stop: int) -> list[Block]:
    """Blocks of the free lines in ``[start, stop)``, claiming what they use."""
    state = _State()
    for i in range(start, stop):
        line = ledger.lines[i]
        if not line.strip() or not ledger.is_free(i):
            continue
        _place_line(ledger, i, line, state)
    return state.blocks


@dataclass
class _State:
    blocks: list[Block] = field(default_factory=list)
    section: str = "preambular"
    part: str = ""
    number: str = ""
    letter: str = ""
    roman: str = ""


def _place_line(ledger: Ledger, i: int, line: str, st: _State) -> None:
    if is_formula(line):
        ledger.claim(i, "metadata")
        st.section = "preambular"
        return
    if m := PART.match(line):
        ledger.claim(i, "metadata")
        st.part, st.section = m["part"], "preambular"
        return
    if ANNEX.match(line):
        st.section = "annex"
        _new(ledger, st, Block("heading", st.part), i, 0)
        return
    if (m := NUMBERED.match(line)) and st.section != "annex":
        st.section, st.number, st.letter, st.roman = "operative", m["n"], "", ""
        ledger.claim(i, "number", 0, m.end("pre"))
        _new(ledger, st, Block("operative", st.part, m["n"]), i, m.end("pre"))
        return
    if (m := LETTERED.match(line)) and st.section == "operative" and st.number:
        ledger.claim(i, "number", 0, m.end("pre"))
        _new(ledger, st, Block("operative", st.part, st.number, _sub_label(m["l"], st)), i, m.end("pre"))
        return
    if st.section == "annex":
        m = NUMBERED.match(line)
        if m:
            ledger.claim(i, "number", 0, m.end("pre"))
        kind = "heading" if not m and _looks_like_heading(line, st) else "annex"
        _new(ledger, st, Block(kind, st.part, m["n"] if m else ""), i, m.end("pre") if m else 0)
        return
    if st.blocks and _continues(line, st.blocks[-1], ledger.lines):
        _extend(ledger, st.blocks[-1], i)
    elif st.section == "operative" and _looks_like_heading(line, st):
        st.letter = st.roman = ""
        _new(ledger, st, Block("heading", st.part), i, 0)
    elif st.section == "operative":
        _extend(ledger, st.blocks[-1], i)
    else:
        _new(ledger, st, Block("preambular", st.part), i, 0)


def _sub_label(token: str, st: _State) -> str:
    """Letter or romanette: ``(i)`` after ``(h)`` is a letter, after ``(a)`` a romanette."""
    next_letter = chr(ord(st.letter[-1]) + 1) if st.letter else "a"
    is_letter = len(token) == 1 and token == next_letter
    roman_ok = bool(ROMAN.match(token)) and st.letter and (token == "i" or st.roman)
    if not is_letter and roman_ok:
        st.roman = token
        return f"{st.letter}.{token}"
    st.letter, st.roman = token, ""
    return token


def _new(ledger: Ledger, st: _State, block: Block, i: int, col: int) -> None:
    line = ledger.lines[i]
    end = len(line.rstrip())
    col = col + (len(line[col:]) - len(line[col:].lstrip()))
    block.segments.append((i, col, end))
    ledger.claim(i, "paragraph", col, end)
    st.blocks.append(block)


def _extend(ledger: Ledger, block: Block, i: int) -> None:
    line = ledger.lines[i]
    col = len(line) - len(line.lstrip())
    block.segments.append((i, col, len(line.rstrip())))
    ledger.claim(i, "paragraph", col, len(line.rstrip()))


def _continues(line: str, prev: Block, lines: list[str]) -> bool:
    """A wrapped line: the paragraph above did not end, and this one starts in lower case."""
    before = prev.raw(lines).rstrip()
    first = line.strip()[:1]
    return (
        bool(before)
        and not before.endswith(TERMINAL)
        and prev.section != "heading"
        and (first.islower() or first.isdigit() or first in "([\"“‘'")
    )


def _looks_like_heading(line: str, st: _State) -> bool:
    """Short, capitalised, unpunctuated: ``Part I``, ``Section 29A``, ``Article 10``."""
    text = line.strip()
    return len(text.split()) <= 16 and not text.endswith(TERMINAL) and text[:1].isupper()
