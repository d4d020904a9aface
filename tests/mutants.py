"""Mutated resolutions and the promises every mutant must keep (shared by the test and scripts/mutate.py).

A mutant is a real text from ``data/raw`` with one to three edits a damaged file shows:
lines dropped, duplicated or swapped, the text cut short, control characters and NULs,
very long lines, Unicode confusables, paragraphs renumbered, footnote numbers repeated.
For each mutant, :func:`check` returns the broken promises (empty when all hold):

* the only exception is :class:`~reslens.errors.ResolutionError` (a one-line refusal);
* paragraph ids are unique, and reading order (:func:`~reslens.para_ids.para_sort_key`)
  is document order (headings, ``H1`` …, aside);
* every character is accounted for: each non-space character no rule placed is in a
  leftover, and the letters of the lines placed as paragraphs or footnotes are all in
  the paragraph and footnote texts (digits are left out: footnote markers are removed
  from the text on purpose).
"""

from __future__ import annotations

import random
import re
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.para_ids import para_sort_key
from reslens.structure import _parse  # the ledger: which line each rule placed

RAW_DIR = Path(__file__).resolve().parents[1] / "data" / "raw"
CONFUSABLES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "Α", "B": "Β", "E": "Ε",
               "1": "１", "2": "２", ".": "․", " ": "\u00a0", "-": "‐"}  # fmt: skip
TEXT, TEXT_OR_NUMBER = {"paragraph", "footnote"}, {"paragraph", "footnote", "number"}  # ledger claim kinds
LABEL = re.compile(r"^\s*+(?:\d{1,3}\.|\([a-z]{1,5}\))")  # "1." or "(a)": claimed as the number
CONTROLS = [chr(c) for c in range(32) if chr(c) not in "\n\r\t"] + ["\x7f", "\u200b", "\ufeff"]


def sources() -> dict[str, str]:
    """The dev texts mutants are made from (ODS text exports of real resolutions)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))}


def _drop(lines: list[str], rng: random.Random) -> None:
    del lines[rng.randrange(len(lines))]


def _duplicate(lines: list[str], rng: random.Random) -> None:
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])


def _swap(lines: list[str], rng: random.Random) -> None:
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]


def _truncate(lines: list[str], rng: random.Random) -> None:
    i = rng.randrange(len(lines))
    lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    del lines[i + 1 :]


def _controls(lines: list[str], rng: random.Random) -> None:
    for _ in range(rng.randint(1, 20)):
        i = rng.randrange(len(lines))
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + rng.choice(CONTROLS) * rng.choice([1, 1, 3]) + lines[i][at:]


def _nuls(lines: list[str], rng: random.Random) -> None:
    i = rng.randrange(len(lines))
    at = rng.randrange(len(lines[i]) + 1)
    lines[i] = lines[i][:at] + "\x00" * rng.randint(1, 500) + lines[i][at:]


def _long_line(lines: list[str], rng: random.Random) -> None:
    i = rng.randrange(len(lines))
    filler = rng.choice([" ", "\t", "x", "States ", "1 ", "_"]) * rng.randint(5_000, 60_000)
    lines[i] = lines[i] + filler if rng.random() < 0.5 else filler + lines[i]


def _confusables(lines: list[str], rng: random.Random) -> None:
    for _ in range(rng.randint(1, 30)):
        i = rng.randrange(len(lines))
        spots = [k for k, ch in enumerate(lines[i]) if ch in CONFUSABLES]
        if spots:
            k = rng.choice(spots)
            lines[i] = lines[i][:k] + CONFUSABLES[lines[i][k]] + lines[i][k + 1 :]


def _renumber(lines: list[str], rng: random.Random) -> None:
    numbered = [i for i, line in enumerate(lines) if line.lstrip()[:4].rstrip(".\t ").isdigit()]
    if numbered:
        i = rng.choice(numbered)
        head, _, rest = lines[i].lstrip().partition(".")
        lines[i] = f"\t{rng.choice([1, 2, int(head) + 1 if head.isdigit() else 1, 999])}.{rest}"


def _repeat_footnote_number(lines: list[str], rng: random.Random) -> None:
    notes = [i for i, line in enumerate(lines) if line[:1].isdigit() and " " in line[:4]]
    if len(notes) >= 2:
        i, j = rng.sample(notes, 2)
        lines[j] = lines[i].split(" ", 1)[0] + " " + lines[j].split(" ", 1)[1]


MUTATIONS: dict[str, Callable[[list[str], random.Random], None]] = {
    "drop line": _drop, "duplicate line": _duplicate, "swap lines": _swap, "truncate": _truncate,
    "control characters": _controls, "NULs": _nuls, "long line": _long_line, "confusables": _confusables,
    "renumber paragraph": _renumber, "repeat footnote number": _repeat_footnote_number,
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    source: str  # the file it was made from
    edits: tuple[str, ...]
    text: str


def mutant(texts: dict[str, str], rng: random.Random) -> Mutant:
    """One mutant: a random source and one to three random edits."""
    name = rng.choice(sorted(texts))
    lines = texts[name].split("\n")
    edits = tuple(rng.choice(sorted(MUTATIONS)) for _ in range(rng.randint(1, 3)))
    for edit in edits:
        if lines:
            MUTATIONS[edit](lines, rng)
    return Mutant(name, edits, "\n".join(lines))


def check(m: Mutant) -> tuple[list[str], float]:
    """The promises ``m`` breaks (empty list when all hold) and the seconds it took."""
    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = read_source(f"mutant-of-{m.source}", data=m.text.encode("utf-8"))
            resolution, ledger = _parse(source)
    except ResolutionError:
        return [], time.perf_counter() - start
    except Exception as err:  # noqa: BLE001 - any other exception is what this check counts
        return [f"exception {type(err).__name__}: {str(err)[:80]}"], time.perf_counter() - start
    seconds = time.perf_counter() - start
    broken = []
    ids = [p.para_id for p in resolution.paragraphs]
    if len(set(ids)) != len(ids):
        broken.append("duplicate ids")
    numbered = [p.para_id for p in resolution.paragraphs if p.section != "heading"]  # H1, H2 sort apart
    if sorted(numbered, key=para_sort_key) != numbered:
        broken.append("reading order differs from document order")
    reported = {(left.line_no - 1) for left in resolution.leftovers}
    if any(line not in reported for line, _ in ledger.unaccounted()):
        broken.append("unplaced text not reported")
    text_lines = [
        i for i in range(len(ledger.lines)) if ledger.kinds(i) & TEXT and ledger.kinds(i) <= TEXT_OR_NUMBER
    ]
    placed = Counter(ch for i in text_lines for ch in LABEL.sub("", ledger.lines[i]) if ch.isalpha())
    kept = Counter(
        ch for part in (*resolution.paragraphs, *resolution.footnotes) for ch in part.text if ch.isalpha()
    )
    if placed - kept:
        lost = "".join(sorted((placed - kept).elements()))[:20]
        broken.append(f"letters lost from placed lines: {lost!r}")
    return broken, seconds
