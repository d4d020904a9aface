"""Theme hits as a tidy table, and the concern → response view built on it.

A resolution's preamble states concerns; its operative part acts on them.
:func:`concern_response` lines the two up per theme, so a reader sees at a glance which
concerns the text answers and which it only mentions.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from reslens.tables.frames import make_frame

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

THEME_COLUMNS = ("doc_id", "para_id", "section", "theme", "label", "evidence", "start", "end", "rule")
CONCERN_COLUMNS = (
    "doc_id", "theme", "label", "preambular", "operative", "concern",
    "n_preambular", "n_operative", "n_concern", "unanswered",
)  # fmt: skip
RULE = "phrase_matcher"


def themes_table(docs: list[Doc], nlp: Language) -> pd.DataFrame:
    """One row per theme hit in each paragraph (``start``/``end`` are character offsets).

    Args:
        docs: paragraphs parsed by :func:`reslens.nlp.documents.parse_paragraphs` with ``nlp``.
        nlp: a pipeline with the ``reslens_themes`` pipe (``build_pipeline("blank")`` is
            enough: themes need no statistical model).

    Raises:
        ValueError: ``nlp`` has no ``reslens_themes`` pipe.

    Example:
        >>> nlp = build_pipeline("blank")
        >>> hits = themes_table(parse_paragraphs(tables.paragraphs, nlp), nlp)
        >>> hits.groupby("label").size().sort_values()
    """

    pipe = _theme_pipe(nlp)
    rows = [
        {
            **{key: doc.user_data[key] for key in ("doc_id", "para_id", "section")},
            "theme": span.label_,
            "label": pipe.labels.get(span.label_, span.label_),
            "evidence": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "rule": RULE,
        }
        for doc in docs
        for span in doc.spans.get(pipe.spans_key, [])
    ]
    return make_frame(rows, THEME_COLUMNS, integers=["start", "end"])


def concern_response(themes: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per document and theme: the preambular paragraphs raising it, the operative ones acting on it.

    A preamble does more than voice concerns: "Recalling" cites, "Welcoming" praises,
    "Recognizing" states a fact. Only a paragraph whose opening phrase voices a concern
    ("Gravely concerned", "Noting with deep concern"; ``phrase_function == "concern"``
    in the paragraphs table after :func:`reslens.analyze`) raises a concern that the
    operative part can leave open. So:

    * ``preambular``/``operative`` (and their ``n_`` counts) list every paragraph
      mentioning the theme, whatever its function (the raw view);
    * ``concern`` lists the preambular paragraphs that mention it *as a concern*;
    * ``unanswered`` is true when ``concern`` is not empty and no operative paragraph
      takes the theme up.

    Paragraph lists are joined with ``;`` in document order.

    Args:
        themes: the themes table (:func:`themes_table`).
        paragraphs: the paragraphs table with ``phrase_function`` (``doc_id``,
            ``para_id``). Without it, a ``phrase_function`` column of ``themes`` is
            used; failing both, every preambular mention counts as a concern (the
            older, coarser reading) and a warning says so.
    """
    import pandas as pd

    from reslens.para_ids import para_sort_key

    themes = _with_functions(themes, paragraphs)

    def ids(frame: pd.DataFrame) -> list[str]:
        return sorted(frame["para_id"].astype(str).unique(), key=para_sort_key)

    rows = []
    for (doc_id, theme), group in themes.groupby(["doc_id", "theme"], sort=True):
        preamble = group[group["section"] == "preambular"]
        pre, op = ids(preamble), ids(group[group["section"] == "operative"])
        concern = ids(preamble[preamble["phrase_function"].astype("string").eq("concern").fillna(False)])
        rows.append(
            {
                "doc_id": doc_id, "theme": theme, "label": group["label"].iloc[0],
                "preambular": ";".join(pre), "operative": ";".join(op), "concern": ";".join(concern),
                "n_preambular": len(pre), "n_operative": len(op), "n_concern": len(concern),
                "unanswered": bool(concern) and not op,
            }
        )  # fmt: skip
    return pd.DataFrame(rows, columns=list(CONCERN_COLUMNS))


def _with_functions(themes: pd.DataFrame, paragraphs: pd.DataFrame | None) -> pd.DataFrame:
    """``themes`` with the ``phrase_function`` of each hit's paragraph."""
    if paragraphs is not None:
        missing = [c for c in ("doc_id", "para_id", "phrase_function") if c not in paragraphs.columns]
        if missing:
            raise ValueError(
                f"concern_response: the paragraphs table lacks {', '.join(missing)}; "
                "pass the paragraphs of reslens.analyze(tables)"
            )
        functions = paragraphs[["doc_id", "para_id", "phrase_function"]].drop_duplicates(
            ["doc_id", "para_id"]
        )
        return themes.drop(columns="phrase_function", errors="ignore").merge(
            functions, on=["doc_id", "para_id"], how="left"
        )
    if "phrase_function" in themes.columns:
        return themes
    warnings.warn(
        "concern_response: no phrase functions (pass the paragraphs table of reslens.analyze); "
        "every preambular mention counts as a concern, also 'Recalling' and 'Welcoming'",
        stacklevel=3,
    )
    return themes.assign(phrase_function="concern")


def _theme_pipe(nlp: Language):  # noqa: ANN202 (ThemeTagger, imported lazily)
    for name, pipe in nlp.pipeline:
        if nlp.get_pipe_meta(name).factory == "reslens_themes":
            return pipe
    raise ValueError(
        "themes_table: the pipeline has no enabled 'reslens_themes' pipe; add it with nlp.add_pipe"
    )
