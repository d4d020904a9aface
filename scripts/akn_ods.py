"""Render a UN AKN4UN resolution as an ODS-style text export, and derive its gold tables.

Written independently of reslens (lxml only, no ``import reslens``), so that measuring
reslens on these renderings does not measure reslens's own AKN reader against itself.

    python scripts/akn_ods.py render FILE.xml [--out FILE.txt]
    python scripts/akn_ods.py gold FILE.xml [--out FILE.json]
    python scripts/akn_ods.py validate [--raw ../shared/data/raw --gold ../shared/gold]

``render`` writes the layout of the ODS plain-text exports (``data/raw/A_RES_66_164.txt``
is a real one; the other ``.txt`` files of ``../shared/data/raw`` are renderings of the
AKN beside them): ``[DU1]``, the cover lines (``Resolution adopted by …``, the committee
report, ``74/146.<tab>Title``), one line per paragraph (``<tab>Text`` for preambular
paragraphs, ``<tab>5.<tab>Text`` for operative ones, ``<tab>(a)<tab>Text`` for lettered
points, headings as ``<tab>Heading``), footnote markers glued to the preceding word
(``Rights,1 the``), the closing (meeting, date, vote), annexes, then the footnotes
(``1 Text``) and the ODS page furniture (job number, symbol, masthead).

Deliberate differences from the shared renderings (``validate`` prints them): the UN's
job number is used where the XML has one (the shared files print ``00-00000``); an agenda
item without a ``title`` attribute is still printed; the closing prints every line of
``<conclusions>`` (the HRC's ``[Adopted without a vote.]``); an operative paragraph the UN
did not number gets no number; annexes are printed after the closing, as in an ODS export.

``gold`` writes the gold JSON that ``../shared/tools/score_gold.py`` reads, following
``../shared/gold/README.md``: ``PP1``… and ``OP1``… in document order, lettered points
``OP5.a`` (romanettes ``OP5.a.i``), ``text`` = the paragraph as published with its number
and footnote markers removed and whitespace collapsed, ``opening_phrase`` = the italic
(in old Security Council files, underlined) span at the head of the paragraph, or
``None`` where the markup has none (the scorer then does not judge the phrase); headings
and annexes are not paragraphs; ``footnotes`` are those whose marker stands in a
preambular or operative paragraph (``footnotes_outside_paragraphs`` lists the numbers of
the others: title, headings, annexes); ``metadata`` as the shared gold of AKN files. A
number typed into the text instead of the markup (``(a)<tab>To continue …``) is read as
the paragraph's or point's number, as it is printed.

Only what gold/README.md defines is derived: ``unsupported`` names the constructs whose
paragraph ids the conventions leave open (several parts or sections each with its own
preamble and numbering, document collections, tables or text after a list inside the
body); ``gold`` refuses such files and the kept-aside draw leaves them out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
EMPHASIS = {"italic", "underline"}  # how the UN marks the opening phrase (underline: SC typescripts)
SPACE = re.compile(r"\s+")
NUMBER_IN_TEXT = re.compile(
    r"^\s*(\d{1,3}\.|\([a-z]{1,4}\))\s+"
)  # a number typed into the text, not in <num>
POINT_LABEL = re.compile(r"\(?(?:[a-z]{1,5}|\d{1,3})[.)]?")  # (a), (iv), a), 1., (1)
WORD_END = re.compile(r"\w*")  # the rest of a word an emphasis span cut in two
DOCKET = re.compile(r"(\d{2})-(\d{5})")
FURNITURE_RULE = "-" * 60


def tag(el: etree._Element) -> str:
    """Local name of an element ('' for comments and processing instructions)."""
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def kids(el: etree._Element, name: str | None = None) -> list[etree._Element]:
    return [k for k in el if tag(k) and (name is None or tag(k) == name)]


def squash(text: str) -> str:
    return SPACE.sub(" ", text).strip()


@dataclass
class Inline:
    """One paragraph's text: as printed (markers glued) and as gold (markers removed)."""

    printed: str = ""
    plain: str = ""
    notes: list[tuple[str, str]] = field(
        default_factory=list
    )  # (marker, note text) of the notes first given here
    markers: list[str] = field(
        default_factory=list
    )  # every marker, also a superscript repeating an earlier note


def note_text(note: etree._Element) -> str:
    return squash(
        " ".join(squash("".join(p.itertext())) for p in note.iter(f"{{{AKN}}}p")) or "".join(note.itertext())
    )


def read_inline(el: etree._Element, out: Inline | None = None) -> Inline:
    """Walk mixed content: footnotes become glued markers, line breaks spaces, images nothing."""
    out = out if out is not None else Inline()
    if el.text:
        out.printed += el.text
        out.plain += el.text
    for child in el:
        name = tag(child)
        if name == "authorialNote":
            marker = child.get("marker", "").strip()
            out.printed = out.printed.rstrip() + marker
            out.notes.append((marker, note_text(child)))
            out.markers.append(marker)
        elif name == "sup" and squash("".join(child.itertext())).isdigit():
            marker = squash("".join(child.itertext()))
            out.printed = out.printed.rstrip() + marker
            out.markers.append(marker)
        elif name in ("eol", "eop"):
            out.printed += " "
            out.plain += " "
        elif name and name != "img":
            read_inline(child, out)
        if child.tail:
            out.printed += child.tail
            out.plain += child.tail
    return out


def lead_of(p: etree._Element) -> str | None:
    """The emphasised words heading the paragraph (consecutive spans joined), else None."""
    head = NUMBER_IN_TEXT.sub("", p.text or "")
    if head.strip():
        return None
    words = ""
    for child in p:
        if tag(child) != "span" or not EMPHASIS & set((child.get("class") or "").split()):
            break
        words += "".join(child.itertext())
        tail = child.tail or ""
        if tail.strip():
            if words[-1:].isalpha():  # the markup ends mid-word ('Expressin' + 'g grave'): finish the word
                words += WORD_END.match(tail)[0]
            break
        words += tail
    lead = squash(words).rstrip(",;:").strip()
    return lead or None


@dataclass
class Block:
    """A printed line of the body: formula, preambular, operative, point or heading."""

    kind: str
    num: str
    inline: Inline
    lead: str | None = None
    para_id: str = ""
    annex: bool = False

    def line(self) -> str:
        if self.kind == "row":
            return "\t" + self.inline.printed
        text = squash(self.inline.printed)
        return f"\t{self.num}\t{text}" if self.num else f"\t{text}"

    def gold_text(self) -> str:
        return (
            NUMBER_IN_TEXT.sub("", squash(self.inline.plain), count=1)
            if not self.num
            else squash(self.inline.plain)
        )


def paragraph_ps(el: etree._Element) -> list[etree._Element]:
    return [
        p for p in el.iter(f"{{{AKN}}}p") if not any(tag(a) == "authorialNote" for a in p.iterancestors())
    ]


def inline_of(ps: list[etree._Element]) -> Inline:
    joined = Inline()
    for p in ps:
        part = read_inline(p)
        joined.printed += " " + part.printed
        joined.plain += " " + part.plain
        joined.notes += part.notes
        joined.markers += part.markers
    return joined


def num_of(el: etree._Element) -> str:
    n = kids(el, "num")
    return squash("".join(n[0].itertext())) if n else ""


def is_bold_heading(ps: list[etree._Element]) -> bool:
    """A body line printed wholly in bold is a heading (a later GA's 'The enabling environment …')."""
    if len(ps) != 1 or (ps[0].text or "").strip():
        return False
    spans = kids(ps[0])
    return bool(spans) and all(
        tag(s) == "span" and "bold" in (s.get("class") or "") and not (s.tail or "").strip() for s in spans
    )


def body_blocks(container: etree._Element, kind: str, annex: bool = False) -> list[Block]:
    """Blocks of a preamble, mainBody or annex body, in document order."""
    blocks: list[Block] = []
    for el in kids(container):
        name = tag(el)
        if any(tag(t) == "table" for t in el.iter()):
            blocks += table_blocks(el, annex)
        elif name == "formula":
            blocks.append(Block("formula", "", inline_of(paragraph_ps(el)), annex=annex))
        elif name in ("subheading", "heading", "crossHeading") or (
            name == "paragraph" and not kids(el, "content") and not kids(el, "list")
        ):
            text = " ".join(
                squash("".join(h.itertext())) for h in el.iter() if tag(h) in ("num", "subheading", "heading")
            )
            text = text if kids(el) else squash("".join(el.itertext()))
            blocks.append(Block("heading", "", Inline(printed=text, plain=text), annex=annex))
        elif name in ("container", "paragraph", "blockList", "block", "p"):
            blocks += paragraph_blocks(el, kind, annex)
        elif name in ("section", "hcontainer", "chapter", "part"):
            blocks += body_blocks(el, kind, annex)
    return blocks


def table_blocks(el: etree._Element, annex: bool) -> list[Block]:
    """One line per table row, cells separated by tabs (as an ODS export prints a table)."""
    rows = []
    for row in el.iter(f"{{{AKN}}}tr"):
        cells = "\t".join(squash("".join(c.itertext())) for c in kids(row))
        rows.append(Block("row", "", Inline(printed=cells, plain=cells), annex=annex))
    return rows


def paragraph_blocks(el: etree._Element, kind: str, annex: bool) -> list[Block]:
    num = num_of(el)
    lists = [x for x in el if tag(x) in ("list", "blockList")]
    if not lists:
        ps = [el] if tag(el) == "p" else paragraph_ps(el)
        if is_bold_heading(ps):
            return [Block("heading", "", inline_of(ps), annex=annex)]
        inline = inline_of(ps)
        typed = NUMBER_IN_TEXT.match(inline.plain) if not num else None
        if typed:  # '(a)<tab>To continue …' typed into the text: printed and cited as a point
            num = typed[1]
            inline.plain = inline.plain[typed.end() :]
            inline.printed = NUMBER_IN_TEXT.sub("", inline.printed, count=1)
            kind = "point" if num.startswith("(") else kind
        return [Block(kind, num, inline, lead_of(ps[0]) if ps else None, annex=annex)]
    blocks = []
    for lst in lists:
        intro = [x for x in lst if tag(x) in ("intro", "listIntroduction")]
        ps = [p for i in intro for p in (paragraph_ps(i) or [i])]  # an intro may hold its text directly
        blocks.append(Block(kind, num, inline_of(ps), lead_of(ps[0]) if ps else None, annex=annex))
        blocks += point_blocks(lst, annex)
    return blocks


def point_blocks(lst: etree._Element, annex: bool) -> list[Block]:
    blocks = []
    for item in kids(lst):
        if tag(item) in ("point", "item"):
            ps = (
                paragraph_ps(item)
                if not kids(item, "list")
                else [p for i in item.iter() if tag(i) == "intro" for p in paragraph_ps(i)]
            )
            blocks.append(Block("point", num_of(item), inline_of(ps), annex=annex))
            for sub in kids(item, "list"):
                blocks += point_blocks(sub, annex)
        elif tag(item) in ("sublist", "list"):
            blocks += [
                Block("subpoint", b.num, b.inline, annex=annex) if b.kind == "point" else b
                for b in point_blocks(item, annex)
            ]
    return blocks


def label(num: str) -> str:
    return num.strip("().").strip()


def assign_ids(blocks: list[Block]) -> None:
    """PP1…, OP1…, OP5.a, OP5.a.i in document order (annexes and headings get none)."""
    pp = op = 0
    parent = point = ""
    for b in blocks:
        if b.annex or b.kind in ("formula", "heading", "row"):
            continue
        if b.kind == "preambular":
            pp += 1
            b.para_id = parent = f"PP{pp}"
        elif b.kind == "operative":
            op += 1
            b.para_id = parent = f"OP{op}"
        elif b.kind == "point":
            b.para_id = point = f"{parent}.{label(b.num)}"
        elif b.kind == "subpoint":
            b.para_id = f"{point}.{label(b.num)}"


UNSUPPORTED = {
    "several parts or sections with their own preamble": lambda doc: (
        len(kids(doc, "preamble")) > 1
        or len(kids(doc, "mainBody")) > 1
        or any(tag(x) == "crossHeading" and x.get("refersTo") == "#preamble" for x in doc.iter())
    ),
    "a document collection or components": lambda doc: (
        tag(doc) == "documentCollection" or bool(kids(doc, "components"))
    ),
    "a table or text after a list in the body": lambda doc: any(
        tag(x) in ("table", "wrapUp")
        for part in kids(doc, "preamble") + kids(doc, "mainBody")
        for x in part.iter()
    ),
    "no preamble or no operative part": lambda doc: not kids(doc, "preamble") or not kids(doc, "mainBody"),
    "points labelled by a dash or bullet": lambda doc: any(
        tag(x) in ("point", "item") and num_of(x) and not POINT_LABEL.fullmatch(num_of(x)) for x in doc.iter()
    ),
    "an unnumbered operative paragraph before numbered ones": lambda doc: unnumbered_before_numbered(doc),
}


def unnumbered_before_numbered(doc: etree._Element) -> bool:
    """'Resolves that:' then '1.', '2.': ids by document order and by printed number disagree."""
    seen_unnumbered = False
    for body in kids(doc, "mainBody"):
        for para in kids(body, "paragraph"):
            if not (kids(para, "content") or kids(para, "list")) or is_bold_heading(paragraph_ps(para)):
                continue
            if num_of(para):
                return seen_unnumbered
            seen_unnumbered = True
    return False


def document(xml: Path) -> etree._Element:
    root = etree.parse(str(xml)).getroot()
    return next(el for el in root if tag(el))


def unsupported(doc: etree._Element) -> list[str]:
    """Constructs of this document whose paragraph ids gold/README.md does not define."""
    return [why for why, test in UNSUPPORTED.items() if test(doc)]


@dataclass
class Resolution:
    doc: etree._Element

    def first(self, path: str) -> etree._Element | None:
        found = self.doc.xpath(path, namespaces={"a": AKN})
        return found[0] if found else None

    def text(self, path: str) -> str:
        el = self.first(path)
        return squash("".join(el.itertext())) if el is not None else ""

    @property
    def symbol(self) -> str:
        return self.text("a:coverPage//a:docNumber[@refersTo='#symbol']") or self.text(
            "a:coverPage//a:docNumber"
        )

    def blocks(self) -> list[Block]:
        blocks = []
        for part in kids(self.doc):
            if tag(part) == "preamble":
                blocks += body_blocks(part, "preambular")
            elif tag(part) == "mainBody":
                blocks += body_blocks(part, "operative")
        for body in self.doc.xpath("a:attachments//a:doc/a:mainBody", namespaces={"a": AKN}):
            blocks += body_blocks(body, "annex", annex=True)
        merge_unnumbered(blocks)
        assign_ids(blocks)
        return blocks

    def cover_lines(self) -> list[str]:
        cover = self.first("a:coverPage")
        lines = []
        for el in cover.iter() if cover is not None else []:
            if tag(el) in ("docTitle", "docProponent"):
                inline = read_inline(el)
                lines.append(squash(re.sub(r"\bon(?=\d)", "on ", inline.printed)))
        preface = self.first("a:preface")
        if preface is not None:
            number = self.text("a:preface//a:docNumber")
            title = (
                squash(read_inline(preface.xpath(".//a:docTitle", namespaces={"a": AKN})[0]).printed)
                if preface.xpath(".//a:docTitle", namespaces={"a": AKN})
                else ""
            )
            lines += [f"{number}\t{title}" if number else title, "", ""]
        else:
            lines.append("")
        return lines

    def closing_lines(self) -> list[str]:
        conclusions = self.first("a:conclusions")
        if conclusions is None:
            meeting = self.text("a:coverPage//a:inline[@name='adoptionMeeting']")
            return ["", meeting] if meeting else []
        lines = [""]
        for p in paragraph_ps(conclusions):
            lines += [squash(x) for x in inline_lines(p) if squash(x)]
        return lines

    def cover_notes(self) -> list[tuple[str, str]]:
        notes = []
        for part in ("a:coverPage", "a:preface"):
            el = self.first(part)
            if el is not None:
                notes += read_inline(el).notes
        return notes

    def masthead(self) -> list[str]:
        body = self.text("a:coverPage//a:docAuthority[@refersTo='#subsidiaryBody']") or self.text(
            "a:coverPage//a:docAuthority[@refersTo='#issuingBody']"
        )
        date = self.text("a:coverPage//a:docDate[@refersTo='#dateOfIssuance']")
        session = self.text("a:coverPage//a:session")
        agenda = self.text("a:coverPage//a:inline[@name='agenda item']")
        docket = DOCKET.search(self.text("a:meta//a:docketNumber"))
        job = f"{docket[1]}-{docket[2]}" if docket else "00-00000"
        return (
            [f"United Nations{self.symbol}{body}Distr.: General", f"{date}{session}"]
            + ([agenda] if agenda else [])
            + [
                "",
                job,
                f"*{job.replace('-', '')}*",
            ]
        )

    def metadata(self) -> dict:
        meta = {"symbol": self.symbol}
        adoption = self.first("a:meta//a:FRBRWork/a:FRBRdate[@name='adoption']")
        if adoption is not None:
            meta["adoption_date"] = adoption.get("date")
        number = self.text("a:preface//a:docNumber").rstrip(".")
        if number:
            meta["resolution_number"] = number
        agenda = self.first("a:coverPage//a:inline[@name='agenda item']")
        if agenda is not None and agenda.get("title"):
            meta["agenda_item"] = agenda.get("title")
        issued = self.first("a:coverPage//a:docDate[@refersTo='#dateOfIssuance']")
        if issued is not None:
            meta["distribution_date"] = issued.get("date")
        report = self.text("a:coverPage//a:inline[@name='originating document']").split(",")[0].strip()
        if report:
            meta["committee_report"] = report
        meeting = self.text("a:conclusions//*[@name='adoptionMeeting']") or self.text(
            "a:conclusions//a:location[@refersTo='#adoptionMeeting']"
        )
        meeting = meeting or self.text("a:coverPage//a:inline[@name='adoptionMeeting']")
        if meeting:
            meta["meeting"] = meeting
        return meta


def inline_lines(p: etree._Element) -> list[str]:
    """Text of a closing paragraph split at its line breaks."""
    text = p.text or ""
    for child in p.iter():
        if child is p:
            continue
        if tag(child) in ("eol", "eop"):
            text += "\n"
        elif child.text and tag(child) not in ("authorialNote",):
            text += child.text
        if child.tail:
            text += child.tail
    return text.split("\n")


def merge_unnumbered(blocks: list[Block]) -> None:
    """An unnumbered body line after numbered operative paragraphs continues the one above.

    In print such lines are indented parts of the paragraph above (a list of names, a
    closing sentence); a text whose operative paragraphs are all unnumbered keeps them.
    """
    numbered = any(b.kind == "operative" and b.num for b in blocks if not b.annex)
    if not numbered:
        return
    merged: list[Block] = []
    for b in blocks:
        prev = next((m for m in reversed(merged) if m.kind != "heading"), None)
        if (
            b.kind == "operative"
            and not b.num
            and not NUMBER_IN_TEXT.match(b.inline.plain)
            and prev
            and prev.kind
            in (
                "operative",
                "point",
                "subpoint",
            )
            and not b.annex
            and (prev.num or prev.kind != "operative")
        ):
            b.kind = "continuation"
        merged.append(b)
    blocks[:] = merged


def render(xml: Path) -> str:
    """The ODS-style text export of one AKN resolution."""
    res = Resolution(document(xml))
    blocks = res.blocks()
    lines = ["[DU1]"] + res.cover_lines()
    body = [b for b in blocks if not b.annex]
    annex = [b for b in blocks if b.annex]
    lines += [b.line() for b in body]
    lines += res.closing_lines()
    lines += [b.line() for b in annex]
    notes = res.cover_notes() + [n for b in blocks for n in b.inline.notes]
    lines += [f"{marker} {text}" for marker, text in notes]
    symbol = res.symbol
    lines += [
        f"[DU1]<<ODS JOB NO>>N{res.masthead()[-2].replace('-', '')}E<<ODS JOB NO>>",
        f"<<ODS DOC SYMBOL1>>{symbol}<<ODS DOC SYMBOL1>>",
        "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>",
        "_______________",
        "",
        FURNITURE_RULE,
        "",
        "2",
        "",
        *res.masthead(),
        "",
        symbol,
        "",
        symbol,
    ]
    return "\n".join(lines) + "\n"


def gold(xml: Path) -> dict:
    """Gold tables of one AKN resolution (see the module docstring for the conventions)."""
    doc = document(xml)
    problems = unsupported(doc)
    if problems:
        raise ValueError(f"{xml}: outside the gold conventions: {'; '.join(problems)}")
    res = Resolution(doc)
    paragraphs, footnotes = [], []
    blocks = [b for b in attach_continuations(res.blocks()) if b.para_id]
    for b in blocks:
        is_point = b.kind in ("point", "subpoint")
        number = (
            "" if b.kind == "preambular" else (b.para_id.split(".")[0][2:] if is_point else b.num.rstrip("."))
        )
        paragraphs.append(
            {
                "para_id": b.para_id,
                "section": "preambular" if b.kind == "preambular" else "operative",
                "number": int(b.para_id[2:]) if b.kind == "preambular" else number,
                "opening_phrase": None if is_point else b.lead,
                "footnotes": [int(m) for m in b.inline.markers if m.isdigit()],
                "text": b.gold_text(),
            }
        )
        footnotes += [
            {"number": int(m), "para_id": b.para_id, "text": t} for m, t in b.inline.notes if m.isdigit()
        ]
    placed = {f["number"] for f in footnotes}
    elsewhere = [m for b in res.blocks() for m in b.inline.markers] + [m for m, _ in res.cover_notes()]
    return {
        "doc_id": res.symbol,
        "metadata": res.metadata(),
        "paragraphs": paragraphs,
        "footnotes": footnotes,
        # notes of the title, headings or annexes: not in the gold's footnotes (ids undefined there)
        "footnotes_outside_paragraphs": sorted({int(m) for m in elsewhere if m.isdigit()} - placed),
    }


def attach_continuations(blocks: list[Block]) -> list[Block]:
    """Fold continuation lines into the paragraph above for the gold text."""
    out: list[Block] = []
    for b in blocks:
        if b.kind == "continuation" and out:
            above = out[-1]
            above.inline = Inline(
                above.inline.printed + " " + b.inline.printed,
                above.inline.plain + " " + b.inline.plain,
                above.inline.notes + b.inline.notes,
                above.inline.markers + b.inline.markers,
            )
            continue
        out.append(b)
    return out


def render_differences(xml: Path, txt: Path) -> tuple[list[str], list[str]]:
    """Lines only in the shared rendering ``txt`` and lines only in ours (whitespace collapsed)."""
    ours = [squash(x) for x in render(xml).splitlines()]
    theirs = [squash(x) for x in txt.read_text(encoding="utf-8").splitlines()]
    return [x for x in theirs if x not in set(ours)], [x for x in ours if x not in set(theirs)]


def gold_differences(xml: Path, want: dict) -> list[str]:
    """Every paragraph, footnote link or metadata field where our gold differs from ``want``."""
    got = gold(xml)
    by_id = {p["para_id"]: p for p in got["paragraphs"]}
    out = [f"paragraph ids: {len(got['paragraphs'])} ours, {len(want['paragraphs'])} shared"] * (
        [p["para_id"] for p in got["paragraphs"]] != [p["para_id"] for p in want["paragraphs"]]
    )
    for p in want["paragraphs"]:
        mine = by_id.get(p["para_id"], {})
        out += [f"{p['para_id']} {key}: {mine.get(key)!r} != {p.get(key)!r}" for key in
                ("text", "opening_phrase", "footnotes") if mine.get(key) != p.get(key)]  # fmt: skip
    links = {(f["number"], f["para_id"]) for f in got["footnotes"]}
    out += [
        f"footnote links differ: {sorted(links ^ {(f['number'], f['para_id']) for f in want['footnotes']})}"
    ] * (links != {(f["number"], f["para_id"]) for f in want["footnotes"]})
    out += [f"metadata {k}: {got['metadata'].get(k)!r} != {v!r}" for k, v in want["metadata"].items()
            if got["metadata"].get(k) != v]  # fmt: skip
    return out


def validate(raw: Path, gold_dir: Path) -> None:
    """Print how our renderings and gold differ from the shared ones for each AKN file of ``raw``."""
    for xml in sorted(raw.glob("*.xml")):
        txt, gold_file = xml.with_suffix(".txt"), gold_dir / f"{xml.stem}.json"
        if txt.exists():
            only_shared, only_ours = render_differences(xml, txt)
            print(
                f"== {xml.name}: {len(only_shared)} shared lines not in ours, {len(only_ours)} only in ours"
            )
            for line in only_shared[:6]:
                print("   - " + line[:140])
            for line in only_ours[:6]:
                print("   + " + line[:140])
        if gold_file.exists():
            diffs = gold_differences(xml, json.loads(gold_file.read_text(encoding="utf-8")))
            print(f"   gold: {len(diffs)} differences from {gold_file.name}")
            for d in diffs[:10]:
                print("     " + d[:160])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("render", "gold"):
        cmd = sub.add_parser(name)
        cmd.add_argument("xml", type=Path)
        cmd.add_argument("--out", type=Path)
    check = sub.add_parser("validate")
    shared = Path(__file__).resolve().parents[1].parent / "shared"
    check.add_argument("--raw", type=Path, default=shared / "data" / "raw")
    check.add_argument("--gold", type=Path, default=shared / "gold")
    args = parser.parse_args(argv)
    if args.command == "validate":
        validate(args.raw, args.gold)
        return 0
    try:
        out = (
            render(args.xml)
            if args.command == "render"
            else json.dumps(gold(args.xml), ensure_ascii=False, indent=1) + "\n"
        )
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
