"""Assemble re-joined lines into the ODS layout: cover, body, closing, footnotes.

Shared by the PDF reader and by plain text that was copied out of a PDF
(hard-wrapped, no tabs), so both come out exactly like an ODS text export.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reslens.ingest.furniture import AGENDA, is_masthead, masthead_block
from reslens.ingest.reflow import CLOSING, DATE, FORMULA, Line, join_footnotes, join_wrapped, rejoin
from reslens.patterns import RESOLUTION_NUMBER, TITLE_LINE

COVER_START = re.compile(
    rf"^(?:Resolutions? adopted|Adopted (?:by|at|on)|Resolution \d|\[|{RESOLUTION_NUMBER})"
)
_FIRST_NOTE = re.compile(r"^1\s+\S")
_PART_LETTER = re.compile(r"^[A-H]$")  # "A" alone on its line: the first of several resolutions in one text


def assemble(
    lines: Sequence[Line], notes: Sequence[str] = (), *, masthead: Sequence[str] = ()
) -> tuple[str, list[str]]:
    """Build the ODS-layout text from body lines and footnote lines.

    Args:
        lines: lines in reading order with layout hints (``Line.kind``).
        notes: footnote lines collected from page feet (may be wrapped).
        masthead: first-page furniture already taken out (the job number at its foot),
            read for metadata only.

    Returns:
        The text, and the masthead lines taken out of it (furniture).
    """
    start = next((i for i, line in enumerate(lines) if FORMULA.match(" ".join(line.text.split()))), 0)
    start = _part_start(lines, start)
    cover, found = cover_lines(lines[:start])
    body = rejoin(lines[start:])
    body, trailing = closing_lines(body)
    footnotes = join_footnotes(list(trailing) + list(notes))
    out = ["[DU1]", *cover, "", "", *body, *footnotes, *masthead_block([*masthead, *found])]
    return "\n".join(out) + "\n", found


def _part_start(lines: Sequence[Line], start: int) -> int:
    """Where the body starts when the opening formula follows a part letter (and a part title).

    ``Resolutions adopted ...`` / ``72/253.  Title`` / ``A`` / ``Part title`` / ``The General
    Assembly``: part A and its title belong to the body, not to the resolution's title.
    """
    for i in range(max(0, start - 2), start):
        if _PART_LETTER.match(lines[i].text.strip()):
            return i
    return start


def cover_lines(lines: Sequence[Line]) -> tuple[list[str], list[str]]:
    """Cover lines (``Resolution adopted by ...``, the title) and masthead lines.

    The agenda item's title, printed under ``Agenda item 3`` in HRC and ECOSOC
    mastheads, is masthead too: every line from the agenda item to the first cover line.
    """
    cover: list[str] = []
    masthead: list[str] = []
    in_title = agenda = False
    for line in lines:
        text = " ".join(line.text.split())
        if not text or text == "[DU1]":  # an ODS artifact already printed by assemble
            in_title = False
            continue
        agenda = agenda and not COVER_START.match(text) and not cover
        if (is_masthead(text) or agenda) and not in_title:
            masthead.append(text)
            agenda = agenda or bool(AGENDA.match(text))
            continue
        title = TITLE_LINE.match(text)
        if title:  # "66/164. Title" -> "66/164.<tab>Title", as an ODS export prints it
            cover.append(f"{text[: title.start('title')].rstrip()}\t{title['title']}")
            in_title = True
        elif in_title:
            cover[-1] = join_wrapped(cover[-1], text)
        else:
            cover.append(text)
    return cover, masthead


def closing_lines(body: list[str]) -> tuple[list[str], list[str]]:
    """Untab the closing meeting/date lines; split off footnotes typed after them.

    Footnotes only follow the closing lines in text copied out of a PDF; a line
    ``1 text`` after the closing date starts them.
    """
    out: list[str] = []
    trailing: list[str] = []
    closed = False
    for line in body:
        text = line.strip()
        if trailing or (closed and _FIRST_NOTE.match(text)):
            trailing.append(text)
        elif CLOSING.match(text) or (closed and DATE.match(text)):
            out += [text] if closed else ["", text]
            closed = True
        else:
            out.append(line)
    return out, trailing
