"""Order paragraph ids the way diplomats read them: PP1 … PPn, OP1, OP2, OP2.a, …, ANNEX.1.

String order puts ``OP10`` before ``OP2``; every table and chart that walks a resolution
in reading order sorts with :func:`para_sort_key` instead. The parser gives ids in that
order (``structure/numbering.py``): a paragraph whose printed number repeats or goes
backwards gets the id before it with a suffix, ``OP5~1``, ``OP5.b~1``, which sorts after
``OP5`` and its points and before ``OP6``.
"""

from __future__ import annotations

import re

SECTION_ORDER = ("PP", "OP", "ANNEX")
SUFFIX = "~"  # OP5~1: the first paragraph after OP5 whose printed number is out of sequence
_ID = re.compile(
    r"^(?:(?P<part>[A-Z]{1,2}):)?"  # B:
    r"(?:(?P<roman>[IVXL]+)\.)?(?:(?P<letter>[A-Z])\.)?"  # II.A. : the operative section heading
    r"(?P<prefix>[A-Za-z]+)\.?(?P<rest>.*)$"
)
_PIECE = re.compile(rf"^(?P<base>[^{SUFFIX}]*)(?:{SUFFIX}(?P<k>\d+))?$")
_ROMAN = re.compile(r"^(?=[ivxlc]+$)(?:c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_AFTER_Z = "{"  # sorts after "z": a doubled letter (aa, bb) comes after (z)

Piece = tuple[int, int, str, int]  # kind (0 number, 1 text), number, text, suffix


def para_sort_key(para_id: str) -> tuple[str, int, tuple[int, str], int, tuple[Piece, ...]]:
    """Sort key for a ``para_id`` (``PP3``, ``OP5.b``, ``ANNEX.2``, ``B:II.A.OP1``, ``OP5~1``, ``H1``).

    Parts first, then the body (preamble and operative part, section by section) before
    the annex; numbers numerically, lettered points alphabetically with ``(aa)`` after
    ``(z)``, romanettes by value, and a suffixed id right after the one it follows:
    ``OP2 < OP2.a < OP2.a.ix < OP2~1 < OP10``. Unknown prefixes sort after the known sections.
    """
    match = _ID.match(str(para_id).strip())
    if match is None:
        return ("~", len(SECTION_ORDER), (0, ""), len(SECTION_ORDER), ((1, 0, str(para_id), 0),))
    prefix = match["prefix"].upper()
    rank = SECTION_ORDER.index(prefix) if prefix in SECTION_ORDER else len(SECTION_ORDER)
    body = 0 if rank < SECTION_ORDER.index("ANNEX") else rank
    division = (_roman_value(match["roman"].lower()) if match["roman"] else 0, match["letter"] or "")
    pieces = tuple(
        piece_key(piece, depth) for depth, piece in enumerate(re.split(r"[.\s]+", match["rest"])) if piece
    )
    return (match["part"] or "", body, division, rank, pieces)


def piece_key(piece: str, depth: int) -> Piece:
    """The sort key of one piece of an id: ``5``, ``5~1`` (depth 0), ``b`` (1), ``iv`` (2)."""
    match = _PIECE.match(piece)
    base, suffix = (match["base"], int(match["k"] or 0)) if match else (piece, 0)
    if base.isdigit():
        return (0, int(base), "", suffix)
    if depth >= 2 and _ROMAN.match(base):
        return (0, _roman_value(base), "", suffix)
    if depth == 1 and len(base) > 1 and len(set(base)) == 1 and base[0] not in "ivxl":
        base = _AFTER_Z * (len(base) - 1) + base[0]  # (aa) after (z); (ii), (iv) are romanettes
    return (1, 0, base, suffix)


def _roman_value(roman: str) -> int:
    values = [_ROMAN_VALUES.get(ch, 0) for ch in roman.lower()]
    return sum(-v if nxt > v else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


_POINTS = re.compile(rf"(?:\.[a-z]+(?:{SUFFIX}\d+)?)+$")  # ".a", ".a.i", ".b~1": lettered points


def is_point(para_id: str) -> bool:
    """True for a lettered sub-paragraph (``OP5.a``, ``OP5.a.i``, ``ANNEX.2.b``, ``B:I.OP1.c``).

    Section parts of an id are upper case (``B:II.A.OP1``), so they are never taken for points.
    """
    return bool(_POINTS.search(str(para_id)))


def parent_of(para_id: str) -> str:
    """The numbered paragraph a point belongs to (``OP5.a.i`` -> ``OP5``); other ids unchanged."""
    return _POINTS.sub("", str(para_id))
