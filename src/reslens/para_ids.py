"""Order paragraph ids the way diplomats read them: PP1 … PPn, OP1, OP2, OP2.a, …, ANNEX.1.

String order puts ``OP10`` before ``OP2``; every table and chart that walks a resolution
in reading order sorts with :func:`para_sort_key` instead.
"""

from __future__ import annotations

import re

SECTION_ORDER = ("PP", "OP", "ANNEX")
_PART = re.compile(r"^(?:(?P<part>[A-Z]{1,2}):)?(?P<prefix>[A-Za-z]+)\.?(?P<rest>.*)$")


def para_sort_key(para_id: str) -> tuple[str, int, tuple[tuple[int, int | str], ...]]:
    """Sort key for a ``para_id`` (``PP3``, ``OP5.b``, ``ANNEX.2``, ``B:OP1``, ``H1``).

    Unknown prefixes sort after the known sections, numbers numerically, letters
    alphabetically, so ``OP2 < OP2.a < OP2.b < OP10``.
    """
    match = _PART.match(str(para_id).strip())
    if match is None:
        return ("~", len(SECTION_ORDER), ((1, str(para_id)),))
    prefix = match["prefix"].upper()
    rank = SECTION_ORDER.index(prefix) if prefix in SECTION_ORDER else len(SECTION_ORDER)
    pieces = tuple(
        (0, int(piece)) if piece.isdigit() else (1, piece)
        for piece in re.split(r"[.\s]+", match["rest"])
        if piece
    )
    return (match["part"] or "", rank, pieces)


_POINTS = re.compile(r"(?:\.[a-z]+)+$")  # ".a", ".a.i": lettered points and romanettes (lower case)


def is_point(para_id: str) -> bool:
    """True for a lettered sub-paragraph (``OP5.a``, ``OP5.a.i``, ``ANNEX.2.b``, ``B:I.OP1.c``).

    Section parts of an id are upper case (``B:II.A.OP1``), so they are never taken for points.
    """
    return bool(_POINTS.search(str(para_id)))


def parent_of(para_id: str) -> str:
    """The numbered paragraph a point belongs to (``OP5.a.i`` -> ``OP5``); other ids unchanged."""
    return _POINTS.sub("", str(para_id))
