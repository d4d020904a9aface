"""Compare two versions of a resolution paragraph by paragraph: what was kept, what changed.

Resolutions on one subject are renegotiated every year or two (e.g. the human rights
defenders series 66/164 → 74/146 → 76/174). :func:`align_paragraphs` pairs each
paragraph of the older text with its counterpart in the newer one and says whether it was
kept, reworded, strengthened or weakened, added or dropped. A paragraph is strengthened
or weakened when its verb moves up or down the strength scale of
``lexicons/verb_strength.yml`` ("Encourages" → "Urges"), or, with the same verb, when
an intensifier is added or taken out ("Encourages" → "Strongly encourages"; the
modifiers' ``effect`` is in the phrase lexicons, ``operative_phrases.yml``). The ``change`` column says
in words which of these it was, so every verdict can be checked.

Similarity is :class:`difflib.SequenceMatcher` on word tokens; pairs are matched one to
one, most similar first (greedy), within the same section, above a threshold.

Example:
    >>> changes = align_paragraphs(paras[paras.doc_id == "A/RES/66/164"],
    ...                            paras[paras.doc_id == "A/RES/74/146"])
    >>> changes["status"].value_counts()
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Union

from reslens.lexicons import LexiconError, load_lexicon

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

StrengthSource = Union[Mapping[str, int], Callable[[str], "int | None"], None]  # noqa: UP007 (runtime alias, py3.10)
ALIGN_COLUMNS = (
    "old_doc_id", "new_doc_id", "section", "status", "similarity", "old_para_id", "new_para_id",
    "old_phrase", "new_phrase", "old_strength", "new_strength", "verb_change", "change", "old_text",
    "new_text",
)  # fmt: skip
STATUSES = ("kept", "reworded", "strengthened", "weakened", "added", "dropped")
_WORD = re.compile(r"\w+")


def strength_lookup(source: StrengthSource = None) -> Callable[[str], int | None]:
    """Return ``phrase -> level`` (None when unknown) from a mapping, a callable or the lexicon.

    Args:
        source: a ``{phrase: level}`` mapping (e.g. :func:`strength_from_obligations`), a
            callable, or None to read ``verb_strength`` (``lemma``/``level``) from the lexicons.
    """
    if callable(source):
        return source
    if source is None:
        try:
            entries = load_lexicon("verb_strength", required=["lemma", "level"])
        except LexiconError as err:
            logger.warning("no verb strength lexicon (%s); verb changes are not graded", err)
            entries = []
        source = {str(e["lemma"]).lower(): int(e["level"]) for e in entries}
    table = {str(k).lower().strip(): int(v) for k, v in source.items()}
    return lambda phrase: table.get(str(phrase).lower().strip())


def modifier_effects() -> dict[str, int]:
    """``{modifier: effect}`` from the modifiers of the phrase lexicons.

    ``effect`` is +1 for an intensifier (``strongly``) and 0 (the default) for a sequence
    word (``also``); the modifiers are those the paragraphs table takes out of phrases.
    """
    return {
        str(e["modifier"]).lower().strip(): int(e.get("effect", 0))
        for name in ("preambular_phrases", "operative_phrases")
        for e in load_lexicon(name, required=["kind"])
        if e["kind"] == "modifier"
    }


def strength_from_obligations(obligations: pd.DataFrame) -> dict[str, int]:
    """``{verb: strength}`` from an obligations table (the strongest level seen per verb)."""
    rows = obligations.dropna(subset=["verb", "strength"])
    return {str(k): int(v) for k, v in rows.groupby("verb")["strength"].max().items()}


def similarity(old_text: str, new_text: str) -> float:
    """Share of word tokens two paragraphs have in common, in order (0–1, case-insensitive)."""
    return _ratio(_tokens(old_text), _tokens(new_text), 0.0)


def align_paragraphs(
    old: pd.DataFrame,
    new: pd.DataFrame,
    *,
    threshold: float = 0.5,
    strength: StrengthSource = None,
) -> pd.DataFrame:
    """Align the paragraphs of two resolutions and classify each change.

    Args:
        old: paragraphs table of the earlier resolution (``para_id``, ``section``,
            ``text``; ``phrase``, ``modifier``, ``doc_id`` used when present).
        new: paragraphs table of the later resolution.
        threshold: minimum similarity for two paragraphs to count as the same one.
        strength: where verb levels come from (see :func:`strength_lookup`).

    Returns:
        One row per aligned pair, added or dropped paragraph, in the newer text's order
        (a dropped paragraph follows its old predecessor's counterpart). Columns:
        ``ALIGN_COLUMNS``; ``status`` is one of ``STATUSES``.
    """
    import pandas as pd

    level_of = strength_lookup(strength)
    effects = modifier_effects()
    olds, news = _records(old), _records(new)
    pairs = _match(olds, news, threshold)
    new_of = {i: j for i, j, _ in pairs}
    keyed = [(float(j), _pair_row(olds[i], news[j], score, level_of, effects)) for i, j, score in pairs]
    keyed += [
        (float(j), _single_row(b, "added", level_of)) for j, b in enumerate(news) if j not in new_of.values()
    ]
    keyed += [(_dropped_key(i, olds, news, new_of), _single_row(a, "dropped", level_of))
              for i, a in enumerate(olds) if i not in new_of]  # fmt: skip
    keyed.sort(key=lambda kr: kr[0])
    frame = pd.DataFrame([row for _, row in keyed], columns=list(ALIGN_COLUMNS))
    text_columns = [c for c in ALIGN_COLUMNS if c not in ("similarity", "old_strength", "new_strength")]
    return frame.assign(old_doc_id=_first(old, "doc_id"), new_doc_id=_first(new, "doc_id")).astype(
        {
            "old_strength": "Int64",
            "new_strength": "Int64",
            "similarity": float,
            **dict.fromkeys(text_columns, "string"),
        }
    )


def grade_pair(
    old: Mapping[str, object],
    new: Mapping[str, object],
    *,
    level_of: Callable[[str], int | None],
    effects: Mapping[str, int],
) -> tuple[str, str]:
    """Status (``kept``/``reworded``/``strengthened``/``weakened``) and its reason for one pair of versions.

    The same verdict :func:`align_paragraphs` gives a matched pair; :mod:`reslens.lineage`
    uses it for paragraphs linked across a corpus.

    Args:
        old, new: paragraph records (``text``, ``phrase``, ``modifier``, ``opening_phrase``).
        level_of: from :func:`strength_lookup`.
        effects: from :func:`modifier_effects`.
    """
    a, b = dict(old, _tokens=_tokens(old.get("text"))), dict(new, _tokens=_tokens(new.get("text")))
    return _grade(a, b, level_of(str(a.get("phrase") or "")), level_of(str(b.get("phrase") or "")), effects)


def align_series(
    paragraphs: pd.DataFrame,
    doc_ids: Sequence[str],
    *,
    threshold: float = 0.5,
    strength: StrengthSource = None,
) -> pd.DataFrame:
    """Align each resolution of a series with the next one (66/164 → 74/146 → 76/174)."""
    import pandas as pd

    frames = [
        align_paragraphs(
            paragraphs[paragraphs["doc_id"] == a],
            paragraphs[paragraphs["doc_id"] == b],
            threshold=threshold,
            strength=strength,
        )  # fmt: skip
        for a, b in zip(doc_ids, doc_ids[1:], strict=False)
    ]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(ALIGN_COLUMNS))


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    records = frame.to_dict("records")
    if "position" in frame.columns:
        records.sort(key=lambda r: r["position"])
    sizes: dict[str, int] = {}
    for record in records:
        record["_group"] = _section_group(record)
        record["_tokens"] = _tokens(record.get("text", ""))
        sizes[record["_group"]] = sizes.get(record["_group"], 0) + 1
    seen: dict[str, int] = {}
    for record in records:  # relative position within its section, for tie-breaks
        group = record["_group"]
        record["_rank"] = seen.get(group, 0) / max(sizes[group] - 1, 1)
        seen[group] = seen.get(group, 0) + 1
    return records


def _match(olds: list[dict], news: list[dict], threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one pairs, most similar first; ties go to the pair closest in position."""
    candidates = []
    for i, a in enumerate(olds):
        for j, b in enumerate(news):
            if a["_group"] != b["_group"]:
                continue
            score = _ratio(a["_tokens"], b["_tokens"], threshold)
            if score >= threshold:
                candidates.append((-score, abs(a["_rank"] - b["_rank"]), i, j, score))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, _, i, j, score in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j, score))
    return pairs


def _dropped_key(i: int, olds: list[dict], news: list[dict], new_of: dict[int, int]) -> float:
    """Place a dropped paragraph just after the counterpart of its nearest kept predecessor."""
    group = olds[i]["_group"]
    before = [new_of[k] for k in range(i) if k in new_of and olds[k]["_group"] == group]
    if before:
        return max(before) + 0.5 + i / 1e4
    starts = [j for j, b in enumerate(news) if b["_group"] == group]
    return (starts[0] if starts else len(news)) - 0.5 + i / 1e4


def _ratio(a: list[str], b: list[str], floor: float) -> float:
    if not a and not b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def _pair_row(
    a: dict, b: dict, score: float, level_of: Callable[[str], int | None], effects: Mapping[str, int]
) -> dict:
    old_level, new_level = level_of(str(a.get("phrase") or "")), level_of(str(b.get("phrase") or ""))
    status, change = _grade(a, b, old_level, new_level, effects)
    old_verb, new_verb = _verb(a), _verb(b)
    return {
        "section": a.get("section", ""), "status": status, "similarity": round(score, 3),
        "old_para_id": a.get("para_id"), "new_para_id": b.get("para_id"),
        "old_phrase": a.get("phrase", ""), "new_phrase": b.get("phrase", ""),
        "old_strength": old_level, "new_strength": new_level,
        "verb_change": f"{old_verb} → {new_verb}" if old_verb != new_verb else "", "change": change,
        "old_text": a.get("text", ""), "new_text": b.get("text", ""),
    }  # fmt: skip


def _grade(
    a: dict, b: dict, old_level: int | None, new_level: int | None, effects: Mapping[str, int]
) -> tuple[str, str]:
    """Status of a matched pair and the reason in words: verb level first, then modifier."""
    if a["_tokens"] == b["_tokens"]:
        return "kept", ""
    old_verb, new_verb = _verb(a), _verb(b)
    if old_level is not None and new_level is not None and old_level != new_level:
        way = "strengthened" if new_level > old_level else "weakened"
        return way, f"verb {way}: {old_verb} ({old_level}) → {new_verb} ({new_level})"
    old_mod, new_mod = (str(r.get("modifier") or "").lower().strip() for r in (a, b))
    if old_mod == new_mod or str(a.get("phrase") or "") != str(b.get("phrase") or ""):
        return "reworded", "verb changed, same strength" if old_verb != new_verb else "wording"
    shift = effects.get(new_mod, 0) - effects.get(old_mod, 0)
    what = f"{_quoted(old_mod)} → {_quoted(new_mod)}"
    if shift:
        way = "strengthened" if shift > 0 else "weakened"
        return way, f"modifier {way}: {what} ({old_verb} → {new_verb})"
    rest_same = _without_opening(a) == _without_opening(b)
    return "reworded", f"modifier only: {what}, same strength" + ("" if rest_same else "; wording")


def _quoted(modifier: str) -> str:
    return f"'{modifier}'" if modifier else "no modifier"


def _without_opening(record: dict) -> list[str]:
    """Word tokens after the opening phrase (the phrase and modifier words are dropped)."""
    opening = _tokens(record.get("opening_phrase")) or _tokens(_verb(record))
    return record["_tokens"][len(opening) :]


def _single_row(record: dict, status: str, level_of: Callable[[str], int | None]) -> dict:
    side = "new" if status == "added" else "old"
    return {
        "section": record.get("section", ""), "status": status, "similarity": 0.0,
        f"{side}_para_id": record.get("para_id"), f"{side}_phrase": record.get("phrase", ""),
        f"{side}_strength": level_of(str(record.get("phrase") or "")), f"{side}_text": record.get("text", ""),
        "verb_change": "", "change": "",
    }  # fmt: skip


def _verb(record: dict) -> str:
    return " ".join(str(record.get(k) or "") for k in ("modifier", "phrase")).strip()


def _section_group(record: dict) -> str:
    section = str(record.get("section") or "")
    return section if section else str(record.get("para_id", ""))[:2]


def _tokens(text: object) -> list[str]:
    return _WORD.findall(str(text or "").lower())


def _first(frame: pd.DataFrame, column: str) -> str:
    if column not in frame.columns or frame.empty:
        return ""
    return str(frame[column].iloc[0])
