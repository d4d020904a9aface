"""Cover lines and the ODS metadata block for an AKN4UN document.

An ODS text export prints the document's metadata (symbol, issuing body,
distribution date, session, agenda item, job number) in a trailing block after the
footnotes. The structure parser reads metadata from that block, so an AKN file is
rendered with the same block, filled from the XML's ``coverPage`` and ``meta``;
metadata read from XML is then as good as metadata read from an ODS export.
"""

from __future__ import annotations

import re

from lxml import etree

from reslens.ingest.akn_text import Notes, children, first, inline_text, local
from reslens.patterns import JOB, job_number

# ISO 639-2 (FRBRlanguage) to the two-letter codes used in Source.language.
_LANGUAGES = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "rus": "ru",
    "ara": "ar",
    "zho": "zh",
    "chi": "zh",
}


def document_language(root: etree._Element) -> str:
    """The two-letter language of the expression (``""`` if the XML does not say)."""
    el = first(root, "FRBRlanguage")
    code = (el.get("language", "") if el is not None else "").lower()
    return _LANGUAGES.get(code, code[:2])


def cover_lines(doc: etree._Element, notes: Notes) -> list[str]:
    """The heading lines an ODS export prints above the preamble.

    ``Resolution adopted by ... on <date>``, ``[on the report of ...]`` (or, for the
    Security Council, ``Resolution N (year)`` and ``Adopted by ... at its Nth
    meeting, on <date>``), then ``66/164.<TAB>Title`` from the ``preface``.
    """
    lines: list[str] = ["[DU1]"]
    cover = first(doc, "coverPage")
    for p in children(cover, "p") if cover is not None else []:
        if any(local(c) in ("docTitle", "docProponent") for c in p):
            lines.append(inline_text(p, notes))
    preface = next(iter(children(doc, "preface")), None)
    title = preface_line(preface, notes)
    lines += [title, "", ""] if title else [""]
    return lines


def preface_line(preface: etree._Element | None, notes: Notes) -> str:
    """``66/164.<TAB>Title`` (or a bare part letter ``A``) from a ``preface``."""
    if preface is None:
        return ""
    number = first(preface, "docNumber")
    title = first(preface, "docTitle")
    num = inline_text(number, notes) if number is not None else ""
    text = inline_text(title, notes) if title is not None else ""
    return "\t".join(x for x in (num, text) if x)


def adoption_meeting(doc: etree._Element) -> str:
    """The meeting named on the cover (``4213th meeting``), for texts without conclusions."""
    for el in doc.iter():
        if local(el) == "inline" and el.get("name") == "adoptionMeeting":
            return inline_text(el)
    return ""


def ods_block(doc: etree._Element) -> list[str]:
    """The trailing ODS artifact block, filled from the XML metadata."""
    cover = first(doc, "coverPage")
    symbol = _text(first(cover, "docNumber"))
    authorities = [a for a in _iter(cover, "docAuthority") if a.get("refersTo") != "#publisher"]
    body = inline_text(authorities[-1]) if authorities else ""
    publisher = next((inline_text(a) for a in _iter(cover, "docAuthority") if a not in authorities), "")
    status = _text(first(cover, "docStatus"))
    date = _text(first(cover, "docDate"))
    session = _text(first(cover, "session"))
    agenda = next((inline_text(e) for e in _iter(cover, "inline") if e.get("name") == "agenda item"), "")
    job = re.search(JOB, _text(first(doc, "docketNumber")))  # "11-46866 (E)": number, then language
    number = job_number(job.group()) if job else ""  # "11-46866"
    language = job.group()[-2] if job and job.group().endswith(")") else "E"
    job_no = f"N{number.replace('-', '')}{language}" if job else ""
    lines = [
        f"[DU1]<<ODS JOB NO>>{job_no}<<ODS JOB NO>>",
        f"<<ODS DOC SYMBOL1>>{symbol}<<ODS DOC SYMBOL1>>",
        "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>",
        "_______________",
        "",
        "-" * 60,
        "",
        f"{publisher}{symbol}{body}{status}",
        f"{date}{session}",
    ]
    lines += [agenda] if agenda else []
    lines += ["", number, f"*{number.replace('-', '')}*"] if job else []
    return lines + ["", symbol]


def _iter(el: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if el is None else [d for d in el.iter() if local(d) == name]


def _text(el: etree._Element | None) -> str:
    return inline_text(el) if el is not None else ""
