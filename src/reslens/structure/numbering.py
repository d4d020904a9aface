"""Paragraph ids from the printed numbers: unique and in reading order, whatever the page prints.

Ids follow the printed numbers when they run in sequence (``OP5`` is the paragraph printed
``5.``, ``OP5.b`` its point ``(b)``), so citations hold. A damaged or unusual text can
repeat a number, go back or skip: the numbers that run in sequence (the longest
increasing run) keep their id; a paragraph in a gap of that run takes the missing number
(printed ``999`` between 2 and 4 is ``OP3``); any other takes the id before it with a
suffix, ``OP3~1``, ``OP5.b~1``, which :func:`~reslens.para_ids.para_sort_key` puts right
after it. Every id that is not the printed number is returned as a note: reported, never
silent. The printed number stays in ``Paragraph.number``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from reslens.para_ids import SUFFIX, Piece, piece_key
from reslens.structure.paragraphs import Block

DEPTH_NUMBER, DEPTH_LETTER, DEPTH_ROMAN = 0, 1, 2
BODY = ("preambular", "operative")


@dataclass(frozen=True)
class Numbered:
    """The id piece chosen for one printed token, and whether it departs from the token."""

    piece: str
    departs: bool


def block_ids(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """The para_id of each block and one note per id that is not what the page prints.

    Preamble and operative part are counted per part (and per section where the
    operative numbering restarts under section headings); annex paragraphs and headings
    are counted on through the part.
    """
    restarts = _parts_restarting(blocks)
    divisions = [b.division if b.part in restarts and b.section in BODY else "" for b in blocks]
    ids = [""] * len(blocks)
    notes: list[tuple[int, str]] = []
    counters: dict[tuple[str, str], int] = {}
    bodies: dict[tuple[str, str], list[int]] = {}
    for k, b in enumerate(blocks):
        if b.label:
            continue
        if b.section in BODY:
            bodies.setdefault((b.part, divisions[k]), []).append(k)
        else:
            counters[b.part, b.section] = counters.get((b.part, b.section), 0) + 1
            ids[k] = _full_id(
                b.part,
                divisions[k],
                "ANNEX." if b.section == "annex" else "H",
                str(counters[b.part, b.section]),
            )
    for members in bodies.values():
        _body_ids(blocks, members, divisions, ids, notes)
    _point_ids(blocks, ids, notes)
    return ids, [note for _, note in sorted(notes)]


def _body_ids(
    blocks: list[Block],
    members: list[int],
    divisions: list[str],
    ids: list[str],
    notes: list[tuple[int, str]],
) -> None:
    """``PP1`` … then ``OP1`` … for one part (or section): a paragraph out of that order
    (a preambular one among the operative ones) takes a suffixed id where it stands."""
    sections = [blocks[k].section for k in members]
    split = _preamble_end(sections)
    preamble, operative = members[:split], members[split:]
    counted = iter(range(1, len(preamble) + 1))
    pp_tokens = [str(next(counted)) if blocks[k].section == "preambular" else None for k in preamble]
    op_tokens = [blocks[k].number if blocks[k].section == "operative" else None for k in operative]
    for zone, prefix, tokens in ((preamble, "PP", pp_tokens), (operative, "OP", op_tokens)):
        for k, token, numbered in zip(zone, tokens, sequence(tokens, DEPTH_NUMBER), strict=True):
            b = blocks[k]
            ids[k] = _full_id(b.part, divisions[k], prefix, numbered.piece)
            if token is None:
                where = "among the operative ones" if prefix == "OP" else "before the preamble ends"
                notes.append((k, f"{_line(b)}: {b.section} paragraph {where}: id {ids[k]}"))
            elif numbered.departs and (token or SUFFIX in numbered.piece):
                what = f"paragraph printed {token!r}" if token else "unnumbered paragraph"
                notes.append((k, f"{_line(b)}: {what} out of sequence: id {ids[k]}"))


def _preamble_end(sections: list[str]) -> int:
    """Where the preamble ends: the split leaving fewest preambular paragraphs after it and
    operative ones before it (none in a well-formed text)."""
    misplaced = best = sections.count("preambular")
    split = 0
    for i, section in enumerate(sections, 1):
        misplaced += 1 if section == "operative" else -1
        if misplaced < best:
            best, split = misplaced, i
    return split


def sequence(tokens: list[str | None], depth: int) -> list[Numbered]:
    """Id pieces for printed tokens in document order.

    ``""`` is a paragraph printed without a number (it takes the next number where that
    fits), None one that must not take a number of the sequence (it is out of place).
    Tokens in the longest increasing run keep their value; the rest take the number
    missing in a gap of that run (numbers only) or the piece before them with a suffix.
    """
    keys = [piece_key(t, depth) if t else None for t in tokens]
    kept = _increasing(keys, keep_first=depth > DEPTH_NUMBER)
    next_kept: list[Piece | None] = [None] * len(tokens)
    upcoming: Piece | None = None
    for i in range(len(tokens) - 1, -1, -1):
        next_kept[i] = upcoming
        if i in kept:
            upcoming = keys[i]
    out: list[Numbered] = []
    prev = ""
    for i, token in enumerate(tokens):
        if i in kept:
            piece = str(token)
        else:
            gap = _next_number(prev) if depth == DEPTH_NUMBER and token is not None else ""
            nxt = next_kept[i]
            fits = bool(gap) and (piece_key(gap, depth) < nxt if nxt is not None else not token)
            piece = gap if fits else _suffixed(prev)
        out.append(Numbered(piece, piece != token))
        prev = piece
    return out


def _increasing(keys: list[Piece | None], *, keep_first: bool) -> set[int]:
    """Indices of a longest strictly increasing run of ``keys`` (None: no key), in O(n log n).

    Of two equal keys the first stays in the run (the repeat is the odd one); of two runs
    as long, the one with the smaller values (``1 2 999 4``: 999 is the odd one). With
    ``keep_first`` the run starts at the first key (a point list's first letter is as printed).
    """
    candidates = [i for i, key in enumerate(keys) if key is not None]
    if keep_first and candidates:
        first = candidates[0]
        candidates = [first, *(i for i in candidates[1:] if keys[i] > keys[first])]
    tails: list[Piece] = []  # the smallest last key of a run of each length so far
    tail_index: list[int] = []
    before: dict[int, int] = {}
    for i in candidates:
        key = keys[i]
        at = bisect_left(tails, key)
        if at < len(tails) and tails[at] == key:
            continue  # a repeat: the earlier one keeps its place
        if at:
            before[i] = tail_index[at - 1]
        tails[at : at + 1], tail_index[at : at + 1] = [key], [i]
    run: set[int] = set()
    i = tail_index[-1] if tail_index else None
    while i is not None:
        run.add(i)
        i = before.get(i)
    return run


def _next_number(prev: str) -> str:
    """The number after piece ``prev`` (``3`` and ``3~1`` -> ``4``; nothing yet -> ``1``)."""
    base = prev.split(SUFFIX)[0]
    if not prev:
        return "1"
    return str(int(base) + 1) if base.isdigit() else ""


def _suffixed(prev: str) -> str:
    """``3`` -> ``3~1``, ``3~1`` -> ``3~2``; before any piece, ``0~1``."""
    base, _, k = (prev or "0").partition(SUFFIX)
    return f"{base}{SUFFIX}{int(k or 0) + 1}"


def _point_ids(blocks: list[Block], ids: list[str], notes: list[tuple[int, str]]) -> None:
    """Ids of lettered points and romanettes under the paragraph above them, in place."""
    parent, points = -1, []
    for k, b in enumerate(blocks + [Block("end")]):
        if b.label and parent >= 0:
            points.append(k)
            continue
        if points:
            _points_under(blocks, ids, notes, parent, points)
        parent, points = k, []


def _points_under(
    blocks: list[Block], ids: list[str], notes: list[tuple[int, str]], parent: int, points: list[int]
) -> None:
    """Letters first (``(a)`` … ``(z)``, ``(aa)``), then the romanettes of each letter."""
    items: list[list[int]] = []  # a letter point and the romanette blocks under it
    for k in points:
        top, _, roman = blocks[k].label.partition(".")
        if roman and items and blocks[items[-1][0]].label.partition(".")[0] == top:
            items[-1].append(k)
        else:
            items.append([k])
    letters = sequence([blocks[item[0]].label.partition(".")[0] for item in items], DEPTH_LETTER)
    for item, letter in zip(items, letters, strict=True):
        romans_at = [k for k in item if "." in blocks[k].label]
        romans = sequence([blocks[k].label.partition(".")[2] for k in romans_at], DEPTH_ROMAN)
        roman_of = dict(zip(romans_at, romans, strict=True))
        for k in item:
            roman = roman_of.get(k)
            ids[k] = f"{ids[parent]}.{letter.piece}" + (f".{roman.piece}" if roman else "")
            if letter.departs or (roman and roman.departs):
                printed = blocks[k].label.split(".")[-1]
                notes.append(
                    (k, f"{_line(blocks[k])}: point printed '({printed})' out of sequence: id {ids[k]}")
                )


def _line(b: Block) -> str:
    return f"line {b.segments[0][0] + 1}" if b.segments else "line ?"


def _full_id(part: str, division: str, prefix: str, piece: str) -> str:
    local = f"{division}.{prefix}{piece}" if division else f"{prefix}{piece}"
    return f"{part}:{local}" if part else local


def _parts_restarting(blocks: list[Block]) -> set[str]:
    """Parts whose operative numbering starts again at 1 under a new section heading
    (``I`` 1-5, ``II`` 1-4): their ids need the section."""
    last: dict[str, str] = {}
    restarts = set()
    for b in blocks:
        if b.section == "operative" and b.number and not b.label:
            if b.part in last and int(b.number) == 1 and b.division != last[b.part]:
                restarts.add(b.part)
            last[b.part] = b.division
    return restarts
