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

SYMBOL = re.compile(r"^(?:[A-Z]{1,3}/)(?:[A-Z0-9.\-]+/)*[A-Z0-9.\-]+(?: \(\d{4}\))?(?: [A-Z](?:-[A-Z])?)?$")
JOB_NUMBER = re.compile(r"^(\d{2})-(\d{5})(?: ?\([A-Z]\))?$")
BARCODE = re.compile(r"^\*\d{7}\*$")
PAGE = re.compile(r"^(?:Page \d+|-? ?\d{1,3} ?-?|/\.\.\.|\.\./\.\.\.|\d+/\d+ pages?)$", re.IGNORECASE)
MASTHEAD_WORDS = re.compile(
    r"^(?:UNITED NATIONS|United Nations|UNITED|NATIONS|Nations Unies|[ASE]"
    r"|Distr\.?:?(?: General)?|GENERAL|General|LIMITED)$"
)
BODY = re.compile(r"^(General Assembly|Security Council|Economic and Social Council|Human Rights Council)$")
DATE = re.compile(
    r"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$"
)
SESSION = re.compile(r"^(?:[\w-]+ (?:special |emergency special )?session|\d{4} session)$", re.IGNORECASE)
AGENDA = re.compile(r"^Agenda items? .+$")
RECYCLE = re.compile(r"^Please recycle$", re.IGNORECASE)


def is_furniture(line: str, *, symbol: str = "") -> bool:
    """Whether a header/footer line is furniture (page number, symbol, job number...)."""
    text = line.strip()
    if not text:
        return False
    if symbol and text == symbol:
        return True
    return any(p.match(text) for p in (JOB_NUMBER, BARCODE, PAGE, RECYCLE)) or bool(SYMBOL.match(text))


def is_masthead(line: str) -> bool:
    """Whether a first-page line belongs to the masthead (not to the resolution)."""
    text = " ".join(line.split())
    patterns = (MASTHEAD_WORDS, BODY, DATE, SESSION, AGENDA, SYMBOL, JOB_NUMBER, BARCODE, RECYCLE)
    return any(p.match(text) for p in patterns)


def masthead_block(lines: list[str]) -> list[str]:
    """Rewrite masthead lines as the ODS metadata block the structure parser reads.

    Returns ``[]`` when the lines hold no document symbol.
    """
    found: dict[str, str] = {}
    for raw in lines:
        text = " ".join(raw.split())
        for key, pattern in (("body", BODY), ("date", DATE), ("session", SESSION), ("agenda", AGENDA)):
            if key not in found and pattern.match(text):
                found[key] = text
        if "symbol" not in found and SYMBOL.match(text) and "/" in text:
            found["symbol"] = text
        job = JOB_NUMBER.match(text)
        if job and "job" not in found:
            found["job"] = f"{job[1]}-{job[2]}"
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
