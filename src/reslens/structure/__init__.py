"""Structure stage: ODS-layout text -> :class:`~reslens.model.Resolution`.

``parse(source)`` reads metadata (head, closing and cover lines), splits the body into
preambular, operative, lettered, heading and annex paragraphs, places footnote
markers, collects citations and accounts for every character of the input: what
no rule placed is returned as ``Resolution.leftovers`` and warned about. Paragraph ids
whose printed number is out of sequence are listed in ``metadata["numbering"]`` and
warned about too (:mod:`reslens.structure.numbering`).
"""

from __future__ import annotations

import re
import warnings

from reslens.errors import ResolutionError
from reslens.model import Resolution, Source
from reslens.structure import metadata as md
from reslens.structure.accounting import Ledger
from reslens.structure.assemble import META, build
from reslens.structure.doctype import read_document_type
from reslens.structure.footnotes import find_footnote_block
from reslens.structure.furniture import claim_furniture
from reslens.structure.language import detect_language
from reslens.structure.numbering import block_ids
from reslens.structure.paragraphs import NUMBERED, PART, is_formula, split_blocks
from reslens.structure.references import find_references

__all__ = ["parse", "unaccounted"]


def parse(source: Source) -> Resolution:
    """Parse one resolution in the ODS plain-text layout.

    Raises:
        ResolutionError: the text is not an English UN resolution, or stops before
            its operative part.

    Example:
        >>> res = parse(Source(path="A_RES_66_164.txt", fmt="text", text=text))
        >>> res.paragraphs[0].para_id, res.metadata["symbol"]
        ('PP1', 'A/RES/66/164')
    """
    resolution, ledger = _parse(source)
    if resolution.leftovers:
        warnings.warn(
            f"{source.path}: {len(resolution.leftovers)} line(s) of text could not be placed "
            f"(first: line {resolution.leftovers[0].line_no}: {resolution.leftovers[0].text[:60]!r})",
            stacklevel=2,
        )
    if numbering := str(resolution.metadata.get("numbering", "")):
        notes = numbering.split("; ")
        warnings.warn(
            f"{source.path}: {len(notes)} paragraph number(s) out of sequence, ids differ from them "
            f"(first: {notes[0]}; all in metadata['numbering'])",
            stacklevel=2,
        )
    return resolution


def unaccounted(source: Source) -> set[tuple[int, int]]:
    """(line, column) of every non-space input character that no part of the parse placed.

    Empty when the accounting is complete: each character is metadata, paragraph,
    footnote or furniture.
    """
    return _parse(source)[1].unaccounted()


def _parse(source: Source) -> tuple[Resolution, Ledger]:
    _check_language(source)
    lines = source.text.splitlines()
    ledger = Ledger(lines)
    start = _body_start(lines)
    if start is None:
        raise ResolutionError(
            source.path, "expected a UN resolution: no preamble or operative paragraphs found"
        )
    meta = read_document_type(ledger, start)
    _merge(meta, md.read_head(ledger, start))
    _merge(meta, md.read_cover(ledger))
    closing, closing_lines = md.read_closing(ledger, start)
    _merge(meta, closing)
    _merge(meta, md.read_star_notes(ledger, max(closing_lines, default=start)))
    meta = md.complete({k: v for k, v in meta.items() if v != ""})
    claim_furniture(ledger, symbol=str(meta["symbol"]))
    notes = find_footnote_block(ledger, max(closing_lines, default=start))
    stop = notes[0].lines[0] if notes else len(lines)
    blocks = split_blocks(ledger, start, stop)
    _check_complete(source.path, [b.section for b in blocks])
    ids, numbering = block_ids(blocks)
    italic_leads = dict(source.italic_leads)
    body = str(meta.get("body") or "")
    paragraphs, footnotes, title = build(
        ledger, blocks, ids, notes, str(meta["title"]), italic_leads, marked=set(source.markers), body=body
    )
    meta["title"] = title
    if numbering:
        meta["numbering"] = "; ".join(numbering)
    resolution = Resolution(
        source=source,
        metadata=meta,
        paragraphs=paragraphs,
        footnotes=footnotes,
        references=_references(meta, paragraphs, footnotes),
        leftovers=ledger.leftovers(),
        furniture=source.furniture + ledger.furniture(),
    )
    return resolution, ledger


def _merge(meta: dict[str, object], more: dict[str, object]) -> None:
    """Add ``more`` to ``meta`` where ``meta`` has no value yet (head lines win)."""
    meta.update({k: v for k, v in more.items() if v != "" and meta.get(k, "") == ""})


def _body_start(lines: list[str]) -> int | None:
    """The opening formula (or the part letter above it), else the first numbered paragraph."""
    numbered = None
    for i, line in enumerate(lines):
        if is_formula(line):
            above = [k for k in range(i - 1, max(-1, i - 6), -1) if lines[k].strip()][:2]  # a part title
            return next((k for k in above if PART.match(lines[k])), i)
        if numbered is None and NUMBERED.match(line):
            numbered = i
    return numbered


def _check_language(source: Source) -> None:
    name, code = detect_language(source.text)
    given = (source.language or code or "en").lower()
    if given != "en":
        raise ResolutionError(source.path, f"expected English text, found {name or given}")


def _check_complete(path: str, sections: list[str]) -> None:
    if "preambular" not in sections and "operative" not in sections:
        raise ResolutionError(path, "expected a UN resolution: no preamble or operative paragraphs found")
    if "operative" not in sections:
        raise ResolutionError(
            path,
            f"expected a complete resolution: found {sections.count('preambular')} preambular "
            "paragraph(s) but the operative part is missing (text cut off?)",
        )


def _references(meta: dict[str, object], paragraphs, footnotes) -> tuple:
    body, own = str(meta.get("body") or "General Assembly"), str(meta.get("symbol") or "")
    found = [r for p in paragraphs for r in find_references(p.text, p.para_id, body, exclude=own)]
    found += [r for f in footnotes for r in find_references(f.text, f"FN{f.number}", body, exclude=own)]
    report = re.sub(r"\s+", " ", str(meta.get("committee_report") or ""))
    found += list(find_references(report, META, body, exclude=own))
    return tuple(found)
