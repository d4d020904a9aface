"""Split the body of a resolution into preambular, operative, sub-, heading and annex blocks.

Input is the ODS layout: one paragraph per line, operative paragraphs numbered
``N.<tab>``, lettered points ``(a)<tab>``, romanettes ``(i)<tab>`` or ``i.<tab>`` under a
letter. Lines that are neither start a preambular paragraph (before the first number), a
heading (short, unpunctuated; or, between an ended paragraph and a numbered one, any
capitalised unpunctuated title of up to 40 words) or continue the paragraph above (a
wrapped line).
An ``Annex`` line after the operative part opens the annex: from there on every
line is annex text or an annex heading, whatever it looks like (an annexed
declaration has its own preamble and numbered articles). Section headings in the
operative part (``II``, ``A. Base salary``) are kept as the block's ``division``
so that numbering that restarts per section still gets distinct ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reslens.patterns import ENACTING_FORMULA_LINE, ROMAN_POINT_LINE
from reslens.structure.accounting import Ledger
from reslens.structure.grammar import opens_paragraph
from reslens.structure.phrases import is_operative_lead, is_preambular_lead

PART = re.compile(r"^\s*(?P<part>[A-H])\s*$")
ANNEX = re.compile(r"^\s*Annex(?:es)?(?:\s+[IVXL\d]+)?\s*$", re.I)
# "Action 2. We will …", "Article 5. Everyone …": a labelled item that heads what follows, not a paragraph
LABELLED_ITEM = re.compile(r"^\s*[A-Z][a-z]+ \d{1,3}[A-Z]?\.\s+\S")
NUMBERED = re.compile(r"^(?P<pre>\s*(?P<n>\d{1,3})\.(?:\s+|$))(?=\S|$)")
LETTERED = re.compile(r"^(?P<pre>\s*\((?P<l>[a-z]{1,5})\)\s+)(?=\S)")
ROMAN = re.compile(r"^(?=[ivxl]+$)(?:x{0,3})(?:ix|iv|v?i{0,3})$")
DIVISION_ROMAN = re.compile(r"^(?P<r>[IVXL]+)\.?(?:\s+\S.*)?$")
DIVISION_LETTER = re.compile(r"^(?P<l>[A-Z])\.\s+\S")
QUOTE_OPENER = re.compile(r"\bas follows:\s*$")
ADOPTS_TEXT = re.compile(r"\bthe following [A-Z][\w ,’'\-]*:\s*$")  # "Adopts the following Declaration:"
TERMINAL = (",", ";", ".", ":", "…")
MAX_HEADING_LINES = 2  # "I" / "Achieving sustainable fisheries" before a numbered paragraph
MAX_TITLE_WORDS = 40  # "Financing of the support account … from 1 July 2022 to 30 June 2023": 29 words


@dataclass
class Block:
    """A paragraph as found on the page: where its text is, before footnotes are placed."""

    section: str  # preambular | operative | annex | heading
    part: str = ""
    number: str = ""  # "5" for OP5 and OP5.a; annex number if printed
    label: str = ""  # "a" or "a.i" for sub-paragraphs
    division: str = ""  # "II.A": the operative section heading above the block
    letter: str = ""  # "a": an operative part made only of lettered points (a draft decision's)
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (line, start, end)

    def ending(self, lines: list[str]) -> str:
        """The paragraph's last non-blank segment, right-stripped: enough to tell how it ends.

        Only the end is read, so checking each new line against the block is constant
        time however long the paragraph grows (joining it all was quadratic).
        """
        for i, s, e in reversed(self.segments):
            if text := lines[i][s:e].rstrip():
                return text
        return ""


def is_formula(line: str) -> bool:
    """``The General Assembly,`` and the like: the line that opens the preamble."""
    return bool(ENACTING_FORMULA_LINE.match(line))


def split_blocks(ledger: Ledger, start: int, stop: int) -> list[Block]:
    """Blocks of the free lines in ``[start, stop)``, claiming what they use."""
    state = _State()
    state.last_numbered = max((i for i in range(start, stop) if NUMBERED.match(ledger.lines[i])), default=-1)
    for i in range(start, stop):
        line = ledger.lines[i]
        if not line.strip() or not ledger.is_free(i):
            continue
        if state.annex and not (PART.match(line) and _formula_follows(ledger.lines, i)):
            _place_annex_line(ledger, i, line, state)
        else:
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
    annex: bool = False
    parent: bool = False  # an annex paragraph that lettered points can belong to (else: after a heading)
    quote: bool = False  # inside text quoted by "… to read as follows:"
    letters_only: bool = False  # the operative part is lettered points after a colon (decisions)
    division: tuple[str, str] = ("", "")  # (roman, letter) of the current section heading
    last_numbered: int = -1  # the line of the last numbered paragraph: lettered points before it are not OPs
    printed: int = 0  # the last paragraph number printed (headings do not reset it)


def _place_line(ledger: Ledger, i: int, line: str, st: _State) -> None:
    if is_formula(line):
        ledger.claim(i, "metadata")
        st.section = "preambular"
        return
    if m := PART.match(line):
        ledger.claim(i, "metadata")
        st.part, st.section, st.division, st.annex = m["part"], "preambular", ("", ""), False
        st.letters_only = False
        return
    if _part_title(ledger.lines, i, st):  # "A" / "Final budget appropriations …" / the formula
        _new(ledger, st, Block("heading", st.part), i, 0)
        return
    if ANNEX.match(line):  # opens the annex once the operative part has begun
        st.annex, st.parent, st.letter, st.roman = st.section == "operative", False, "", ""
        _new(ledger, st, Block("heading", st.part), i, 0)
        return
    if m := NUMBERED.match(line):
        st.section, st.number, st.letter, st.roman, st.printed = "operative", m["n"], "", "", int(m["n"])
        st.quote, st.letters_only = _opens_quote(ledger.lines, i), False
        ledger.claim(i, "number", 0, m.end("pre"))
        _new(ledger, st, Block("operative", st.part, m["n"], division=_division(st)), i, m.end("pre"))
        return
    if st.quote:
        _extend(ledger, st.blocks[-1], i)
    elif (m := LETTERED.match(line)) and _point_of_preamble(ledger.lines, i, st):
        ledger.claim(i, "number", 0, m.end("pre"))
        if not st.blocks[-1].label:
            st.letter = st.roman = ""
        _new(ledger, st, Block("preambular", st.part, label=_sub_label(m["l"], st)), i, m.end("pre"))
    elif (m := LETTERED.match(line)) and _opens_lettered_part(ledger.lines, st):
        st.section, st.letters_only, st.number = "operative", True, ""
        ledger.claim(i, "number", 0, m.end("pre"))
        _new(ledger, st, Block("operative", st.part, letter=m["l"]), i, m.end("pre"))
    elif (m := LETTERED.match(line)) and st.section == "operative" and (st.number or _under_lone(st, ledger)):
        ledger.claim(i, "number", 0, m.end("pre"))
        label = _sub_label(m["l"], st)
        _new(ledger, st, Block("operative", st.part, st.number, label, _division(st)), i, m.end("pre"))
    elif (m := ROMAN_POINT_LINE.match(line)) and st.section == "operative" and _next_roman(m["roman"], st):
        ledger.claim(i, "number", 0, m.end("pre"))
        label = _roman_label(m["roman"], st)
        _new(ledger, st, Block("operative", st.part, st.number, label, _division(st)), i, m.end("pre"))
    elif st.section == "operative" and _title_between_paragraphs(ledger.lines, i, st):
        st.number = st.letter = st.roman = ""
        _set_division(line.strip(), st)
        _new(ledger, st, Block("heading", st.part), i, 0)
    elif st.blocks and _continues(line, st.blocks[-1], ledger.lines):
        _extend(ledger, st.blocks[-1], i)
    elif st.section == "operative" and (_looks_like_heading(line) or LABELLED_ITEM.match(line)):
        st.number = st.letter = st.roman = ""
        _set_division(line.strip(), st)
        _new(ledger, st, Block("heading", st.part), i, 0)
    elif st.section == "operative" and _title_under_heading(line, st):  # a long section title, wrapped
        _new(ledger, st, Block("heading", st.part), i, 0)
    elif st.section == "operative" and not (st.blocks[-1].number or st.blocks[-1].label):  # under a heading
        kind = "preambular" if is_preambular_lead(line.strip()) else "operative"
        _new(ledger, st, Block(kind, st.part, division=_division(st)), i, 0)
    elif st.section == "operative":
        _extend(ledger, st.blocks[-1], i)
    elif _heading_before_operative(line, st) and _numbered_text_follows(ledger.lines, i):  # "I" before OP1
        _set_division(line.strip(), st)
        _new(ledger, st, Block("heading", st.part), i, 0)
    elif ADOPTS_TEXT.search(line.rstrip()) and _numbered_text_follows(ledger.lines, i):
        _new(ledger, st, Block("preambular", st.part), i, 0)  # the text it adopts is the operative part
    elif is_operative_lead(line.strip()):  # a lone operative paragraph has no number
        st.section, st.number, st.letter, st.roman = "operative", "", "", ""
        st.annex = st.parent = bool(ADOPTS_TEXT.search(line.rstrip()))
        _new(ledger, st, Block("operative", st.part), i, 0)
    else:
        _new(ledger, st, Block("preambular", st.part), i, 0)


def _heading_before_operative(line: str, st: _State) -> bool:
    """``I``, ``A. Title`` or a title under one: a heading line between the preamble and OP1.

    A preambular paragraph (``Recalling the Declaration,2``) is never one, even short.
    """
    text = line.strip()
    if text.rstrip("0123456789").endswith(TERMINAL) or not _looks_like_heading(line):
        return False
    under_heading = bool(st.blocks) and st.blocks[-1].section == "heading"
    return (
        bool(DIVISION_ROMAN.match(text) or DIVISION_LETTER.match(text))
        or under_heading
        or not opens_paragraph(text)
    )


def _title_under_heading(line: str, st: _State) -> bool:
    """A line under a section heading that neither opens nor ends like a paragraph: the rest
    of the title (``VI`` / ``Administrative and financial implications of the decisions …``)."""
    text = line.strip()
    under_heading = bool(st.blocks) and st.blocks[-1].section == "heading"
    return under_heading and not text.endswith(TERMINAL) and not opens_paragraph(text)


def _title_between_paragraphs(lines: list[str], i: int, st: _State) -> bool:
    """A title printed between two numbered paragraphs, however long it is.

    ``Financing of the support account for peacekeeping operations for the financial periods
    from 1 July 2020 …`` (29 words) stands between ``12. … requirements;`` and ``13. Decides``:
    the paragraph above has ended (its closing punctuation, a footnote marker may follow) or
    is a heading, the line is capitalised and unpunctuated, and past at most two such lines
    comes the next number in sequence (or ``1.``, numbering that restarts under the title).
    Only the 16-word limit of :func:`_looks_like_heading` is lifted (to 40), because the
    neighbours say where the line stands. A paragraph broken in two by its source
    (``… Chemical Weapons of`` / ``17. October 2000;``) is not followed by its next number.
    """
    last = st.blocks[-1] if st.blocks else None
    if last is None or not (last.section == "heading" or _has_ended(last.ending(lines))):
        return False
    if not _looks_like_heading(lines[i], max_words=MAX_TITLE_WORDS):
        return False
    return _next_number(lines, i, max_words=MAX_TITLE_WORDS) in (1, st.printed + 1)


def _has_ended(text: str) -> bool:
    """The paragraph's closing punctuation, before a footnote marker or a closing quote or bracket."""
    return text.rstrip("0123456789”’\"')").endswith(TERMINAL)


def _numbered_text_follows(lines: list[str], i: int) -> bool:
    """A numbered paragraph follows line ``i``, past at most two short heading lines."""
    return _next_number(lines, i) is not None


def _next_number(lines: list[str], i: int, *, max_words: int = 16) -> int | None:
    """The number of the numbered paragraph after line ``i``, past at most two heading lines."""
    seen = 0
    for k in range(i + 1, len(lines)):  # by index: no copy, no walk from the start
        line = lines[k]
        if not line.strip():
            continue
        if m := NUMBERED.match(line):
            return int(m["n"])
        seen += 1
        if seen > MAX_HEADING_LINES or not _looks_like_heading(line, max_words=max_words):
            return None
    return None


def _opens_quote(lines: list[str], i: int) -> bool:
    """``… to read as follows:``: the lines after quote the amended text, up to the next number.

    Not when a lettered point comes next (``… shall be financed as follows:`` / ``(a) The
    unencumbered balance …``): those are the paragraph's own points.
    """
    if not QUOTE_OPENER.search(lines[i].rstrip()):
        return False
    nxt = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].strip()), "")
    return not LETTERED.match(nxt)


def _part_title(lines: list[str], i: int, st: _State) -> bool:
    """The title printed between a part's letter and its opening formula."""
    if not st.part or is_formula(lines[i]):
        return False
    before = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    after = next((line for line in lines[i + 1 :] if line.strip()), "")
    return bool(PART.match(before)) and is_formula(after)


def _under_lone(st: _State, ledger: Ledger) -> bool:
    """Lettered points under the lone unnumbered operative paragraph (``Resolves that …:``)."""
    last = next((b for b in reversed(st.blocks) if not b.label), None)
    return bool(last and last.section == "operative" and not last.number and not last.letter)


def _point_of_preamble(lines: list[str], i: int, st: _State) -> bool:
    """A lettered point under a preambular paragraph ending in a colon (``PP1.a``), or the next one.

    Only while numbered paragraphs follow (``Recalling …, in which it decided …:`` /
    ``(a) In promoting …,`` / ``Noting …,`` / ``1. Reaffirms …``); without them the points
    are the operative part itself (a draft decision's, see :func:`_opens_lettered_part`).
    """
    last = st.blocks[-1] if st.blocks else None
    if st.section != "preambular" or last is None or last.section != "preambular" or i > st.last_numbered:
        return False
    return bool(last.label) or last.ending(lines).endswith(":")


def _opens_lettered_part(lines: list[str], st: _State) -> bool:
    """A lettered point after a preamble that ends in a colon, or the next such point.

    A draft decision's operative part is often only lettered points: ``The General
    Assembly, recalling …: (a) Expresses …; (b) Endorses …``. Each point is then an
    operative paragraph of its own.
    """
    if st.letters_only:
        return st.section == "operative"
    last = st.blocks[-1] if st.blocks else None
    return bool(last and last.section == "preambular" and last.ending(lines).endswith(":"))


def _place_annex_line(ledger: Ledger, i: int, line: str, st: _State) -> None:
    """Annex text: numbered and plain paragraphs, lettered points under them, headings."""
    numbered, lettered = NUMBERED.match(line), LETTERED.match(line)
    if numbered:
        ledger.claim(i, "number", 0, numbered.end("pre"))
        st.parent, st.number, st.letter, st.roman = True, numbered["n"], "", ""
        st.printed = int(numbered["n"])
        _new(ledger, st, Block("annex", st.part, numbered["n"]), i, numbered.end("pre"))
    elif lettered and st.parent:
        ledger.claim(i, "number", 0, lettered.end("pre"))
        label = _sub_label(lettered["l"], st)
        _new(ledger, st, Block("annex", st.part, st.number, label), i, lettered.end("pre"))
    elif (roman := ROMAN_POINT_LINE.match(line)) and st.parent and _next_roman(roman["roman"], st):
        ledger.claim(i, "number", 0, roman.end("pre"))
        label = _roman_label(roman["roman"], st)
        _new(ledger, st, Block("annex", st.part, st.number, label), i, roman.end("pre"))
    elif _title_between_paragraphs(ledger.lines, i, st):
        st.parent, st.letter, st.roman = False, "", ""
        _new(ledger, st, Block("heading", st.part), i, 0)
    elif st.blocks and _continues(line, st.blocks[-1], ledger.lines):
        _extend(ledger, st.blocks[-1], i)
    elif ANNEX.match(line) or _looks_like_heading(line, max_words=16 if st.parent else MAX_TITLE_WORDS):
        st.parent, st.letter, st.roman = False, "", ""
        _new(ledger, st, Block("heading", st.part), i, 0)
    else:  # a plain paragraph: lettered points may follow it
        st.parent, st.number, st.letter, st.roman = True, "", "", ""
        _new(ledger, st, Block("annex", st.part), i, 0)


def _formula_follows(lines: list[str], i: int) -> bool:
    """A part letter is a new part only when the opening formula comes next."""
    nxt = next((line for line in lines[i + 1 :] if line.strip()), "")
    return is_formula(nxt)


def _set_division(text: str, st: _State) -> None:
    """``II`` or ``II. Title`` opens a section, ``A. Title`` a subsection of it."""
    if m := DIVISION_ROMAN.match(text):
        st.division = (m["r"], "")
    elif m := DIVISION_LETTER.match(text):
        st.division = (st.division[0], m["l"])


def _division(st: _State) -> str:
    return ".".join(x for x in st.division if x)


def _next_roman(token: str, st: _State) -> bool:
    """``i.`` under a lettered point, or the romanette after the one before (``ii.`` after ``i.``)."""
    return bool(st.letter and ROMAN.match(token) and (token == "i" or st.roman))


def _roman_label(token: str, st: _State) -> str:
    """``b.ii``: the id form of ``(ii)`` under ``(b)``, whether printed ``(ii)`` or ``ii.``."""
    st.roman = token
    return f"{st.letter}.{token}"


def _sub_label(token: str, st: _State) -> str:
    """Letter or romanette: ``(i)`` after ``(h)`` is a letter, after ``(a)`` a romanette."""
    next_letter = chr(ord(st.letter[-1]) + 1) if st.letter else "a"
    is_letter = len(token) == 1 and token == next_letter
    roman_ok = _next_roman(token, st)
    if not is_letter and roman_ok:
        return _roman_label(token, st)
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
    """A wrapped line: the paragraph above did not end, and this one does not open a paragraph.

    It starts in lower case, a digit or a bracket, or with a capitalised word that is not
    the head of a paragraph by grammar and not a heading (``Organization, and the``).
    A heading continues only with a short unpunctuated line (a title wrapped in a PDF).
    """
    before = prev.ending(lines)
    first = line.strip()[:1]
    if not before or before.endswith(TERMINAL):
        return False
    if prev.section == "heading":
        return first.islower() and _looks_like_heading(line, lower_ok=True)
    if first.islower() or first.isdigit() or first in "([\"“‘'":
        return True
    return first.isupper() and not opens_paragraph(line.strip()) and not _looks_like_heading(line)


def _looks_like_heading(line: str, *, lower_ok: bool = False, max_words: int = 16) -> bool:
    """Short, capitalised, unpunctuated: ``Part I``, ``Section 29A``, ``Article 10``."""
    text = line.strip()
    return len(text.split()) <= max_words and not text.endswith(TERMINAL) and (lower_ok or text[:1].isupper())
