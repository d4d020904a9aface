"""Render the dev texts (data/raw/*.txt) as PDFs laid out like modern UN resolution PDFs.

Dev-only tool (needs reportlab, which is not a reslens dependency). The PDFs it writes
(tests/data/un_style_pdf/) are synthetic renderings of real texts, made to test the PDF
reader on the layout of ODS PDFs of the 2000s-2020s: masthead with the symbol top right,
body name, distribution date, session and agenda item; cover lines; justified Times
body text with first-line indents or hanging numbers; italic lead phrases; superscript
footnote markers; per-page footnotes under a short rule; running headers with the
symbol (and short title) alternating sides; footers with job number and ``2/4`` page
numbers; a barcode line; closing meeting lines; occasional hyphenation at line ends.

Texts come from the .txt files (body, footnotes, cover lines), markers are placed where
the .txt glues them (found by diffing against the gold paragraph text), metadata from
the gold JSON and the .txt masthead.

    .venv/bin/python scripts/make_un_style_pdfs.py [--out tests/data/un_style_pdf]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation")]  # Liberation Serif: Times metrics, full Unicode


def _register_fonts() -> None:
    """Embed a Times-like TrueType font: the standard Type 1 fonts cannot print U+2011 or U+2019."""
    names = {"Serif": "Regular", "Serif-Italic": "Italic", "Serif-Bold": "Bold"}
    for name, style in names.items():
        file = f"LiberationSerif-{style}.ttf"
        path = next(d / file for d in FONT_DIRS if (d / file).exists())
        registerFont(TTFont(name, str(path)))


ROOT = Path(__file__).resolve().parents[1]
GOLD = Path("/work/shared/gold") if Path("/work/shared/gold").exists() else ROOT / "tests/data/gold"
FILES = ["A_RES_66_164", "A_RES_74_146", "A_RES_76_174", "A_HRC_RES_58_23", "A_RES_79_257",
         "E_RES_2023_21", "S_RES_1325_2000", "S_RES_2118_2013"]  # fmt: skip
PAGE_W, PAGE_H = letter
LEFT, RIGHT = 72.0, 540.0
TOP, BOTTOM = 80.0, 720.0  # body area (distance from the top of the page)
SIZE, LEAD, PARA_SPACE = 10.0, 12.0, 6.0
NOTE_SIZE, NOTE_LEAD = 8.0, 9.5
SUP_SIZE, SUP_RISE = 6.0, 3.5
AGENDA_TITLES = {  # agenda item titles printed under "Agenda item N" in HRC/ECOSOC mastheads
    "A/HRC/RES/58/23": "Promotion and protection of all human rights, civil, political, economic,"
    " social and cultural rights, including the right to development",
    "E/RES/2023/21": "Regional cooperation",
}
STYLE = {  # per document: how operative numbers sit (tab style or hanging) and where points go
    "S_RES_2118_2013": "hanging",
    "E_RES_2023_21": "hanging",
    "A_RES_79_257": "hanging",
}


@dataclass
class Token:
    text: str
    font: str = "Serif"
    size: float = SIZE
    rise: float = 0.0
    glue: bool = False  # no space before (a superscript marker)
    note: int = 0  # footnote number of a marker


@dataclass
class Para:
    tokens: list[Token]
    first_x: float = 0.0  # indent of the first line (label position if labelled)
    text_x: float = 0.0  # where the text starts on the first line after the label
    cont_x: float = 0.0  # indent of continuation lines
    label: str = ""
    align: str = "justify"  # justify | left | right | center
    space_before: float = PARA_SPACE


@dataclass
class Doc:
    name: str
    meta: dict
    cover: list[str]
    body: list[str]
    closing: list[str]
    notes: dict[int, str]
    masthead: dict = field(default_factory=dict)


# ----------------------------------------------------------------- reading the .txt


def read_doc(name: str) -> Doc:
    lines = (ROOT / "data/raw" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    start = next(i for i, line in enumerate(lines) if line.startswith("\t"))
    cover = [line for line in lines[1:start] if line.strip()]
    end = next(i for i in range(start, len(lines)) if lines[i] and not lines[i].startswith("\t"))
    body = [line for line in lines[start:end] if line.strip()]
    closing, notes, i = [], {}, end
    while i < len(lines) and not lines[i].startswith("[DU1]"):
        m = re.match(r"^(\d{1,3}) (.+)$", lines[i])
        if m and (notes or re.search(r"[a-z]", m[2]) and not re.match(r"^\d+(st|nd|rd|th)", lines[i])):
            if not re.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$", lines[i]):
                notes[int(m[1])] = m[2]
                i += 1
                continue
        if lines[i].strip():
            closing.append(lines[i].strip())
        i += 1
    masthead = _masthead(lines, gold)
    return Doc(name, gold, cover, body, closing, notes, masthead)


def _masthead(lines: list[str], gold: dict) -> dict:
    meta = gold["metadata"]
    out = {"symbol": meta["symbol"], "agenda": meta.get("agenda_item", "")}
    for k, line in enumerate(lines):
        if m := re.match(r"^United Nations(.+?)(General Assembly|Security Council|Human Rights Council"
                         r"|Economic and Social Council)Distr", line):  # fmt: skip
            out["body"] = m[2]
            nxt = lines[k + 1]
            d = re.match(r"^(\d{1,2} [A-Z][a-z]+ \d{4})(.*)$", nxt)
            out["date"], out["session"] = (d[1], d[2].strip()) if d else ("", "")
        if re.match(r"^\d{2}-\d{5}$", line):
            out["job"] = line
    if out.get("job", "00-00000") == "00-00000":  # the XML renderings carry no job number: make one
        yy = (meta.get("distribution_date") or "2000")[2:4]
        out["job"] = f"{yy}-{zlib.crc32(meta['symbol'].encode()) % 90000 + 10000:05d}"
    return out


def markers(txt: str, gold_text: str) -> list[tuple[int, int]]:
    """(position in the gold text, footnote number) of each marker glued in the .txt line."""
    found = []
    sm = difflib.SequenceMatcher(None, gold_text, txt, autojunk=False)
    for op, a1, _a2, b1, b2 in sm.get_opcodes():
        if op == "insert" and txt[b1:b2].isdigit():
            found.append((a1, int(txt[b1:b2])))
        elif op != "equal":
            return []
    return found


# ----------------------------------------------------------------- building paragraphs


def tokens_of(text: str, marks: list[tuple[int, int]], italic_upto: int = 0) -> list[Token]:
    """Words of ``text`` with superscript marker tokens after the characters they follow."""
    out: list[Token] = []
    cuts = sorted(marks)
    for m in re.finditer(r"\S+", text):
        word_start, word_end = m.start(), m.end()
        inside = [(p, n) for p, n in cuts if word_start < p <= word_end]
        font = "Serif-Italic" if word_end <= italic_upto else "Serif"
        last = word_start
        glue = False
        for p, n in inside:
            out.append(Token(text[last:p], font, glue=glue))
            out.append(Token(str(n), font="Serif", size=SUP_SIZE, rise=SUP_RISE, glue=True, note=n))
            last, glue = p, True
        if last < word_end:
            out.append(Token(text[last:word_end], font, glue=glue))
    return out


def body_paras(doc: Doc) -> list[Para]:
    gold = list(doc.meta["paragraphs"])
    hanging = STYLE.get(doc.name) == "hanging"
    out: list[Para] = []
    for line in doc.body:
        parts = line.lstrip("\t").split("\t", 1)
        label, text = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
        g = gold[0] if gold else None
        marks = markers(text, g["text"]) if g else []
        if g and (marks or text == g["text"]):
            gold.pop(0)
            lead = g.get("opening_phrase") or ""
            italic = len(lead) if g["text"].startswith(lead) else 0
            toks = tokens_of(g["text"], marks, italic)
        elif not text.startswith("The "):  # a section heading: centred, bold
            out.append(Para([Token(w, "Serif-Bold") for w in text.split()], align="center"))
            continue
        else:  # the opening formula
            toks = tokens_of(text, [])
        if not label:
            out.append(Para(toks, first_x=36, text_x=36, cont_x=0))
        elif label[0].isdigit():
            out.append(Para(toks, 0, 27, 27, label) if hanging else Para(toks, 36, 72, 0, label))
        else:  # lettered point
            out.append(Para(toks, 27, 54, 54, label) if hanging else Para(toks, 72, 108, 0, label))
    return out


# ----------------------------------------------------------------- line breaking


@dataclass
class Line:
    tokens: list[Token]
    x: float
    width: float
    last: bool = False
    label: str = ""
    label_x: float = 0.0
    align: str = "justify"
    notes: list[int] = field(default_factory=list)
    gap: float = 0.0  # extra space above


def tw(t: Token) -> float:
    return stringWidth(t.text, t.font, t.size)


def hyphenate(word: str) -> tuple[str, str] | None:
    """A syllable-ish split of a long plain word (vowel-consonant boundary), or None."""
    if len(word) < 11 or not word.isalpha() or not word.islower():
        return None
    for i in range(len(word) - 4, 3, -1):  # between two consonants before a vowel: "efficien-cies"
        if word[i - 1] not in "aeiouy" and word[i] not in "aeiouy" and word[i + 1] in "aeiou":
            return word[:i], word[i:]
    return None


def break_para(p: Para, counter: list[int]) -> list[Line]:
    """Greedy line breaking with hyphenation of every few long words and at real hyphens."""
    lines: list[Line] = []
    toks = list(p.tokens)
    cur: list[Token] = []
    x = LEFT + p.text_x
    width = RIGHT - x
    used = 0.0
    while toks:
        t = toks[0]
        space = 0 if (t.glue or not cur) else stringWidth(" ", "Serif", SIZE)
        if used + space + tw(t) <= width or not cur and tw(t) > width:
            cur.append(t)
            used += space + tw(t)
            toks.pop(0)
            continue
        room = width - used - space
        split = None
        if "-" in t.text[1:-1] and not t.glue:
            head, tail = t.text.split("-", 1)
            split = (head + "-", tail)
        elif not t.glue:
            counter[0] += 1
            split = hyphenate(t.text) if counter[0] % 4 == 0 else None
            if split:
                split = (split[0] + "-", split[1])
        if split and stringWidth(split[0], t.font, t.size) <= room:
            cur.append(Token(split[0], t.font, t.size, glue=t.glue))
            toks[0] = Token(split[1], t.font, t.size)
        # markers stay with their word: move a trailing word+marker group to the next line
        while cur and toks and toks[0].glue and not split:
            toks.insert(0, cur.pop())
        lines.append(Line(cur, x, width))
        cur, used = [], 0.0
        x, width = LEFT + p.cont_x, RIGHT - (LEFT + p.cont_x)
    if cur:
        lines.append(Line(cur, x, width))
    lines[-1].last = True
    if p.label:
        lines[0].label, lines[0].label_x = p.label, LEFT + p.first_x
    for line in lines:
        line.align = p.align
        line.notes = [t.note for t in line.tokens if t.note]
    lines[0].gap = p.space_before
    return lines


# ----------------------------------------------------------------- drawing


def draw_line(c: canvas.Canvas, line: Line, y: float) -> None:
    if line.label:
        c.setFont("Serif", SIZE)
        c.drawString(line.label_x, PAGE_H - y, line.label)
    words = line.tokens
    space = stringWidth(" ", "Serif", SIZE)
    natural = sum(tw(t) for t in words) + space * sum(1 for i, t in enumerate(words) if i and t.glue is False)
    gaps = sum(1 for i, t in enumerate(words) if i and t.glue is False)
    extra = (line.width - natural) / gaps if line.align == "justify" and not line.last and gaps else 0
    x = line.x
    if line.align == "right":
        x = line.x + line.width - natural
    elif line.align == "center":
        x = line.x + (line.width - natural) / 2
    for i, t in enumerate(words):
        if i and t.glue is False:
            x += space + extra
        c.setFont(t.font, t.size)
        c.drawString(x, PAGE_H - y + t.rise, t.text)
        x += tw(t)


def wrap_plain(text: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = word
    return out + [cur] if cur else out


def note_lines(n: int, text: str) -> list[tuple[str, str]]:
    parts = wrap_plain(text, "Serif", NOTE_SIZE, RIGHT - LEFT - 18)
    return [(str(n) if i == 0 else "", part) for i, part in enumerate(parts)]


class Writer:
    def __init__(self, doc: Doc, path: Path):
        self.doc = doc
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle(doc.meta["metadata"]["symbol"])
        self.page = 1
        self.y = TOP

    def masthead(self) -> float:
        c, m = self.c, self.doc.masthead
        c.setFont("Helvetica-Bold", 11)
        c.drawString(LEFT, PAGE_H - 40, "United Nations")
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(RIGHT, PAGE_H - 40, m["symbol"])
        c.setLineWidth(2)
        c.line(LEFT, PAGE_H - 48, RIGHT, PAGE_H - 48)
        body = "General Assembly" if m.get("body") == "Human Rights Council" else m.get("body", "")
        c.setFont("Helvetica-Bold", 17)
        c.drawString(LEFT + 60, PAGE_H - 72, body)
        c.setFont("Serif", 10)
        c.drawString(420, PAGE_H - 64, "Distr.: General")
        c.drawString(420, PAGE_H - 76, m.get("date", ""))
        c.setLineWidth(1)
        c.line(LEFT, PAGE_H - 90, RIGHT, PAGE_H - 90)
        y = 104.0
        c.setFont("Serif-Bold", 10)
        rows = []
        if m.get("body") == "Human Rights Council":
            rows.append("Human Rights Council")
        if m.get("session"):
            rows.append(m["session"])
        if m.get("agenda"):
            rows.append(f"Agenda item {m['agenda']}")
        for row in rows:
            c.drawString(LEFT, PAGE_H - y, row)
            y += 12
        title = AGENDA_TITLES.get(m["symbol"])
        if title:
            c.setFont("Serif-Bold", 10)
            for part in wrap_plain(title, "Serif-Bold", 10, 260):
                c.drawString(LEFT, PAGE_H - y, part)
                y += 12
        return y + 18

    def cover(self, y: float) -> float:
        c = self.c
        for line in self.doc.cover:
            m = re.match(r"^([\d/]+\.)\t(.*)$", line)
            if m:
                c.setFont("Serif-Bold", 13)
                c.drawString(LEFT, PAGE_H - y, m[1])
                for part in wrap_plain(m[2], "Serif-Bold", 13, RIGHT - LEFT - 54):
                    c.drawString(LEFT + 54, PAGE_H - y, part)
                    y += 15
                y += 8
            elif line.startswith("Resolution ") and "(" in line and "adopted" not in line:  # SC
                c.setFont("Serif-Bold", 15)
                c.drawString(LEFT, PAGE_H - y, line)
                y += 20
            elif line.startswith("Resolution adopted") or line.startswith("Adopted by"):
                c.setFont("Serif-Bold", 10)
                c.drawString(LEFT, PAGE_H - y, line)
                y += 14
            else:
                c.setFont("Serif", 10)
                c.drawString(LEFT, PAGE_H - y, line)
                y += 14
        return y + 12

    def furniture(self, total: int) -> None:
        c, m, p = self.c, self.doc.masthead, self.page
        c.setFont("Serif", 8)
        if p == 1:
            c.drawString(LEFT, 40, f"{m['job']} (E)")
            c.setFont("Courier", 9)
            c.drawString(LEFT, 28, "*" + m["job"].replace("-", "") + "*")
            c.setFont("Helvetica", 6)
            c.drawRightString(RIGHT, 28, "Please recycle")
            return
        sym = m["symbol"]
        short = "" if sym.startswith("S/") else self.short_title()
        c.setFont("Helvetica-Bold", 9)
        if p % 2 == 0:
            c.drawString(LEFT, PAGE_H - 40, sym)
            c.setFont("Serif", 8)
            c.drawRightString(RIGHT, PAGE_H - 40, short)
        else:
            c.setFont("Serif", 8)
            c.drawString(LEFT, PAGE_H - 40, short)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(RIGHT, PAGE_H - 40, sym)
        c.setLineWidth(0.5)
        c.line(LEFT, PAGE_H - 44, RIGHT, PAGE_H - 44)
        c.setFont("Serif", 8)
        num = f"{p}/{total}"
        if p % 2 == 0:
            c.drawString(LEFT, 40, num)
            c.drawRightString(RIGHT, 40, m["job"])
        else:
            c.drawString(LEFT, 40, m["job"])
            c.drawRightString(RIGHT, 40, num)

    def short_title(self) -> str:
        title = next((re.split(r"\t", line, maxsplit=1)[1] for line in self.doc.cover if "\t" in line), "")
        words, out = title.split(), ""
        for w in words:
            if stringWidth(f"{out} {w}", "Serif", 8) > 300:
                break
            out = f"{out} {w}".strip()
        return out

    def notes_block(self, c: canvas.Canvas, notes: list[int]) -> None:
        rows = [r for n in notes for r in note_lines(n, self.doc.notes[n])]
        y = BOTTOM - len(rows) * NOTE_LEAD
        c.setLineWidth(0.5)
        c.line(LEFT, PAGE_H - (y - 6), LEFT + 100, PAGE_H - (y - 6))
        for num, text in rows:
            y += NOTE_LEAD
            if num:
                c.setFont("Serif", SUP_SIZE)
                c.drawString(LEFT + 2, PAGE_H - y + 3, num)
            c.setFont("Serif", NOTE_SIZE)
            c.drawString(LEFT + 18, PAGE_H - y, text)


def note_height(notes: list[int], doc: Doc) -> float:
    rows = sum(len(note_lines(n, doc.notes[n])) for n in notes)
    return rows * NOTE_LEAD + 14 if rows else 0.0


Page = tuple[list[tuple[Line, float]], list[int]]  # lines with their y, footnote numbers


def paginate(doc: Doc, lines: list[Line], first_top: float) -> list[Page]:
    pages, cur, notes, y = [], [], [], first_top
    printed: set[int] = set()  # a repeated marker refers back to a note already printed
    for line in lines:
        extra = [n for n in line.notes if n in doc.notes and n not in printed]
        printed.update(extra)
        need = (line.gap if cur else 0) + LEAD
        if cur and y + need > BOTTOM - note_height(notes + extra, doc):
            pages.append((cur, notes))
            cur, notes, y = [], [], TOP
            need = LEAD
        y += need
        cur.append((line, y))
        notes += extra
    pages.append((cur, notes))
    return pages


def closing_lines(doc: Doc) -> list[Line]:
    out = []
    for k, text in enumerate(doc.closing):
        toks = [Token(w, "Serif-Italic") for w in text.split()]
        line = Line(toks, LEFT + 250, RIGHT - LEFT - 250, last=True, align="center")
        line.gap = 18 if k == 0 else 0
        out.append(line)
    return out


def render(name: str, out_dir: Path) -> Path:
    doc = read_doc(name)
    path = out_dir / f"{name}.pdf"
    w = Writer(doc, path)
    counter = [0]
    lines = [line for p in body_paras(doc) for line in break_para(p, counter)] + closing_lines(doc)
    top = w.cover(w.masthead())
    w.c.showPage()  # throw-away pass to measure: redraw below
    pages = paginate(doc, lines, top)
    w = Writer(doc, path)
    for k, (page_lines, notes) in enumerate(pages):
        w.page = k + 1
        if k == 0:
            w.cover(w.masthead())
        w.furniture(len(pages))
        for line, y in page_lines:
            draw_line(w.c, line, y)
        if notes:
            w.notes_block(w.c, notes)
        w.c.showPage()
    w.c.save()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests/data/un_style_pdf")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    _register_fonts()
    for name in FILES:
        path = render(name, args.out)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
