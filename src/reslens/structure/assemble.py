"""Turn found blocks and footnotes into :class:`Paragraph` and :class:`Footnote` records.

Identifiers come from :mod:`reslens.structure.numbering`; the printed number, if any,
is kept in ``Paragraph.number``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from reslens.model import Footnote, Paragraph
from reslens.para_ids import parent_of
from reslens.structure.accounting import Ledger
from reslens.structure.footnotes import FootnoteLines, Marker, find_markers, footnote_text, strip_markers
from reslens.structure.paragraphs import Block
from reslens.structure.phrases import Phrase, opening_phrase, phrase_of_lead

META = "META"


def build(
    ledger: Ledger,
    blocks: list[Block],
    ids: list[str],
    notes: list[FootnoteLines],
    title: str,
    italic_leads: Mapping[int, str] | None = None,
    *,
    marked: Collection[tuple[int, int]] = (),
    body: str = "",
) -> tuple[tuple[Paragraph, ...], tuple[Footnote, ...], str]:
    """Paragraphs and footnotes with markers placed and removed; also the clean title.

    ``ids`` are the blocks' para_ids (:func:`reslens.structure.numbering.block_ids`).

    ``italic_leads`` (line index -> words the file prints in italics at its head)
    gives a paragraph starting on that line its opening phrase verbatim; without them
    the adopting ``body`` (``Security Council``) says how far its phrases usually run.
    ``marked`` holds the (line index, column) of each marker the file marks as one
    (``Source.markers``).
    """
    leads = italic_leads or {}
    owners: list[int] = [-1]  # segment -> block index (-1: the title)
    texts: list[str] = [title]
    marked_on: dict[int, list[int]] = {}  # line -> columns of the markers the file marks
    for line, col in marked:
        marked_on.setdefault(line, []).append(col)
    known: set[tuple[int, int]] = set()  # (segment, start) of those markers
    for k, b in enumerate(blocks):
        for i, s, e in b.segments:
            owners.append(k)
            texts.append(ledger.lines[i][s:e])
            known.update((len(texts) - 1, col - s) for col in marked_on.get(i, ()) if s <= col < e)
    markers = find_markers(texts, [fn.number for fn in notes], known if marked else None)
    by_segment: dict[int, list[Marker]] = {}
    for m in sorted(markers, key=lambda m: (m.segment, m.start)):  # document order within a paragraph
        by_segment.setdefault(m.segment, []).append(m)
    clean = [strip_markers(t, [(m.start, m.end) for m in by_segment.get(j, [])]) for j, t in enumerate(texts)]
    segments_of: dict[int, list[int]] = {}
    for j, owner in enumerate(owners):
        segments_of.setdefault(owner, []).append(j)
    paragraphs = []
    for k, b in enumerate(blocks):
        segs = segments_of.get(k, [])
        text = " ".join(" ".join(clean[j] for j in segs).split())
        numbers = tuple(m.number for j in segs for m in by_segment.get(j, []))
        lead = _lead(b, text, leads.get(b.segments[0][0], "") if b.segments else "", body)
        paragraphs.append(_paragraph(ids[k], b, text, numbers, lead, ordinal=_preamble_ordinal(ids[k])))
    where: dict[int, str] = {}
    doubts: dict[int, str] = {}
    for m in markers:  # the first marker of a number places it; repeats come after
        where.setdefault(m.number, META if owners[m.segment] < 0 else ids[owners[m.segment]])
        doubts.setdefault(m.number, m.note)
    footnotes = tuple(
        Footnote(fn.number, where.get(fn.number, ""), footnote_text(ledger, fn), doubts.get(fn.number, ""))
        for fn in notes
    )
    return tuple(paragraphs), footnotes, " ".join(clean[0].split())


def _preamble_ordinal(para_id: str) -> str:
    """``3`` for ``PP3`` and its points ``PP3.a``; empty for a preambular paragraph without a PP id."""
    _, found, ordinal = parent_of(para_id).rpartition("PP")
    return ordinal if found else ""


def _lead(b: Block, text: str, italic: str, body: str) -> Phrase | None:
    """The opening phrase: the italics when the file has them and they head the text, else grammar."""
    if b.label:
        return None
    italic = " ".join(italic.split()).rstrip(" ,;:")
    if italic and text.startswith(italic):
        return phrase_of_lead(italic, b.section)
    return opening_phrase(text, b.section, body=body)


def _paragraph(
    para_id: str, b: Block, text: str, footnotes: tuple[int, ...], lead: Phrase | None, ordinal: str
) -> Paragraph:
    number = ordinal if b.section == "preambular" else b.number or b.letter
    return Paragraph(
        para_id=para_id,
        section=b.section,
        number=number,
        text=text,
        opening_phrase=lead.opening_phrase if lead else "",
        phrase=lead.phrase if lead else "",
        modifier=lead.modifier if lead else "",
        footnotes=footnotes,
        part=b.part,
    )
