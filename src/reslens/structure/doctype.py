"""What kind of document a text is, and who sponsors it when it is a draft.

A draft's cover names its sponsors before the kind of text, the list wrapped over
lines: ``France, Guinea, Indonesia, … and State of`` / ``Palestine:** draft decision``,
the title on the lines after it. An amendment says so the same way
(``…: amendments to draft resolution A/C.3/80/L.41``). An adopted text says
``Resolution adopted by …`` or ``Decision adopted by …``.
"""

from __future__ import annotations

import re

from reslens.lexicons import lexicon_view
from reslens.structure.accounting import Ledger

DOC_TYPES = (
    "resolution", "draft resolution", "revised draft resolution", "draft decision", "decision", "amendment",
)  # fmt: skip
KIND = re.compile(r"^[\s*]*+(?P<kind>(?:revised )?draft (?:resolution|decision)|amendments?\b.*)$", re.I)
DECISION_ADOPTED = re.compile(r"^\s*Decisions? adopted by the ", re.I)
WRAPPED_LIST = re.compile(r"(?:,|\(|\b(?:and|of|the))\s*$")  # a sponsor list goes on after this
NOTE_MARK = re.compile(r"\*+")
MAX_LIST_LINES = 12


def read_document_type(ledger: Ledger, stop: int) -> dict[str, object]:
    """``doc_type``, and for drafts ``sponsors`` (a tuple) and the ``title``, from the lines before ``stop``.

    Claims the lines it reads. Returns ``{}`` when no line says what the text is.
    """
    lines = ledger.lines
    for i in range(stop):
        if not ledger.is_free(i):
            continue
        if DECISION_ADOPTED.match(lines[i]):
            return {"doc_type": "decision"}
        sponsors, colon, after = lines[i].rpartition(":")  # the kind follows the list's colon
        m = KIND.match(after.rstrip()) if colon and sponsors.strip() else None
        if not m:
            continue
        first = _list_start(lines, i, ledger)
        listed = " ".join([*(lines[k].strip() for k in range(first, i)), sponsors.strip()])
        for k in range(first, i + 1):
            ledger.claim(k, "metadata")
        title_lines = _title_lines(ledger, i + 1, stop)
        for k in title_lines:
            ledger.claim(k, "metadata")
        kind = m["kind"].lower()
        return {
            "doc_type": "amendment" if kind.startswith("amendment") else kind,
            "sponsors": split_sponsors(listed),
            "title": " ".join(lines[k].strip() for k in title_lines),
        }
    return {}


def split_sponsors(listed: str) -> tuple[str, ...]:
    """``Austria, Bosnia and Herzegovina and Chile`` -> the three names, as written.

    Names that hold an ``and`` (``Trinidad and Tobago``) are kept whole: the Member
    States lexicon lists them.
    """
    text = " ".join(NOTE_MARK.sub(" ", listed).split())
    names_with_and = _names_with_and()
    protected = text
    for k, name in enumerate(names_with_and):
        protected = protected.replace(name, f"\x00{k}\x00")
    pieces = [p for chunk in protected.split(",") for p in re.split(r"\s+and\s+", chunk.strip())]
    restored = [re.sub(r"\x00(\d+)\x00", lambda g: names_with_and[int(g[1])], p).strip() for p in pieces]
    return tuple(p for p in restored if p)


def _list_start(lines: list[str], i: int, ledger: Ledger) -> int:
    """First line of a sponsor list that ends on line ``i`` (earlier lines end mid-list)."""
    first = i
    while first > 0 and i - first < MAX_LIST_LINES:
        prev = lines[first - 1].strip()
        if not prev or not ledger.is_free(first - 1) or not WRAPPED_LIST.search(prev):
            break
        first -= 1
    return first


def _title_lines(ledger: Ledger, start: int, stop: int) -> list[int]:
    """The draft's title: the free lines after the kind line, up to a blank line or the body."""
    out = []
    for k in range(start, stop):
        if not ledger.lines[k].strip():
            if out:
                break
            continue
        if not ledger.is_free(k):
            break
        out.append(k)
    return out


def _names_with_and() -> tuple[str, ...]:
    return lexicon_view("member_states", None, _build_names_with_and)


def _build_names_with_and(entries: list[dict]) -> tuple[str, ...]:
    names = {n for e in entries for n in [e["name"], *e.get("variants", [])] if " and " in n}
    return tuple(sorted(names, key=len, reverse=True))
