"""The UN bodies and number words from the ``un_bodies`` lexicon (re-read when it changes)."""

from __future__ import annotations

import re
from typing import Any

from reslens.lexicons import lexicon_view


def bodies() -> tuple[dict[str, Any], ...]:
    """Body entries (name, symbol and resolution/decision prefixes), longest name first."""
    return lexicon_view("un_bodies", None, _build_bodies)


def _build_bodies(entries: list[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    return tuple(sorted((e for e in entries if e["kind"] == "body"), key=lambda e: -len(e["name"])))


def body_names_pattern() -> str:
    """A regex alternation of the body names (no groups)."""
    return lexicon_view("un_bodies", None, _build_names_pattern)


def _build_names_pattern(entries: list[dict[str, Any]]) -> str:
    return "|".join(re.escape(e["name"]) for e in _build_bodies(entries))


def body_by_name(name: str) -> dict[str, Any] | None:
    """The body entry named ``name`` (case and spacing ignored), or None."""
    key = " ".join(name.split()).lower()
    return next((e for e in bodies() if e["name"].lower() == key), None)


def body_by_symbol(symbol: str) -> dict[str, Any] | None:
    """The body whose symbol prefix starts ``symbol`` (longest prefix wins)."""
    best = None
    for e in bodies():
        if symbol.startswith(e["symbol"] + "/") and (best is None or len(e["symbol"]) > len(best["symbol"])):
            best = e
    return best


def _number_words() -> dict[str, int]:
    return lexicon_view("un_bodies", None, _build_number_words)


def _build_number_words(entries: list[dict[str, Any]]) -> dict[str, int]:
    return {e["word"]: int(e["value"]) for e in entries if e["kind"] == "number_word"}


def ordinal_value(words: str) -> int | None:
    """``"Sixty-sixth"`` -> 66; None when a part is not a number word."""
    total = 0
    for part in re.split(r"[-\s]+", words.strip().lower()):
        value = _number_words().get(part)
        if value is None:
            return None
        total += value
    return total or None
