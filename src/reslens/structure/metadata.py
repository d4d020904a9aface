"""Metadata of a resolution from its head lines, closing lines and cover block.

The ODS layout puts the cover (symbol, body, distribution date, session, agenda item,
job number) after the footnotes; a PDF puts it first. Both are read the same way: a
run of cover lines is joined and matched as one string, so glued ("United
NationsA/RES/66/164General Assembly") and spaced layouts both work.
"""

from __future__ import annotations

import re

from reslens.patterns import (
    ADOPTED_LINE,
    DATE,
    DATE_LINE,
    DRAFT_AGENDA,
    JOB_LINE,
    MEETING_LINE,
    NUMBER_LINE,
    ODS_JOB,
    ODS_SYMBOL,
    PART,
    REPORT_LINE,
    SC_ADOPTED_LINE,
    SC_TITLE_LINE,
    SC_YEAR,
    STAR_MARK,
    STAR_NOTE_LINE,
    SYMBOL,
    TITLE_LINE,
    VOTE_LINE,
    VOTE_OPEN,
    cover_line,
    iso_date,
    job_number,
)
from reslens.structure.accounting import Ledger
from reslens.structure.bodies import body_by_name, body_by_symbol, body_names_pattern, ordinal_value

KEYS = (
    "symbol", "body", "session", "resolution_number", "agenda_item", "adoption_date",
    "distribution_date", "meeting", "committee", "committee_report", "title", "job_number", "vote",
    "doc_type", "sponsors",
)  # fmt: skip
COVER_SYMBOL = rf"{SYMBOL}(?: {PART})?(?: {SC_YEAR})?"  # "A/RES/77/256 A", "S/RES/2118 (2013)"
AGENDA_ITEM = r"[\w.\-]+(?: \([a-z]{1,3}\))?"  # "64", "71 (b)", "99 (aa)"
MAX_VOTE_LINES = 60  # a recorded vote lists up to 47 Council members in three groups
COVER = re.compile(
    rf"United Nations\s*(?:(?P<body_first>{body_names_pattern()})\s*)?"  # PDF layers vary the order
    rf"(?P<symbol>{COVER_SYMBOL})\s*(?=(?:{body_names_pattern()})|Distr)"
    rf"(?P<body>{body_names_pattern()})?\s*(?:Distr\.?:?\s*\w+)?\s*(?P<date>{DATE})?"
    r"(?:\s*Original: \w+)?(?P<session>(?:\s*[A-Za-z\-]+|\s*\d{4})(?: (?:emergency )?special)? session)?"
    rf"(?:.*?(?:Agenda items?|Items?) (?P<agenda>{AGENDA_ITEM}(?:(?:,| and) {AGENDA_ITEM})*))?"
)


def read_head(ledger: Ledger, stop: int) -> dict[str, object]:
    """Read and claim the head lines (before the opening formula at line ``stop``)."""
    meta: dict[str, object] = {}
    title_next = False
    for i in range(stop):
        line = ledger.lines[i].strip()
        if not line or not ledger.is_free(i):
            continue
        if title_next and not meta.get("title"):
            meta["title"], title_next = line, False
            ledger.claim(i, "metadata")
            continue
        found = _head_line(line)
        if found is None:
            continue
        title_next = found.pop("_title_next", False)
        for key, value in found.items():
            meta.setdefault(key, value)
        ledger.claim(i, "metadata")
    return meta


def _head_line(line: str) -> dict[str, object] | None:
    if m := ADOPTED_LINE.match(line):
        return {"body": " ".join(m["body"].split()).title().replace(" And ", " and "),
                "adoption_date": iso_date(m["date"] or "")}  # fmt: skip
    if m := REPORT_LINE.match(line):
        report = re.split(r",| and ", m["report"])[0].strip()
        return {"committee": " ".join((m["committee"] or "").split()), "committee_report": report}
    if m := SC_ADOPTED_LINE.match(line):
        return {"body": m["body"], "meeting": m["meeting"] or "", "adoption_date": iso_date(m["date"])}
    if m := SC_TITLE_LINE.match(line):
        return {"resolution_number": m["number"], "symbol": f"S/RES/{m['number']} ({m['year']})"}
    if m := TITLE_LINE.match(line):
        return {"resolution_number": m["number"], "title": m["title"].strip(), "part": m["part"] or ""}
    if m := NUMBER_LINE.match(line):
        return {"resolution_number": m["number"], "part": m["part"] or "", "_title_next": True}
    if m := VOTE_LINE.match(line):
        return {"vote": m["vote"]}
    return None


def read_closing(ledger: Ledger, start: int) -> tuple[dict[str, object], list[int]]:
    """Claim the meeting lines (``89th plenary meeting``), the date and any vote note under each."""
    meta: dict[str, object] = {}
    found: list[int] = []
    lines = ledger.lines
    for i in range(start, len(lines)):
        m = MEETING_LINE.match(lines[i])
        if not m or not ledger.is_free(i):
            continue
        ledger.claim(i, "metadata")
        found.append(i)
        meta.setdefault("meeting", m["meeting"])
        last = i
        if m["date"]:
            meta.setdefault("adoption_date", iso_date(m["date"]))
        elif (j := _next_nonblank(lines, i + 1)) is not None and (d := DATE_LINE.match(lines[j])):
            ledger.claim(j, "metadata")
            found.append(j)
            meta.setdefault("adoption_date", iso_date(d["date"]))
            last = j
        vote_lines = _read_vote(ledger, last + 1)
        if vote_lines:
            found.extend(vote_lines)
            meta.setdefault("vote", " ".join(" ".join(lines[k] for k in vote_lines).split()).strip("[] "))
    if not found and (dated := _date_without_meeting(ledger, start)) is not None:
        ledger.claim(dated, "metadata")
        found.append(dated)
        meta["adoption_date"] = iso_date(DATE_LINE.match(lines[dated])["date"])
    return meta, found


def _date_without_meeting(ledger: Ledger, start: int) -> int | None:
    """A date alone on its line right after a paragraph that ended (``… as appropriate.``):
    the closing of a text adopted without a meeting (silence procedure, 2020)."""
    previous = ""
    for i in range(start, len(ledger.lines)):
        line = ledger.lines[i]
        if not line.strip():
            continue
        if ledger.is_free(i) and DATE_LINE.match(line) and previous.rstrip().endswith("."):
            return i
        previous = line
    return None


def read_star_notes(ledger: Ledger, start: int) -> dict[str, object]:
    """Claim the notes marked ``*`` (``* Reissued for technical reasons …``) after line ``start``.

    Their marker stands on the title, so they describe the document, not a paragraph:
    they go to the ``notes`` metadata, ``;``-separated.
    """
    notes = []
    for i in range(start, len(ledger.lines)):
        if ledger.is_free(i) and (m := STAR_NOTE_LINE.match(ledger.lines[i])):
            ledger.claim(i, "metadata")
            notes.append(m["text"])
    return {"notes": "; ".join(notes)} if notes else {}


def _read_vote(ledger: Ledger, start: int) -> list[int]:
    """Claim a vote note under the closing lines, as Human Rights Council texts print it.

    ``[Adopted without a vote.]`` on one line, or ``[Adopted by a recorded vote of 31 to
    2, with 14 abstentions. The voting was as follows: In favour: … Abstaining: …]`` over
    several lines, up to the closing bracket.
    """
    lines = ledger.lines
    first = _next_nonblank(lines, start)
    if first is None or not VOTE_OPEN.match(lines[first]) or not ledger.is_free(first):
        return []
    taken = []
    for k in range(first, min(len(lines), first + MAX_VOTE_LINES)):
        if lines[k].strip():
            ledger.claim(k, "metadata")
            taken.append(k)
        if "]" in lines[k] or (k == first and not lines[k].lstrip().startswith("[")):
            return taken
    return taken


def read_cover(ledger: Ledger) -> dict[str, object]:
    """Find runs of cover lines that start with ``United Nations``; read and claim them."""
    meta: dict[str, object] = {}
    lines = ledger.lines
    i = 0
    while i < len(lines):
        if ledger.is_free(i) and lines[i].lstrip().startswith("United Nations") and len(lines[i]) < 400:
            run = _cover_run(ledger, i)
            joined = " ".join(lines[k].strip() for k in run)
            if m := COVER.search(joined):
                for k in run:
                    ledger.claim(k, "metadata")
                meta.update({k: v for k, v in _cover_fields(m).items() if v and k not in meta})
                i = run[-1]
        i += 1
    for line in lines:
        if m := ODS_JOB.search(line):
            meta.setdefault("job_number", job_number(m["job"]))
        if m := ODS_SYMBOL.search(line):
            meta.setdefault("ods_symbol", m["symbol"].strip())
        if m := JOB_LINE.match(line):
            meta.setdefault("job_number", job_number(m["job"]))
    return meta


def _cover_run(ledger: Ledger, first: int) -> list[int]:
    run = [first]
    for k in range(first + 1, min(len(ledger.lines), first + 12)):
        line = ledger.lines[k]
        if not line.strip():
            continue
        after_item = DRAFT_AGENDA.match(ledger.lines[run[-1]]) is not None  # its title line follows
        if not ledger.is_free(k) or not (cover_line(body_names_pattern()).match(line) or after_item):
            break
        run.append(k)
    return run


def _cover_fields(m: re.Match[str]) -> dict[str, object]:
    session: object = ""
    if m["session"]:
        words = m["session"].strip().rsplit(" session", 1)[0].replace("emergency special", "").strip()
        session = int(words) if words.isdigit() else (ordinal_value(words) or "")
    return {"symbol": m["symbol"], "body": m["body"] or m["body_first"] or "",
            "distribution_date": iso_date(m["date"] or ""), "session": session,
            "agenda_item": m["agenda"] or ""}  # fmt: skip


def complete(meta: dict[str, object]) -> dict[str, object]:
    """Fill derived fields (symbol from body and number, session, body from symbol) and order keys."""
    out = {k: meta.get(k, "") for k in KEYS}
    out["symbol"] = str(meta.get("ods_symbol") or out["symbol"]).rstrip("*")  # "A/RES/78/68*": reissued
    body = body_by_name(str(out["body"])) if out["body"] else None
    if not out["symbol"] and body and out["resolution_number"]:
        out["symbol"] = f"{body['resolution']}/{out['resolution_number']}"
    if not body and out["symbol"]:
        body = body_by_symbol(str(out["symbol"]).replace("/RES/", "/"))
        out["body"] = body["name"] if body else ""
    if not out["resolution_number"] and out["symbol"]:
        m = re.search(r"/RES/(?P<n>[\w\-]+/\d+|\d+)", str(out["symbol"]))
        out["resolution_number"] = m["n"] if m else ""
    if out["session"] == "" and out["body"] != "Security Council":
        out["session"] = _session_from_number(str(out["resolution_number"]))
    if out["job_number"] == "00-00000":
        out["job_number"] = ""
    out["title"] = STAR_MARK.sub("", str(out["title"]))
    out["sponsors"] = tuple(meta.get("sponsors") or ())
    out["doc_type"] = out["doc_type"] or ("decision" if "/DEC/" in str(out["symbol"]) else "resolution")
    out.update({k: v for k, v in meta.items() if k not in out and k not in ("ods_symbol", "part")})
    return out


def _session_from_number(number: str) -> object:
    if m := re.match(r"^((?:ES|S)-\d+)/", number):
        return m[1]
    if m := re.match(r"^(\d{1,4})/", number):
        return int(m[1])
    return ""


def _next_nonblank(lines: list[str], start: int) -> int | None:
    return next((k for k in range(start, len(lines)) if lines[k].strip()), None)
