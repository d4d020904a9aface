"""Citations of UN documents and resolutions, normalised to full symbols.

Two kinds of citation: a symbol as printed (``A/65/53 and Corr.1``, ``S/2013/553``,
``ST/SGB/2013/4/Amend.1``) and a resolution or decision cited by number
(``its resolution 53/144``, ``Human Rights Council resolutions 13/13 ... and 16/5``,
``resolution 2200 A (XXI)``, ``resolutions 1261 (1999)``), whose symbol depends on
who adopted it: the body named before it, else the body adopting the document.
Run on text with footnote markers already removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reslens.model import Reference
from reslens.patterns import ADDENDA, DATE, DAY_MONTH, RESOLUTION_NUMBER, SYMBOL_IN_TEXT
from reslens.structure.bodies import body_by_name, body_names_pattern

ITEM = (
    rf"(?:(?P<old>\d{{1,4}})(?:\s[A-Z](?:\sand\s[A-Z])?)?\s\((?P<roman>[IVXL]+|S-[IVX]+|ES-[IVX]+)\)"
    r"|(?P<sc>\d{1,4})\s\((?P<year>\d{4})\)"
    rf"|(?P<num>{RESOLUTION_NUMBER})(?P<parts>\s[A-Z](?:(?:,\s|\sand\s)[A-Z])*+(?![\w(]))?)"
)
# "48/1 of 7 October 2021, in which the Council appointed ..., 50/14 of 8 July 2022": the list
# goes on after a relative clause, but only with a dated resolution number.
RELATIVE = (
    r",\s++(?:in|by|through) which\b[^;]{0,300}?,\s++(?:and\s++)?"
    rf"(?={RESOLUTION_NUMBER}\s++of\s++{DATE})"
)
TRIGGER = re.compile(
    rf"(?:(?P<issuer>{body_names_pattern()}|its)\s+)?(?P<kind>[Rr]esolutions?|[Dd]ecisions?)\s+(?={ITEM})"
)
ITEM_RE = re.compile(ITEM)
BETWEEN = re.compile(  # use with .match(text, pos): what may stand between two items of a list
    rf"(?:\s++of\s++{DAY_MONTH}(?:\s++\d{{4}})?)?(?:,\s++sections?\s++[IVXL]+(?:\s++and\s++[IVXL]+)?,?)?"
    rf"(?:\s++of\s++{DATE})?(?:,?\s++(?:and|to)\s++|,\s++|{RELATIVE})(?=(?:{ITEM}))"
)


def find_references(text: str, where: str, body: str, *, exclude: str = "") -> Iterator[Reference]:
    """Every citation in ``text`` (located at ``where``), for a document adopted by ``body``."""
    own = re.sub(r"\s+", "", exclude).upper()
    for ref in [*_symbols(text, where), *_numbered(text, where, body)]:
        if re.sub(r"\s+", "", ref.symbol).upper() != own:
            yield ref


def _symbols(text: str, where: str) -> Iterator[Reference]:
    for m in SYMBOL_IN_TEXT.finditer(text):
        sym = m["symbol"]
        if not any(ch.isdigit() for ch in sym):
            continue
        year = f" {m['year']}" if m["year"] and sym.startswith("S/RES/") else ""
        full = sym + year + (m["sub"] or "")
        kind = "resolution" if "/RES/" in sym else "decision" if "/DEC/" in sym else "document"
        yield Reference(where, m.group(), full, kind)
        if add := ADDENDA.match(text, m.end()):
            label = "Add" if add["kind"].startswith("Add") else add["kind"]
            for n in re.findall(r"\d+", add["numbers"]):
                yield Reference(where, m.group() + add.group(), f"{sym}/{label}.{n}", kind)


def _numbered(text: str, where: str, body: str) -> Iterator[Reference]:
    for t in TRIGGER.finditer(text):
        issuer = t["issuer"] or ""
        entry = body_by_name(body if issuer in ("", "its") else issuer) or body_by_name("General Assembly")
        kind = "decision" if t["kind"].lower().startswith("decision") else "resolution"
        pos, first = t.end(), True
        while m := ITEM_RE.match(text, pos):
            label = (t.group() + m.group()) if first else m.group()
            yield from _item_refs(m, label.strip(), where, entry, kind, explicit=bool(t["issuer"]))
            first = False
            gap = BETWEEN.match(text, m.end())
            if not gap:
                break
            pos = gap.end()


def _item_refs(m: re.Match[str], label: str, where: str, body: dict, kind: str, *, explicit: bool):
    prefix = body["resolution"] if kind == "resolution" else body["decision"]
    if m["old"]:
        yield Reference(where, label, f"A/RES/{m['old']}({m['roman']})", kind)
    elif m["sc"]:
        sc = body if explicit else body_by_name("Security Council")
        yield Reference(where, label, f"{sc['resolution']}/{m['sc']} ({m['year']})", kind)
    elif prefix:
        num = m["num"]
        if (
            re.match(r"(?:19[4-9]\d|20\d\d)/", num)
            and not explicit
            and body["name"] != "Economic and Social Council"
        ):
            prefix = "E/RES" if kind == "resolution" else "E/DEC"
        parts = re.findall(r"[A-Z]", m["parts"] or "")
        for part in parts or [""]:
            yield Reference(where, label, f"{prefix}/{num}{part}", kind)
