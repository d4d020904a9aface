"""The parts of a Word (OOXML) package, read within bounds.

A DOCX is a zip of XML parts. This module opens the parts the resolution reader
needs (styles, list numbering, footnotes, page headers and footers) and resolves
what a paragraph inherits from them, once per style or list, so reading stays linear
in the size of the document. Every part is decompressed with a size limit and
parsed without entities or network access: a small zip can expand into gigabytes,
and a hostile file must give a :class:`~reslens.errors.ResolutionError`, not hang.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePosixPath
from typing import Any

from lxml import etree

from reslens.errors import ResolutionError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

MAX_PART_BYTES = 64 * 2**20
"""Decompressed size of one XML part; the longest UN resolutions hold a few MB."""
MAX_PARAGRAPHS = 100_000
"""Paragraphs in one part; a 56-page resolution has about 1,500."""
MAX_ELEMENTS = 500_000
"""XML elements in one part, whatever they are (runs, cells, bookmarks); a 10-page budget resolution
with 75 table rows has 12,000."""
_OFF = ("0", "false", "off")
BODY_TAGS = (f"{W}p", f"{W}tbl", f"{W}sdt", f"{W}sectPr")
"""What the body holds that the reader reads: paragraphs, tables, content controls, the last section."""


def is_on(element: etree._Element | None) -> bool:
    """A Word toggle property (``<w:i/>``, ``<w:i w:val="0"/>``): present and not switched off."""
    return element is not None and element.get(f"{W}val", "1").lower() not in _OFF


@dataclass(frozen=True)
class ListLevel:
    """How one level of a Word list prints its number: ``%1.`` in ``decimal``, ``(%2)`` in ``lowerLetter``."""

    text: str = "%1."
    fmt: str = "decimal"
    start: int = 1


@dataclass
class Package:
    """An opened DOCX: its parts on demand, style and list definitions resolved once.

    Args:
        data: the file's bytes.
        path: the file name, for messages.
    """

    data: bytes
    path: str
    _zip: zipfile.ZipFile = field(init=False, repr=False)
    _cache: dict[tuple[str, str], object] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(self.data))
        except zipfile.BadZipFile as exc:
            raise self.invalid(str(exc)) from None

    def invalid(self, problem: str) -> ResolutionError:
        return ResolutionError(self.path, f"DOCX is not valid: {problem}")

    def has(self, name: str) -> bool:
        return name in self._zip.namelist()

    def read(self, name: str) -> bytes:
        """The decompressed bytes of part ``name``, refused past :data:`MAX_PART_BYTES`."""
        try:
            with self._zip.open(name) as member:
                data = member.read(MAX_PART_BYTES + 1)
        except KeyError:
            raise self.invalid(f"no {name} inside") from None
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise self.invalid(f"{name} cannot be unpacked ({exc})") from None
        if len(data) > MAX_PART_BYTES:
            raise ResolutionError(
                self.path, f"{name} unpacks to more than {MAX_PART_BYTES // 2**20} MB; not a resolution"
            )
        return data

    def xml(self, name: str) -> etree._Element:
        """Part ``name`` parsed whole (for the small parts: styles, lists, headers, relations)."""
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            return etree.fromstring(self.read(name), parser)
        except etree.XMLSyntaxError as exc:
            raise self.invalid(f"{name} is not well-formed XML ({exc})") from None

    def iter_children(self, name: str, container: str, tags: tuple[str, ...]) -> Iterator[etree._Element]:
        """The children of the ``container`` element of part ``name`` named in ``tags``, one at a time.

        Each child is yielded once complete and freed afterwards, so memory stays
        bounded; more than :data:`MAX_PARAGRAPHS` paragraphs or :data:`MAX_ELEMENTS`
        elements stops the reading.
        """
        events = etree.iterparse(
            io.BytesIO(self.read(name)), events=("end",), resolve_entities=False, no_network=True
        )
        paragraphs = elements = 0
        try:
            for _, element in events:
                elements += 1
                paragraphs += element.tag == f"{W}p"
                if paragraphs > MAX_PARAGRAPHS or elements > MAX_ELEMENTS:
                    what = (
                        f"{MAX_PARAGRAPHS:,} paragraphs"
                        if paragraphs > MAX_PARAGRAPHS
                        else f"{MAX_ELEMENTS:,} elements"
                    )
                    raise ResolutionError(self.path, f"{name} holds more than {what}; not a resolution")
                parent = element.getparent()
                if parent is not None and parent.tag == container and element.tag in tags:
                    yield element
                    element.clear()
                    while element.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as exc:
            raise self.invalid(f"{name} is not well-formed XML ({exc})") from None

    # --- what paragraphs and runs inherit ------------------------------------------------

    @cached_property
    def _styles(self) -> dict[str, etree._Element]:
        if not self.has("word/styles.xml"):
            return {}
        root = self.xml("word/styles.xml")
        return {s.get(f"{W}styleId", ""): s for s in root.iter(f"{W}style")}

    def _style_chain(self, style_id: str) -> Iterator[etree._Element]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val", "") if based is not None else ""

    def style_numbering(self, style_id: str) -> tuple[str, int] | None:
        """``(numId, level)`` a paragraph style numbers its paragraphs with, if any."""
        return self._style_cache("num", style_id, self._find_style_numbering)

    def style_italic(self, style_id: str) -> bool:
        """Whether a character style prints its runs in italics."""
        return self._style_cache("italic", style_id, self._find_style_italic)

    def _style_cache(self, kind: str, style_id: str, find: Callable[[str], Any]) -> Any:
        """``find(style_id)``, computed once per style and kind, not once per paragraph."""
        key = (kind, style_id)
        if key not in self._cache:
            self._cache[key] = find(style_id)
        return self._cache[key]

    def _find_style_numbering(self, style_id: str) -> tuple[str, int] | None:
        for style in self._style_chain(style_id):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                return numbering_of(num_pr)
        return None

    def _find_style_italic(self, style_id: str) -> bool:
        for style in self._style_chain(style_id):
            italic = style.find(f"{W}rPr/{W}i")
            if italic is not None:
                return is_on(italic)
        return False

    @cached_property
    def _lists(self) -> dict[str, dict[int, ListLevel]]:
        """numId -> level -> how it prints, from ``word/numbering.xml``."""
        if not self.has("word/numbering.xml"):
            return {}
        root = self.xml("word/numbering.xml")
        abstract = {a.get(f"{W}abstractNumId"): _levels(a) for a in root.iter(f"{W}abstractNum")}
        lists = {}
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{W}val") if ref is not None else None, {}))
            for override in num.iter(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                level = int(override.get(f"{W}ilvl", "0"))
                if start is not None and level in levels:
                    base = levels[level]
                    levels[level] = ListLevel(base.text, base.fmt, int(start.get(f"{W}val", "1")))
            lists[num.get(f"{W}numId", "")] = levels
        return lists

    def list_level(self, num_id: str, level: int) -> ListLevel | None:
        """How list ``num_id`` prints ``level``; None when the package does not define it."""
        return self._lists.get(num_id, {}).get(level)

    # --- footnotes, headers and footers ---------------------------------------------------

    def notes(self) -> dict[str, etree._Element]:
        """``footnote:<id>`` and ``endnote:<id>`` -> the note element, Word's separators left out.

        UN templates print endnotes with the same Arabic numbers as footnotes, so both
        are read; the key says which part a reference points into.
        """
        notes = {}
        for kind in ("footnote", "endnote"):
            name = f"word/{kind}s.xml"
            if not self.has(name):
                continue
            for note in self.iter_children(name, f"{W}{kind}s", (f"{W}{kind}",)):
                if note.get(f"{W}type") not in ("separator", "continuationSeparator", "continuationNotice"):
                    notes[f"{kind}:{note.get(f'{W}id', '')}"] = _detached(note)
        return notes

    def page_parts(self) -> list[str]:
        """Header and footer parts, those of the first page first.

        The first page's header is the masthead (symbol, body, distribution date);
        the others repeat the symbol and title as running heads.
        """
        rels = self._relations()
        first: list[str] = []
        for ref in self._section_references():
            target = rels.get(ref.get(f"{_R}id", ""))
            if target and ref.get(f"{W}type") == "first" and target not in first:
                first.append(target)
        names = sorted(n for n in self._zip.namelist() if PurePosixPath(n).parent.name == "word")
        rest = [n for n in names if PurePosixPath(n).name.startswith(("header", "footer")) and n not in first]
        return first + [n for n in rest if n.endswith(".xml")]

    def _relations(self) -> dict[str, str]:
        if not self.has("word/_rels/document.xml.rels"):
            return {}
        root = self.xml("word/_rels/document.xml.rels")
        return {
            rel.get("Id", ""): str(
                PurePosixPath("word") / rel.get("Target", "").lstrip("/").removeprefix("word/")
            )
            for rel in root.iter(f"{_RELS}Relationship")
        }

    def _section_references(self) -> list[etree._Element]:
        """Header/footer references of the first section (its ``sectPr`` comes first in the body)."""
        for element in self.iter_children("word/document.xml", f"{W}body", BODY_TAGS):
            sect = element if element.tag == f"{W}sectPr" else element.find(f"{W}pPr/{W}sectPr")
            if sect is not None:
                return [_detached(r) for r in sect if r.tag in (f"{W}headerReference", f"{W}footerReference")]
        return []


def numbering_of(num_pr: etree._Element) -> tuple[str, int] | None:
    """``(numId, level)`` of a ``<w:numPr>``; None for ``numId`` 0, Word's "no list"."""
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    value = num_id.get(f"{W}val", "") if num_id is not None else ""
    if value in ("", "0"):
        return None
    return value, int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0


def _levels(abstract: etree._Element) -> dict[int, ListLevel]:
    levels = {}
    for lvl in abstract.iter(f"{W}lvl"):
        text, fmt, start = lvl.find(f"{W}lvlText"), lvl.find(f"{W}numFmt"), lvl.find(f"{W}start")
        levels[int(lvl.get(f"{W}ilvl", "0"))] = ListLevel(
            text.get(f"{W}val", "") if text is not None else "",
            fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
            int(start.get(f"{W}val", "1")) if start is not None else 1,
        )
    return levels


def _detached(element: etree._Element) -> etree._Element:
    """A copy that survives the streaming parser freeing the original."""
    return etree.fromstring(etree.tostring(element))
