"""Opening phrase, canonical phrase and modifier of a paragraph, driven by two lexicons.

``Gravely concerned also`` -> (``gravely concerned``, ``also``); ``Also calls upon``
-> (``call upon``, ``also``); ``Strongly encourages`` -> (``encourage``,
``strongly``). The longest listed phrase wins, so ``gravely concerned`` keeps its
adverb while ``strongly`` before ``condemning`` is a modifier. A lead word not in the
lexicon still gets a phrase: the participle (preambular) or a lemma (operative).

Where the source prints no italics, where the opening phrase ends is what the UN
usually italicises after the same first words (``phrase_extents.tsv``, derived from
its AKN markup by ``scripts/derive_phrase_extents.py``), else the grammar of the genre.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from reslens.lexicons import lexicon_path, lexicon_view
from reslens.structure.grammar import head_length, trailing_modifiers

WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
CLAUSE_BREAK = re.compile(r"[,;:(]")
LEXICON = {"preambular": "preambular_phrases", "operative": "operative_phrases"}
EXTENTS = "phrase_extents.tsv"
ANY_BODY = "*"


class Phrase(NamedTuple):
    opening_phrase: str
    phrase: str
    modifier: str


class _Lexicon(NamedTuple):
    phrases: dict[tuple[str, ...], str]  # variant words -> canonical phrase
    longest: int
    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    chains: tuple[tuple[tuple[str, ...], str], ...]  # ("continues", "to") -> "continue to"


def _lexicon(section: str, path: str | None = None) -> _Lexicon:
    """The phrase index of a section, re-built when its lexicon file changes."""
    return lexicon_view(LEXICON[section], Path(path) if path else None, _build_lexicon)


def _build_lexicon(entries: list[dict]) -> _Lexicon:
    phrases: dict[tuple[str, ...], str] = {}
    before, after, chains = [], [], []
    for e in entries:
        if e["kind"] == "phrase":
            for variant in [e["phrase"], *e.get("variants", [])]:
                phrases[tuple(variant.lower().split())] = e["phrase"]
        elif e["kind"] == "modifier":
            words = tuple(e["modifier"].lower().split())
            (before if "before" in e.get("position", []) else []).append(words)
            (after if "after" in e.get("position", []) else []).append(words)
        elif e["kind"] == "chain":
            chains.append((tuple(e["chain"].lower().split()), e["phrase"]))
    by_length = lambda ws: -len(ws)  # noqa: E731
    return _Lexicon(phrases, max(map(len, phrases)), tuple(sorted(before, key=by_length)),
                    tuple(sorted(after, key=by_length)), tuple(chains))  # fmt: skip


def opening_phrase(text: str, section: str, *, body: str = "", lexicon_dir: str | None = None) -> Phrase:
    """Split the lead of a preambular or operative paragraph into phrase and modifier.

    Where the phrase ends is what the UN usually prints in italics after the same first
    words in resolutions of ``body`` (:func:`usual_extent`), else the grammar of the genre
    (:func:`reslens.structure.grammar.head_length`: verb, particle, modifiers, a fixed
    complement such as ``note`` or ``with deep concern``) or a longer listed phrase; the
    lexicons give the canonical form and the modifiers.

    Example:
        >>> opening_phrase("Also calls upon States to act;", "operative")
        Phrase(opening_phrase='Also calls upon', phrase='call upon', modifier='also')
    """
    if section not in LEXICON:
        return Phrase("", "", "")
    listed = _listed_phrase(_head(text), section, lexicon_dir, fallback=False)  # never past a clause break
    spans = [m.end() for m in WORD.finditer(_head(text))]
    words = head_words(text)
    end = head_length(words)
    if end == 0 and not listed.phrase:
        return listed  # no verb form and nothing listed: "We, the Heads of State" opens no phrase
    usual = usual_extent(words, body, lexicon_dir=lexicon_dir)
    if usual.length and (
        usual.seen_past or usual.length >= max(end, len(WORD.findall(listed.opening_phrase)))
    ):
        end = (
            usual.length
        )  # the UN's usual italics; grammar may only lengthen a span the table saw no further than
    elif end == 0 or (listed.phrase and spans[end - 1] <= len(listed.opening_phrase)):
        return listed
    return phrase_of_lead(text[: spans[end - 1]], section, lexicon_dir=lexicon_dir)


def head_words(text: str) -> list[str]:
    """The words a paragraph's opening phrase can take: those before its first clause break.

    Example:
        >>> head_words("Stressing, in this regard, the need")
        ['Stressing']
    """
    return WORD.findall(_head(text))


def _head(text: str) -> str:
    return CLAUSE_BREAK.split(text[:200], maxsplit=1)[0]  # "Stressing, in this regard": the comma ends it


class Extent(NamedTuple):
    """Words the UN usually italicises, and whether the words it was learnt from ran past them."""

    length: int
    seen_past: bool  # "Expressing" learnt from "Expressing its concern" (SC): the rest was seen roman


def usual_extent(words: list[str], body: str = "", *, lexicon_dir: str | None = None) -> Extent:
    """How many of ``words`` (a paragraph's head words) the UN usually italicises (length 0: unknown).

    Read from ``phrase_extents.tsv`` by :func:`extent_in`; ``body`` is the adopting
    body's name as in the documents table (``Security Council``). An answer longer
    than ``words`` (the head up to its first comma) is no answer.

    Example:
        >>> usual_extent(["Acting", "under", "Chapter", "VII", "of", "the", "Charter"], "Security Council")
        Extent(length=1, seen_past=True)
    """
    extents = _extents(str(lexicon_path(EXTENTS, lexicon_dir)))
    found = extent_in(extents.rows, [w.lower() for w in words[: extents.key_words]], body)
    return found if found and found.length <= len(words) else Extent(0, False)


def extent_in(rows: Mapping[tuple[str, tuple[str, ...]], int], words: list[str], body: str) -> Extent | None:
    """The italic length ``rows`` give for lower-case head ``words``, None when no row matches.

    The longest listed head of ``body``, else of any body (``*``), answers. When that
    head ends within the italics, sequence words after them are italic too
    (``Gravely concerned`` + ``also``): the UN prints a trailing modifier in the phrase.
    """
    for n in range(len(words), 0, -1):
        for b in (body, ANY_BODY):
            if (length := rows.get((b, tuple(words[:n])))) is not None:
                if n > length:
                    return Extent(length, True)
                return Extent(trailing_modifiers(words, length, manner=False), False)
    return None


class _Extents(NamedTuple):
    rows: dict[tuple[str, tuple[str, ...]], int]  # (body, first words) -> italic length in words
    key_words: int


@lru_cache(maxsize=4)
def _extents(path: str) -> _Extents:
    """The rows of an extents file (body, first words, length, times seen; ``#`` lines are its header)."""
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            body, words, length, _ = line.rstrip("\n").split("\t")
            rows[(body, tuple(words.split()))] = int(length)
    return _Extents(rows, max((len(w) for _, w in rows), default=0))


def _listed_phrase(text: str, section: str, lexicon_dir: str | None, *, fallback: bool = True) -> Phrase:
    """The longest listed phrase at the head of ``text``, else (``fallback``) one from its first words."""
    if section not in LEXICON:
        return Phrase("", "", "")
    lex = _lexicon(section, lexicon_dir)
    spans = [(m.start(), m.end()) for m in WORD.finditer(text[:200])]
    words = [text[s:e].lower() for s, e in spans]
    if not words:
        return Phrase("", "", "")
    modifier, start = "", 0
    phrase, length = _lead(lex, words, 0)
    if not phrase:
        mod = _prefix(lex.before, words, 0)
        if mod and (found := _lead(lex, words, len(mod)))[0]:
            modifier, start = " ".join(mod), len(mod)
            phrase, length = found
    end = start + length
    if phrase and not modifier and (mod := _prefix(lex.after, words, end)):
        modifier, end = " ".join(mod), end + len(mod)
    if not phrase and not fallback:
        return Phrase("", "", "")
    if not phrase:
        phrase, end = _fallback(words, section)
    return Phrase(text[: spans[end - 1][1]], phrase, modifier)


def phrase_of_lead(lead: str, section: str, *, lexicon_dir: str | None = None) -> Phrase:
    """Phrase and modifier of an opening phrase the file prints in italics (kept verbatim).

    The italics decide where the opening phrase ends; the lexicons only give the
    canonical form. Words of the lead past the matched phrase are part of the
    phrase (``Taking note with deep concern`` -> ``taking note with deep concern``)
    unless they are a modifier after it (``Reaffirming once more`` -> ``once more``).

    Example:
        >>> phrase_of_lead("Again calls upon", "operative")
        Phrase(opening_phrase='Again calls upon', phrase='call upon', modifier='again')
    """
    lead = " ".join(lead.split())
    found = _listed_phrase(lead, section, lexicon_dir)
    if not found.phrase:
        return Phrase(lead, "", "")
    tail = [w.lower() for w in WORD.findall(lead[len(found.opening_phrase) :])]
    modifier = found.modifier
    if tail and not modifier:
        after = _lexicon(section, lexicon_dir).after
        if mod := next((o for o in after if tuple(tail[-len(o) :]) == o), ()):
            modifier, tail = " ".join(mod), tail[: -len(mod)]
    return Phrase(lead, " ".join([found.phrase, *tail]), modifier)


def is_preambular_lead(text: str) -> bool:
    """True when ``text`` opens like a preambular paragraph (a listed phrase or a participle).

    Used for unnumbered paragraphs under a section heading, where the number that
    usually marks an operative paragraph is absent.
    """
    words = [m.group().lower() for m in WORD.finditer(text[:200])]
    if not words:
        return False
    lex = _lexicon("preambular")
    mod = _prefix(lex.before, words, 0)
    return bool(_match(lex, words, 0)[0] or _match(lex, words, len(mod))[0]) or words[0].endswith("ing")


def is_operative_lead(text: str) -> bool:
    """True when ``text`` opens with a listed operative verb (``Adopts``, ``Also decides``).

    Used for a resolution's lone operative paragraph, which is printed without a number.
    """
    words = [m.group().lower() for m in WORD.finditer(text[:200])]
    if not words or is_preambular_lead(text):
        return False
    lex = _lexicon("operative")
    mod = _prefix(lex.before, words, 0)
    return bool(_lead(lex, words, 0)[0] or (mod and _lead(lex, words, len(mod))[0]))


def _lead(lex: _Lexicon, words: list[str], at: int) -> tuple[str, int]:
    """The listed phrase at ``at``, through a chain verb if one stands there."""
    for chain, canonical in lex.chains:
        after = at + len(chain)
        if tuple(words[at:after]) == chain and len(words) > after:
            phrase, n = _match(lex, words, after)
            return f"{canonical} {phrase or words[after]}", len(chain) + (n or 1)
    return _match(lex, words, at)


def _match(lex: _Lexicon, words: list[str], at: int) -> tuple[str, int]:
    for n in range(min(lex.longest, len(words) - at), 0, -1):
        if (canonical := lex.phrases.get(tuple(words[at : at + n]))) is not None:
            return canonical, n
    return "", 0


def _prefix(options: tuple[tuple[str, ...], ...], words: list[str], at: int) -> tuple[str, ...]:
    return next((o for o in options if tuple(words[at : at + len(o)]) == o), ())


def _fallback(words: list[str], section: str) -> tuple[str, int]:
    """Unlisted lead: an adverb plus the next word (``Profoundly shocked``), else the first word."""
    n = 2 if words[0].endswith("ly") and len(words) > 1 else 1
    lead = words[:n]
    if section == "operative":
        lead[-1] = _lemma(lead[-1])
    return " ".join(lead), n


def _lemma(verb: str) -> str:
    """Third person singular -> base form, good enough for unlisted verbs."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
