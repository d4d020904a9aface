"""Recognise page furniture: what a printed page repeats that is not the text.

Running headers (the document symbol, ``Page 2``), footers (``/...``, page
numbers, job numbers ``99-12345``, barcodes ``*9912345*``) and the masthead of the
first page. Shared by the PDF, DOCX and HTML readers. The masthead carries the
metadata (symbol, body, distribution date, session, agenda item, job number), so
:func:`masthead_block` rewrites it as the metadata block an ODS export prints,
which the structure parser already reads.
"""

from __future__ import annotations

import re

from reslens.patterns import AGENDA as _AGENDA
from reslens.patterns import BARCODE as _BARCODE
from reslens.patterns import DATE as _DATE
from reslens.patterns import DRAFT_AGENDA, PART, SC_YEAR, job_number
from reslens.patterns import JOB as _JOB
from reslens.patterns import PAGE as _PAGE
from reslens.patterns import RECYCLE as _RECYCLE
from reslens.patterns import SYMBOL as _BARE_SYMBOL

_SYMBOL = rf"{_BARE_SYMBOL}(?: {SC_YEAR})?(?: {PART})?"  # as a masthead or header prints it
_BODY = r"(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)"
_SESSION = r"(?:[\w-]+ (?:special |emergency special )?session|\d{4} session)"
_WORDS = (
    r"(?:UNITED NATIONS|United Nations|UNITED|NATIONS|Nations Unies|[ASE]"
    r"|Distr\.?:?(?: General| Limited| Restricted)?|GENERAL|General|LIMITED|Limited|Original: [A-Z][a-z]+)"
)

SYMBOL = re.compile(rf"^{_SYMBOL}$")
JOB_NUMBER = re.compile(rf"^{_JOB}$")
BODY = re.compile(rf"^({_BODY})$")
DATE = re.compile(rf"^{_DATE}$")
SESSION = re.compile(rf"^{_SESSION}$", re.IGNORECASE)
AGENDA = re.compile(rf"^{_AGENDA}$")
# A printed line often holds several pieces side by side: "11-46866 2/4", "General Assembly Distr.: General".
_FOOT_PIECE = re.compile(  # a symbol ending in "." is a footnote's text ("9 A/73/230."), not a header
    rf"(?:{_JOB}|{_BARCODE}|{_RECYCLE}|{_SYMBOL}(?<!\.)|{_PAGE})(?=\s|$)", re.IGNORECASE
)
_MAST_PIECE = re.compile(
    rf"(?:{_AGENDA}|{_BODY}|{_WORDS}|{_DATE}|{_SESSION}|{_SYMBOL}\*?|{_JOB}|{_BARCODE}|{_RECYCLE})"
    r"(?=\s|$)"
)


def _pieces(text: str, piece: re.Pattern[str]) -> list[str] | None:
    """Split ``text`` into pieces that each match ``piece``; None if something else is left."""
    out, pos, text = [], 0, " ".join(text.split())
    while pos < len(text):
        m = piece.match(text, pos)
        if not m or m.end() == pos:
            return None
        out.append(m.group())
        pos = m.end() + 1
    return out or None


def is_furniture(line: str, *, symbol: str = "") -> bool:
    """Whether a header/footer line is furniture (page number, symbol, job number...),
    alone or several side by side (``11-46866 2/4``, ``*1146866* Please recycle``)."""
    text = line.strip()
    if not text:
        return False
    if symbol and text == symbol:
        return True
    return _pieces(text, _FOOT_PIECE) is not None


def is_running_header(line: str) -> bool:
    """A page header: the symbol with a short title beside it (``A/RES/66/164 Promotion of ...``)."""
    text = " ".join(line.split())
    lead = re.match(rf"^{_SYMBOL}(?= \S)", text)
    tail = re.search(rf"(?<= ){_SYMBOL}$", text)
    return any(m and "/" in m.group() for m in (lead, tail))


def is_masthead(line: str) -> bool:
    """Whether a first-page line belongs to the masthead (not to the resolution)."""
    return _pieces(line, _MAST_PIECE) is not None


def masthead_block(lines: list[str]) -> list[str]:
    """Rewrite masthead lines as the ODS metadata block the structure parser reads.

    Returns ``[]`` when the lines hold no document symbol.
    """
    found: dict[str, str] = {}
    for text in (piece for raw in lines for piece in _pieces(raw, _MAST_PIECE) or [" ".join(raw.split())]):
        for key, pattern in (("body", BODY), ("date", DATE), ("session", SESSION), ("agenda", AGENDA)):
            if key not in found and pattern.match(text):
                found[key] = text
        if (item := DRAFT_AGENDA.match(found.get("agenda", ""))) is not None:
            found["agenda"] = f"Agenda item {item['items']}"  # a draft's "Item 35 of the provisional agenda"
        if "symbol" not in found and SYMBOL.match(text.rstrip("*")) and "/" in text:
            found["symbol"] = text.rstrip("*")  # a reissued document's symbol carries a star
        if "job" not in found and JOB_NUMBER.match(text):
            found["job"] = job_number(text)
    if "symbol" not in found:
        return []
    job_no = "N" + found["job"].replace("-", "") + "E" if "job" in found else ""
    block = [
        f"[DU1]<<ODS JOB NO>>{job_no}<<ODS JOB NO>>",
        f"<<ODS DOC SYMBOL1>>{found['symbol']}<<ODS DOC SYMBOL1>>",
        f"United Nations{found['symbol']}{found.get('body', '')}Distr.: General",
        f"{found.get('date', '')}{found.get('session', '')}",
    ]
    block += [found["agenda"]] if "agenda" in found else []
    block += ["", found["job"]] if "job" in found else []
    return block
