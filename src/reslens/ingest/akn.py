"""Render AKN4UN XML (the UN's Akoma Ntoso dialect) into the ODS text layout.

Conventions, chosen to match how ODS exports print the same texts:

* cover: ``[DU1]``, ``Resolution adopted by ...``, ``[on the report of ...]``,
  ``66/164.<TAB>Title``, two blank lines; paragraphs one per line, tab-indented;
  operative ``<TAB>N.<TAB>text``; list points ``<TAB>(a)<TAB>text``.
* headings inside the body (``<subheading>``, ``<heading>``, a ``<section>``'s
  ``<num>``) are their own tab-indented lines: ``<TAB>Part I``, ``<TAB>Section 1``,
  ``<TAB>I``, ``<TAB>Conditions of service ...``.
* multi-part resolutions (``documentCollection``, e.g. 77/256 A-B): after the
  collection's cover, each part starts with its letter on its own line
  (``<TAB>A``), then its title if the part has one (``<TAB>Title``), then its own
  preamble, body and closing meeting/date lines.
* closing lines (``89th plenary meeting``, the date) follow a blank line; a
  Security Council resolution without ``<conclusions>`` gets its meeting from the
  cover, as in the ODS rendering of these files.
* annexes (``<attachments>``) follow the closing lines, starting with the
  attachment's own heading lines (``<TAB>Annex``).
* footnotes (``<authorialNote>``): the marker glued to the preceding word, the
  notes as ``N text`` lines after everything else; then the ODS metadata block
  (see :mod:`reslens.ingest.akn_cover`).
* vote outcomes (``[Adopted without a vote.]``) are not printed by ODS text
  exports; they go to ``Source.furniture``.
"""

from __future__ import annotations

from lxml import etree

from reslens.errors import ResolutionError
from reslens.ingest.akn_cover import adoption_meeting, cover_lines, document_language, ods_block, preface_line
from reslens.ingest.akn_text import Notes, children, first, inline_text, italic_head, local
from reslens.ingest.markers import lift_markers, unmark
from reslens.model import Source
from reslens.patterns import TYPED_NUMBER

_CONTAINERS = {
    "section",
    "part",
    "chapter",
    "title",
    "division",
    "hcontainer",
    "article",
    "clause",
    "subsection",
}
_HEADINGS = ("num", "heading", "subheading")
MAX_DEPTH = 200  # AKN4UN resolutions nest about 15 elements deep; rendering recurses once per level


def read_akn(data: bytes, path: str) -> Source:
    """Parse AKN4UN bytes and render them as ODS-layout text.

    Raises:
        ResolutionError: the XML is not well formed, nested deeper than :data:`MAX_DEPTH`,
            or has no document inside.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ResolutionError(path, f"AKN XML is not well formed: {exc}") from None
    if (depth := _depth(root)) > MAX_DEPTH:
        raise ResolutionError(
            path, f"AKN XML nests elements {depth} deep (at most {MAX_DEPTH} expected for a resolution)"
        )
    doc = next(iter(children(root)), None)
    if doc is None:
        raise ResolutionError(path, "AKN XML has no document inside <akomaNtoso>")
    notes, furniture = Notes(), []
    lines = cover_lines(doc, notes)
    parts = [c for c in root.iter("{*}component") if children(c, "statement", "doc")]
    if local(doc) == "documentCollection" and parts:
        for part in parts:
            statement = children(part)[0]
            lines += _part_heading(statement, notes)
            lines += _render_statement(statement, notes, furniture)
    else:
        lines += _render_statement(doc, notes, furniture)
    lines += notes.lines() + ods_block(doc)
    text, markers = lift_markers("\n".join(lines) + "\n")
    return Source(
        path=path,
        fmt="akn",
        text=text,
        furniture=tuple(unmark(line) for line in furniture),
        language=document_language(root),
        italic_leads=_italic_leads(root, lines),
        markers=markers,
    )


def _depth(root: etree._Element) -> int:
    """How deep elements nest, counted without recursion."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _part_heading(statement: etree._Element, notes: Notes) -> list[str]:
    preface = next(iter(children(statement, "preface")), None)
    head = preface_line(preface, notes)
    return ["\t" + x for x in head.split("\t") if x]


def _render_statement(doc: etree._Element, notes: Notes, furniture: list[str]) -> list[str]:
    lines: list[str] = []
    for el in children(doc, "preamble", "mainBody", "body"):
        lines += _render_block(el, notes, number=_numbers_missing(doc, el))
    lines += _closing(doc, notes, furniture)
    for att in children(doc, "attachments"):
        for body in (b for b in att.iter() if local(b) in ("mainBody", "body", "preamble")):
            lines += _render_block(body, notes)
    return lines


def _numbers_missing(doc: etree._Element, body: etree._Element) -> bool:
    """True for a resolution whose operative paragraphs carry no ``<num>`` at all.

    A single operative paragraph is printed unnumbered (E/RES/2023/21); the ODS
    rendering and the gold number it ``1.``, so the parser sees an operative line.
    """
    if local(body) != "mainBody" or "resolution" not in doc.get("name", ""):
        return False
    paras = children(body, "paragraph")
    return bool(paras) and all(not children(p, "num") for p in paras)


def _render_block(el: etree._Element, notes: Notes, *, number: bool = False) -> list[str]:
    """Render the children of a preamble / mainBody / container, one line each."""
    lines: list[str] = []
    count = 0
    for child in children(el):
        name = local(child)
        if name == "paragraph" and child.get("class", "").startswith("H"):
            lines += _render_styled_heading(child, notes)
        elif name == "paragraph" and number and not children(child, "subheading", "heading"):
            count += 1
            lines += _render_paragraph(child, notes, f"\t{count}.\t")
        elif name in ("paragraph", "point", "alinea", "list", "intro", "wrapUp"):
            lines += _render_paragraph(child, notes)
        elif name in _CONTAINERS or name in ("container", "formula", "blockList", "item", "content"):
            lines += _render_heading(child, notes) + _render_block(child, notes)
        elif name in ("p", "blockContainer", "tblock", "crossHeading"):
            text = inline_text(child, notes)
            lines += ["\t" + text] if text else []
    return lines


def _render_styled_heading(el: etree._Element, notes: Notes) -> list[str]:
    """A paragraph in a heading style (DGACM class ``H1``, ``H23``): ``<TAB>A. Title``.

    Its ``<num>`` (``A.``) is kept on the same line with a space, so it is never
    mistaken for an operative paragraph number.
    """
    text = " ".join(
        inline_text(d, notes) for d in el.iter() if local(d) in ("num", "p", "subheading", "heading")
    )
    return ["\t" + text.strip()] if text.strip() else []


def _render_heading(el: etree._Element, notes: Notes) -> list[str]:
    heads = [inline_text(h, notes) for h in children(el, *_HEADINGS)]
    return ["\t" + h for h in heads if h]


def _render_paragraph(el: etree._Element, notes: Notes, inherited: str = "\t") -> list[str]:
    """A numbered paragraph or point: ``<TAB>N.<TAB>text``; nested lists follow.

    A paragraph whose text sits in a ``<list><intro>`` passes its number down, so
    ``9. Calls upon States:`` keeps its ``9.``.
    """
    num_el = next(iter(children(el, "num")), None)
    prefix = "\t" + inline_text(num_el, notes) + "\t" if num_el is not None else inherited
    lines: list[str] = []
    for child in children(el):
        name = local(child)
        if name in ("heading", "subheading"):
            text = inline_text(child, notes)
            lines += ["\t" + text] if text else []
        elif name in ("content", "intro", "wrapUp", "p"):
            for p in children(child, "p") if name != "p" else [child]:
                text = inline_text(p, notes)
                typed = TYPED_NUMBER.match(text) if num_el is None and local(el) == "paragraph" else None
                if typed and not lines:  # the number is in the text, not in <num>
                    prefix, text = f"\t{typed['number']}.\t", text[typed.end() :]
                if text:
                    lines.append(prefix + text)
                    prefix = "\t"
        elif name in ("list", "point", "paragraph", "alinea"):
            sub = _render_paragraph(child, notes, prefix)
            prefix = "\t" if sub else prefix
            lines += sub
    if not lines and prefix.strip():
        lines.append(prefix.rstrip("\t"))
    return lines


def _closing(doc: etree._Element, notes: Notes, furniture: list[str]) -> list[str]:
    """``89th plenary meeting`` and the date after a blank line; votes to furniture."""
    lines: list[str] = []
    for conclusions in children(doc, "conclusions"):
        for p in children(conclusions):
            text = inline_text(p, notes)
            if first(p, "vote") is not None or first(p, "outcome") is not None:
                furniture.append(text)
            else:
                lines += [line for line in text.split("\n") if line]
    if not lines:
        meeting = adoption_meeting(doc)
        lines = [meeting] if meeting else []
    return [""] + lines if lines else []


def _italic_leads(root: etree._Element, lines: list[str]) -> tuple[tuple[int, str], ...]:
    """``(line index, italic words)`` for each rendered body line that opens with italics.

    Body ``<p>`` elements are met in the order they were rendered; each is matched
    to the next rendered line that ends with its text (the line adds only the
    tab and number in front).
    """
    starts, at = [], 0
    for line in lines:  # a rendered line may hold several text lines (``<eol/>``)
        starts.append(at)
        at += line.count("\n") + 1
    leads, k = [], 0
    for p in (p for p in root.iter("{*}p") if _in_body(p)):
        lead = italic_head(p)
        text = inline_text(p, Notes()) if lead else ""
        j = next((j for j in range(k, len(lines)) if text and lines[j].endswith(text)), None)
        if j is not None:
            leads.append((starts[j], lead))
            k = j + 1
    return tuple(leads)


def _in_body(el: etree._Element) -> bool:
    """Inside a preamble or body, and not inside a footnote (whose text heads no paragraph)."""
    names = {local(a) for a in el.iterancestors()}
    return bool(names & {"preamble", "mainBody", "body"}) and "authorialNote" not in names
