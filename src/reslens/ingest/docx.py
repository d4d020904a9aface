"""Read a Word (DOCX) resolution into the ODS layout.

The body is read in document order, one line per Word paragraph, straight from
the XML (:mod:`reslens.ingest.wordml`), so reading is linear in the file and
bounded on hostile input. What the UN's Word files carry and how it comes out:

* list numbers Word adds itself (``w:numPr``) are put back in front of the text
  as the list defines them (``1.``, ``(a)``); typed numbers are already text;
* a line break inside a paragraph (``w:br``) starts a new line, as the closing
  ``76th plenary meeting`` / date pair is printed;
* italics at the head of a paragraph, after its number, become
  ``Source.italic_leads``: the opening phrase as the UN prints it;
* a table becomes one line per row, its cells joined by `` | `` between a
  leading and a trailing ``|`` (``| 1. | Overall policymaking | 117 372 900 |``;
  an empty cell stays as an empty place, so columns line up with the header
  rows). The bars keep a row that begins with a number from reading as an
  operative paragraph; the rows follow the paragraph the table belongs to;
* footnote (and endnote) markers are numbered in the order they are referenced and
  glued to the word before them; the notes come last as ``N text`` lines;
* the page headers and footers: the first page's header is the masthead (symbol,
  body, distribution date) and its footer the job number, read for metadata
  when the body does not print them; all header and footer lines are furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from string import ascii_lowercase, ascii_uppercase

from lxml import etree

from reslens.ingest.layout import assemble
from reslens.ingest.markers import MARK, lift_markers, unmark
from reslens.ingest.reflow import Line
from reslens.ingest.wordml import BODY_TAGS, ListLevel, Package, W, is_on, numbering_of
from reslens.model import Source
from reslens.patterns import ENACTING_FORMULA_LINE, PARAGRAPH_START

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NOTE_REFERENCES = (f"{W}footnoteReference", f"{W}endnoteReference")
_INLINE = (f"{W}t", f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", *_NOTE_REFERENCES)
_LEAD_TRAIL = " ,;:."
_CELL_GAP = re.compile(r"\t+| {2,}")  # how header and footer lines put pieces side by side
_SEARCH_AHEAD = 50  # output lines searched for an input paragraph when mapping italics


def read_docx(data: bytes, path: str) -> Source:
    """Read DOCX bytes into ODS-layout text.

    Raises:
        ResolutionError: the file is not a valid DOCX, or too large to be a resolution.
    """
    package = Package(data, path)
    if not package.has("word/document.xml"):
        raise package.invalid("a zip without word/document.xml")
    body = _Body(package, package.notes())
    for element in package.iter_children("word/document.xml", f"{W}body", BODY_TAGS):
        body.add(element)
    if not body.seen_body:
        raise package.invalid("word/document.xml has no <w:body> with text")
    page_lines = _page_lines(package)
    marked_text, cover_masthead = assemble(body.lines, body.note_lines(), masthead=page_lines)
    text, markers = lift_markers(marked_text)
    leads = _place_leads(body.lines, body.leads, marked_text.splitlines())
    return Source(
        path=path,
        fmt="docx",
        text=text,
        furniture=tuple(dict.fromkeys(unmark(line) for line in [*page_lines, *cover_masthead])),
        italic_leads=tuple((i, unmark(lead)) for i, lead in leads),
        markers=markers,
    )


@dataclass
class _Body:
    """Lines read so far, with the italic lead of each and the footnotes met."""

    package: Package
    notes: dict[str, etree._Element]
    lines: list[Line] = field(default_factory=list)
    leads: dict[int, str] = field(default_factory=dict)  # index in lines -> italic head
    markers: _Markers = field(default_factory=lambda: _Markers())
    counters: dict[tuple[str, int], int] = field(default_factory=dict)
    seen_body: bool = False
    in_body: bool = False  # the opening formula has been read: tables from here on are data

    def add(self, element: etree._Element) -> None:
        """One child of ``<w:body>`` (or of a content control, text box or cover table inside it)."""
        self.seen_body = True
        if element.tag == f"{W}p":
            self._paragraph(element)
        elif element.tag == f"{W}tbl":
            self._table(element)
        elif element.tag == f"{W}sdt":
            for child in element.iterfind(f"{W}sdtContent/*"):
                self.add(child)

    def _paragraph(self, p: etree._Element) -> None:
        if not any(t.text and not t.text.isspace() for t in p.iter(f"{W}t")):
            return  # empty paragraphs are layout; skipped before any lookup
        _drop_fallbacks(p)
        while (box := next(p.iter(f"{W}txbxContent"), None)) is not None:
            for child in box:  # a text box (a masthead in a frame): its paragraphs are lines of their own
                self.add(child)
            box.getparent().remove(box)
        runs = _runs(p, self.package, self.markers)
        number = self._list_number(p)
        for i, pieces in enumerate(runs):
            text, lead = _line_text(pieces)
            if not text:
                continue
            if i == 0 and number and not text.startswith(number):
                text = f"{number} {text}"
            if lead:
                self.leads[len(self.lines)] = lead
            self.lines.append(Line(text, "para" if i == 0 else ""))
            self.in_body = self.in_body or bool(ENACTING_FORMULA_LINE.match(text))

    def _table(self, table: etree._Element) -> None:
        """A data table as ``| cell | cell |`` rows; a layout table in the cover (a masthead) as lines."""
        if not self.in_body:
            for cell in table.iter(f"{W}tc"):
                for child in cell:
                    if child.tag != f"{W}tbl":  # a nested table is a cell's child too: iter reaches its cells
                        self.add(child)
            return
        for row in table.iterfind(f"{W}tr"):
            cells = [_cell_text(cell, self.package, self.markers) for cell in row.iterfind(f"{W}tc")]
            if any(cells):
                self.lines.append(Line("| " + " | ".join(cells) + " |", "para"))

    def _list_number(self, p: etree._Element) -> str:
        """The number Word prints before a list paragraph, counted per list and level."""
        num_pr = p.find(f"{W}pPr/{W}numPr")
        style = p.find(f"{W}pPr/{W}pStyle")
        if num_pr is not None:
            numbering = numbering_of(num_pr)
        else:
            numbering = self.package.style_numbering(style.get(f"{W}val", "")) if style is not None else None
        if numbering is None:
            return ""
        num_id, level = numbering
        definition = self.package.list_level(num_id, level) or _GUESS[min(level, 1)]
        key = (num_id, level)
        self.counters[key] = self.counters.get(key, definition.start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > level]:
            del self.counters[deeper]  # a new item restarts its sub-lists
        return _format_number(definition, level, num_id, self.counters)

    def note_lines(self) -> list[str]:
        """Every footnote the body refers to: ``* text`` for a note with its own mark, then ``N text``.

        A note with its own mark (``*`` on the title: "Reissued for technical reasons") comes
        first, so a numbered note's continuation is never glued onto it.
        """
        lines = []
        for note_id, mark in [*self.markers.marks.items(), *self.markers.numbers.items()]:
            note = self.notes.get(note_id)
            if note is not None:
                lines.append(f"{mark} {' '.join(_plain_text(note).split())}")
        return lines


@dataclass
class _Markers:
    """The footnote references met in the body, in order: the number Word prints for each,
    or, for a note with a mark of its own (``customMarkFollows``), that mark (the next run's text)."""

    numbers: dict[str, str] = field(default_factory=dict)  # "footnote:<id>" -> printed number
    marks: dict[str, str] = field(default_factory=dict)  # "footnote:<id>" -> its own mark, "*"
    pending: str | None = None  # a note whose mark is the next text

    def reference(self, element: etree._Element) -> str:
        """The marker to print for a note reference; ``""`` when the next run prints it."""
        note_id = f"{etree.QName(element).localname.removesuffix('Reference')}:{element.get(f'{W}id', '')}"
        if element.get(f"{W}customMarkFollows", "0").lower() not in ("0", "false", "off"):
            self.pending = note_id
            return ""
        return self.numbers.setdefault(note_id, str(len(self.numbers) + 1))

    def text(self, text: str) -> None:
        if self.pending is not None and text.strip():
            self.marks.setdefault(self.pending, text.split()[0])
            self.pending = None


_GUESS = (ListLevel("%1.", "decimal"), ListLevel("(%2)", "lowerLetter"))  # a list the package does not define


def _format_number(
    definition: ListLevel, level: int, num_id: str, counters: dict[tuple[str, int], int]
) -> str:
    """``lvlText`` with each ``%k`` replaced by level k-1's counter in that level's format."""
    if definition.fmt in ("bullet", "none") or not definition.text:
        return ""

    def value(match: re.Match[str]) -> str:
        k = int(match[1]) - 1
        n = counters.get((num_id, k), 1)
        return _in_format(n, definition.fmt if k == level else "decimal")

    return re.sub(r"%(\d)", value, definition.text).strip()


def _in_format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return ascii_lowercase[(n - 1) % 26] * ((n - 1) // 26 + 1)
    if fmt == "upperLetter":
        return ascii_uppercase[(n - 1) % 26] * ((n - 1) // 26 + 1)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        count, n = divmod(n, value)
        out += digits * count
    return out


def _runs(container: etree._Element, package: Package, markers: _Markers) -> list[list[tuple[str, bool]]]:
    """The container's text as printed lines of ``(text, italic)`` pieces, split at line breaks."""
    style = container.find(f"{W}pPr/{W}pStyle")
    paragraph_italic = package.style_italic(style.get(f"{W}val", "")) if style is not None else False
    lines: list[list[tuple[str, bool]]] = [[]]
    for el in container.iter(*_INLINE):
        if _hidden(el.getparent()):
            continue  # hidden text (w:vanish) is not printed
        if el.tag == f"{W}t":
            markers.text(el.text or "")
            text = el.text or ""
            if _superscript(el.getparent()) and text.strip() in markers.numbers.values():
                text = MARK + text.strip()  # a note's number typed again as a superscript
            lines[-1].append((text, _italic(el.getparent(), package, paragraph_italic)))
        elif el.tag in (f"{W}br", f"{W}cr") and el.get(f"{W}type") not in ("page", "column"):
            lines.append([])
        elif el.tag == f"{W}noBreakHyphen":
            lines[-1].append(("-", False))
        elif el.tag in _NOTE_REFERENCES:
            if lines[-1]:
                lines[-1][-1] = (lines[-1][-1][0].rstrip(), lines[-1][-1][1])
            marker = markers.reference(el)  # a footnote reference: the file says this is a marker
            lines[-1].append((MARK + marker if marker else "", False))
        else:
            lines[-1].append((" ", False))
    return lines


def _superscript(run: etree._Element | None) -> bool:
    """Whether the run is set as a superscript by direct formatting (``w:vertAlign``)."""
    align = run.find(f"{W}rPr/{W}vertAlign") if run is not None and run.tag == f"{W}r" else None
    return align is not None and align.get(f"{W}val") == "superscript"


def _hidden(run: etree._Element | None) -> bool:
    props = run.find(f"{W}rPr") if run is not None and run.tag == f"{W}r" else None
    return props is not None and is_on(props.find(f"{W}vanish"))


def _italic(run: etree._Element, package: Package, paragraph_italic: bool) -> bool:
    """Direct formatting first, then the run's character style, then the paragraph's style."""
    props = run.find(f"{W}rPr")
    if props is not None:
        direct = props.find(f"{W}i")
        if direct is not None:
            return is_on(direct)
        style = props.find(f"{W}rStyle")
        if style is not None and package.style_italic(style.get(f"{W}val", "")):
            return True
    return paragraph_italic


def _line_text(pieces: list[tuple[str, bool]]) -> tuple[str, str]:
    """The line's text with whitespace collapsed, and the italic words at its head.

    The head is read after a paragraph number (``1.``, ``(a)``): the opening phrase
    ``Takes note`` of ``1.<tab><i>Takes note</i> of ...``. Spaces between italic runs
    belong to the phrase (``<i>Reaffirming</i> <i>also</i>``).
    """
    chars = [(c, italic) for text, italic in pieces for c in text]
    raw = "".join(c for c, _ in chars)
    text = " ".join(raw.split())
    flat: list[tuple[str, bool]] = []
    for c, italic in chars:
        if c.isspace():
            if flat and flat[-1][0] != " ":
                flat.append((" ", True))
        else:
            flat.append((c, italic))
    while flat and flat[-1][0] == " ":
        flat.pop()
    prefix = PARAGRAPH_START.match(text)
    head = flat[prefix.end() if prefix else 0 :]
    lead_len = next((i for i, (_, italic) in enumerate(head) if not italic), len(head))
    lead = "".join(c for c, _ in head[:lead_len])
    if lead_len < len(head) and head[lead_len][0].isalnum():  # italics stop inside a word
        lead = lead.rsplit(" ", 1)[0] if " " in lead else ""
    return text, lead.rstrip(_LEAD_TRAIL).strip()


def _drop_fallbacks(element: etree._Element) -> None:
    """Remove ``mc:Fallback`` blocks: the same content again, for readers older than Word 2010."""
    for fallback in list(element.iter(_MC_FALLBACK)):
        fallback.getparent().remove(fallback)


def _cell_text(cell: etree._Element, package: Package, markers: _Markers) -> str:
    """A table cell's text on one line (its paragraphs and nested tables joined by spaces)."""
    _drop_fallbacks(cell)
    lines = _runs(cell, package, markers)
    return " ".join("".join(text for line in lines for text, _ in line).split())


def _plain_text(element: etree._Element, gap: str = " ") -> str:
    """All text inside ``element`` (a footnote, a header line); tabs and line breaks become ``gap``."""
    pieces = element.iter(f"{W}t", f"{W}tab", f"{W}ptab", f"{W}br", f"{W}noBreakHyphen")
    return "".join(
        el.text or "" if el.tag == f"{W}t" else "-" if el.tag == f"{W}noBreakHyphen" else gap for el in pieces
    )


def _page_lines(package: Package) -> list[str]:
    """Every header and footer line, the first page's first: read for metadata, kept as furniture.

    Pieces a header sets side by side with tabs (``17-23185 (E)<tab>240118``) are
    separate lines, as the masthead reader expects one piece per line.
    """
    lines: list[str] = []
    for name in package.page_parts():
        for p in package.xml(name).iter(f"{W}p"):
            for piece in _CELL_GAP.split(_plain_text(p, "\t")):
                if piece.strip():
                    lines.append(" ".join(piece.split()))
    return list(dict.fromkeys(lines))


def _place_leads(lines: list[Line], leads: dict[int, str], out: list[str]) -> tuple[tuple[int, str], ...]:
    """Each italic lead at the index of the output line that holds its paragraph.

    Input and output lines keep their order; the output has a few lines more or
    fewer (cover, closing), so each paragraph is looked for near where the shift
    so far puts it.
    """
    placed: list[tuple[int, str]] = []
    cursor = shift = 0
    for index, lead in sorted(leads.items()):
        wanted = " ".join(lines[index].text.split())
        for j in range(cursor, min(index + shift + _SEARCH_AHEAD, len(out))):
            if " ".join(out[j].split()) == wanted:
                placed.append((j, lead))
                cursor, shift = j + 1, j - index
                break
    return tuple(placed)
