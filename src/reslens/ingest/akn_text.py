"""Flatten AKN4UN inline markup into ODS-style text, collecting footnotes.

AKN puts a footnote where its marker stands (``<authorialNote marker="3">``);
an ODS export glues the marker to the preceding word (``Rights,3 the``) and prints
the note at the end. :class:`Notes` gathers the notes in document order while
:func:`inline_text` writes the glued marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from reslens.ingest.markers import MARK

_SPACE = re.compile(r"\s+")
_SKIP = {"img", "meta"}
_SPACED = {"docDate", "date"}  # AKN often omits the space before these (``on<docDate>``)


def local(el: etree._Element) -> str:
    """Return the tag name without its namespace ("" for comments and PIs).

    Split on ``}`` rather than building an ``etree.QName``: this runs for every element of
    every file, and QName made it a tenth of a whole-corpus structure run."""
    tag = el.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def children(el: etree._Element, *names: str) -> list[etree._Element]:
    """Direct child elements, optionally only those with the given local names."""
    return [c for c in el if local(c) and (not names or local(c) in names)]


def first(el: etree._Element | None, name: str) -> etree._Element | None:
    """The first descendant with local name ``name`` (namespace-agnostic)."""
    if el is None:
        return None
    return next(el.iter(f"{{*}}{name}"), None)


@dataclass
class Notes:
    """Footnotes met while flattening, as (marker, text) in document order."""

    items: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The notes as ODS footnote lines ``N text``."""
        return [f"{marker} {text}".strip() for marker, text in self.items]


def collapse(text: str) -> str:
    """Collapse runs of whitespace (tabs, newlines, NBSP kept) to one space."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def inline_text(el: etree._Element, notes: Notes | None = None) -> str:
    """Flatten ``el`` to one line; footnote markers are glued, ``<eol/>`` gives \\n.

    Args:
        el: an AKN element holding inline content (``p``, ``docTitle``, ...).
        notes: where footnote texts go; ``None`` drops them (and their markers).

    Returns:
        The text with whitespace collapsed per line.
    """
    parts: list[str] = []
    _walk(el, parts, notes)
    return "\n".join(collapse(line) for line in "".join(parts).split("\n")).strip("\n")


def _walk(el: etree._Element, parts: list[str], notes: Notes | None) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        name = local(child)
        if name == "authorialNote":
            if notes is not None:
                marker = child.get("marker", "").strip()
                _strip_trailing_space(parts)
                parts.append(MARK + marker)
                body = " ".join(inline_text(p) for p in children(child) or [child])
                notes.items.append((marker, collapse(body)))
        elif name == "eol":
            parts.append("\n")
        elif name == "sup" and notes is not None and _repeats_a_note(child, notes):
            parts.append(MARK + (child.text or "").strip())  # a note's marker printed again
        elif name and name not in _SKIP:
            if name in _SPACED and parts and parts[-1][-1:].isalnum():
                parts.append(" ")
            _walk(child, parts, notes)
        if child.tail:
            parts.append(child.tail)


def _repeats_a_note(sup: etree._Element, notes: Notes) -> bool:
    """A superscript number of a note met earlier: its marker printed again (``<sup>8</sup>``).

    Other superscripts (``1<sup>st</sup>``, ``km<sup>2</sup>`` before any note 2) stay text.
    """
    text = (sup.text or "").strip()
    return len(sup) == 0 and text.isdigit() and any(marker == text for marker, _ in notes.items)


def italic_head(p: etree._Element) -> str:
    """The words printed in italics at the head of ``p`` (the opening phrase), or ``""``.

    Consecutive italic spans separated only by spaces count as one
    (``<i>Recalling</i> <i>also</i>``).
    """
    if (p.text or "").strip():
        return ""
    words: list[str] = []
    for child in p:
        if not _is_italic(child):
            break
        words.append(inline_text(child))
        if (child.tail or "").strip():
            break
    return collapse(" ".join(words))


def _is_italic(el: etree._Element) -> bool:
    return local(el) == "i" or (local(el) == "span" and "italic" in el.get("class", "").split())


def _strip_trailing_space(parts: list[str]) -> None:
    """Glue a marker to the preceding word, as ODS exports print it."""
    while parts and parts[-1] and parts[-1][-1].isspace():
        parts[-1] = parts[-1].rstrip()
        if not parts[-1]:
            parts.pop()
