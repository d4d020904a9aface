"""Build the contract tables from the hand-checked gold JSON, for tests of later stages.

Charts, comparison and reports consume tables; testing them on tables read from the gold
files keeps those tests independent of the extractor's current accuracy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

GOLD_DIR = Path(__file__).parent / "data" / "gold"

# Test-only ordinal levels (higher = stronger) for gold verbs; the library reads the
# verb_strength lexicon instead.
TEST_STRENGTH = {
    "welcome": 1, "note": 1, "recognize": 1, "acknowledge": 1, "take note": 1, "invite": 2,
    "encourage": 2, "request": 3, "call upon": 3, "call for": 3, "urge": 4, "condemn": 4,
    "demand": 5, "decide": 5,
}  # fmt: skip


def gold(name: str) -> dict:
    """The gold annotation for ``name`` (``A_RES_66_164``)."""
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))


def paragraphs(name: str) -> pd.DataFrame:
    """Paragraphs; where the gold omits ``phrase`` it is the clause verb (OP) or opening (PP)."""
    data = gold(name)
    frame = pd.DataFrame(data["paragraphs"]).assign(doc_id=data["doc_id"])
    if "phrase" not in frame.columns:
        verbs = {}
        for row in data.get("obligations", []):
            verbs.setdefault(row["para_id"], row["verb"])
        opening = frame["opening_phrase"].fillna("").str.lower()
        frame = frame.assign(phrase=frame["para_id"].map(verbs).fillna(opening), modifier="")
    return frame.assign(footnotes=frame["footnotes"].map(lambda f: ";".join(map(str, f))))


def obligations(name: str) -> pd.DataFrame:
    data = gold(name)
    frame = pd.DataFrame(data["obligations"]).assign(doc_id=data["doc_id"])
    return frame.assign(strength=frame["verb"].map(TEST_STRENGTH).fillna(0).astype(int))


def actors(name: str) -> pd.DataFrame:
    data = gold(name)
    rows = [
        {"doc_id": data["doc_id"], "para_id": pid, "text": text, "actor": text.lower(),
         "actor_type": _kind(text)}
        for pid, texts in data.get("actors", {}).items()
        for text in texts
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=["doc_id", "para_id", "text", "actor", "actor_type"])


def references(name: str) -> pd.DataFrame:
    data = gold(name)
    return pd.DataFrame(data["references"]).assign(doc_id=data["doc_id"])


def _kind(text: str) -> str:
    lowered = text.lower()
    if "state" in lowered and "non-state" not in lowered:
        return "state"
    if any(w in lowered for w in ("united nations", "secretary", "council", "rapporteur", "office")):
        return "un"
    if "defender" in lowered:
        return "human rights defenders"
    return "other"
