"""Measure the paragraph-head grammar over the UN's AKN corpus (a simulation of hard wrapping).

For every body paragraph whose head the UN prints in italics, the paragraph must be read as
opening a paragraph (recall). Each paragraph is then hard-wrapped at a fixed width, as text
copied out of a PDF is, and every wrapped line that follows a line ending in ``,`` ``;`` or
``:`` must NOT be read as opening a paragraph (false starts). Prints both rules: the grammar
(:func:`reslens.structure.grammar.opens_paragraph`) and the old one (first word listed in
``preambular_phrases.yml``). This is a simulation: real PDFs wrap at their own widths.

Usage: python scripts/measure_paragraph_grammar.py /work/corpus [--width 80] [--limit N]
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections import Counter
from pathlib import Path

from lxml import etree

from reslens.ingest.akn_text import inline_text, italic_head, local
from reslens.lexicons import load_lexicon
from reslens.structure.grammar import opens_paragraph

ENDS = re.compile(r"[,;:]\d{0,3}$")
NUMBER = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z]{1,4}\))\s+")


def _old_openers() -> set[str]:
    words = set()
    for e in load_lexicon("preambular_phrases"):
        if e["kind"] == "modifier" and "before" in e.get("position", []):
            words.add(e["modifier"].split()[0].capitalize())
        for variant in e.get("variants") or []:
            words.add(variant.split()[0].capitalize())
    return words


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--width", type=int, default=80)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--examples", type=int, default=0, help="print this many examples of each miss")
    args = ap.parse_args()
    old = _old_openers()
    files = sorted(p for p in args.corpus.rglob("*.xml") if "data_extract" not in p.parts)
    files = files[: args.limit] if args.limit else files
    n = Counter()
    examples: dict[str, list[str]] = {}
    missed_new, missed_old, false_new = Counter(), Counter(), Counter()
    for f in files:
        try:
            root = etree.parse(str(f), etree.XMLParser(huge_tree=True, no_network=True)).getroot()
        except etree.XMLSyntaxError:
            n["unreadable"] += 1
            continue
        n["files"] += 1
        for p in root.iter():
            if local(p) != "p" or not {local(a) for a in p.iterancestors()} & {"preamble", "mainBody"}:
                continue
            if "authorialNote" in {local(a) for a in p.iterancestors()}:
                continue
            text = NUMBER.sub("", inline_text(p).replace("\n", " "))
            if not text or text.startswith("The ") and len(text.split()) < 8:
                continue
            if italic_head(p):
                n["heads"] += 1
                section = "preamble" if "preamble" in {local(a) for a in p.iterancestors()} else "body"
                n[section] += 1
                first = text.split()[0].rstrip(",")
                if not opens_paragraph(text):
                    missed_new[first] += 1
                    n[f"missed {section}"] += 1
                    examples.setdefault(section, []).append(text[:50])
                if first not in old:
                    missed_old[first] += 1
                    n[f"old missed {section}"] += 1
            lines = textwrap.wrap(text, args.width)
            for before, line in zip(lines, lines[1:], strict=False):
                if ENDS.search(before):
                    n["wrapped after , ; :"] += 1
                    if opens_paragraph(line):
                        false_new[line.split()[0]] += 1
                        examples.setdefault("false", []).append(before[-30:] + " | " + line[:40])
                    if line.split()[0].rstrip(",") in old:
                        n["old false starts"] += 1
    print(
        f"files read: {n['files']} (unreadable {n['unreadable']}); "
        f"paragraphs with an italic head: {n['heads']}"
    )
    print(
        f"grammar: heads not read as a paragraph start: {sum(missed_new.values())} "
        f"({sum(missed_new.values()) / max(1, n['heads']):.2%}); most common: {missed_new.most_common(12)}"
    )
    print(
        f"old lexicon rule: heads whose first word is not listed: {sum(missed_old.values())} "
        f"({sum(missed_old.values()) / max(1, n['heads']):.2%}); most common: {missed_old.most_common(12)}"
    )
    for section in ("preamble", "body"):
        print(
            f"  {section}: {n[section]} heads, grammar missed {n['missed ' + section]}, "
            f"old rule missed {n['old missed ' + section]}"
        )
    w = n["wrapped after , ; :"]
    print(
        f"simulated wrap at {args.width} chars: {w} wrapped lines after , ; : -- grammar false starts "
        f"{sum(false_new.values())} ({sum(false_new.values()) / max(1, w):.2%}), old rule false starts "
        f"{n['old false starts']} ({n['old false starts'] / max(1, w):.2%})"
    )
    if args.examples:
        for k, v in examples.items():
            print(k, *v[: args.examples], sep="\n  ")
    print(f"grammar false starts, most common first words: {false_new.most_common(15)}")


if __name__ == "__main__":
    main()
