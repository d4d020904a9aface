"""The genre's printed forms, each written once: symbols, dates, numbers, furniture, formulas.

Every reader (PDF, Word, HTML, AKN, plain text) and every structure step imports its
patterns from here, so a form is recognised the same way everywhere.

Two kinds of name:

* fragments (``str``, no capturing groups) to compose into larger patterns:
  :data:`DATE`, :data:`SYMBOL`, :data:`RESOLUTION_NUMBER`, :data:`JOB`, :data:`BARCODE`, ...;
* compiled patterns (``re.Pattern``, ending in ``_LINE`` when anchored to a whole line,
  ``_IN_TEXT`` when searched inside running text), with named groups.

All patterns run in time linear in their input: no two quantifiers can share a run of
the same characters (a long run of spaces cannot be split two ways), which is what made
the older copies quadratic. ``tests/test_patterns.py`` checks each on long whitespace runs.
Possessive quantifiers (``*+``, ``++``) need Python 3.11.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# --- dates -------------------------------------------------------------------------------
DAY_MONTH = rf"\d{{1,2}} (?:{'|'.join(MONTHS)})"
"""A day and month: ``7 October`` (a list of dates may print the year once, at its end)."""
DATE = rf"{DAY_MONTH} \d{{4}}"
"""A date as the UN prints it: ``19 December 2011`` (day without a leading zero)."""
DATE_LINE = re.compile(rf"^\s*+(?P<date>{DATE})\s*+$")


def iso_date(text: str) -> str:
    """``"19 December 2011"`` -> ``"2011-12-19"``; ``""`` when it is not such a date."""
    try:
        return datetime.strptime(" ".join(text.split()), "%d %B %Y").date().isoformat()
    except ValueError:
        return ""


def un_date(day: date) -> str:
    """``date(2011, 12, 19)`` -> ``"19 December 2011"``, the inverse of :func:`iso_date`."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# --- document symbols --------------------------------------------------------------------
_ELEMENT = r"[A-Za-z0-9.\-]*[A-Za-z0-9]"  # "66", "CN.4", "ES-10", "L.22", "Rev.1"; never ends in "." or "-"
PART = r"[A-Z](?:-[A-Z])?"
"""The part of a resolution adopted in parts: ``A``, or a range ``A-B``."""
SYMBOL = rf"[A-Z]{{1,6}}(?:\.\d+)?(?:/{_ELEMENT})+"
"""A UN document symbol: ``A/RES/66/164``, ``A/ES-10/L.22``, ``E/CN.4/RES/2005/1``, ``A/65/53/Add.1``."""
SC_YEAR = r"\((?:19|20)\d\d\)"
SYMBOL_IN_TEXT = re.compile(
    rf"(?<![\w/])(?P<symbol>{SYMBOL})(?:\s(?P<year>{SC_YEAR}))?"
    r"(?:\s?(?P<sub>\((?:Introduction|Part [IVX]+|Sect\.\s?\d+[A-Z]?|Vol\.\s?[IVX]+|Summary)\)))?"
)
"""A symbol cited in running text, with the Security Council year and a sub-part if printed."""
SYMBOL_LINE = re.compile(rf"^\s*+(?P<symbol>{SYMBOL})(?: (?P<year>{SC_YEAR}))?(?: (?P<part>{PART}))?\s*+$")
"""A symbol alone on a line, as on a masthead or a running header: ``S/RES/2118 (2013)``."""
ADDENDA = re.compile(  # use with .match(text, pos): the position right after the symbol
    r"(?<!\s)\s*+and\s++(?P<kind>Corr|Adds?|Amend|Rev)\.\s?(?P<numbers>\d+(?:(?:,\s*+|\s++and\s++)\d+)*+)"
)
"""What follows a symbol in text: ``and Corr.1``, ``and Add.1 and 2``."""

# --- resolution numbers ------------------------------------------------------------------
RESOLUTION_NUMBER = r"(?:ES-\d{1,2}|S-\d{1,2}|\d{1,4})/\d{1,4}"
"""A resolution's number under its session: ``66/164``, ``ES-10/19``, ``S-26/2``, ``2023/21``."""
OLD_RESOLUTION_NUMBER = r"\d{1,4}(?: [A-Z](?: and [A-Z])?)? \((?:[IVXL]+|S-[IVX]+|ES-[IVX]+)\)"
"""A number from before 1976: ``2200 A (XXI)``, ``1514 (XV)``."""
SC_RESOLUTION_NUMBER = rf"\d{{1,5}} {SC_YEAR}"
"""A Security Council resolution's number: ``2118 (2013)``."""

RESOLUTION_SYMBOL = re.compile(
    r"^(?P<prefix>(?:A/HRC|E/CN\.\d+|A|S|E)/RES)/"
    rf"(?P<number>{RESOLUTION_NUMBER}|\d{{1,5}})(?: (?P<year>{SC_YEAR}))?(?: (?P<part>{PART}))?$"
)


@dataclass(frozen=True)
class ResolutionSymbol:
    """The parts of a resolution's symbol: ``A/RES/77/256 A`` is (``A/RES``, ``77/256``, ``A``)."""

    prefix: str  # "A/RES", "S/RES", "E/RES", "A/HRC/RES", "E/CN.4/RES"
    number: str  # "66/164", "ES-11/4", "S-26/2", "2023/21", "2118"
    part: str = ""  # "A", "A-B"
    year: int | None = None  # Security Council only

    def __str__(self) -> str:
        year = f" ({self.year})" if self.year is not None else ""
        part = f" {self.part}" if self.part else ""
        return f"{self.prefix}/{self.number}{year}{part}"


def parse_resolution_symbol(text: str) -> ResolutionSymbol | None:
    """``"S/RES/2118 (2013)"`` -> its parts; None when ``text`` is not a resolution symbol."""
    m = RESOLUTION_SYMBOL.match(" ".join(text.split()))
    if not m:
        return None
    year = int(m["year"].strip("()")) if m["year"] else None
    return ResolutionSymbol(m["prefix"], m["number"], m["part"] or "", year)


# --- head lines of a resolution ----------------------------------------------------------
TITLE_LINE = re.compile(
    rf"^\s*+(?P<number>{RESOLUTION_NUMBER})\s?(?P<part>{PART})?(?:\.\s++|\s++(?=[A-Z“\"‘]))"
    r"(?P<title>\S(?:.*\S)?)\s*$"
)
"""``66/164. Title``, ``ES-10/19. Title``, ``13/13 Title`` (some HRC texts drop the full stop)."""
NUMBER_LINE = re.compile(rf"^\s*+(?P<number>{RESOLUTION_NUMBER})\s?(?P<part>{PART})?\.?\s*+$")
"""The number alone on its line, the title on the next (older HRC texts)."""
REPORT_LINE = re.compile(
    r"^\s*+\[(?:on the (?:report|recommendation) of the (?P<committee>[^(\]\s]++(?:\s++[^(\]\s]++)*?"
    r"(?:\s++\([A-Z][a-z]++ Committee\))?)"  # "(Fourth Committee)"
    r"|without reference to a Main Committee|on a proposal considered [a-z ]++)"
    r"\s*+\((?P<report>[^)\]]++)\)\]\s*+$"
)
"""``[on the report of the Third Committee (A/66/462/Add.2)]``, ``[on the report of the Special Political and
Decolonization Committee (Fourth Committee) (A/77/398)]``, without reference to a Main Committee, or (ECOSOC)
``[on a proposal considered in plenary meeting (E/2023/L.35)]``."""
DRAFT_SPONSORS_LINE = re.compile(r"^\s*+(?P<sponsors>\S.*?): (?:revised )?draft (?:resolution|decision)\s*+$")
"""``Mexico, Norway: draft resolution``: who tabled the text (a header of draft documents)."""
SC_TITLE_LINE = re.compile(r"^\s*+Resolution (?P<number>\d{1,5}) \((?P<year>\d{4})\)\s*+$")
ADOPTED_LINE = re.compile(
    r"^\s*+(?:Resolutions?|Decisions?) adopted by the (?P<body>\S++(?:\s++\S++)*?)"
    rf"(?:\s++on (?P<date>{DATE}))?\s*+$",
    re.I,
)
"""``Resolution adopted by the General Assembly on 19 December 2011`` (the date may be absent)."""
SC_ADOPTED_LINE = re.compile(
    r"^\s*+Adopted by the (?P<body>Security Council)(?: at its (?P<meeting>\d+(?:st|nd|rd|th) meeting),?)?"
    rf" on (?P<date>{DATE})"
)
MEETING_LINE = re.compile(  # a PDF text layer may print the date on the meeting line
    r"^\s*+(?P<meeting>\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting)"
    rf"(?:,?\s++(?P<date>{DATE}))?\s*+$"
)
"""The closing line ``89th plenary meeting``, with the date when printed on it."""
VOTE_LINE = re.compile(
    r"^\s*+\[?(?P<vote>(?:Adopted (?:by|without)|without a vote|by (?:a )?recorded vote)"
    r"(?:.*[^\s.\]])?)[\s.\]]*$",
    re.I,
)
"""A vote note on one line: ``[Adopted without a vote.]`` -> ``Adopted without a vote``."""
VOTE_OPEN = re.compile(r"^\s*+\[?\s*+Adopted (?:by|without|at)\b", re.I)
"""The first line of a vote note under the closing lines."""
STAR_NOTE_LINE = re.compile(r"^\s*+\*{1,3}\s++(?P<text>\S(?:.*\S)?)\s*$")
"""A note marked ``*``: ``*\tReissued for technical reasons …``."""
STAR_MARK = re.compile(r"(?<!\s)\s*+\*{1,3}$")  # searched: start only where a run starts
"""The ``*`` at the end of a title that points to a star note."""


_DRAFT_ITEM = r"\d{1,3}(?: \([a-z]{1,3}\))?"
_DRAFT_ITEMS = rf"{_DRAFT_ITEM}(?:(?:,| and) (?:{_DRAFT_ITEM}|\([a-z]{{1,3}}\)))*"  # "14, 117 (a) and (b)"
_DRAFT_LIST = r"of the (?:(?:provisional|preliminary) )?(?:agenda|list)\**"
_DRAFT_AGENDA = rf"Items? {_DRAFT_ITEMS} {_DRAFT_LIST}"
DRAFT_AGENDA = re.compile(rf"^\s*+Items? (?P<items>{_DRAFT_ITEMS}) {_DRAFT_LIST}")
"""A draft's ``Item 35 of the provisional agenda*`` (the agenda item's title is on the next line)."""
AGENDA = rf"(?:Agenda items? .+|{_DRAFT_AGENDA})"
"""The agenda item on a cover or masthead: ``Agenda item 69 (b)``, or a draft's ``Item 35 of the
provisional agenda*``."""


def cover_line(body_names: str) -> re.Pattern[str]:
    """A line of the cover block (``United Nations``, the symbol, a body, ``Distr.: General``,
    a date, ``Sixty-sixth session``, ``Agenda item 69 (b)``, ``Original: English``).

    Args:
        body_names: a regex alternation of the body names, from
            :func:`reslens.structure.bodies.body_names_pattern` (lexicon data).
    """
    return _cover_line(body_names)


@lru_cache(maxsize=8)
def _cover_line(body_names: str) -> re.Pattern[str]:
    return re.compile(
        rf"^\s*+(?:United Nations.*|{SYMBOL}(?: (?:{PART}|{SC_YEAR}))*+|(?:{body_names})(?:\s*+Distr.*)?"
        rf"|Distr\.?:?\s*+\w+.*|{DATE}.*|.*\bsession(?:\s++Agenda items? .*)?|Agenda items? .*"
        rf"|{_DRAFT_AGENDA}.*|Original: \w+)\s*+$"
    )


# --- enacting formulas -------------------------------------------------------------------
_BODY_WORDS = (
    r"Assembly|Council|Commission|Conference|Board|Committee|Parties|Meeting|Forum|Executive"
    r"|générale|Conseil|Conférence"
)
ENACTING_FORMULA_LINE = re.compile(
    rf"^\s*+(?=(?:The|Le|La|L[’'])[^,]{{0,120}}?\b(?:{_BODY_WORDS})\b)"
    r"(?P<formula>(?:(?:The|Le|La)[ \t]++|L[’'] ?)[A-ZÀ-Ý][\w’'\-().]*+(?:[ \t]++[\w’'\-().]++){0,11}+)"
    r"[ \t]*+,?\s*+$"
)
"""The line opening the preamble of any body: ``The General Assembly,``, ``The Security Council,``,
``The Commission on Human Rights,``, ``The Conference of the Parties,``, ``L’Assemblée générale,``."""

# --- footnotes ---------------------------------------------------------------------------
FOOTNOTE_LINE = re.compile(
    rf"^\s*+(?P<n>\d{{1,3}})[ \t]++(?!(?:{'|'.join(MONTHS)}) \d{{4}}\s*$)(?P<text>\S(?:.*\S)?)\s*$"
)
"""A footnote at the foot of the text: ``2 Official Records of the General Assembly, …``.
A date line (``4 April 2025``) is not one."""
PARAGRAPH_START = re.compile(r"^\s*+(?:\d{1,3}\.\s|\([a-z]{1,5}\)\s)")
# A paragraph number typed into the text instead of the markup (AKN ``<p>  4  Calls for``):
# one to three digits, an optional full stop, a space, then a capital (the operative verb).
TYPED_NUMBER = re.compile(r"^\s*+(?P<number>\d{1,3})\.?+\s++(?=[A-Z])")
"""An operative number ``1.`` or a lettered point ``(a)``: never the start of a footnote."""

# --- paragraph labels --------------------------------------------------------------------
ROMAN_POINT_LINE = re.compile(r"^(?P<pre>[ \t]*+(?P<roman>[ivx]{1,5}+)\.[ \t]++)(?=\S)")
"""A sub-point numbered ``i.``, ``ii.``, ``iv.`` at the head of a line: recent texts print the
points under a lettered point so (``(b) … by:`` / ``i. Assisting …`` / ``ii. Inviting …``)
where older ones print ``(i)``. Whether it is a sub-point is for the parser (under a letter, in
sequence)."""

# --- page furniture ----------------------------------------------------------------------
JOB = r"\d{2}-\d{5}\*?+(?:\s*+\([A-Z]\))?+(?:\s++\d{6})?+"
"""A job number as printed: ``11-46866``, ``11-46866 (E)``, a reissue's ``23-24915* (E) 160124``
(year, the document's number, a star when reissued, the language, the print date)."""
BARCODE = r"\*\d{7}\*"
"""The barcode text under the job number: ``*1146866*`` (the job number without its hyphen)."""
ODS_JOB_NUMBER = r"[A-Z]?\d{7}[A-Z]?"
"""The job number as an ODS export writes it in its marker: ``N1146866E``."""
ODS_JOB = re.compile(rf"<<ODS JOB NO>>\s*+(?P<job>{ODS_JOB_NUMBER})\s*+<<ODS JOB NO>>")
"""The job number in an ODS text export's marker: ``<<ODS JOB NO>>N1146866E<<ODS JOB NO>>``."""
ODS_SYMBOL = re.compile(r"<<ODS DOC SYMBOL1>>(?P<symbol>[^<]++)<<ODS DOC SYMBOL1>>")
JOB_LINE = re.compile(rf"^\s*+(?P<job>{JOB})\s*+$")
"""A job number alone on its line (read it with :func:`job_number`)."""
PAGE = (
    r"(?:Page\s++\d++(?:\s++of\s++\d++)?|-? ?\d{1,3} ?-?|/\.\.\.|\.\./\.\.\.|\d++/\d++\s++pages?"
    r"|\d{1,3}/\d{1,3})"
)
"""A page footer or header: ``Page 2``, ``Page 2 of 4``, ``3``, ``2/4``, ``- 3 -``, ``/...``."""
RECYCLE = r"Please\s++recycle"

_FURNITURE_FORMS = (
    r"(?:\[DU\d+\])?(?:<<ODS[^>]*+>>[^<]*+<<ODS[^>]*+>>)*+(?:\[DU\d+\])?",  # ODS markers
    r"[_\-–—=.*]{3,}+",  # rules
    PAGE,
    BARCODE,
    JOB,
    rf"{RECYCLE}.*",
)
FURNITURE_LINE = re.compile(rf"^\s*+(?:{'|'.join(_FURNITURE_FORMS)})\s*+$")
"""A whole line of an ODS text export that is never content."""


_ANY_JOB = re.compile(rf"\s*+(?:{JOB}|{BARCODE}|{ODS_JOB_NUMBER})\s*+")


def job_number(text: str) -> str:
    """``"11-46866 (E)"``, the barcode ``"*1146866*"`` or ODS ``"N1146866E"`` -> ``"11-46866"``.

    ``""`` when ``text`` is none of these."""
    if not _ANY_JOB.fullmatch(text):
        return ""
    digits = "".join(ch for ch in text if ch.isdigit())[:7]  # the year's two, then the number's five
    return f"{digits[:2]}-{digits[2:]}"
