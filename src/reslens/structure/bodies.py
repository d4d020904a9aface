"""The UN bodies and number words from the ``un_bodies`` lexicon, loaded once."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reslens.lexicons import load_lexicon


@lru_cache(maxsize=1)
def bodies() -> tuple[dict[str, Any], ...]:
    """Body entries (name, symbol and resolution/decision prefixes), longest name first."""
    entries = [e for e in load_lexicon("un_bodies", required=["kind"]) if e["kind"] == "body"]
    return tuple(sorted(entries, key=lambda e: -len(e["name"])))


@lru_cache(maxsize=1)
def body_names_pattern() -> str:
    """A regex alternation of the body names (no groups)."""
    return "|".join(re.escape(e["name"]) for e in bodies())


def body_by_name(name: str) -> dict[str, Any] | None:
    key = " ".join(name.split()).lower()
    return next((e for e in bodies() if e["name"].lower() == key), None)


def body_by_symbol(symbol: str) -> dict[str, Any] | None:
    """The body whose symbol prefix starts ``symbol`` (longest prefix wins)."""
    best = None
    for e in bodies():
        if symbol.startswith(e["symbol"] + "/") and (best is None or len(e["symbol"]) > len(best["symbol"])):
            best = e
    return best


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    entries = load_lexicon("un_bodies", required=["kind"])
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
