"""Plain text: ODS exports as they are; text copied out of a PDF and pdftotext output re-joined."""

from __future__ import annotations

import re

from reslens.ingest.furniture import is_furniture, is_running_header
from reslens.ingest.layout import assemble
from reslens.ingest.pdftotext import is_page_furniture, is_pdftotext, read_pages
from reslens.ingest.reflow import CLOSING, DATE, FOOTNOTE, FORMULA, OPERATIVE, Line, ends_paragraph
from reslens.ingest.text import decode_text
from reslens.model import Source

_ENDS = (".", ",", ";", ":", "”", '"', ")")
_RULE = re.compile(r"^\s*_{5,}\s*$")
ODS_MARK = "<<ODS"
MAX_NOTE_LINES = 3  # continuation lines of one footnote at a page foot
HEADING = re.compile(  # "Part IV", "Income section 2", "Section 11", "II.", "A. Title", "ANNEX", "Article 5"
    r"^(?:(?:[A-Z][a-z]+ )?(?:[Pp]art|[Ss]ection|[Cc]hapter) [IVXLC\d]+[A-Z]?(?:[.:] .*)?$|[IVXL]+\.?$"
    r"|[IVXL]+\. \S|[A-H]\. [A-Z]|(?:ANNEX(?:ES)?|Annex(?:es)?)(?: [IVXL\d]+)?$|Article \d+$)"
)
MAX_HEADING_WORDS = 20
MAX_TITLE_LINES = 2  # a title between two paragraphs, wrapped once by the page
FIRST_NOTE_MAX = 3  # the first page-foot note seen may be 2 or 3 when note 1 is on the cover


def read_text(data: bytes, path: str) -> Source:
    """Decode a text file; re-join its paragraphs if it is hard-wrapped (copied from a PDF)."""
    text = decode_text(data, keep_form_feeds=True)
    if is_pdftotext(text):
        body, page_notes, page_furniture = read_pages(text)
        kept, removed = drop_page_furniture(body)
        text, masthead = assemble(mark_headings(kept), page_notes, masthead=removed + page_furniture)
        return Source(path=path, fmt="text", text=text, furniture=tuple(masthead + removed + page_furniture))
    text = text.replace("\f", "\n")
    if _is_tabbed(text) or ODS_MARK in text:  # an ODS export: paragraphs on lines, notes at the end
        return Source(path=path, fmt="text", text=text)
    body, notes = split_page_notes(text)
    if not is_hard_wrapped("\n".join(body)):
        return Source(path=path, fmt="text", text=_join(body, notes))
    kept, removed = drop_page_furniture(body)
    text, masthead = assemble(mark_headings(kept), notes, masthead=removed)
    return Source(path=path, fmt="text", text=text, furniture=tuple(masthead + removed))


def drop_page_furniture(lines: list[str]) -> tuple[list[str], list[str]]:
    """Take page footers and running headers out of the body of copied PDF text.

    Footers (job and page numbers, barcodes, ``Please recycle``) are recognised by
    form; a running header (the symbol beside a short title) only where a page
    turns, right after a footer, so a body line that starts with a symbol stays. The
    lines before the opening formula are left to the cover and masthead reader.

    Returns:
        The kept lines, and the removed ones (read for the job number, then kept as
        furniture).
    """
    start = next((i for i, line in enumerate(lines) if FORMULA.match(" ".join(line.split()))), 0)
    kept, removed = lines[:start], []
    page_turn = False
    for line in lines[start:]:
        if is_page_furniture(line) or (page_turn and is_running_header(line)):
            removed.append(line.strip())
            page_turn = True
        else:
            kept.append(line)
            page_turn = page_turn and not line.strip()
    return kept, removed


def mark_headings(lines: list[str]) -> list[Line]:
    """Mark the headings between paragraphs (``Part I``, ``Income section 2``, ``II.``, ``A. Title``).

    A heading line starts after a paragraph has ended; the short unpunctuated lines
    under it (its title, ``Overall policymaking, direction and coordination``) are
    headings too when a heading or a numbered paragraph follows them. A title with no
    numbering of its own is one when it stands between an ended paragraph and the next
    numbered one in sequence (``Budget estimates for the financial period …`` / ``12.
    Approves`` after ``11.``), wrapped over at most two lines. Copied text has no layout to
    tell them, so the test is on form.
    """
    texts = [" ".join(line.split()) for line in lines]
    following = _next_texts(texts)
    kinds: list[str] = []
    previous, after_heading, printed = "", False, 0
    for k, (text, nxt) in enumerate(zip(texts, following, strict=True)):
        if not text:
            kinds.append("")
            continue
        if number := OPERATIVE.match(text):
            printed = int(number[1])
        short = len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((",", ";", ":", "."))
        opens = not previous or previous.endswith(_ENDS) or after_heading or _closes(previous)
        explicit = opens and HEADING.match(text) is not None
        title = after_heading and short and bool(HEADING.match(nxt) or OPERATIVE.match(nxt))
        between = ends_paragraph(previous) and _title_before_number(texts, k) in (1, printed + 1)
        kinds.append("heading" if explicit or title or between else "")
        previous, after_heading = text, explicit or title or between
    return [Line(line, kind) for line, kind in zip(lines, kinds, strict=True)]


def _title_before_number(texts: list[str], k: int) -> int | None:
    """The number ``N.`` after line ``k`` when it and at most one more line are capitalised,
    short and unpunctuated (a title); else None."""
    if not texts[k][:1].isupper():
        return None
    seen = 0
    for j in range(k, len(texts)):  # by index: no copy, no walk from the start
        text = texts[j]
        if not text:
            continue
        if seen and (number := OPERATIVE.match(text)):
            return int(number[1])
        seen += 1
        if seen > MAX_TITLE_LINES or len(text.split()) > MAX_HEADING_WORDS or ends_paragraph(text):
            return None
    return None


def _closes(text: str) -> bool:
    """A closing line (``85th plenary meeting``, ``9 December 1998``): what follows starts afresh."""
    return bool(CLOSING.match(text) or DATE.match(text))


def _next_texts(texts: list[str]) -> list[str]:
    """For each line, the next non-blank line after it ("" at the end)."""
    out, nxt = [], ""
    for text in reversed(texts):
        out.append(nxt)
        nxt = text or nxt
    return out[::-1]


def move_page_notes(text: str) -> str:
    """``text`` with the footnotes printed at page feet moved to the end (see :func:`split_page_notes`)."""
    body, notes = split_page_notes(text)
    return _join(body, notes) if notes else text


def split_page_notes(text: str) -> tuple[list[str], list[str]]:
    """Split footnotes printed at a page foot from the body lines.

    Text copied out of a PDF keeps each page's footnotes where the page ended, between
    two paragraphs. A page-foot block is a run of numbered notes that either follows a
    ``_____`` rule or carries the next footnote number and runs into the page's
    furniture (job number, page number, running header): a body line never does both.

    Returns:
        The body lines, and the footnote lines in order (a note may take several lines).
    """
    lines = text.split("\n")
    body: list[str] = []
    notes: list[str] = []
    expected, i = 1, 0
    while i < len(lines):
        after_rule = bool(_RULE.match(lines[i])) and i + 1 < len(lines)
        start = i + 1 if after_rule else i
        end = _note_run(lines, start, expected if not after_rule else None)
        if end is None:
            body.append(lines[i])
            i += 1
            continue
        run = [line.strip() for line in lines[start:end] if line.strip()]
        notes.extend(run)
        expected = max(int(m[1]) for m in map(FOOTNOTE.match, run) if m) + 1
        i = end
    return body, notes


def _join(body: list[str], notes: list[str]) -> str:
    while body and not body[-1].strip():
        body = body[:-1]
    return "\n".join([*body, *notes]) + "\n" if notes else "\n".join(body)


def _may_follow(number: int, expected: int) -> bool:
    """The next footnote number; before any, a low one (note 1 may sit on the cover)."""
    return number == expected or (expected == 1 and number <= FIRST_NOTE_MAX)


def _note_run(lines: list[str], start: int, expected: int | None) -> int | None:
    """End of the footnote run starting at ``start``, or None if none starts there.

    With ``expected`` (no rule above), the run must open with that footnote number and
    end at page furniture or the end of the text.
    """
    first = lines[start].strip() if start < len(lines) else ""
    m = FOOTNOTE.match(first)
    if not m or OPERATIVE.match(first) or (expected is not None and not _may_follow(int(m[1]), expected)):
        return None
    number, continued, j = int(m[1]), 0, start + 1
    while j < len(lines) and lines[j].strip() and not is_furniture(lines[j]):
        line = lines[j].strip()
        n = FOOTNOTE.match(line)
        out_of_sequence = n is not None and int(n[1]) != number + 1
        if OPERATIVE.match(line) or out_of_sequence or (not n and continued >= MAX_NOTE_LINES):
            break
        number, continued = (int(n[1]), 0) if n else (number, continued + 1)
        j += 1
    ends_page = j < len(lines) and is_furniture(lines[j])  # notes at the very end need no move
    return j if expected is None or ends_page else None


def _is_tabbed(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return sum(line.startswith("\t") for line in lines) > len(lines) * 0.2


def is_hard_wrapped(text: str) -> bool:
    """True for text with no tab-indented paragraphs whose lines break mid-sentence.

    An ODS export has a tab before every paragraph; text copied from a PDF has
    none, and many of its lines end without punctuation and go on in lower case.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or _is_tabbed(text):
        return False
    wrapped = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if not a.rstrip().endswith(_ENDS) and re.match(r"\s*[a-z]", b)
    )
    return wrapped > len(lines) * 0.15
