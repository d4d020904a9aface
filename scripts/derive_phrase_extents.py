"""Derive ``src/reslens/lexicons/phrase_extents.tsv``: how many words the UN italicises at a paragraph head.

    python scripts/derive_phrase_extents.py --corpus /work/corpus \\
        [--exclude-sample OTHER/sample.json ...] [--out src/reslens/lexicons/phrase_extents.tsv]

Plain text has no italics, so structure must guess where a paragraph's opening phrase
ends; the UN's own AKN markup says where it ended in 4,000 resolutions. The fixed rule:

1. Every AKN resolution under ``--corpus`` (the UN folder layout; read as
   ``scripts/kept_aside.py`` reads it) gives, for each preambular and operative
   paragraph whose head is italic (underlined in old SC typescripts), its first
   ``KEY_WORDS`` words (lower case, words as ``reslens.structure.phrases.WORD`` reads
   them; only words before the first clause break, ``phrases.head_words``) and the
   number of words in the italic span (``scripts/akn_ods.py lead_of``); a span running
   past that break is counted and not used.
2. Left out, so that no figure of the project is measured on text this file was
   derived from: every resolution the repository holds under ``data/`` and
   ``tests/data/`` (gold files, the dev sets, the corpus sample, every kept-aside
   sample's ``sample.json`` symbols, drawn or dropped), the shared gold
   (``../shared/gold``) and any ``--exclude-sample`` manifest (a kept-aside sample not
   yet in this tree). The left-out symbols are written in the file's header.
3. For every head of 1..``KEY_WORDS`` words, per body (GA, SC, HRC, ECOSOC) and over
   all bodies (``*``), the most frequent italic length (ties: the shorter). A head is
   kept when seen at least ``MIN_COUNT`` times, the most frequent length holds at least
   ``MIN_SHARE`` of them and the span ends within the head (or the head has all
   ``KEY_WORDS`` words: ``Acting under Chapter VII of the`` + 5); it is written only
   when its answer differs from what the rows already written would answer
   (``reslens.structure.phrases.extent_in``, shorter heads first, ``*`` before a body):
   the file then answers as the full table for every kept head.

The cut-offs were chosen with ``--holdout`` (table from the even-numbered resolutions,
scored on the odd-numbered ones; no kept-aside or gold file involved; sample1, a DEV set,
was also scored while choosing; sample2 never). A first sweep on a third of the odd
resolutions gave, for MIN_COUNT 1/2/5/10/20: 0.981/0.978/0.973/0.969/0.963; 2 keeps the
file small. Figures of the chosen rule: README, "How well it works".
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import kept_aside  # noqa: E402  (a sibling script: Python puts scripts/ on sys.path when it runs one)

from reslens.structure import phrases  # noqa: E402
from reslens.structure.phrases import ANY_BODY, WORD, extent_in, head_words  # noqa: E402

KEY_WORDS = 6
MIN_COUNT = 2
MIN_SHARE = 0.6
BODY_NAMES = {  # corpus body code -> the name the documents table gives
    "GA": "General Assembly",
    "SC": "Security Council",
    "HRC": "Human Rights Council",
    "ECOSOC": "Economic and Social Council",
}
OUT = ROOT / "src" / "reslens" / "lexicons" / "phrase_extents.tsv"


def excluded_symbols(samples: list[Path]) -> set[str]:
    """Symbol keys of everything the project measures on: held files, shared gold, named samples."""
    keys = kept_aside.held_symbols((ROOT / "data", ROOT / "tests" / "data", ROOT.parent / "shared" / "gold"))
    for manifest in [*(ROOT / "tests" / "data" / "kept_aside").glob("*/sample.json"), *samples]:
        listed = json.loads(manifest.read_text(encoding="utf-8"))
        keys |= {kept_aside.symbol_key(r["symbol"]) for r in listed.get("drawn", []) + listed["files"]}
    return keys


class Head(NamedTuple):
    """One italic-headed paragraph of the corpus."""

    resolution: int  # its resolution's place in the corpus reading order (for --holdout)
    body: str
    section: str
    text: str  # the paragraph's first 200 characters
    length: int  # words in the italic span

    def key(self) -> tuple[str, ...]:
        return tuple(w.lower() for w in head_words(self.text)[:KEY_WORDS])


def collect(corpus: Path, exclude: set[str]) -> tuple[list[Head], Counter]:
    """Each italic-headed preambular and operative paragraph of the corpus, and what was left out."""
    from lxml import etree

    akn_ods = kept_aside.akn_ods
    heads, counts = [], Counter()
    for number, (body, _, data) in enumerate(kept_aside.corpus_files(corpus)):
        doc = next(el for el in etree.parse(io.BytesIO(data)).getroot() if akn_ods.tag(el))
        res = akn_ods.Resolution(doc)
        if kept_aside.symbol_key(res.symbol) in exclude:
            counts["resolutions left out"] += 1
            continue
        counts["resolutions read"] += 1
        for block in res.blocks():
            if block.kind not in ("preambular", "operative") or not block.lead:
                continue
            text = block.gold_text()
            lead = [w.lower() for w in WORD.findall(block.lead)]
            if not lead or [w.lower() for w in WORD.findall(text)][: len(lead)] != lead:
                counts["italic span not at the head of the text"] += 1
            elif len(lead) > len(head_words(text)):
                counts["italic span past the first clause break (not used)"] += 1
            else:
                heads.append(Head(number, BODY_NAMES[body], block.kind, text[:200], len(lead)))
    counts["italic-headed paragraphs"] = len(heads)
    return heads, counts


def _answer(lengths: Counter) -> tuple[int, float]:
    """Most frequent length (ties: the shorter) and its share."""
    length = min(lengths, key=lambda n: (-lengths[n], n))
    return length, lengths[length] / sum(lengths.values())


def table(heads: list[Head]) -> dict[tuple[str, tuple[str, ...]], tuple[int, int]]:
    """(body, first words) -> (italic length, times seen), keeping only rows that change an answer."""
    seen: dict[tuple[str, tuple[str, ...]], Counter] = defaultdict(Counter)
    for head in heads:
        words = head.key()
        for n in range(1, len(words) + 1):
            seen[(head.body, words[:n])][head.length] += 1
            seen[(ANY_BODY, words[:n])][head.length] += 1
    firm = {}
    for (body, words), lengths in seen.items():
        length, share = _answer(lengths)
        covered = length <= len(words) or len(words) == KEY_WORDS  # the words seen say where the span ends
        if sum(lengths.values()) >= MIN_COUNT and share >= MIN_SHARE and covered:
            firm[(body, words)] = (length, sum(lengths.values()))
    rows: dict[tuple[str, tuple[str, ...]], tuple[int, int]] = {}
    answers: dict[tuple[str, tuple[str, ...]], int] = {}  # the written rows, as the reader sees them
    for (body, words), (length, count) in sorted(
        firm.items(), key=lambda kv: (len(kv[0][1]), kv[0][0] != ANY_BODY)
    ):
        if extent_in(answers, list(words), body) != (length, len(words) > length):
            rows[(body, words)] = (length, count)
            answers[(body, words)] = length
    return rows


def holdout(heads: list[Head]) -> dict[str, dict[str, float]]:
    """Opening-phrase extent accuracy on resolutions the table did not see, with and without it.

    The table is derived from the even-numbered resolutions and
    ``reslens.structure.phrases.opening_phrase`` is scored on the odd-numbered ones:
    once reading that table, once with grammar and lexicons alone.
    """
    train = [h for h in heads if h.resolution % 2 == 0]
    test = [h for h in heads if h.resolution % 2 == 1]
    with_table = {key: length for key, (length, _) in table(train).items()}
    scores = {}
    for name, rows in (("grammar and lexicons", {}), ("with the extents table", with_table)):
        hits, totals = Counter(), Counter()
        with _reading(rows):
            for h in test:
                found = phrases.opening_phrase(h.text, h.section, body=h.body).opening_phrase
                for group in (h.body, "all"):
                    hits[group] += len(WORD.findall(found)) == h.length
                    totals[group] += 1
        scores[name] = {group: round(hits[group] / totals[group], 4) for group in totals} | {
            "paragraphs": totals["all"]
        }
    return scores


@contextmanager
def _reading(rows: dict[tuple[str, tuple[str, ...]], int]):
    """Make ``reslens.structure.phrases`` read ``rows`` instead of the shipped file."""
    shipped = phrases._extents
    phrases._extents = lambda path: phrases._Extents(rows, KEY_WORDS)
    try:
        yield
    finally:
        phrases._extents = shipped


def write(rows: dict, counts: Counter, exclude: set[str], out: Path) -> None:
    header = [
        "# Italic extent of UN resolution paragraph heads.",
        "# Columns: body, first words, italic length (words), times seen.",
        "# Source: the UN's AKN4UN XML of GA, SC, HRC and ECOSOC resolutions (../shared/corpus/README.md),",
        "# italic (old SC: underlined) span at the head of each preambular and operative paragraph.",
        "# Derived by scripts/derive_phrase_extents.py (rule in its docstring; do not edit by hand).",
        f"# KEY_WORDS={KEY_WORDS} MIN_COUNT={MIN_COUNT} MIN_SHARE={MIN_SHARE}; "
        + "; ".join(f"{k}: {v}" for k, v in sorted(counts.items())),
        "# Left out (project gold, dev sets, corpus sample, kept-aside samples): "
        + " ".join(sorted(exclude)),
        "# Reader (reslens.structure.phrases.extent_in): the longest written head of the paragraph's body,",
        "# else of '*', gives the length; grammar may lengthen it only past words no written head covers.",
        "# Only used where the source prints no italics; never used to find paragraphs.",
    ]
    lines = [
        f"{body}\t{' '.join(words)}\t{length}\t{count}"
        for (body, words), (length, count) in sorted(rows.items())
    ]
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--exclude-sample", type=Path, action="append", default=[])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--holdout", action="store_true", help="score the rule on resolutions it did not see")
    args = parser.parse_args(argv)
    exclude = excluded_symbols(args.exclude_sample)
    heads, counts = collect(args.corpus, exclude)
    if args.holdout:
        print(json.dumps(holdout(heads), indent=1))
        return 0
    rows = table(heads)
    write(rows, counts, exclude, args.out)
    print(json.dumps(dict(counts) | {"rows": len(rows)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
