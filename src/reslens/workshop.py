"""Self-checks for the teaching workshop notebook.

Each exercise computes its expected answer from the tables of whatever resolution
the class has loaded, so the workshop works for any resolution, not one file.
Students call :func:`check` and get a short verdict with a hint, never the answer.

The "right" answer is what reslens tagged, not ground truth: a check grades a student
against the tool. :func:`disagreements_with_gold` lists where the tool and a hand
annotation differ, so a class can see that the tool can be wrong and argue it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reslens.para_ids import is_point, para_sort_key

if TYPE_CHECKING:
    import pandas as pd

    from reslens.tables import Tables

__all__ = ["EXERCISES", "Exercise", "Verdict", "check", "disagreements_with_gold", "hint", "question"]


@dataclass(frozen=True)
class Verdict:
    """The result of a self-check; shows as one line in a notebook."""

    correct: bool
    message: str

    def __repr__(self) -> str:
        return ("Correct! " if self.correct else "Not yet. ") + self.message

    __str__ = __repr__

    def _repr_html_(self) -> str:
        colour = "#009E73" if self.correct else "#D55E00"
        return f'<p style="color:{colour};font-weight:bold">{self!r}</p>'


@dataclass(frozen=True)
class Exercise:
    """One workshop question: its text, a hint, how to compute and compare the answer."""

    question: str
    hint: str
    expected: Callable[[Tables], Any]
    compare: Callable[[Any, Any], bool]
    needs: str = "paragraphs"


def _as_items(answer: Any) -> list[Any]:
    """A student's answer as a list: one string, a list/set/Series, or an Index."""
    return [answer] if isinstance(answer, str) else list(answer)


def _same_set(answer: Any, expected: Iterable[str]) -> bool:
    return {str(a).strip().upper() for a in _as_items(answer)} == {str(e).upper() for e in expected}


def _one_of(answer: Any, expected: Iterable[str]) -> bool:
    return str(answer).strip().lower() in {str(e).lower() for e in expected}


def _close(answer: Any, expected: float) -> bool:
    return abs(float(answer) - expected) <= 0.01


def _same_int(answer: Any, expected: int) -> bool:
    return not isinstance(answer, bool) and float(answer) == expected


def _top_values(values: pd.Series) -> set[str]:
    """Every value tied for the highest count (a tie has several right answers)."""
    counts = values.dropna().astype(str).value_counts()
    return set(counts[counts == counts.max()].index) if len(counts) else set()


def _operative_count(t: Tables) -> int:
    paragraphs = t.paragraphs
    numbered = ~paragraphs["para_id"].map(is_point)
    return int(((paragraphs["section"] == "operative") & numbered).sum())


def _preambular_top_phrase(t: Tables) -> set[str]:
    return _top_values(t.paragraphs.loc[t.paragraphs["section"] == "preambular", "phrase"])


def _special_rapporteur_paragraphs(t: Tables) -> set[str]:
    hits = t.obligations["addressee_resolved"].fillna("").str.contains("special rapporteur", case=False)
    return set(t.obligations.loc[hits, "para_id"].astype(str))


def _strongest_verbs(t: Tables) -> set[str]:
    rows = t.obligations.dropna(subset=["strength"])
    return set(rows.loc[rows["strength"] == rows["strength"].max(), "verb"].astype(str))


def _state_share(t: Tables) -> float:
    return round(float((t.obligations["addressee_kind"] == "state").mean()), 2)


def _top_actor_type(t: Tables) -> set[str]:
    return _top_values(t.actors["actor_type"])


def _unanswered_themes(t: Tables) -> set[str]:
    from reslens.tables.themes import concern_response

    view = concern_response(t.themes, t.paragraphs)
    return set(view.loc[view["unanswered"], "theme"].astype(str))


EXERCISES: dict[str, Exercise] = {
    "count-operative": Exercise(
        "How many numbered operative paragraphs does the resolution have? (a number)",
        "Filter `tables.paragraphs` on `section == 'operative'`; "
        "lettered sub-paragraphs (OP5.a) do not count.",
        _operative_count,
        _same_int,
    ),
    "commonest-preambular-phrase": Exercise(
        "Which canonical opening phrase is used most often in the preamble? (a string)",
        "Use `value_counts()` on the `phrase` column of the preambular rows.",
        _preambular_top_phrase,
        _one_of,
    ),
    "special-rapporteur-obligations": Exercise(
        "In which paragraphs is the Special Rapporteur asked to do something? (a list of para_id)",
        "Look in `tables.obligations` at `addressee_resolved`; `.str.contains(..., case=False)` helps.",
        _special_rapporteur_paragraphs,
        _same_set,
        "obligations",
    ),
    "strongest-verb": Exercise(
        "Which operative verb carries the highest strength level? (a verb lemma)",
        "Sort `tables.obligations` by `strength`, strongest first, and read the `verb` column.",
        _strongest_verbs,
        _one_of,
        "obligations",
    ),
    "state-share": Exercise(
        "What share of the operative clauses is addressed to States? (a number between 0 and 1)",
        "Compare `addressee_kind` with 'state' and take the `.mean()` of the result.",
        _state_share,
        _close,
        "obligations",
    ),
    "top-actor-type": Exercise(
        "Which kind of actor (`actor_type`) is mentioned most often? (a string)",
        "Use `value_counts()` on the `actor_type` column of `tables.actors`.",
        _top_actor_type,
        _one_of,
        "actors",
    ),
    "unanswered-concerns": Exercise(
        "Which themes does the preamble raise that no operative paragraph takes up? (a list of theme ids)",
        "`concern_response(tables.themes, tables.paragraphs)` has an `unanswered` column; "
        "keep the `theme` of those rows.",
        _unanswered_themes,
        _same_set,
        "themes",
    ),
}


def check(exercise: str, answer: Any, tables: Tables) -> Verdict:
    """Check a student's answer to one workshop exercise.

    The expected answer is computed from ``tables``, so the check works for any resolution.
    ``None`` (the placeholder in the notebook) is "Not yet", never an error.

    Example:
        >>> check("count-operative", 17, tables)
        Correct! Well spotted.
    """
    if exercise not in EXERCISES:
        return Verdict(False, f"There is no exercise {exercise!r}; choose from {sorted(EXERCISES)}.")
    item = EXERCISES[exercise]
    if answer is None or answer is Ellipsis:
        return Verdict(False, "Replace `None` with your answer, then run the cell again.")
    if getattr(tables, item.needs, None) is None:
        missing = f"`tables.{item.needs}` is missing: run `tables = reslens.analyze(tables)` first."
        return Verdict(False, missing)
    try:
        ok = item.compare(answer, item.expected(tables))
    except (TypeError, ValueError):
        ok = False
    return Verdict(ok, "Well spotted." if ok else f"Hint: {item.hint}")


def question(exercise: str) -> str:
    """The question text of an exercise, for the notebook."""
    return EXERCISES[exercise].question


def hint(exercise: str) -> str:
    """The hint of an exercise, for students who want it before answering."""
    return EXERCISES[exercise].hint


def disagreements_with_gold(tables: Tables, gold: Mapping[str, Any]) -> pd.DataFrame:
    """Obligation clauses where reslens and a hand annotation disagree: whom, or to do what.

    Clauses are matched on ``para_id`` and ``verb`` (the n-th ``urge`` of a paragraph
    with the n-th); a clause found by one side only shows ``-`` as the other's kind. The
    workshop's checks grade against reslens, so this is where a class sees the tool err.

    Args:
        tables: analysed tables with ``obligations``.
        gold: a gold annotation (``tests/data/gold/<stem>.json``) with ``obligations``.

    Returns:
        One row per clause whose ``addressee_kind`` or set of ``actions`` differ, with
        both sides' kind (``reslens``, ``gold``) and actions (``;``-joined), in reading order.

    Raises:
        ValueError: when the annotation has no ``obligations`` (some gold files are
            structure only), so "no disagreement" is never claimed without a reference.
    """
    import pandas as pd

    if "obligations" not in gold:
        raise ValueError("disagreements_with_gold: this annotation has no obligations to compare with")
    columns = ["para_id", "verb", "addressee_kind", "actions"]
    sides = {"reslens": pd.DataFrame(tables.obligations), "gold": pd.DataFrame(list(gold["obligations"]))}
    keyed = [
        frame.reindex(columns=columns)
        .astype({"para_id": str, "verb": str})
        .assign(
            n=lambda f: f.groupby(["para_id", "verb"]).cumcount(), actions=lambda f: f["actions"].map(_joined)
        )
        .rename(columns={"addressee_kind": name, "actions": f"{name}_actions"})
        for name, frame in sides.items()
    ]
    both = keyed[0].merge(keyed[1], on=["para_id", "verb", "n"], how="outer")
    both = both.fillna({"reslens": "-", "gold": "-", "reslens_actions": "", "gold_actions": ""})
    differ = both[(both["reslens"] != both["gold"]) | (both["reslens_actions"] != both["gold_actions"])]
    differ = differ.assign(_key=differ["para_id"].map(para_sort_key)).sort_values(["_key", "n"])
    return differ[["para_id", "verb", "reslens", "gold", "reslens_actions", "gold_actions"]].reset_index(
        drop=True
    )


def _joined(actions: Any) -> str:
    """Actions as a sorted ``;`` string, from a list or a ``;`` string (order is not compared)."""
    if isinstance(actions, str):
        items: list[Any] = actions.split(";")
    else:
        items = [] if actions is None or isinstance(actions, float) else list(actions)  # NaN: none named
    return ";".join(sorted({str(a).strip() for a in items if str(a).strip()}))
