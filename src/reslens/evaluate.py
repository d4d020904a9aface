"""Score extracted tables against a gold annotation, in-process (for notebooks and tests).

Same definitions as the project's gold scorer: paragraph text/phrase accuracy, footnote
F1, metadata accuracy, obligation F1 with addressee/kind accuracy and action F1, actor
F1 (lenient matching) and reference F1; plus theme F1 over (paragraph, theme) pairs for
the hand-checked theme sample. Returns one tidy DataFrame.

Example:
    >>> scores = evaluate(tables_as_dict, json.load(open("gold.json")))
    >>> scores.query("layer == 'obligations'")
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

WORD = re.compile(r"[A-Za-z0-9]+")
STOP = frozenset(
    {
        "the",
        "of",
        "and",
        "all",
        "other",
        "relevant",
        "concerned",
        "its",
        "their",
        "as",
        "well",
        "for",
        "on",
        "in",
    }
)


def _ws(s: Any) -> str:
    return re.sub(r"\s+", " ", "" if s is None or s != s else str(s)).strip()


def _sym(s: Any) -> str:
    return re.sub(r"\s+", "", _ws(s)).upper()


def _tokens(s: Any) -> set[str]:
    return {w.lower() for w in WORD.findall(_ws(s))} - STOP


def jaccard(a: Any, b: Any) -> float:
    """Word-set overlap of two texts (1.0 when both are empty), for lenient span matching."""
    ta, tb = _tokens(a), _tokens(b)
    return 1.0 if not ta and not tb else len(ta & tb) / max(1, len(ta | tb))


def same_mention(a: Any, b: Any) -> bool:
    """Lenient mention match: containment either way or word overlap >= 0.5."""
    x, y = _ws(a).lower(), _ws(b).lower()
    return bool(x) and bool(y) and (x in y or y in x or jaccard(a, b) >= 0.5)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; nothing predicted for nothing expected scores 1.0, not 0."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _split(v: Any) -> set[str]:
    if isinstance(v, (list, tuple)):
        return {str(x).strip().lower() for x in v if str(x).strip()}
    return {x.strip().lower() for x in re.split(r"[;|]", _ws(v)) if x.strip()}


def _rows(table: pd.DataFrame | None, doc_id: str) -> list[dict] | None:
    if table is None:
        return None
    return [r for r in table.to_dict("records") if _sym(r.get("doc_id")) == _sym(doc_id)]


def score_obligations(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    """Match rows on para_id and verb; score addressee, kind and actions on the matches.

    Addressee and kind accuracy are over all gold rows, so a missed row counts against them.
    """
    pool = list(pred)
    tp = addr = kind = act_tp = act_pred = act_gold = 0
    for g in gold:
        cands = [
            r
            for r in pool
            if _ws(r.get("para_id")).upper() == g["para_id"].upper()
            and (
                _ws(r.get("verb")).lower() == g["verb"]
                or _ws(r.get("verb")).lower().startswith(g["verb"] + " ")
            )
        ]
        if not cands:
            act_gold += len(g["actions"])
            continue
        best = max(
            cands,
            key=lambda r: jaccard(r.get("addressee_resolved") or r.get("addressee"), g["addressee_resolved"]),
        )
        pool.remove(best)
        tp += 1
        got = _ws(best.get("addressee_resolved")) or _ws(best.get("addressee"))
        addr += (not g["addressee_resolved"] and not got) or bool(
            g["addressee_resolved"] and same_mention(got, g["addressee_resolved"])
        )
        kind += _ws(best.get("addressee_kind")).lower() == g["addressee_kind"]
        pa, ga = _split(best.get("actions")), set(g["actions"])
        act_tp, act_pred, act_gold = act_tp + len(pa & ga), act_pred + len(pa), act_gold + len(ga)
    p, r, f = prf(tp, len(pred), len(gold))
    n = max(1, len(gold))
    return {
        "p": p,
        "r": r,
        "f1": f,
        "addressee_acc": addr / n,
        "kind_acc": kind / n,
        "actions_f1": prf(act_tp, act_pred, act_gold)[2],
    }


def score_actors(gold: Mapping[str, list[str]], pred: list[dict]) -> dict[str, float]:
    """P/R/F1 of actor mentions per paragraph, matched leniently (:func:`same_mention`)."""
    tp = n_pred = n_gold = 0
    for pid, mentions in gold.items():
        free = [_ws(r.get("text")) for r in pred if _ws(r.get("para_id")).upper() == pid.upper()]
        n_pred, n_gold = n_pred + len(free), n_gold + len(mentions)
        for m in mentions:
            hit = next((x for x in free if same_mention(x, m)), None)
            if hit is not None:
                free.remove(hit)
                tp += 1
    return dict(zip(("p", "r", "f1"), prf(tp, n_pred, n_gold), strict=True))


def score_paragraphs(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    """Share of gold paragraphs whose text (ratio >= 0.99) and lead phrase parts match."""
    by_id = {_ws(r.get("para_id")).upper(): r for r in pred}
    text_ok = phrase_ok = 0
    for g in gold:
        p = by_id.get(g["para_id"].upper())
        if p is None:
            continue
        ratio = difflib.SequenceMatcher(None, _ws(p.get("text")), _ws(g["text"]), autojunk=False).ratio()
        text_ok += ratio >= 0.99
        keys = [k for k in ("opening_phrase", "phrase", "modifier") if k in g]
        phrase_ok += g.get("opening_phrase") is None or all(
            _ws(p.get(k)).lower() == _ws(g[k]).lower() for k in keys
        )
    n = max(1, len(gold))
    return {"text_acc": text_ok / n, "phrase_acc": phrase_ok / n}


def score_footnotes(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    """P/R/F1 of (number, para_id) footnote links, plus the share of exact footnote texts."""
    numbered = [r for r in pred if _ws(r.get("number")).isdigit()]
    g = {(f["number"], f["para_id"].upper()) for f in gold}
    p = {(int(_ws(r["number"])), _ws(r.get("para_id")).upper()) for r in numbered}
    texts = {int(_ws(r["number"])): _ws(r.get("text")) for r in numbered}
    p_, r_, f_ = prf(len(g & p), len(p), len(g))
    return {
        "p": p_,
        "r": r_,
        "f1": f_,
        "text_acc": sum(texts.get(f["number"]) == _ws(f["text"]) for f in gold) / len(gold) if gold else 1.0,
    }


def score_metadata(gold: Mapping[str, Any], pred: list[dict]) -> dict[str, float]:
    """Share of gold metadata fields equal in the first documents row (symbols normalised)."""
    row = pred[0] if pred else {}
    ok = 0
    for k, v in gold.items():
        norm = _sym if k in ("symbol", "committee_report") else (lambda s: _ws(s).lower())
        ok += norm(row.get(k, "")).rstrip(".") == norm(v).rstrip(".")
    return {"acc": ok / max(1, len(gold))}


def score_references(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    """P/R/F1 of the set of cited symbols, normalised so spacing and case do not count."""
    g = {_sym(x["symbol"]) for x in gold}
    p = {_sym(r.get("symbol")) for r in pred if _ws(r.get("symbol"))}
    return dict(zip(("p", "r", "f1"), prf(len(g & p), len(p), len(g)), strict=True))


def score_themes(gold: Mapping[str, list[str]], pred: list[dict]) -> dict[str, float]:
    """P/R/F1 of (para_id, theme) pairs over the paragraphs the gold lists (``[]``: no theme)."""
    listed = {pid.upper() for pid in gold}
    g = {(pid.upper(), theme) for pid, themes in gold.items() for theme in themes}
    p = {(_ws(r.get("para_id")).upper(), _ws(r.get("theme"))) for r in pred}
    p = {pair for pair in p if pair[0] in listed}
    return dict(zip(("p", "r", "f1"), prf(len(g & p), len(p), len(g)), strict=True))


LAYERS = {
    "paragraphs": ("paragraphs", score_paragraphs),
    "footnotes": ("footnotes", score_footnotes),
    "metadata": ("documents", score_metadata),
    "obligations": ("obligations", score_obligations),
    "actors": ("actors", score_actors),
    "references": ("references", score_references),
    "themes": ("themes", score_themes),
}


def evaluate(tables: Mapping[str, pd.DataFrame], gold: Mapping[str, Any]) -> pd.DataFrame:
    """Score ``tables`` (name -> DataFrame, e.g. ``dict(Tables.items())``) against ``gold``.

    Returns:
        Tidy scores: columns doc_id, layer, metric, value. A layer whose table is missing
        scores 0 on its first metric, as in the shared scorer. References marked
        ``references_partial`` in the gold (not every citation listed) get recall only,
        and no row at all when none are listed.
    """
    import pandas as pd

    rows = []
    for layer, (table, scorer) in LAYERS.items():
        if layer not in gold:
            continue
        pred = _rows(tables.get(table), gold["doc_id"])
        scores = (
            scorer(gold[layer], pred)
            if pred is not None
            else {"f1" if layer not in ("paragraphs", "metadata") else "acc": 0.0}
        )
        if layer == "references" and gold.get("references_partial"):
            scores = {"r": scores["r"]} if gold[layer] else {}
        rows += [(gold["doc_id"], layer, metric, round(float(v), 4)) for metric, v in scores.items()]
    return pd.DataFrame(rows, columns=["doc_id", "layer", "metric", "value"])
